import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

/** Keyboard: focus with Tab-equivalent (focus) and act with Enter or typing, never a mouse click. */
async function press(page: Page, locator: ReturnType<Page["getByRole"]>) {
  await locator.focus();
  await page.keyboard.press("Enter");
}

test("from 'take next' to a confirmed report with the keyboard: evidence, a second volunteer's agreement, and both names in the history", async ({ browser }) => {
  const alice = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(alice, "benevole1@vigie.demo");
  await alice.getByRole("link", { name: "Tri", exact: true }).click();
  await expect(alice.getByTestId("triage-queue").locator("li").first()).toBeVisible({ timeout: 20_000 });
  await expect(alice.getByTestId("triage-desk")).toHaveAttribute("data-ready", "true");

  await alice.keyboard.press("n");
  await expect(alice.getByTestId("current-post")).toBeVisible();
  await alice.keyboard.press("r");
  const form = alice.getByTestId("report-form");
  await expect(form.getByLabel("Titre")).toBeFocused();
  const title = `Remontée e2e ${Date.now()}`;
  await alice.keyboard.press("Control+A");
  await alice.keyboard.type(title);
  await alice.keyboard.press("Enter");
  await expect(alice.getByText("Remontée créée.")).toBeVisible();
  await press(alice, alice.getByRole("link", { name: "Ouvrir" }));
  await expect(alice.getByTestId("report-title")).toHaveText(title);

  // Evidence: a link, typed and submitted with Enter.
  const evidence = alice.getByTestId("evidence-form");
  await evidence.locator('input[name="url"]').focus();
  await alice.keyboard.type("https://x.com/SDIS40/status/2026");
  await evidence.locator('textarea[name="note"]').focus();
  await alice.keyboard.type("Le SDIS 40 confirme l'intervention");
  await press(alice, evidence.getByRole("button", { name: "Ajouter l'élément" }));
  await expect(alice.getByTestId("evidence-list")).toContainText("Le SDIS 40 confirme l'intervention");

  // Alice asks for confirmation; she cannot be the second.
  await press(alice, alice.getByRole("button", { name: "Demander la confirmation" }));
  await expect(alice.getByTestId("pending-review")).toContainText("un second bénévole doit donner son accord");
  await expect(alice.getByTestId("pending-review").getByRole("button", { name: "Je confirme (second avis)" })).toHaveCount(0);
  const url = alice.url();

  // Inès, a second volunteer, agrees.
  const ines = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(ines, "benevole2@vigie.demo");
  await ines.goto(url);
  await press(ines, ines.getByRole("button", { name: "Je confirme (second avis)" }));
  await expect(ines.getByTestId("report-status")).toHaveText("Confirmée");

  // Alice's page follows live; the report carries the evidence and both names.
  await expect(alice.getByTestId("report-status")).toHaveText("Confirmée", { timeout: 10_000 });
  await expect(alice.getByTestId("review-record")).toContainText("demandé par Lucas Bénévole, validé par Inès Bénévole");
  const history = alice.getByTestId("report-history");
  await expect(history).toContainText("Lucas Bénévole — a créé la remontée");
  await expect(history).toContainText("Inès Bénévole — a validé le statut (second avis)");
  await alice.context().close();
  await ines.context().close();
});

test("the second of two concurrent edits of a report is refused with what changed", async ({ browser }) => {
  const a = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  const b = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(a, "benevole1@vigie.demo");
  await login(b, "benevole2@vigie.demo");
  await a.getByRole("link", { name: "Remontées" }).click();
  await a.getByTestId("reports-table").getByRole("link").first().click();
  await a.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
  await b.goto(a.url());
  // Each sees the other on the report, and who is editing.
  await expect(a.getByTestId("record-viewers")).toContainText("Inès Bénévole");
  await a.getByTestId("report-editor").getByLabel("Titre").fill(`Titre de Lucas ${Date.now()}`);
  await expect(b.getByTestId("record-viewers")).toContainText("Lucas Bénévole (en train de modifier)");
  await b.getByTestId("report-editor").getByLabel("Description").fill("Précision d'Inès");
  await a.getByTestId("report-editor").getByRole("button", { name: "Enregistrer" }).click();
  await expect(a.getByText("Remontée enregistrée.")).toBeVisible();
  // Inès started from the same version: her save is refused, saying who changed what; nothing of hers is lost from her screen.
  await b.getByTestId("report-editor").getByRole("button", { name: "Enregistrer" }).click();
  await expect(b.getByTestId("report-conflict")).toContainText("Lucas Bénévole a modifié cette remontée");
  await expect(b.getByTestId("report-conflict")).toContainText("titre");
  await expect(b.getByTestId("report-editor").getByLabel("Description")).toHaveValue("Précision d'Inès");
  // After reloading she sees Lucas's title and can make her change again.
  await b.getByRole("button", { name: "Recharger" }).click();
  await b.getByTestId("report-editor").getByLabel("Description").fill("Précision d'Inès");
  await b.getByTestId("report-editor").getByRole("button", { name: "Enregistrer" }).click();
  await expect(b.getByText("Remontée enregistrée.")).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test("a report from scratch (a phone call) is created from the reports page and placed by clicking the map", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  await page.getByRole("link", { name: "Remontées" }).click();
  await page.getByTestId("new-report").click();
  const title = `Appel d'un riverain ${Date.now()}`;
  await page.getByTestId("report-form").getByLabel("Titre").fill(title);
  await page.getByTestId("report-form").getByRole("button", { name: "Créer la remontée (Entrée)" }).click();
  await expect(page.getByTestId("report-title")).toHaveText(title);
  const map = page.getByTestId("location-map");
  await expect(map).toBeVisible();
  await map.click({ position: { x: 150, y: 120 } });
  await page.getByTestId("report-editor").getByLabel("Étiquettes (séparées par des virgules)").fill("école, évacuation");
  await page.getByTestId("report-editor").getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Remontée enregistrée.")).toBeVisible();
  await expect(page.getByTestId("report-location")).toContainText("point précis");
  await page.reload();
  await expect(page.getByTestId("report-editor").getByLabel("Étiquettes (séparées par des virgules)")).toHaveValue("école, évacuation");
});
