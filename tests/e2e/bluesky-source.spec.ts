import { expect, test } from "@playwright/test";
import { jetstreamPost, startFakeBluesky, type FakeBluesky } from "../fakes/bluesky";
import { login } from "./helpers";

let fake: FakeBluesky;
const live = `Bluesky direct ${Date.now()}`;
const past = `Bluesky recherche ${Date.now()}`;

test.beforeAll(async () => {
  fake = await startFakeBluesky();
  fake.searchable.push({
    uri: "at://did:plc:e2esearch/app.bsky.feed.post/3me2esearch",
    cid: "bafyreie2e",
    author: { did: "did:plc:e2esearch", handle: "riverain.bsky.social", displayName: "Riverain" },
    record: { $type: "app.bsky.feed.post", text: `${past} : la crue atteint le pont de Tartas #crue #inondation`, langs: ["fr"], createdAt: new Date(Date.now() - 3600_000).toISOString() },
    indexedAt: new Date(Date.now() - 3600_000).toISOString(),
  });
});
test.afterAll(() => fake.close());

test("a coordinator adds a Bluesky keyword watch, sees a refused app password in the health panel, fixes it, and posts arrive live and from search", async ({ page }) => {
  await login(page, "coordination@vigie.demo");
  await page.getByRole("link", { name: "Sources" }).click();
  const add = page.getByRole("region", { name: "Ajouter une source" });
  await add.getByLabel("Type").selectOption("BLUESKY");
  await add.getByLabel("Nom de la source").fill("Bluesky veille");
  await add.getByLabel("Compte Bluesky pour la recherche (identifiant, facultatif)").fill("msgu40.bsky.social");
  await add.getByLabel("Mot de passe d'application (conservé côté serveur)").fill("wrong-password");
  await add.getByText("Réglages avancés").click();
  await add.getByLabel("Adresse du service Jetstream").fill(fake.jetstreamUrl);
  await add.getByLabel("Serveur du compte (PDS)").fill(fake.url);
  await add.getByRole("button", { name: "Ajouter la source" }).click();
  await expect(add.getByText("Source ajoutée.")).toBeVisible();

  // The refused password shows in the health panel (the page refreshes itself).
  const health = page.getByTestId("source-health");
  await expect(health.getByRole("row", { name: /Bluesky veille/ })).toContainText("app password refused", { timeout: 20_000 });

  // Fix it in the source's settings: the other settings are kept.
  const settings = page.getByTestId("source-settings-Bluesky veille");
  await settings.locator("summary").first().click();
  await settings.getByLabel("Mot de passe d'application (conservé côté serveur)").fill(fake.password);
  await settings.getByRole("button", { name: "Enregistrer" }).click();
  await expect(settings.getByText("Source mise à jour.")).toBeVisible();
  await settings.getByRole("button", { name: "Tester" }).click();
  await expect(settings.getByTestId("source-test-result")).toContainText("Jetstream");
  await expect(settings.getByTestId("source-test-result")).toContainText("« ");

  // A live post on Jetstream (re-sent until the connector is connected: Jetstream without a cursor is live only).
  const post = jetstreamPost({ did: "did:plc:e2elive", rkey: "3me2elive", timeUs: Date.now() * 1000, text: `${live} : inondation rue Gambetta à Dax, crue rapide` });
  const timer = setInterval(() => fake.emit(post), 500);
  try {
    await page.getByRole("link", { name: "Messages" }).click();
    await expect(page.getByText(live).first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText(past).first()).toBeVisible({ timeout: 20_000 });
  } finally {
    clearInterval(timer);
  }
});
