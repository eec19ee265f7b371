import { describe, expect, it } from "vitest";
import { DEFAULT_HAZARD_TEMPLATES } from "../../../lib/activation/default-hazard-templates";
import { HAZARDS, isHazard } from "../../../lib/activation/hazards";

const LANGS = ["fr", "en"] as const;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe("isHazard", () => {
  it("accepts every listed hazard", () => {
    for (const hazard of HAZARDS) expect(isHazard(hazard)).toBe(true);
  });

  it("refuses anything else", () => {
    for (const value of ["", "Flood", "flood ", "inondation", "tsunami", "toString", "__proto__", null, undefined, 1, {}, ["flood"]]) {
      expect(isHazard(value)).toBe(false);
    }
  });

  it("lists each hazard once", () => {
    expect(duplicates([...HAZARDS])).toEqual([]);
  });
});

describe("default hazard templates", () => {
  it("has exactly one template per hazard, keyed by its own hazard", () => {
    expect(Object.keys(DEFAULT_HAZARD_TEMPLATES).sort()).toEqual([...HAZARDS].sort());
    for (const hazard of HAZARDS) expect(DEFAULT_HAZARD_TEMPLATES[hazard].hazard).toBe(hazard);
  });

  describe.each(HAZARDS)("%s", (hazard) => {
    const t = DEFAULT_HAZARD_TEMPLATES[hazard];

    it("has keywords in both languages, hashtags and report categories", () => {
      expect(t.keywords.fr.length).toBeGreaterThan(0);
      expect(t.keywords.en.length).toBeGreaterThan(0);
      expect(t.hashtags.length).toBeGreaterThan(0);
      expect(t.reportCategories.length).toBeGreaterThan(0);
    });

    it.each(LANGS)("has lowercase, trimmed, unique %s keywords and exclusions", (lang) => {
      for (const list of [t.keywords[lang], t.exclusions[lang]]) {
        for (const term of list) {
          expect(term, JSON.stringify(term)).toBe(term.trim());
          expect(term, JSON.stringify(term)).toBe(term.toLowerCase());
          expect(term.length).toBeGreaterThan(1);
          expect(term).not.toMatch(/\s{2}/);
        }
        expect(duplicates(list)).toEqual([]);
      }
    });

    it.each(LANGS)("never excludes its own %s keywords", (lang) => {
      const keywords = t.keywords[lang];
      for (const exclusion of t.exclusions[lang]) {
        expect(keywords).not.toContain(exclusion);
        // An exclusion contained in a keyword would silence that keyword altogether.
        for (const keyword of keywords) expect(keyword.includes(exclusion), `${exclusion} ⊂ ${keyword}`).toBe(false);
      }
    });

    it("has hashtags with a leading '#', no spaces or punctuation, unique regardless of case", () => {
      for (const tag of t.hashtags) {
        expect(tag.startsWith("#"), tag).toBe(true);
        expect(tag).not.toMatch(/\s/);
        expect(tag, tag).toMatch(/^#[\p{L}\p{N}_]+$/u);
      }
      expect(duplicates(t.hashtags.map((tag) => tag.toLowerCase()))).toEqual([]);
    });

    it("watches 2-letter ISO 639-1 languages, French first", () => {
      expect(t.languages[0]).toBe("fr");
      for (const lang of t.languages) expect(lang).toMatch(/^[a-z]{2}$/);
      expect(duplicates(t.languages)).toEqual([]);
    });

    it("has unique snake_case category codes, labelled in French and English, ending with other", () => {
      const codes = t.reportCategories.map((c) => c.code);
      for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(duplicates(codes)).toEqual([]);
      expect(t.reportCategories.at(-1)).toEqual({ code: "other", label: { fr: "Autre", en: "Other" } });
      for (const { label } of t.reportCategories) {
        expect(label.fr.trim()).toBe(label.fr);
        expect(label.en.trim()).toBe(label.en);
        expect(label.fr.length).toBeGreaterThan(0);
        expect(label.en.length).toBeGreaterThan(0);
      }
      expect(duplicates(t.reportCategories.map((c) => c.label.fr))).toEqual([]);
    });
  });

  it("does not share category objects between hazards", () => {
    const all = HAZARDS.flatMap((h) => DEFAULT_HAZARD_TEMPLATES[h].reportCategories);
    expect(new Set(all).size).toBe(all.length);
  });
});
