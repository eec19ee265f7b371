import { z } from "zod";

/**
 * Settings arrive from HTML forms (strings, "on"/"off") and from JSON (arrays,
 * booleans, numbers); these wrappers accept both, so one schema per source
 * kind serves the form, the API and the tests.
 */
/** A list typed one per line (or separated by spaces or commas). `required` is the error code when empty. */
export function list<T extends z.ZodType>(item: T, bounds: { max: number; required?: string }) {
  const items = z.array(item).max(bounds.max);
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : value),
    bounds.required ? items.min(1, { message: bounds.required }) : items,
  );
}

export function flag(defaultValue: boolean) {
  return z.preprocess((value) => (value === "on" || value === "true" ? true : value === "off" || value === "false" ? false : value), z.boolean().default(defaultValue));
}

export function whole(min: number, max: number, defaultValue: number) {
  return z.preprocess((value) => (value === "" || value === null || value === undefined ? undefined : typeof value === "string" ? Number(value) : value), z.number().int().min(min).max(max).default(defaultValue));
}

/** Free text where an empty field means "none". */
export function optionalText(max: number) {
  return z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), z.string().trim().max(max).nullable().default(null));
}

export const webUrl = z.url({ protocol: /^https?$/, message: "url_invalid" });
