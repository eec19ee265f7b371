import { xJson, XHttpError, type XCall } from "./x-http";

/**
 * Filtered-stream rules (GET/POST /2/tweets/search/stream/rules) brought to
 * what the activation watches. Rules are shared by every connection of the
 * app (the token), so this source lists them all but adds and deletes only
 * those carrying its tag. X refuses a rule whose value already exists
 * (DuplicateRule, even under another tag): such a rule still brings our
 * posts, so its id counts among ours.
 */
type Rule = { id: string; value: string; tag?: string };
type RulesList = { data?: Rule[] };
type RulesChange = { data?: Rule[]; errors?: { id?: string; value?: string; title?: string; details?: string[] }[] };

const PATH = "/2/tweets/search/stream/rules";

/** Returns the ids of the rules whose matches belong to this source. */
export async function syncStreamRules(call: XCall, tag: string, wanted: string[]): Promise<Set<string>> {
  const listed = (await xJson<RulesList>(call, PATH)).data ?? [];
  const wantedSet = new Set(wanted);
  const stale = listed.filter((rule) => rule.tag === tag && !wantedSet.has(rule.value));
  if (stale.length) await xJson<RulesChange>(call, PATH, { method: "POST", body: { delete: { ids: stale.map((rule) => rule.id) } } });

  const kept = listed.filter((rule) => wantedSet.has(rule.value));
  const ids = new Set(kept.map((rule) => rule.id));
  const present = new Set(kept.map((rule) => rule.value));
  const missing = wanted.filter((value) => !present.has(value));
  if (missing.length) {
    const added = await xJson<RulesChange>(call, PATH, { method: "POST", body: { add: missing.map((value) => ({ value, tag })) } });
    for (const rule of added.data ?? []) ids.add(rule.id);
    const refused = (added.errors ?? []).filter((error) => {
      if (error.title === "DuplicateRule" && error.id) return void ids.add(error.id), false;
      return true;
    });
    if (refused.length) {
      const first = refused[0];
      throw new XHttpError(400, `X refused a stream rule (${first.title ?? "invalid"}): ${(first.value ?? "").slice(0, 120)}`);
    }
  }
  return ids;
}
