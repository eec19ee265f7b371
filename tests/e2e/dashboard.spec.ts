import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { withDb } from "./db";
import { login } from "./helpers";

/** A report seeded straight into the demo activation (the way the server stores it). */
async function seedReport(options: { title: string; placeName: string; lat: number; lon: number; status: "IN_VERIFICATION" | "CONFIRMED"; category?: string }): Promise<{ activationId: string; reportId: string }> {
  return withDb(async (client) => {
    const activation = await client.query(`SELECT id FROM "Activation" WHERE name = 'Crue de l''Adour — Landes'`);
    const activationId = activation.rows[0].id as string;
    const report = await client.query(
      `INSERT INTO "Report" (id, "activationId", title, category, severity, lat, lon, precision, "placeName", "observedAt", tags, status, "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 3, $4, $5, 'commune', $6, now(), '{}', $7::"ReportStatus", now()) RETURNING id`,
      [activationId, options.title, options.category ?? "flooded_homes", options.lat, options.lon, options.placeName, options.status],
    );
    return { activationId, reportId: report.rows[0].id as string };
  });
}

test("the prefecture's dashboard follows live when volunteers confirm a report (two-person rule)", async ({ browser }) => {
  const title = `Quartier du Sablar inondé ${Date.now()}`;
  const { activationId, reportId } = await seedReport({ title, placeName: "Dax", lat: 43.71, lon: -1.05, status: "IN_VERIFICATION" });

  const prefecture = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(prefecture, "prefecture@vigie.demo");
  await prefecture.getByRole("link", { name: "Tableau de bord" }).first().click();
  await expect(prefecture.getByTestId("key-figures")).toBeVisible();
  const confirmed = prefecture.getByTestId("figure-confirmed").locator(".figure-value");
  const before = Number(await confirmed.textContent());
  await expect(prefecture.getByTestId("latest-confirmed")).not.toContainText(title);

  // Lucas asks for the confirmation, Inès agrees.
  const lucas = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(lucas, "benevole1@vigie.demo");
  await lucas.goto(`/activations/${activationId}/reports/${reportId}`);
  // The live strip connects once the page is interactive: click only then.
  await expect(lucas.getByTestId("presence")).not.toContainText("Connexion au direct", { timeout: 20_000 });
  await lucas.getByRole("button", { name: "Demander la confirmation" }).click();
  await expect(lucas.getByTestId("pending-review")).toBeVisible({ timeout: 15_000 });
  const ines = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(ines, "benevole2@vigie.demo");
  await ines.goto(`/activations/${activationId}/reports/${reportId}`);
  await expect(ines.getByTestId("presence")).not.toContainText("Connexion au direct", { timeout: 20_000 });
  await expect(ines.getByTestId("pending-review")).toContainText("Lucas Bénévole");
  await ines.getByRole("button", { name: "Je confirme (second avis)" }).click();
  await expect(ines.getByTestId("report-status")).toHaveText("Confirmée", { timeout: 15_000 });

  // The prefecture's page changes without a reload.
  await expect(confirmed).toHaveText(String(before + 1), { timeout: 15_000 });
  await expect(prefecture.getByTestId("latest-confirmed")).toContainText(title);
  await expect(prefecture.getByTestId("communes-table")).toContainText("Dax");
  await expect(prefecture.getByTestId("confirmed-map")).toHaveAttribute("data-count", /[1-9]/);
  // Wall-screen mode: no navigation, the figures and one panel at a time.
  await prefecture.getByTestId("wall-toggle").click();
  await expect(prefecture.getByTestId("wall-screen")).toBeVisible();
  await expect(prefecture.getByTestId("wall-panel")).toBeVisible();
  await expect(prefecture.getByTestId("figure-confirmed")).toContainText(String(before + 1));
  await expect(prefecture.locator("nav.subnav")).toBeHidden();
  await prefecture.goto(`/activations/${activationId}/dashboard`);
  // Read-only for the authority: no generate button on the situation reports page.
  await prefecture.getByRole("link", { name: "Points de situation" }).first().click();
  await expect(prefecture.getByTestId("create-sitrep")).toHaveCount(0);
  for (const page of [prefecture, lucas, ines]) await page.context().close();
});

test("a coordinator generates a situation report whose PDF holds the figures and communes", async ({ browser }) => {
  const { activationId } = await seedReport({ title: `Pont de Tartas fermé ${Date.now()}`, placeName: "Tartas", lat: 43.83, lon: -0.8, status: "CONFIRMED", category: "roads_cut" });
  const expectedConfirmed = await withDb(async (client) => Number((await client.query(`SELECT count(*) n FROM "Report" WHERE "activationId" = $1 AND status = 'CONFIRMED' AND "mergedIntoId" IS NULL`, [activationId])).rows[0].n));

  const page = await (await browser.newContext({ locale: "fr-FR", acceptDownloads: true })).newPage();
  await login(page, "coordination@vigie.demo");
  await page.goto(`/activations/${activationId}/sitreps`);
  await page.getByTestId("create-sitrep").getByLabel("Synthèse").fill("Crue de l'Adour : montée des eaux à Tartas.");
  await page.getByRole("button", { name: "Générer le point de situation" }).click();
  await expect(page.getByTestId("sitrep-title")).toContainText("Point de situation n°");
  const number = (await page.getByTestId("sitrep-title").textContent())!.match(/\d+/)![0];

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("sitrep-pdf").click()]);
  const file = await download.path();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync(file!))), { mergePages: true });
  expect(text).toContain(`Point de situation n° ${number}`);
  expect(text).toContain("MSGU Landes (démo)");
  expect(text).toContain("Crue de l'Adour — Landes");
  expect(text).toMatch(new RegExp(`Remontées confirmées\\s*${expectedConfirmed}\\b`));
  expect(text).toContain("Tartas");
  expect(text).toContain("montée des eaux à Tartas");

  // The authority sees it listed.
  const prefecture = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(prefecture, "prefecture@vigie.demo");
  await prefecture.goto(`/activations/${activationId}/sitreps`);
  await expect(prefecture.getByTestId("sitreps-table")).toContainText(`Point de situation n° ${number}`);
  await page.context().close();
  await prefecture.context().close();
});
