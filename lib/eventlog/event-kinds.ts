/**
 * The event log ("main courante") reads the audit log: this registry says
 * which audit actions belong in it, under which kind, and how each reads in
 * French and English. An action absent from here stays out of the log.
 * Relay and solidarity actions are written by their own features: their
 * entries appear as soon as those features audit them under these names.
 */
export const EVENT_KINDS = ["activation", "team", "escalation", "confirmation", "refutation", "verification", "publication", "relay", "solidarity", "manual"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export type AuditFacts = {
  action: string;
  /** Who did it, as shown ("Système" when no actor). */
  actor: string;
  /** The record's name as it reads now (report title, relay message title…), when known. */
  subject: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type Sentence = { fr: string; en: string };
export type LogLine = { kind: EventKind; sentence: Sentence };

type Describe = (facts: AuditFacts) => LogLine | null;

/** "the report “X”" when the record is known, "a report" otherwise. */
const named = (facts: AuditFacts, noun: Sentence, fallback: Sentence): Sentence =>
  facts.subject ? { fr: `${noun.fr ? `${noun.fr} ` : ""}« ${facts.subject} »`, en: `${noun.en ? `${noun.en} ` : ""}“${facts.subject}”` } : fallback;
const quoted = (facts: AuditFacts, fallback: Sentence): Sentence => named(facts, { fr: "", en: "" }, fallback);
const str = (value: unknown): string => (typeof value === "string" ? value : "");
const REPORT = { fr: "une remontée", en: "a report" };
const theReport = (facts: AuditFacts) => named(facts, { fr: "la remontée", en: "the report" }, REPORT);
const theMessage = (facts: AuditFacts) => named(facts, { fr: "le message", en: "the message" }, { fr: "un message relayé", en: "a relay message" });
const ITEM = { fr: "une annonce", en: "a post" };
const NETWORK_NAMES: Record<string, { fr: string; en: string }> = { mastodon: { fr: "Mastodon", en: "Mastodon" }, bluesky: { fr: "Bluesky", en: "Bluesky" }, share_kit: { fr: "le kit de partage", en: "the share kit" } };
/** Where a relay message went out, with its address when the network gave one. */
const where = (facts: AuditFacts) => {
  const network = NETWORK_NAMES[String(facts.after?.network ?? "")];
  if (!network) return { fr: "", en: "" };
  const url = typeof facts.after?.url === "string" ? ` (${facts.after.url})` : "";
  return { fr: ` sur ${network.fr}${url}`, en: ` on ${network.en}${url}` };
};
const FEATURE = { fr: "un élément de carte", en: "a map feature" };

const STATUS_FR: Record<string, string> = { DRAFT: "brouillon", ACTIVE: "active", PAUSED: "en pause", CLOSED: "close", ARCHIVED: "archivée", NEW: "nouvelle", IN_VERIFICATION: "en vérification", CONFIRMED: "confirmée", FALSE: "fausse", UNCONFIRMABLE: "invérifiable" };
const STATUS_EN: Record<string, string> = { DRAFT: "draft", ACTIVE: "active", PAUSED: "paused", CLOSED: "closed", ARCHIVED: "archived", NEW: "new", IN_VERIFICATION: "in verification", CONFIRMED: "confirmed", FALSE: "false", UNCONFIRMABLE: "unconfirmable" };

/** A report's status change: CONFIRMED reads as a confirmation, FALSE as a refutation, anything else as verification. */
const reportStatus = (how: Sentence): Describe => (facts) => {
  const status = str(facts.after?.status);
  const before = str(facts.before?.status);
  if (!status || status === before) return null;
  const report = theReport(facts);
  if (status === "CONFIRMED") return { kind: "confirmation", sentence: { fr: `${facts.actor} a confirmé ${report.fr}${how.fr}`, en: `${facts.actor} confirmed ${report.en}${how.en}` } };
  if (status === "FALSE") return { kind: "refutation", sentence: { fr: `${facts.actor} a réfuté ${report.fr}${how.fr}`, en: `${facts.actor} refuted ${report.en}${how.en}` } };
  return { kind: "verification", sentence: { fr: `${facts.actor} a passé ${report.fr} à « ${STATUS_FR[status] ?? status} »${how.fr}`, en: `${facts.actor} set ${report.en} to “${STATUS_EN[status] ?? status}”${how.en}` } };
};

const simple = (kind: EventKind, fr: (f: AuditFacts) => string, en: (f: AuditFacts) => string): Describe => (facts) => ({ kind, sentence: { fr: fr(facts), en: en(facts) } });

export const EVENT_REGISTRY: Record<string, Describe> = {
  "activation.create": simple("activation", (f) => `${f.actor} a créé l'activation`, (f) => `${f.actor} created the activation`),
  "activation.status": (facts) => {
    const to = str(facts.after?.status);
    const reason = str(facts.after?.reason);
    return {
      kind: "activation",
      sentence: {
        fr: `${facts.actor} a passé l'activation à « ${STATUS_FR[to] ?? to} »${reason ? ` (${reason})` : ""}`,
        en: `${facts.actor} set the activation to “${STATUS_EN[to] ?? to}”${reason ? ` (${reason})` : ""}`,
      },
    };
  },
  "activation.settings": simple("activation", (f) => `${f.actor} a modifié les réglages de veille`, (f) => `${f.actor} changed the watch settings`),
  "shift.plan": simple("team", (f) => `${f.actor} a planifié un créneau${f.subject ? ` pour ${f.subject}` : ""}`, (f) => `${f.actor} planned a shift${f.subject ? ` for ${f.subject}` : ""}`),
  "shift.cancel": simple("team", (f) => `${f.actor} a annulé un créneau${f.subject ? ` de ${f.subject}` : ""}`, (f) => `${f.actor} cancelled a shift${f.subject ? ` of ${f.subject}` : ""}`),
  "activation.escalationSettings": simple("activation", (f) => `${f.actor} a modifié les adresses d'astreinte ou le délai de relance des urgences`, (f) => `${f.actor} changed the on-duty addresses or the escalation re-notify delay`),
  "activation.publicMap": simple("publication", (f) => `${f.actor} a modifié les réglages de la carte publique`, (f) => `${f.actor} changed the public map settings`),
  "handover.write": simple("team", (f) => `${f.actor} a écrit une consigne de relève`, (f) => `${f.actor} wrote a handover note`),
  "escalation.create": (facts) => {
    const report = theReport(facts);
    const message = str(facts.after?.message);
    return { kind: "escalation", sentence: { fr: `${facts.actor} a signalé en urgence à l'autorité ${report.fr}${message ? ` : ${message}` : ""}`, en: `${facts.actor} escalated ${report.en} to the authority${message ? `: ${message}` : ""}` } };
  },
  "escalation.acknowledge": (facts) => {
    const report = quoted(facts, REPORT);
    // In the app the acknowledger is the actor; from the e-mail link, the name or address they gave (`by`).
    const who = str(facts.after?.acknowledgedByName) || str(facts.after?.by) || facts.actor;
    const answer = str(facts.after?.answer);
    return { kind: "escalation", sentence: { fr: `${who} a pris en compte l'urgence sur ${report.fr}${answer ? ` : ${answer}` : ""}`, en: `${who} acknowledged the escalation of ${report.en}${answer ? `: ${answer}` : ""}` } };
  },
  "escalation.renotify": simple("escalation", (f) => `Urgence non prise en compte sur ${quoted(f, REPORT).fr} : nouvelle alerte envoyée`, (f) => `Escalation of ${quoted(f, REPORT).en} still unacknowledged: notified again`),
  "report.status": reportStatus({ fr: "", en: "" }),
  "report.review.agreed": reportStatus({ fr: " (deuxième avis)", en: " (second opinion)" }),
  "report.review.overridden": reportStatus({ fr: " (décision du coordinateur)", en: " (coordinator's decision)" }),
  "report.publish": simple("publication", (f) => `${f.actor} a publié sur la carte publique ${theReport(f).fr}`, (f) => `${f.actor} published ${theReport(f).en} on the public map`),
  "report.unpublish": simple("publication", (f) => `${f.actor} a retiré de la carte publique ${theReport(f).fr}`, (f) => `${f.actor} took ${theReport(f).en} off the public map`),
  "mapFeature.publish": simple("publication", (f) => `${f.actor} a publié sur la carte publique ${quoted(f, FEATURE).fr}`, (f) => `${f.actor} published ${quoted(f, FEATURE).en} on the public map`),
  "mapFeature.unpublish": simple("publication", (f) => `${f.actor} a retiré de la carte publique ${quoted(f, FEATURE).fr}`, (f) => `${f.actor} took ${quoted(f, FEATURE).en} off the public map`),
  "relay.create": simple("relay", (f) => `${f.actor} a rédigé ${theMessage(f).fr}`, (f) => `${f.actor} drafted ${theMessage(f).en}`),
  "relay.update": simple("relay", (f) => `${f.actor} a modifié ${theMessage(f).fr} (à valider de nouveau)`, (f) => `${f.actor} edited ${theMessage(f).en} (to be approved again)`),
  "relay.approve": simple("relay", (f) => `${f.actor} a validé ${theMessage(f).fr}`, (f) => `${f.actor} approved ${theMessage(f).en}`),
  "relay.authorityApprove": simple("relay", (f) => `${f.actor} (autorité) a approuvé ${theMessage(f).fr}`, (f) => `${f.actor} (authority) approved ${theMessage(f).en}`),
  "relay.publish": simple("relay", (f) => `${f.actor} a publié ${theMessage(f).fr}${where(f).fr}`, (f) => `${f.actor} published ${theMessage(f).en}${where(f).en}`),
  "relay.withdraw": simple("relay", (f) => `${f.actor} a retiré ${theMessage(f).fr}`, (f) => `${f.actor} withdrew ${theMessage(f).en}`),
  "solidarity.create": simple("solidarity", (f) => `${f.actor} a ajouté ${quoted(f, ITEM).fr} au tableau de solidarité`, (f) => `${f.actor} added ${quoted(f, ITEM).en} to the solidarity board`),
  "solidarity.match": simple("solidarity", (f) => `${f.actor} a mis en relation ${quoted(f, ITEM).fr}`, (f) => `${f.actor} matched ${quoted(f, ITEM).en}`),
  "solidarity.close": simple("solidarity", (f) => `${f.actor} a clos ${quoted(f, ITEM).fr}`, (f) => `${f.actor} closed ${quoted(f, ITEM).en}`),
  "eventlog.entry": () => null, // the manual entry itself is listed from EventLogEntry
};

/** The audit actions the log reads. */
export const LOGGED_ACTIONS = Object.keys(EVENT_REGISTRY).filter((action) => action !== "eventlog.entry");

/** How one audit entry reads in the log, or null when it does not belong there. */
export function describeAuditEntry(facts: AuditFacts): LogLine | null {
  const describe = EVENT_REGISTRY[facts.action];
  return describe ? describe(facts) : null;
}

/** The audit actions that can produce a given kind (to filter in SQL before describing). */
export const ACTIONS_BY_KIND: Record<EventKind, string[]> = {
  activation: ["activation.create", "activation.status", "activation.settings", "activation.escalationSettings"],
  team: ["shift.plan", "shift.cancel", "handover.write"],
  escalation: ["escalation.create", "escalation.acknowledge", "escalation.renotify"],
  confirmation: ["report.status", "report.review.agreed", "report.review.overridden"],
  refutation: ["report.status", "report.review.agreed", "report.review.overridden"],
  verification: ["report.status", "report.review.agreed", "report.review.overridden"],
  publication: ["report.publish", "report.unpublish", "mapFeature.publish", "mapFeature.unpublish", "activation.publicMap"],
  relay: ["relay.create", "relay.update", "relay.approve", "relay.authorityApprove", "relay.publish", "relay.withdraw"],
  solidarity: ["solidarity.create", "solidarity.match", "solidarity.close"],
  manual: [],
};
