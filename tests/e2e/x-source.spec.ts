import { expect, test } from "@playwright/test";
import { startFakeX } from "../fakes/x-api";
import { login } from "./helpers";

type FakeX = Awaited<ReturnType<typeof startFakeX>>;
let fake: FakeX;
const TOKEN = "AAAAAAAAAAAAAAAAAAAAAE2eVigieBearer";
const before = `X recherche ${Date.now()}`;
const live = `X direct ${Date.now()}`;

test.beforeAll(async () => {
  fake = await startFakeX({ token: TOKEN });
  fake.publish({ text: `${before} : la crue de l'Adour coupe la route de Saint-Sever`, username: "riverain40", name: "Riverain" });
});
test.afterAll(() => fake.close());

test("a coordinator adds an X search with a bearer token, sees a wrong token reported, fixes it, and posts arrive from search and stream", async ({ page }) => {
  await login(page, "coordination@vigie.demo");
  await page.getByRole("link", { name: "Sources" }).click();
  const add = page.getByRole("region", { name: "Ajouter une source" });
  await add.getByLabel("Type").selectOption("X");
  await add.getByLabel("Nom de la source").fill("X veille");
  await add.getByLabel("Jeton d'application (bearer, conservé côté serveur)").fill("wrong-token");
  await add.getByText("Réglages avancés").click();
  await add.getByLabel("Adresse de l'API").fill(fake.url);
  await add.getByRole("button", { name: "Ajouter la source" }).click();
  await expect(add.getByText("Source ajoutée.")).toBeVisible();

  await expect(page.getByTestId("source-health").getByRole("row", { name: /X veille/ })).toContainText("bearer token refused", { timeout: 20_000 });

  const settings = page.getByTestId("source-settings-X veille");
  await settings.locator("summary").first().click();
  await settings.getByLabel("Jeton d'application (bearer, conservé côté serveur)").fill(TOKEN);
  await settings.getByRole("button", { name: "Enregistrer" }).click();
  await expect(settings.getByText("Source mise à jour.")).toBeVisible();
  await settings.getByRole("button", { name: "Tester" }).click();
  await expect(settings.getByTestId("source-test-result")).toContainText("flux lisible");

  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByText(before).first()).toBeVisible({ timeout: 20_000 });
  // Once the stream is open with the source's rules, a new post arrives live.
  await expect.poll(() => fake.rules().filter((rule) => rule.tag?.startsWith("vigie:")).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await fake.waitForStream();
  fake.publish({ text: `${live} : inondation, les pompiers évacuent le quartier du Sablar`, username: "dax_info" });
  await expect(page.getByText(live).first()).toBeVisible({ timeout: 20_000 });
});
