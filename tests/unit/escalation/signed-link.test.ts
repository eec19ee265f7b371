import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../../lib/escalation/answer-presets";
import { composeEscalationEmail } from "../../../lib/escalation/escalation-email";
import { signAcknowledgeLink, verifyAcknowledgeLink } from "../../../lib/escalation/signed-link";

const SECRET = "unit-test-secret-0123456789";
const ID = "0b6a3c52-8a9e-4c43-9d55-3f1e3c1c2f10";
const now = new Date("2026-12-01T10:00:00Z");

describe("escalation acknowledgement links", () => {
  it("verify with the same secret until they expire", () => {
    const token = signAcknowledgeLink({ escalationId: ID, address: "Astreinte@Prefecture.test", expiresAt: new Date(now.getTime() + 3600_000) }, SECRET);
    expect(verifyAcknowledgeLink(token, SECRET, now)).toEqual({ ok: true, claims: { escalationId: ID, address: "astreinte@prefecture.test", expiresAt: new Date(now.getTime() + 3600_000) } });
    expect(verifyAcknowledgeLink(token, SECRET, new Date(now.getTime() + 3600_000))).toEqual({ ok: false, reason: "expired" });
    expect(verifyAcknowledgeLink(token, "another-secret-0123456789", now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuse any change to the escalation, address, expiry or signature", () => {
    const token = signAcknowledgeLink({ escalationId: ID, address: "a@b.test", expiresAt: new Date(now.getTime() + 3600_000) }, SECRET);
    const [id, address, expiry, signature] = token.split(".");
    const variants = [
      `${ID.replace("0b6a", "0b6b")}.${address}.${expiry}.${signature}`,
      `${id}.${Buffer.from("c@b.test").toString("base64url")}.${expiry}.${signature}`,
      `${id}.${address}.${Number(expiry) + 1}.${signature}`,
      `${id}.${address}.${expiry}.${signature.slice(1)}`,
      `${id}.${address}.${expiry}`,
      "",
    ];
    for (const variant of variants) expect(verifyAcknowledgeLink(variant, SECRET, now)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("escalation e-mail and answers", () => {
  it("carries the report's facts and the link, escaped in HTML", () => {
    const mail = composeEscalationEmail("a@b.test", {
      activationName: "Crue <Adour>",
      reportTitle: "Famille sur un toit",
      categoryLabel: "Personnes en danger",
      placeName: null,
      message: "Eau qui monte",
      escalatedAt: now,
      timeZone: "Europe/Paris",
      notifyCount: 3,
      acknowledgeUrl: "https://vigie.test/acknowledge/x",
    });
    expect(mail.subject).toBe("[RELANCE 2] [Vigie] Remontée urgente — Famille sur un toit");
    expect(mail.text).toContain("Lieu : non précisé");
    expect(mail.text).toContain("01/12/2026 11:00");
    expect(mail.html).toContain("Crue &lt;Adour&gt;");
    expect(mail.html).toContain('href="https://vigie.test/acknowledge/x"');
  });

  it("compose the stored answer from a preset and free text", () => {
    expect(composeAnswer("rescue_engaged", " Hélico ")).toBe("Secours engagés — Hélico");
    expect(composeAnswer(null, "Vu")).toBe("Vu");
    expect(composeAnswer("no_action", "")).toBe("Sans suite");
  });
});
