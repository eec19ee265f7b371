import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withDb } from "./db";
import { login } from "./helpers";

/** A fresh report in the demo activation, seeded the way the server stores it. */
async function seedReport(title: string): Promise<{ activationId: string; reportId: string }> {
  return withDb(async (client) => {
    const activation = await client.query(`SELECT id FROM "Activation" WHERE slug = 'crue-adour-landes'`);
    const author = await client.query(`SELECT id FROM "User" WHERE email = 'benevole1@vigie.demo'`);
    const activationId = activation.rows[0].id as string;
    const report = await client.query(
      `INSERT INTO "Report" (id, "activationId", title, category, severity, lat, lon, precision, "placeName", "observedAt", tags, "createdById", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, 'people_in_danger', 4, 43.89, -0.5, 'commune', 'Mont-de-Marsan', now(), '{}', $3, now()) RETURNING id`,
      [activationId, title, author.rows[0].id],
    );
    return { activationId, reportId: report.rows[0].id as string };
  });
}

/** An acknowledgement link as lib/escalation/signed-link.ts makes them (the format is the contract the e-mails carry). */
function signLink(escalationId: string, address: string, secret: string): string {
  const expiry = Math.floor(Date.now() / 1000) + 3600;
  const signature = createHmac("sha256", secret).update(`vigie-escalation-ack\n${escalationId}\n${address}\n${expiry}`).digest("base64url");
  return `${escalationId}.${Buffer.from(address).toString("base64url")}.${expiry}.${signature}`;
}

test("a volunteer escalates a report; the prefecture's browser raises the alarm, acknowledges with an answer, and the volunteer sees it live", async ({ browser }) => {
  // Two browsers and a live round trip on a shared two-core machine: more room than the default minute.
  test.setTimeout(150_000);
  const title = `Voiture emportée e2e ${Date.now()}`;
  const { activationId, reportId } = await seedReport(title);

  // The prefecture is connected first, and already faces the demo's unanswered escalation.
  const prefect = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(prefect, "prefecture@vigie.demo");
  await prefect.goto(`/activations/${activationId}`);
  const alarm = prefect.getByTestId("escalation-alarm");
  await expect(alarm).toContainText("Personnes bloquées à l'étage, quartier du Sablar");
  await expect(prefect.getByTestId("presence-user").first()).toBeVisible();
  // Nothing touched on this page yet: the browser would not let the alarm sound, and the page says so.
  const enable = prefect.getByTestId("enable-alerts");
  await expect(enable).toContainText(/Activer le son/);
  await enable.click();
  await expect(enable).toHaveCount(0);

  const volunteer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(volunteer, "benevole1@vigie.demo");
  await volunteer.goto(`/activations/${activationId}/reports/${reportId}`);
  await expect(volunteer.getByTestId("presence-user").first()).toBeVisible();
  const panel = volunteer.getByTestId("report-escalation");
  await panel.getByLabel("Message pour la cellule de crise (500 caractères au plus)").fill("Conducteur sur le toit de sa voiture, courant fort");
  await panel.getByRole("button", { name: "Escalader en urgence à l'autorité" }).click();
  await expect(panel.getByTestId("escalation-item")).toHaveAttribute("data-status", "OPEN");
  await expect(panel.getByTestId("escalation-timer")).toBeVisible();
  await expect(panel.getByTestId("escalate-outcome")).toContainText("1 représentant de l'autorité connecté a reçu l'alerte.");
  await expect(panel.getByTestId("escalate-outcome")).toContainText("L'envoi d'e-mails n'est pas configuré sur ce serveur");

  // The authority's browser: the new alert joins the alarm at once.
  const alert = alarm.getByTestId("escalation-alert").filter({ hasText: title });
  await expect(alert).toContainText("Conducteur sur le toit de sa voiture, courant fort");
  await expect(alarm).toContainText("2 remontées urgentes à traiter");
  await alert.getByLabel("Secours engagés").check();
  await alert.getByLabel("Précisions (facultatif)").fill("Équipe nautique du SDIS en route");
  await alert.getByRole("button", { name: "Accuser réception" }).click();
  await expect(alarm.getByTestId("escalation-alert").filter({ hasText: title })).toHaveCount(0);
  await expect(alarm).toContainText("Remontée urgente à traiter");

  // The volunteer's page shows the acknowledgement without reloading.
  await expect(panel.getByTestId("escalation-item")).toHaveAttribute("data-status", "ACKNOWLEDGED");
  await expect(panel.getByTestId("escalation-acknowledgement")).toContainText("Accusé de réception par Paul Préfecture");
  await expect(panel.getByTestId("escalation-answer")).toHaveText("Secours engagés — Équipe nautique du SDIS en route");

  await volunteer.getByRole("link", { name: "Escalades", exact: true }).click();
  await expect(volunteer.getByTestId("escalations-open")).toContainText("Personnes bloquées à l'étage, quartier du Sablar");
  await expect(volunteer.getByTestId("escalations-open").getByTestId("escalation-timer")).toBeVisible();
  await expect(volunteer.getByTestId("escalations-past")).toContainText("Secours engagés — Équipe nautique du SDIS en route");
});

test("the on-duty e-mail's signed link opens without login, acknowledges once, and a tampered link is refused", async ({ browser }) => {
  const title = `Digue fissurée e2e ${Date.now()}`;
  const { activationId, reportId } = await seedReport(title);
  const escalationId = await withDb(async (client) => {
    const row = await client.query(`INSERT INTO "Escalation" (id, "activationId", "reportId", message, "emailState") VALUES (gen_random_uuid(), $1, $2, 'Fissure visible, riverains inquiets', 'sent') RETURNING id`, [activationId, reportId]);
    return row.rows[0].id as string;
  });
  // Signed as the server signs its e-mails (the e2e server's AUTH_SECRET, scripts/e2e-server.ts).
  const token = signLink(escalationId, "astreinte@prefecture-landes.demo", "e2e-secret-not-for-production-000000");

  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await page.goto(`/acknowledge/${token}x`);
  await expect(page.getByTestId("link-error")).toContainText("Ce lien n'est pas valide");

  await page.goto(`/acknowledge/${token}`);
  await expect(page.getByTestId("link-report-title")).toHaveText(title);
  await expect(page.getByText("Fissure visible, riverains inquiets")).toBeVisible();
  await page.getByLabel("Déjà connu").check();
  await page.getByLabel("Votre nom (facultatif)").fill("Cdt Martin");
  await page.getByRole("button", { name: "Accuser réception" }).click();
  await expect(page.getByTestId("acknowledge-done")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("link-acknowledged")).toContainText("Accusé de réception par Cdt Martin (astreinte@prefecture-landes.demo)");
  await expect(page.getByTestId("link-acknowledged")).toContainText("Déjà connu");
  await expect(page.getByTestId("acknowledge-form")).toHaveCount(0);
});
