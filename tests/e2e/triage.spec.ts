import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("two volunteers triage side by side: a post one takes leaves the other's queue at once; keyboard only", async ({ browser }) => {
  const alice = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const bruno = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(alice, "benevole1@vigie.demo");
  await login(bruno, "benevole2@vigie.demo");
  for (const page of [alice, bruno]) {
    await page.getByRole("link", { name: "Tri", exact: true }).click();
    await expect(page.getByTestId("triage-queue").locator("li").first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("triage-desk")).toHaveAttribute("data-ready", "true");
  }

  // Alice takes the next post with the keyboard.
  await alice.keyboard.press("n");
  const current = alice.getByTestId("current-post");
  await expect(current).toBeVisible();
  const postId = await current.getByTestId("feed-post").getAttribute("data-post-id");

  // On Bruno's screen it leaves the queue and shows as taken by Alice.
  await expect(bruno.getByTestId("triage-queue").locator(`[data-post-id="${postId}"]`)).toHaveCount(0, { timeout: 5_000 });
  await expect(bruno.getByTestId("triage-held").locator(`[data-post-id="${postId}"]`)).toContainText("pris par Lucas");

  // Bruno's "take next" never gives him Alice's post.
  await bruno.keyboard.press("n");
  await expect(bruno.getByTestId("current-post").getByTestId("feed-post")).not.toHaveAttribute("data-post-id", postId!);

  // Alice sets its type with a digit, then marks it handled with Enter: the next post comes.
  await alice.keyboard.press("3");
  await expect(current.getByTestId("post-type")).toHaveText("Infrastructures et réseaux");
  await alice.keyboard.press("Enter");
  await expect(current.getByTestId("feed-post")).not.toHaveAttribute("data-post-id", postId!);
  // Discard the following one as noise with x.
  const second = await current.getByTestId("feed-post").getAttribute("data-post-id");
  await alice.keyboard.press("x");
  await expect(current.getByTestId("feed-post")).not.toHaveAttribute("data-post-id", second!);
  // ? shows the keys.
  await alice.keyboard.press("?");
  await expect(alice.getByTestId("shortcuts-help")).toContainText("Prendre le suivant");
  await alice.context().close();
  await bruno.context().close();
});

test("bulk actions on a selection: set a type, then mark handled", async ({ page }) => {
  await login(page, "benevole2@vigie.demo");
  await page.getByRole("link", { name: "Tri", exact: true }).click();
  const queue = page.getByTestId("triage-queue");
  await expect(queue.locator("li").nth(1)).toBeVisible({ timeout: 20_000 });
  const ids = [await queue.locator("li").nth(0).getAttribute("data-post-id"), await queue.locator("li").nth(1).getAttribute("data-post-id")];
  for (const id of ids) await queue.locator(`[data-post-id="${id}"]`).getByLabel("Sélectionner").check();
  const bar = page.getByTestId("bulk-bar");
  await expect(bar).toContainText("2 messages sélectionnés");
  await bar.getByLabel("Donner un type à la sélection…").selectOption("NEEDS");
  for (const id of ids) await expect(page.locator(`[data-post-id="${id}"]`).first()).toContainText("Besoins");
  for (const id of ids) await page.locator(`[data-post-id="${id}"]`).first().getByLabel("Sélectionner").check();
  await bar.getByRole("button", { name: "Marquer la sélection traitée" }).click();
  for (const id of ids) await expect(page.locator(`[data-post-id="${id}"]`)).toHaveCount(0);
});
