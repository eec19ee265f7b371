import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

const countOf = async (page: Page) => Number((await page.getByTestId("feed-count").textContent())?.match(/\d+/)?.[0] ?? 0);

async function openFeed(page: Page, email: string) {
  await login(page, email);
  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByTestId("feed-post").first()).toBeVisible();
}

test("with the replay source running, new posts appear in two browsers without reload", async ({ browser }) => {
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [lucas, ines] = await Promise.all(contexts.map((c) => c.newPage()));
  await openFeed(lucas, "benevole1@vigie.demo");
  await openFeed(ines, "benevole2@vigie.demo");
  const before = [await countOf(lucas), await countOf(ines)];
  await expect.poll(() => countOf(lucas), { timeout: 30_000 }).toBeGreaterThan(before[0]);
  await expect.poll(() => countOf(ines), { timeout: 30_000 }).toBeGreaterThan(before[1]);

  // Pausing buffers new posts behind a "N nouveaux messages" button.
  await lucas.getByRole("button", { name: "Pause" }).click();
  const frozen = await countOf(lucas);
  await expect(lucas.getByTestId("feed-resume")).toHaveText(/nouveaux? messages?/, { timeout: 30_000 });
  expect(await countOf(lucas)).toBe(frozen);
  await lucas.getByTestId("feed-resume").click();
  await expect.poll(() => countOf(lucas)).toBeGreaterThan(frozen);
  for (const context of contexts) await context.close();
});

test("a signed webhook is accepted and shows in the feed; a bad signature is refused and stores nothing", async ({ page, request }) => {
  await login(page, "coordination@vigie.demo");
  await page.getByRole("link", { name: "Sources" }).click();
  const add = page.getByRole("region", { name: "Ajouter une source" });
  await add.getByLabel("Type").selectOption("WEBHOOK");
  await add.getByLabel("Nom de la source").fill("Webhook partenaire");
  await add.getByLabel("Filtrer par les mots-clés, langues et zone de la veille").uncheck();
  await add.getByRole("button", { name: "Ajouter la source" }).click();
  const secret = (await page.getByTestId("webhook-secret").locator("code").textContent())!.trim();
  const url = (await page.getByTestId("source-health").locator("code", { hasText: "/api/ingest/" }).first().textContent())!.trim();
  const path = new URL(url).pathname;

  // Testing the source stores nothing and says what would happen to a sample.
  const settings = page.getByTestId("source-settings-Webhook partenaire");
  await settings.locator("summary").click();
  await settings.getByRole("button", { name: "Tester" }).click();
  await expect(settings.getByTestId("source-test-result")).toContainText("accepté");

  const marker = `Webhook-test ${Date.now()}`;
  const body = JSON.stringify({ events: [{ network: "partner", externalId: marker, text: `${marker} : digue surveillée à Saubusse #crue`, postedAt: new Date().toISOString(), author: { handle: "@partenaire" } }] });
  const sign = (key: string) => `sha256=${createHmac("sha256", key).update(body).digest("hex")}`;

  const refused = await request.post(path, { data: body, headers: { "content-type": "application/json", "x-vigie-signature": sign("wrong-secret") } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");

  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByTestId("feed-post").first()).toBeVisible();
  const accepted = await request.post(path, { data: body, headers: { "content-type": "application/json", "x-vigie-signature": sign(secret) } });
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toMatchObject({ received: 1, stored: 1 });
  await expect(page.getByText(marker).first()).toBeVisible({ timeout: 15_000 });

  // The same payload again is stored once.
  const again = await request.post(path, { data: body, headers: { "content-type": "application/json", "x-vigie-signature": sign(secret) } });
  expect(await again.json()).toMatchObject({ stored: 0, duplicates: 1 });
});
