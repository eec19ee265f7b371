import { expect, test } from "@playwright/test";
import { withDb } from "./db";
import { login } from "./helpers";

test("an admin edits a hazard template; new activations get the new keyword", async ({ page }) => {
  await login(page, "admin@vigie.demo");
  await page.goto("/admin/templates");
  await page.getByRole("link", { name: "Séisme" }).click();
  const keywords = page.getByLabel("Mots-clés (français)");
  await keywords.fill(`${await keywords.inputValue()}\nsecousse ressentie à vigie`);
  await page.getByRole("button", { name: "Enregistrer le modèle" }).click();
  await expect(page.getByText("Modèle enregistré.")).toBeVisible();

  await page.goto("/activations/new");
  await page.getByLabel("Aléa (modèle)").selectOption("earthquake");
  await expect(page.getByLabel(/^Mots-clés/)).toHaveValue(/secousse ressentie à vigie/);
});

test("an admin answers a person's request: finds, exports and erases what is held about a handle", async ({ page }) => {
  await withDb(async (client) => {
    const { rows } = await client.query(`SELECT a.id, u.id AS author FROM "Activation" a, "User" u WHERE a.slug = 'crue-adour-landes' AND u.email = 'benevole1@vigie.demo'`);
    await client.query(`INSERT INTO "HandoverNote" (id, "activationId", "authorId", body) VALUES (gen_random_uuid(), $1, $2, 'Rappeler @marie_riverain40 (cave inondée)')`, [rows[0].id, rows[0].author]);
  });
  await login(page, "admin@vigie.demo");
  await page.goto("/admin/retention");
  await page.getByRole("button", { name: "Lancer la purge maintenant" }).click();
  await expect(page.getByText("Rien à purger pour l'instant.")).toBeVisible();

  await page.getByLabel("Compte ou nom recherché").fill("@marie_riverain40");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByTestId("subject-results")).toContainText("1 élément trouvé");
  const exported = await page.request.get("/api/admin/subject-data?subject=%40marie_riverain40");
  expect(exported.status()).toBe(200);
  expect((await exported.json()).items[0].kind).toBe("handover_notes");

  await page.getByRole("button", { name: "Tout effacer" }).click();
  await expect(page.getByText("1 élément(s) effacé(s).")).toBeVisible();
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByTestId("subject-results")).toContainText("Rien trouvé");
});

test("the data export is for admins only", async ({ page }) => {
  await login(page, "coordination@vigie.demo");
  const response = await page.request.get("/api/admin/subject-data?subject=%40marie_riverain40");
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("FORBIDDEN");
});
