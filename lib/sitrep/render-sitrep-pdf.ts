import PDFDocument from "pdfkit";
import type { Sitrep } from "./get-sitrep";
import { drawSitrepMap } from "./draw-sitrep-map";

const MARGIN = 50;
/** Confirmed facts listed per category; the rest are counted and left to the CSV export. */
const FACTS_PER_CATEGORY = 60;
const SEVERITY = ["", "faible", "modérée", "forte", "très forte"];
const STATUS = { NEW: "Nouvelles", IN_VERIFICATION: "En vérification", CONFIRMED: "Confirmées", FALSE: "Fausses", UNCONFIRMABLE: "Invérifiables" } as Record<string, string>;
const RUMOUR = { UNDER_WATCH: "sous surveillance", DEBUNKED: "démentie", CONFIRMED: "confirmée" } as Record<string, string>;
const CURRENCY = { CURRENT: "en cours", RESOLVED: "résolue", OUTDATED: "périmée" } as Record<string, string>;

/** Characters the PDF's standard font (WinAnsi) cannot draw become plain equivalents or go. */
function clean(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2009]/g, " ")
    .replace(/[^\n\x20-\x7e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u20ac\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026]/g, "");
}

/**
 * A situation report as a PDF (A4, French): the association's and the
 * activation's names, key figures, summary, a map of the confirmed reports
 * drawn offline, confirmed facts by category and commune, the commune table,
 * escalations, rumours and relay messages, page numbers on every page.
 */
export async function renderSitrepPdf(sitrep: Sitrep): Promise<Buffer> {
  const { data } = sitrep;
  const zone = data.activation.timeZone;
  const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: zone });
  const short = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: zone });
  const when = (iso: string | null) => (iso ? clean(short.format(new Date(iso))) : "—");
  const category = (code: string) => data.categories.find((item) => item.code === code)?.fr ?? code;

  const doc = new PDFDocument({ size: "A4", margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN }, bufferPages: true, info: { Title: `Point de situation n° ${sitrep.number} — ${data.activation.name}`, Author: data.activation.ownerOrganization } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(clean(value), options);
  const heading = (title: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).fillColor("#0b4f8a");
    text(title, { width });
    doc.moveTo(MARGIN, doc.y + 2).lineTo(MARGIN + width, doc.y + 2).lineWidth(0.5).stroke("#0b4f8a");
    doc.moveDown(0.4).font("Helvetica").fontSize(10).fillColor("#101828");
  };

  // Title block.
  doc.font("Helvetica").fontSize(10).fillColor("#475467");
  text(data.activation.ownerOrganization);
  doc.font("Helvetica-Bold").fontSize(20).fillColor("#101828");
  text(`Point de situation n° ${sitrep.number}`);
  doc.font("Helvetica-Bold").fontSize(14);
  text(data.activation.name);
  doc.font("Helvetica").fontSize(10).fillColor("#475467");
  text(`Situation au ${dateTime.format(new Date(data.asOf))} (${zone})`);
  text(`Établi par ${sitrep.authorName || "—"} le ${dateTime.format(sitrep.createdAt)}${sitrep.updatedAt.getTime() - sitrep.createdAt.getTime() > 1000 ? ` — synthèse modifiée le ${dateTime.format(sitrep.updatedAt)}` : ""}`);
  doc.fillColor("#101828");

  heading("Chiffres clés");
  const f = data.figures;
  const figures: [string, number | string][] = [
    ["Remontées confirmées", f.byStatus.CONFIRMED ?? 0],
    ["Confirmées dans l'heure précédente", f.confirmedLastHour],
    ["En cours de vérification", (f.byStatus.NEW ?? 0) + (f.byStatus.IN_VERIFICATION ?? 0)],
    ["Démenties (fausses)", f.byStatus.FALSE ?? 0],
    ["Remontées au total", f.total],
    ["Alertes urgentes non prises en compte", f.openEscalations],
    ["Messages des réseaux reçus", f.postsTotal],
    ["Messages par minute (10 dernières min.)", f.postsPerMinute],
  ];
  table(doc, ["Indicateur", "Valeur"], figures.map(([label, value]) => [label, String(value)]), [width - 120, 120]);
  doc.moveDown(0.3).font("Helvetica").fontSize(9).fillColor("#475467");
  text(`Par statut : ${Object.entries(f.byStatus).map(([status, count]) => `${STATUS[status] ?? status} ${count}`).join(" · ") || "—"}`, { width });
  text(`Par catégorie : ${Object.entries(f.byCategory).map(([code, count]) => `${category(code)} ${count}`).join(" · ") || "—"}`, { width });
  text(`Par gravité : ${Object.entries(f.bySeverity).map(([level, count]) => `${SEVERITY[Number(level)] ?? level} ${count}`).join(" · ") || "—"}`, { width });
  doc.fillColor("#101828").fontSize(10);

  heading("Synthèse");
  text(sitrep.summary || "(pas de synthèse rédigée)", { width });

  heading("Carte des remontées confirmées");
  if (doc.y > doc.page.height - 330) doc.addPage();
  const mapTop = doc.y;
  drawSitrepMap(doc, data, { x: MARGIN, y: mapTop, width, height: 280 });
  doc.x = MARGIN;
  doc.y = mapTop + 286;
  doc.font("Helvetica").fontSize(8).fillColor("#475467");
  text("Points pleins : remontées en cours ; cercles vides : résolues ou périmées ; taille et couleur selon la gravité. Contours : Natural Earth.", { width });
  doc.fillColor("#101828").fontSize(10);

  heading("Faits confirmés par catégorie et commune");
  if (data.confirmed.length === 0) text("Aucune remontée confirmée.");
  const byCategory = new Map<string, typeof data.confirmed>();
  for (const report of data.confirmed) {
    const list = byCategory.get(report.category);
    if (list) list.push(report);
    else byCategory.set(report.category, [report]);
  }
  for (const [code, reports] of byCategory) {
    doc.moveDown(0.3).font("Helvetica-Bold");
    text(`${category(code)} (${reports.length})`);
    doc.font("Helvetica");
    for (const report of reports.slice(0, FACTS_PER_CATEGORY)) {
      text(`• ${report.placeName ?? "Lieu non précisé"} — ${report.title} (gravité ${SEVERITY[report.severity] ?? report.severity}, ${CURRENCY[report.currency] ?? report.currency}, ${when(report.observedAt)})`, { width, indent: 8 });
    }
    if (reports.length > FACTS_PER_CATEGORY) text(`… et ${reports.length - FACTS_PER_CATEGORY} autres, voir l'export CSV.`, { indent: 8 });
  }
  // Snapshots made before every confirmed report was kept stopped at 1,000: say so rather than let the list pass for complete.
  if (!data.confirmedComplete && data.confirmed.length >= 1000) {
    doc.moveDown(0.3).font("Helvetica-Oblique");
    text(`Ce point de situation n'a conservé que les ${data.confirmed.length} premières remontées confirmées sur ${f.byStatus.CONFIRMED ?? "?"}.`, { width });
    doc.font("Helvetica");
  }

  heading("Communes les plus touchées");
  if (data.communes.length === 0) text("Aucune commune renseignée.");
  else
    table(
      doc,
      ["Commune", "Confirmées", "Total", "Gravité max.", "Par catégorie"],
      data.communes.map((row) => [row.commune, String(row.confirmed), String(row.total), SEVERITY[row.maxSeverity] ?? String(row.maxSeverity), Object.entries(row.byCategory).map(([code, count]) => `${category(code)} ${count}`).join(", ")]),
      [120, 60, 40, 65, width - 285],
    );

  heading("Alertes urgentes et réponses de l'autorité");
  if (data.escalations.length === 0) text("Aucune alerte urgente.");
  for (const escalation of data.escalations) {
    const answered = escalation.status === "ACKNOWLEDGED" ? `prise en compte par ${escalation.acknowledgedByName ?? "—"} à ${when(escalation.acknowledgedAt)}${escalation.answer ? ` : « ${escalation.answer} »` : ""}` : "NON PRISE EN COMPTE";
    text(`• ${when(escalation.createdAt)} — ${escalation.reportTitle}${escalation.message ? ` (${escalation.message})` : ""} : ${answered}`, { width, indent: 8 });
  }

  const moreEscalations = (data.escalationsTotal ?? data.escalations.length) - data.escalations.length;
  if (moreEscalations > 0) {
    const hiddenOpen = f.openEscalations - data.escalations.filter((escalation) => escalation.status === "OPEN").length;
    text(`… et ${moreEscalations} autres alertes plus anciennes${hiddenOpen > 0 ? `, dont ${hiddenOpen} non prises en compte` : ", toutes prises en compte"}, non reprises ici.`, { width, indent: 8 });
  }

  heading("Rumeurs");
  if (data.rumours.length === 0) text("Aucune rumeur suivie.");
  for (const rumour of data.rumours) text(`• ${rumour.claim} — ${RUMOUR[rumour.status] ?? rumour.status} (${rumour.posts} messages, ${rumour.reports} remontées)`, { width, indent: 8 });

  heading("Messages relayés");
  if (data.relay.length === 0) text("Aucun message relayé.");
  for (const message of data.relay) text(`• ${when(message.publishedAt)} — ${message.title}${message.networks.length ? ` (${message.networks.join(", ")})` : ""}${message.withdrawnAt ? ` — retiré le ${when(message.withdrawnAt)}` : ""}`, { width, indent: 8 });

  // Page numbers and the activation's name on every page.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor("#667085");
    doc.text(clean(`${data.activation.name} — point de situation n° ${sitrep.number}`), MARGIN, doc.page.height - 40, { width: width - 80, lineBreak: false });
    doc.text(`Page ${index - range.start + 1} / ${range.count}`, MARGIN + width - 80, doc.page.height - 40, { width: 80, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** A plain table with a header row; rows break across pages. */
function table(doc: PDFKit.PDFDocument, header: string[], rows: string[][], widths: number[]): void {
  const draw = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const heights = cells.map((cell, index) => doc.heightOfString(clean(cell), { width: widths[index]! - 6 }));
    const height = Math.max(...heights) + 6;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    if (bold) doc.rect(MARGIN, top, widths.reduce((a, b) => a + b, 0), height).fill("#eef2f6").fillColor("#101828");
    cells.forEach((cell, index) => {
      doc.fillColor("#101828").text(clean(cell), x + 3, top + 3, { width: widths[index]! - 6 });
      x += widths[index]!;
    });
    doc.moveTo(MARGIN, top + height).lineTo(x, top + height).lineWidth(0.3).stroke("#d0d5dd");
    doc.x = MARGIN;
    doc.y = top + height;
  };
  draw(header, true);
  for (const row of rows) draw(row, false);
  doc.fontSize(10);
}
