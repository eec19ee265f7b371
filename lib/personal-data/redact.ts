/**
 * Personal fields inside audit snapshots and similar JSON. Keys are matched
 * case-insensitively anywhere in the tree; values become a marker so the
 * shape of the history survives while the person does not.
 */
export const REDACTED = "[supprimé]";

const PERSONAL_KEYS = new Set([
  "email", "name", "handle", "authorhandle", "authorname", "authorid", "author", "phone", "telephone",
  "text", "body", "content", "note", "address", "contact", "url", "mediaurl", "username", "displayname",
]);

export function isPersonalKey(key: string): boolean {
  return PERSONAL_KEYS.has(key.toLowerCase());
}

/** Returns a copy with every personal field replaced; counts how many were replaced. */
export function redactPersonalFields(value: unknown): { value: unknown; redacted: number } {
  let redacted = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") {
      return Object.fromEntries(
        Object.entries(node as Record<string, unknown>).map(([key, child]) => {
          if (isPersonalKey(key) && child !== null && child !== REDACTED) {
            redacted++;
            return [key, REDACTED];
          }
          return [key, walk(child)];
        }),
      );
    }
    return node;
  };
  return { value: walk(value), redacted };
}

/**
 * The subject as a whole word, case-insensitively: "@jean" matches "@Jean," but
 * not "@jeanne" (erasing one person must not touch another).
 */
export function subjectPattern(subject: string): RegExp {
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, "giu");
}

export function mentionsSubject(value: unknown, subject: string): boolean {
  return subjectPattern(subject).test(typeof value === "string" ? value : JSON.stringify(value ?? null));
}

/** Replaces every whole-word occurrence of a subject (handle, name) inside strings of a JSON tree. */
export function eraseSubjectInJson(value: unknown, subject: string): { value: unknown; erased: number } {
  let erased = 0;
  const pattern = subjectPattern(subject);
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") {
      const replaced = node.replace(pattern, () => {
        erased++;
        return REDACTED;
      });
      return replaced;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return { value: walk(value), erased };
}
