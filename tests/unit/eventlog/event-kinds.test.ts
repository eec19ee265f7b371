import { describe, expect, it } from "vitest";
import { describeAuditEntry, EVENT_REGISTRY } from "../../../lib/eventlog/event-kinds";
import { neutralizeCell, toCsv } from "../../../lib/export/to-csv";

const facts = (action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, subject: string | null = "Pont fermé") => ({ action, actor: "Inès", subject, before, after });

describe("event log registry", () => {
  it("knows every audit action the event log must show", () => {
    const required = ["activation.create", "activation.status", "activation.settings", "shift.plan", "shift.cancel", "handover.write", "escalation.create", "escalation.acknowledge", "escalation.renotify", "report.status", "report.publish", "report.unpublish", "mapFeature.publish", "mapFeature.unpublish", "relay.create", "relay.approve", "relay.authorityApprove", "relay.publish", "relay.withdraw", "solidarity.create", "solidarity.match", "solidarity.close"];
    for (const action of required) expect(EVENT_REGISTRY, action).toHaveProperty([action]);
  });

  it("reads a report's status change as a confirmation, a refutation or a verification step", () => {
    expect(describeAuditEntry(facts("report.status", { status: "IN_VERIFICATION" }, { status: "CONFIRMED" }))).toEqual({ kind: "confirmation", sentence: { fr: "Inès a confirmé la remontée « Pont fermé »", en: "Inès confirmed the report “Pont fermé”" } });
    expect(describeAuditEntry(facts("report.review.agreed", { status: "NEW" }, { status: "FALSE" }))?.kind).toBe("refutation");
    expect(describeAuditEntry(facts("report.status", { status: "NEW" }, { status: "IN_VERIFICATION" }))?.sentence.fr).toBe("Inès a passé la remontée « Pont fermé » à « en vérification »");
    expect(describeAuditEntry(facts("report.review.declined", { status: "NEW" }, { status: "NEW" }))).toBeNull();
  });

  it("names what it can and leaves out unknown actions", () => {
    expect(describeAuditEntry(facts("relay.publish", null, null, null))?.sentence.fr).toBe("Inès a publié un message relayé");
    expect(describeAuditEntry(facts("relay.publish", null, { network: "mastodon", url: "https://piaille.fr/@msgu/1" }, "Crue"))?.sentence).toEqual({
      fr: "Inès a publié le message « Crue » sur Mastodon (https://piaille.fr/@msgu/1)",
      en: "Inès published the message “Crue” on Mastodon (https://piaille.fr/@msgu/1)",
    });
    expect(describeAuditEntry(facts("relay.update", null, null, "Crue"))?.sentence.fr).toBe("Inès a modifié le message « Crue » (à valider de nouveau)");
    expect(describeAuditEntry(facts("report.publish", null, null))?.sentence.en).toBe("Inès published the report “Pont fermé” on the public map");
    expect(describeAuditEntry(facts("escalation.acknowledge", null, { acknowledgedByName: "Paul", answer: "secours engagés" }))?.sentence.fr).toBe("Paul a pris en compte l'urgence sur « Pont fermé » : secours engagés");
    expect(describeAuditEntry(facts("report.attach", null, null))).toBeNull();
    expect(describeAuditEntry(facts("eventlog.entry", null, null))).toBeNull();
  });
});

describe("CSV", () => {
  it("neutralises cells a spreadsheet would run as formulas, and quotes", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutralizeCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutralizeCell(null)).toBe("");
    expect(toCsv(["a", "b"], [["=1", 'dit "oui"']])).toBe(`\uFEFFa,b\r\n'=1,"dit ""oui"""\r\n`);
  });
});
