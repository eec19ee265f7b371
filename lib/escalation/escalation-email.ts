import type { OutgoingMail } from "./mail-transport";

/**
 * The on-duty e-mail of an escalation. It carries only what the crisis cell
 * needs to act — the report's title, category, place, the volunteer's message
 * and the acknowledgement link — never a post's author or text (personal data
 * that must not leave Vigie by e-mail).
 */
export type EscalationMailFacts = {
  activationName: string;
  reportTitle: string;
  categoryLabel: string;
  placeName: string | null;
  message: string;
  escalatedAt: Date;
  timeZone: string;
  notifyCount: number;
  acknowledgeUrl: string;
};

export function composeEscalationEmail(to: string, facts: EscalationMailFacts): OutgoingMail {
  const when = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: facts.timeZone }).format(facts.escalatedAt);
  const reminder = facts.notifyCount > 1 ? `[RELANCE ${facts.notifyCount - 1}] ` : "";
  const subject = `${reminder}[Vigie] Remontée urgente — ${facts.reportTitle}`.slice(0, 200);
  const lines = [
    `Remontée urgente transmise par les bénévoles de la veille « ${facts.activationName} » le ${when}.`,
    "",
    `Remontée : ${facts.reportTitle}`,
    `Catégorie : ${facts.categoryLabel}`,
    `Lieu : ${facts.placeName ?? "non précisé"}`,
    "",
    "Message des bénévoles :",
    facts.message,
    "",
    "Accusez réception (et répondez) sans vous connecter, par ce lien personnel :",
    facts.acknowledgeUrl,
    "",
    "Ce lien est valable 7 jours et ne sert qu'une fois : la première réponse est enregistrée avec votre adresse.",
  ];
  const html = `<!doctype html><html lang="fr"><body style="font-family:sans-serif">
<p>Remontée urgente transmise par les bénévoles de la veille « ${escape(facts.activationName)} » le ${escape(when)}.</p>
<table cellpadding="4">
<tr><th align="left">Remontée</th><td>${escape(facts.reportTitle)}</td></tr>
<tr><th align="left">Catégorie</th><td>${escape(facts.categoryLabel)}</td></tr>
<tr><th align="left">Lieu</th><td>${escape(facts.placeName ?? "non précisé")}</td></tr>
</table>
<p><strong>Message des bénévoles :</strong><br>${escape(facts.message).replaceAll("\n", "<br>")}</p>
<p><a href="${escape(facts.acknowledgeUrl)}" style="display:inline-block;padding:10px 16px;background:#b00020;color:#fff;text-decoration:none;border-radius:4px">Accuser réception</a></p>
<p style="color:#555;font-size:small">Lien personnel valable 7 jours, utilisable une fois. Envoyé à ${escape(to)}.</p>
</body></html>`;
  return { to, subject, text: lines.join("\n"), html };
}

function escape(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
