import { describe, expect, it } from "vitest";
import { detectPersonalData } from "@/lib/pii/detect-personal-data";
import { redactPersonalData } from "@/lib/pii/redact-personal-data";

describe("redactPersonalData", () => {
  it("replaces each kind by its French placeholder", () => {
    const text = "Mme Martin au 12 rue des Arènes, voiture AB-123-CD, tel 06 12 34 56 78, jean.dupont@free.fr";
    expect(redactPersonalData(text)).toBe("[nom] au [adresse], voiture [immatriculation], tel [téléphone], [e-mail]");
  });

  it("uses the flags it is given, so redaction matches what was stored", () => {
    const text = "Appelez Paul au 06 12 34 56 78";
    expect(redactPersonalData(text, [{ kind: "person_name", start: 8, end: 12 }])).toBe("Appelez [nom] au 06 12 34 56 78");
    expect(redactPersonalData(text, [])).toBe(text);
  });

  it("skips stored flags that overlap or fall outside the text", () => {
    const text = "Tel 0612345678";
    const flags = [
      { kind: "phone" as const, start: 4, end: 14 },
      { kind: "person_name" as const, start: 6, end: 9 },
      { kind: "email" as const, start: 10, end: 99 },
    ];
    expect(redactPersonalData(text, flags)).toBe("Tel [téléphone]");
  });

  it("leaves text without personal data untouched and keeps emoji intact", () => {
    const text = "🔴 Vigilance rouge à Dax 🌊 #crue https://x.com/a/status/2012483034044874754";
    expect(redactPersonalData(text)).toBe(text);
    expect(redactPersonalData("🌊😱 0612345678 🙏")).toBe("🌊😱 [téléphone] 🙏");
  });

  it("removes every detected span from the output", () => {
    const text = "Jean DUPONT, 3 bis avenue Foch, +33 (0)6 12 34 56 78 ou 1234 AB 40";
    const redacted = redactPersonalData(text);
    expect(detectPersonalData(redacted)).toEqual([]);
    expect(redacted).toBe("[nom], [adresse], [téléphone] ou [immatriculation]");
  });
});
