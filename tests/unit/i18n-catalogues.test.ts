import { describe, expect, it } from "vitest";
import en from "../../lib/i18n/messages/en.json";
import fr from "../../lib/i18n/messages/fr.json";

const keys = (node: object, prefix = ""): string[] =>
  Object.entries(node).flatMap(([key, value]) => (typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe("message catalogues", () => {
  it("have the same keys in French and English, none empty", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const key of keys(fr)) {
      const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], fr);
      expect(String(value).trim(), key).not.toBe("");
    }
  });
});
