import { expect, test, type Page } from "@playwright/test";
import { seedUser } from "./db";
import { login } from "./helpers";

const NAME = `Crue de la Midouze — Landes ${Date.now().toString(36)}`;

/** A `datetime-local` value N days from now at a given hour, Paris time. */
function parisInput(daysAhead: number, hour: number): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + daysAhead * 86400_000));
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

async function openNewActivation(page: Page) {
  await page.goto("/activations");
  await page.getByRole("link", { name: "Nouvelle activation" }).click();
  await expect(page.getByRole("heading", { name: "Nouvelle activation" })).toBeVisible();
}

test("a coordinator goes from the prefecture's call to an active, staffed watch, seen live by the team and the prefecture only", async ({ browser }) => {
  test.setTimeout(180_000);
  await seedUser({ email: "gers@vigie.test", name: "Gaëlle Gers", role: "AUTHORITY", organization: { name: "Préfecture du Gers (test)", type: "PREFECTURE" }, password: "mot de passe du Gers" });

  // Inès, a volunteer, watches her home screen.
  const volunteerContext = await browser.newContext();
  const ines = await volunteerContext.newPage();
  await login(ines, "benevole2@vigie.demo");
  await ines.goto("/activations");
  await expect(ines.getByTestId("activation-cards")).not.toContainText(NAME);

  const coordinatorContext = await browser.newContext();
  const page = await coordinatorContext.newPage();
  await login(page, "coordination@vigie.demo");
  await openNewActivation(page);

  // 1. Template and request: the flood template prefills keywords and categories.
  await page.getByLabel("Aléa (modèle)").selectOption("flood");
  await expect(page.getByLabel(/^Mots-clés/)).toHaveValue(/inondation/);
  await expect(page.getByText("Catégories de remontées du modèle")).toContainText("Autre");
  await page.getByLabel("Nom de l'activation").fill(NAME);
  await page.getByLabel("Préfecture des Landes (démo)").check();
  // 2. Area: the Landes from the bundled outlines.
  await page.getByLabel("Chercher un département (nom ou numéro)").fill("Landes");
  await page.getByRole("button", { name: "+ Landes (40)" }).click();
  await expect(page.getByTestId("selected-departements")).toContainText("Landes (40)");
  await expect(page.locator(".area-map path.leaflet-interactive").first()).toBeVisible();
  await page.getByRole("button", { name: "Créer l'activation (brouillon)" }).click();

  // Straight to staffing.
  await expect(page).toHaveURL(/\/activations\/[0-9a-f-]{36}\/team\?created=1/);
  const activationUrl = page.url().replace(/\/team\?created=1$/, "");
  for (const person of ["Lucas Bénévole (Bénévole)", "Inès Bénévole (Bénévole)"]) {
    await page.getByLabel("Personne", { exact: true }).selectOption({ label: person });
    await page.getByLabel("Rôle dans l'activation").selectOption("VOLUNTEER");
    await page.getByRole("button", { name: "Ajouter à l'équipe" }).click();
    await expect(page.getByTestId("team-table")).toContainText(person.replace(/ \(.*/, ""));
  }

  // Inès sees the new activation appear on her home screen, without reloading.
  await expect(ines.getByTestId("activation-cards")).toContainText(NAME);

  // A shift for Lucas, the day after tomorrow; the same slot again is refused.
  await page.getByRole("link", { name: "Planning" }).click();
  const planShift = async () => {
    await page.getByLabel("Membre de l'équipe").selectOption({ label: "Lucas Bénévole" });
    await page.getByLabel("Début").fill(parisInput(2, 8));
    await page.getByLabel("Fin").fill(parisInput(2, 14));
    await page.getByRole("button", { name: "Planifier", exact: true }).click();
  };
  await planShift();
  await expect(page.getByText("Créneau planifié.")).toBeVisible();
  await expect(page.getByTestId("shift-list")).toContainText("Lucas Bénévole");
  await planShift();
  await expect(page.getByText("Cette personne a déjà un créneau qui chevauche celui-ci.")).toBeVisible();

  // Activate.
  await page.goto(activationUrl);
  await expect(page.getByTestId("activation-status")).toHaveText("Brouillon");
  await page.getByRole("button", { name: "Activer la veille" }).click();
  await expect(page.getByTestId("activation-status")).toHaveText("Active");
  await expect(ines.getByTestId("activation-cards").locator("article", { hasText: NAME })).toContainText("Active");

  // The requesting prefecture sees it; another prefecture does not, even by URL.
  const prefectureContext = await browser.newContext();
  const prefect = await prefectureContext.newPage();
  await login(prefect, "prefecture@vigie.demo");
  await prefect.goto("/activations");
  await expect(prefect.getByTestId("activation-cards")).toContainText(NAME);

  const gersContext = await browser.newContext();
  const gers = await gersContext.newPage();
  await login(gers, "gers@vigie.test", "mot de passe du Gers");
  await gers.goto("/activations");
  await expect(gers.getByTestId("activation-cards")).not.toContainText(NAME);
  const response = await gers.goto(activationUrl);
  expect(response?.status()).toBe(404);

  // Closing needs a reason, and closing twice is refused.
  await page.getByRole("button", { name: "Clôturer" }).click();
  await page.getByLabel("Motif (consigné et visible par l'équipe)").fill("Décrue amorcée, fin de la vigilance");
  await page.getByRole("button", { name: "Confirmer la clôture" }).click();
  await expect(page.getByTestId("activation-status")).toHaveText("Clôturée");
  await expect(page.getByText("Décrue amorcée, fin de la vigilance")).toBeVisible();

  for (const context of [volunteerContext, coordinatorContext, prefectureContext, gersContext]) await context.close();
});

test("an observer can read an activation but change nothing", async ({ page }) => {
  const observerId = await seedUser({ email: "observateur@vigie.test", name: "Olivier Observateur", role: "VOLUNTEER", organization: { name: "MSGU Landes (démo)", type: "VOLUNTEER_ASSOCIATION" }, password: "mot de passe observateur" });
  const { withDb } = await import("./db");
  const activationId = await withDb(async (client) => {
    const { rows } = await client.query(`SELECT id FROM "Activation" WHERE slug = 'crue-adour-landes'`);
    await client.query(`INSERT INTO "ActivationMember" ("activationId", "userId", role) VALUES ($1, $2, 'OBSERVER') ON CONFLICT DO NOTHING`, [rows[0].id, observerId]);
    return rows[0].id as string;
  });
  await login(page, "observateur@vigie.test", "mot de passe observateur");
  await page.goto(`/activations/${activationId}`);
  await expect(page.getByRole("heading", { name: /Crue de l'Adour/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Mettre en pause" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Clôturer" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Réglages" })).toHaveCount(0);
  await page.getByRole("link", { name: "Équipe" }).click();
  await expect(page.getByRole("button", { name: "Ajouter à l'équipe" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Retirer" })).toHaveCount(0);
  await page.getByRole("link", { name: "Planning" }).click();
  await expect(page.getByRole("button", { name: "Planifier", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Enregistrer la passation" })).toHaveCount(0);
  const settings = await page.goto(`/activations/${activationId}/settings`);
  expect(settings?.status()).toBe(403);
  // A forged action call is refused by the domain too (covered in integration tests); the UI offers none.
});
