import { describe, expect, it } from "vitest";
import { eraseSubjectInJson, REDACTED, redactPersonalFields } from "../../../lib/personal-data/redact";

describe("redaction", () => {
  it("replaces personal fields at any depth and keeps the rest", () => {
    const { value, redacted } = redactPersonalFields({ severity: 2, authorHandle: "@a", media: [{ url: "https://x/y.jpg", type: "image" }], nested: { Email: "a@b.fr" } });
    expect(value).toEqual({ severity: 2, authorHandle: REDACTED, media: [{ url: REDACTED, type: "image" }], nested: { Email: REDACTED } });
    expect(redacted).toBe(3);
    expect(redactPersonalFields(null)).toEqual({ value: null, redacted: 0 });
  });

  it("erases one subject inside strings, case-insensitively, with regex characters escaped", () => {
    const { value, erased } = eraseSubjectInJson({ text: "RT @J.Dupont: help @j.dupont", other: "@jxdupont" }, "@j.dupont");
    expect(value).toEqual({ text: `RT ${REDACTED}: help ${REDACTED}`, other: "@jxdupont" });
    expect(erased).toBe(2);
  });
});

describe("one person, not another", () => {
  it("matches a handle as a whole word only", async () => {
    const { mentionsSubject } = await import("../../../lib/personal-data/redact");
    expect(mentionsSubject("merci @Jean, à demain", "@jean")).toBe(true);
    expect(mentionsSubject("merci @jeanne", "@jean")).toBe(false);
    expect(mentionsSubject({ text: "vu par @jean" }, "@jean")).toBe(true);
    expect(eraseSubjectInJson("@jean et @jeanne", "@jean").value).toBe(`${REDACTED} et @jeanne`);
  });
});
