import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("the demo feed shows type, relevance and urgency, pins urgent posts, and a one-key correction teaches the model", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  await page.getByRole("link", { name: "Messages" }).click();

  // Every post shows what Vigie understood of it; urgent posts are pinned above the feed.
  // Paused, the list holds still while the replay goes on (understanding still arrives).
  await page.getByRole("button", { name: "Pause" }).click();
  const first = page.getByTestId("feed-post").first();
  await expect(first.getByTestId("post-type")).toBeVisible({ timeout: 20_000 });
  await expect(first).toContainText(/pertinence \d+ %/);
  await expect(page.getByTestId("urgent-strip")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("urgent-strip")).toContainText(/messages? urgents?/);
  const labelsBefore = (await page.getByTestId("model-labels").textContent()) ?? "";

  // Select a post with a click and mark it not relevant with one key.
  const target = page.getByTestId("feed-post").nth(1);
  const postId = await target.getAttribute("data-post-id");
  await target.locator(".post-text").click();
  await expect(target).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("x");
  const corrected = page.locator(`[data-post-id="${postId}"]`);
  await expect(corrected.getByTestId("post-type")).toHaveText("Non pertinent");
  await expect(corrected).toContainText("corrigé par un bénévole");
  await expect(page.getByTestId("model-labels")).not.toHaveText(labelsBefore);
  await expect(page.getByTestId("model-labels")).toContainText(/entraîné sur \d+ étiquettes? de cette activation/);

  // The same correction with a click: choose a type from the list.
  await corrected.getByLabel("Type d'information").selectOption("INFRASTRUCTURE");
  await expect(corrected.getByTestId("post-type")).toHaveText("Infrastructures et réseaux");
});

test("an authority user reads the understanding but has no correction controls", async ({ page }) => {
  await login(page, "prefecture@vigie.demo");
  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByTestId("post-type").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("feed-post").first().getByLabel("Type d'information")).toHaveCount(0);
});

test("demo posts show the communes they name, their personal data flagged, and copies folded into stories", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  await page.getByRole("link", { name: "Messages" }).click();
  await page.getByRole("button", { name: "Pause" }).click();
  const list = page.getByTestId("feed-list");
  await expect(list.getByTestId("post-place").filter({ hasText: /📍 .+ \(\d{2}\)/ }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("urgent-strip")).toBeVisible();
  // Copies fold under one post; expanding shows them.
  const toggle = list.getByTestId("story-copies").first();
  await expect(toggle).toBeVisible({ timeout: 20_000 });
  const shown = async () => Number(((await page.getByTestId("feed-count").textContent()) ?? "").replace(/\D/g, ""));
  const before = await shown();
  await toggle.click();
  await expect(toggle).toContainText("replier");
  await expect.poll(shown).toBeGreaterThan(before);
  // A post captured by hand with a phone number and an address: both are flagged on it, and its commune shown.
  const marker = `Appel ${Date.now()}`;
  await page.getByRole("link", { name: "Saisie manuelle" }).click();
  await page.getByLabel("Lien du message (le réseau est déduit du lien)").fill(`https://www.facebook.com/${Date.now()}/posts/1`);
  await page.getByLabel("Texte du message").fill(`${marker} : mon voisin est coincé au 14 rue des Arènes à Dax, appelez le 06 12 34 56 78 #crue`);
  await page.getByRole("button", { name: "Enregistrer le message" }).click();
  await page.getByRole("link", { name: "Messages" }).click();
  await page.getByLabel("Mot-clé").fill(marker);
  const post = page.getByTestId("feed-list").getByTestId("feed-post").filter({ hasText: marker });
  await expect(post.getByTestId("post-pii")).toContainText("téléphone", { timeout: 20_000 });
  await expect(post.getByTestId("post-pii")).toContainText("adresse");
  await expect(post.getByTestId("post-place").first()).toContainText("Dax (40)");
});
