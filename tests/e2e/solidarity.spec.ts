import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

async function pickCommune(page: Page, typed: string, option: string) {
  const field = page.getByTestId("solidarity-form").getByTestId("commune-field");
  // Cleared first: a commune prefilled from the post may already read the same name.
  await field.getByLabel("Commune").fill("");
  await field.getByLabel("Commune").fill(typed);
  await field.getByRole("option", { name: option, exact: true }).click();
  await expect(field.getByTestId("commune-picked")).toContainText(option.replace(/ \(\d+\)$/, ""));
}

const itemCard = (page: Page, title: string) => page.getByTestId("solidarity-items").getByTestId("solidarity-item").filter({ hasText: title });

test("a need made from a feed post and an offer entered by hand nearby are suggested, confirmed, and both show « Mis en relation »", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  // A volunteer turns a post of the feed into a need, in one click.
  const volunteer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(volunteer, "benevole1@vigie.demo");
  await volunteer.getByRole("link", { name: "Messages", exact: true }).click();
  const firstPost = volunteer.getByTestId("feed-post").first();
  await expect(firstPost).toBeVisible({ timeout: 20_000 });
  await firstPost.getByTestId("post-to-solidarity").click();
  await volunteer.waitForURL(/\/solidarity\?fromPost=\d+/);
  const form = volunteer.getByTestId("solidarity-form");
  await expect(form.getByTestId("solidarity-from-post")).toBeVisible();
  const prefilled = await form.getByLabel("Intitulé").inputValue();
  expect(prefilled.length).toBeGreaterThan(3);
  const needTitle = `Besoin e2e ${stamp} — ${prefilled.slice(0, 60)}`;
  await form.getByLabel("Intitulé").fill(needTitle);
  await form.getByLabel("Besoin", { exact: true }).check();
  await form.getByLabel("Type").selectOption("EQUIPMENT");
  await pickCommune(volunteer, "Dax", "Dax (40)");
  await form.getByLabel("Contact").fill("Mme Test — 06 39 98 00 42");
  await form.getByRole("button", { name: "Ajouter au tableau" }).click();
  await expect(volunteer.getByText("Ajouté au tableau.")).toBeVisible();
  await expect(itemCard(volunteer, needTitle).getByTestId("solidarity-status")).toHaveText("Ouvert");
  await expect(itemCard(volunteer, needTitle).getByTestId("solidarity-contact")).toContainText("06 39 98 00 42");

  // A coordinator enters an offer of the same type in a nearby commune, by hand.
  const coordinator = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(coordinator, "coordination@vigie.demo");
  await coordinator.getByRole("link", { name: "Solidarité", exact: true }).click();
  const offerTitle = `Pompes et déshumidificateurs à prêter ${stamp}`;
  const offerForm = coordinator.getByTestId("solidarity-form");
  await offerForm.getByLabel("Offre", { exact: true }).check();
  await offerForm.getByLabel("Type").selectOption("EQUIPMENT");
  await offerForm.getByLabel("Intitulé").fill(offerTitle);
  await pickCommune(coordinator, "saint paul les", "Saint-Paul-lès-Dax (40)");
  await offerForm.getByRole("button", { name: "Ajouter au tableau" }).click();
  await expect(coordinator.getByText("Ajouté au tableau.")).toBeVisible();

  // The board suggests the match; the coordinator confirms it.
  const suggestion = coordinator.getByTestId("solidarity-suggestion").filter({ hasText: offerTitle }).filter({ hasText: `Besoin e2e ${stamp}` });
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toContainText("km");
  await suggestion.getByRole("button", { name: "Mettre en relation" }).click();
  await expect(coordinator.getByText("Mise en relation confirmée.")).toBeVisible();
  await expect(itemCard(coordinator, offerTitle).getByTestId("solidarity-status")).toHaveText("Mis en relation");
  await expect(itemCard(coordinator, needTitle).getByTestId("solidarity-status")).toHaveText("Mis en relation");
  await expect(coordinator.getByTestId("solidarity-pairs")).toContainText(offerTitle);

  // The volunteer's board follows live.
  await expect(itemCard(volunteer, needTitle).getByTestId("solidarity-status")).toHaveText("Mis en relation", { timeout: 10_000 });
  await expect(itemCard(volunteer, offerTitle).getByTestId("solidarity-status")).toHaveText("Mis en relation");
  await volunteer.context().close();
  await coordinator.context().close();
});

test("the prefecture reads the board without contacts, and the demo board shows matched needs and offers", async ({ page }) => {
  await login(page, "prefecture@vigie.demo");
  await page.getByRole("link", { name: "Solidarité", exact: true }).click();
  // The demo's two pairs (the other test may have added one).
  await expect(page.getByTestId("solidarity-pair").filter({ hasText: "Famille de 4 évacuée" })).toContainText("Chambre d'amis disponible");
  await expect(page.getByTestId("solidarity-pair").filter({ hasText: "12 brebis" })).toContainText("Grange vide");
  await expect(itemCard(page, "Famille de 4 évacuée").getByTestId("solidarity-status")).toHaveText("Mis en relation");
  await expect(page.getByTestId("solidarity-contact")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("06 39 98");
  await expect(page.getByTestId("solidarity-form")).toHaveCount(0);
});

test("an edit started before someone else's change is refused with a clear message, never applied over it", async ({ browser }) => {
  const coordinator = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const volunteer = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(coordinator, "coordination@vigie.demo");
  await login(volunteer, "benevole2@vigie.demo");
  await coordinator.getByRole("link", { name: "Solidarité", exact: true }).click();
  await coordinator.waitForURL(/\/solidarity$/);
  await volunteer.goto(coordinator.url());
  const title = "Personne âgée à conduire chez sa fille";
  await itemCard(coordinator, title).getByRole("button", { name: "Modifier" }).click();
  await itemCard(coordinator, title).getByTestId("solidarity-edit").getByLabel("Précisions").fill("Rendez-vous à 14 h");

  // Meanwhile the volunteer verifies the same need; the coordinator's card follows live, her edit stays open.
  await itemCard(volunteer, title).getByRole("button", { name: "Marquer vérifié" }).click();
  await expect(itemCard(coordinator, title).getByTestId("solidarity-verified")).toBeVisible({ timeout: 10_000 });
  await itemCard(coordinator, title).getByRole("button", { name: "Enregistrer" }).click();
  await expect(itemCard(coordinator, title)).toContainText("Cet élément a été modifié entre-temps");
  await expect(itemCard(coordinator, title)).not.toContainText("Rendez-vous à 14 h", { useInnerText: true });
  await coordinator.context().close();
  await volunteer.context().close();
});

test("a coordinator turns a verified offer into a relay draft; an unverified need offers no such button", async ({ page }) => {
  await login(page, "coordination@vigie.demo");
  await page.getByRole("link", { name: "Solidarité", exact: true }).click();
  const offer = itemCard(page, "Minibus du club de rugby");
  await offer.getByLabel("Type de message à relayer").selectOption("SOLIDARITY");
  await offer.getByRole("button", { name: "Préparer un message à relayer" }).click();
  await expect(offer).toContainText("Brouillon de message à relayer créé");
  await expect(offer.getByTestId("solidarity-relay-link")).toBeVisible();
  // Asked again: the waiting draft is reused.
  await offer.getByRole("button", { name: "Préparer un message à relayer" }).click();
  await expect(offer).toContainText("Un brouillon de ce message attend déjà l'approbation.");
  // An unverified item cannot be relayed: no button until someone verifies it.
  const unverified = `Besoin non vérifié ${Date.now().toString(36)}`;
  await page.getByTestId("solidarity-form").getByLabel("Intitulé").fill(unverified);
  await page.getByTestId("solidarity-form").getByRole("button", { name: "Ajouter au tableau" }).click();
  await expect(itemCard(page, unverified)).toBeVisible();
  await expect(itemCard(page, unverified).getByRole("button", { name: "Préparer un message à relayer" })).toHaveCount(0);
  await itemCard(page, unverified).getByRole("button", { name: "Marquer vérifié" }).click();
  await expect(itemCard(page, unverified).getByRole("button", { name: "Préparer un message à relayer" })).toBeVisible();
});
