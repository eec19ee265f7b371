import { expect, test, type Page } from "@playwright/test";
import { startFakeMastodonPublish } from "../fakes/mastodon-publish";
import { withDb } from "./db";
import { login } from "./helpers";

async function demoActivationId(): Promise<string> {
  return withDb(async (client) => (await client.query(`SELECT id FROM "Activation" WHERE slug = 'crue-adour-landes'`)).rows[0].id as string);
}

async function coordinatorPage(browser: import("@playwright/test").Browser): Promise<Page> {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(page, "coordination@vigie.demo");
  return page;
}

test("a coordinator picks a flood instruction, fills the commune, approves and publishes it to Mastodon", async ({ browser }) => {
  const fake = await startFakeMastodonPublish({ token: "e2e-relay-token", maxCharacters: 500 });
  try {
    const activationId = await demoActivationId();
    const page = await coordinatorPage(browser);

    // The association's Mastodon account, set in the activation's settings; the token never comes back.
    await page.goto(`/activations/${activationId}/settings`);
    const account = page.getByTestId("relay-account-mastodon");
    await account.getByTestId("relay-account-mastodon-url").fill(fake.url);
    await account.getByTestId("relay-account-mastodon-secret").fill(fake.token);
    await account.getByTestId("relay-account-mastodon-save").click();
    await expect(account.getByText("Enregistré.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("relay-account-mastodon")).toContainText(`Configuré (${fake.url})`);
    expect(await page.content()).not.toContain(fake.token);

    await page.getByRole("link", { name: "Relais", exact: true }).click();
    await expect(page).toHaveURL(/\/relay$/);
    await page.getByTestId("relay-new").locator("summary").click();
    const form = page.getByTestId("relay-draft-form");
    await form.getByTestId("relay-template-select").selectOption({ label: "Ne descendez pas dans les sous-sols" });
    await expect(form.getByTestId("relay-body")).toHaveValue(/\{commune\}/);
    await form.getByTestId("relay-var-commune").fill("Peyrehorade");
    await expect(form.getByTestId("relay-body")).toHaveValue(/Crue à Peyrehorade : ne descendez pas/);
    // Live counters per network, the link counted as 23 on Mastodon.
    await expect(form.getByTestId("count-mastodon")).toContainText("/500");
    await expect(form.getByTestId("count-bluesky")).toContainText("/300");
    await form.getByTestId("relay-create").click();
    await expect(form.getByText("Brouillon créé.")).toBeVisible();

    const drafts = page.getByTestId("relay-group-DRAFT");
    const draft = drafts.getByTestId("relay-message").filter({ hasText: "Peyrehorade" });
    await expect(draft).toBeVisible();
    // Not approved: no publish button, the lock is said.
    await expect(draft.getByTestId("relay-publish-mastodon")).toHaveCount(0);
    await expect(draft.getByTestId("relay-publish-locked")).toBeVisible();
    await draft.getByTestId("relay-approve").click();

    const approved = page.getByTestId("relay-group-APPROVED").getByTestId("relay-message").filter({ hasText: "Peyrehorade" });
    await expect(approved).toContainText("Approuvé par Camille Coordinatrice");
    await approved.getByTestId("relay-publish-mastodon").click();

    const published = page.getByTestId("relay-group-PUBLISHED").getByTestId("relay-message").filter({ hasText: "Peyrehorade" });
    await expect(published.getByTestId("relay-status")).toHaveText("Publié");
    await expect(published.getByTestId("relay-publication-url")).toHaveText(`${fake.url}/@vigie/${fake.statuses[0]?.id ?? ""}`);
    expect(fake.statuses).toHaveLength(1);
    expect(fake.statuses[0].status).toContain("Crue à Peyrehorade : ne descendez pas dans les sous-sols");
    expect(fake.statuses[0].status).toContain("#crue #inondation");

    // In force: on the demo's public map (no login) and in the event log.
    const visitor = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await visitor.goto("/public/crue-adour-landes");
    await expect(visitor.getByTestId("public-relay-panel")).toContainText("Crue à Peyrehorade : ne descendez pas dans les sous-sols");
    await page.goto(`/activations/${activationId}/log`);
    await expect(page.getByTestId("event-log")).toContainText("Camille Coordinatrice a publié");
    await page.goto(`/activations/${activationId}/relay`);

    // Withdrawn: it leaves the messages in force and its status is deleted from the instance.
    await published.getByTestId("relay-withdraw").click();
    const withdrawn = page.getByTestId("relay-group-WITHDRAWN").getByTestId("relay-message").filter({ hasText: "Peyrehorade" });
    await expect(withdrawn.getByTestId("relay-publications")).toContainText("supprimé du réseau");
    expect(fake.deleted).toEqual([fake.statuses[0].id]);
    // The open public page drops it live.
    await expect(visitor.getByTestId("public-relay-panel")).not.toContainText("Peyrehorade");
    await visitor.context().close();
    await page.context().close();
  } finally {
    await fake.close();
  }
});

test("from a rumour to an approved rebuttal shared with the share kit", async ({ browser }) => {
  const activationId = await demoActivationId();
  const page = await coordinatorPage(browser);
  // Unique per attempt: a retry finds the first attempt's rebuttal still there.
  const title = `Faux : pas d'évacuation générale de Dax (${Date.now().toString(36)})`;
  await page.goto(`/activations/${activationId}/rumours`);
  await page.getByRole("link", { name: /Le barrage en amont de Dax/ }).click();
  const section = page.getByTestId("rebuttal-section");
  // The demo's draft rebuttal is already listed; a second one is written here.
  await expect(section.getByTestId("rebuttal-list")).toContainText("Non, aucun barrage ne menace Dax");
  await section.getByTestId("rebuttal-form").locator("summary").click();
  await section.getByTestId("rebuttal-title").fill(title);
  await section.getByTestId("rebuttal-text").fill("Aucune évacuation générale du centre-ville n'est ordonnée.");
  await section.getByTestId("rebuttal-quote").fill("Aucun ordre d'évacuation n'a été donné pour le centre-ville de Dax.");
  await section.getByTestId("rebuttal-source-name").fill("Préfecture des Landes");
  await section.getByTestId("rebuttal-source-url").fill("https://www.landes.gouv.fr/");
  await section.getByTestId("rebuttal-create").click();
  await expect(section.getByText("Démenti créé : à approuver dans Relais.")).toBeVisible();
  await expect(section.getByTestId("rebuttal-list").locator("li").filter({ hasText: title })).toContainText("Brouillon");

  await page.goto(`/activations/${activationId}/relay`);
  const draft = page.getByTestId("relay-group-DRAFT").getByTestId("relay-message").filter({ hasText: title });
  await expect(draft).toContainText("« Aucun ordre d'évacuation n'a été donné pour le centre-ville de Dax. » — Préfecture des Landes");
  await draft.getByTestId("relay-approve").click();
  const approved = page.getByTestId("relay-group-APPROVED").getByTestId("relay-message").filter({ hasText: title });
  const kit = approved.getByTestId("share-kit");
  await kit.locator("summary").click();
  await expect(kit.getByTestId("share-kit-text")).toHaveValue(/Aucune évacuation générale/);
  await expect(kit.getByTestId("share-kit-link")).toHaveValue("https://www.landes.gouv.fr/");
  await kit.getByTestId("share-kit-copy-text").click();
  await expect(kit.getByTestId("share-kit-copy-text")).toHaveText("Copié");
  await kit.getByTestId("share-kit-record").click();
  const published = page.getByTestId("relay-group-PUBLISHED").getByTestId("relay-message").filter({ hasText: title });
  await expect(published.getByTestId("relay-publications")).toContainText("Kit de partage");

  await page.goto(`/activations/${activationId}/rumours`);
  await page.getByRole("link", { name: /Le barrage en amont de Dax/ }).click();
  await expect(page.getByTestId("rebuttal-list").locator("li").filter({ hasText: title })).toContainText("Publié");
  await page.context().close();
});

test("when the activation asks for it, nothing is publishable until the authority approves too", async ({ browser }) => {
  const activationId = await demoActivationId();
  // A message of its own (a retry must not find the first attempt's approvals), and the rule
  // switched back off at the end so no later test inherits it.
  const title = `Consigne e2e autorité ${Date.now().toString(36)}`;
  await withDb((client) => client.query(`INSERT INTO "RelayMessage" (id, "activationId", kind, title, body, "updatedAt") VALUES (gen_random_uuid(), $1, 'SAFETY', $2, 'Restez chez vous, ne prenez pas la route.', now())`, [activationId, title]));
  const coordinator = await coordinatorPage(browser);
  try {
    await coordinator.goto(`/activations/${activationId}/settings`);
    const rule = coordinator.getByTestId("relay-approval-rule");
    await rule.getByLabel("Exiger aussi l'approbation d'un utilisateur de l'autorité avant toute publication").check();
    await rule.getByRole("button", { name: "Enregistrer" }).click();
    await expect(rule.getByText("Enregistré.")).toBeVisible();

    await coordinator.goto(`/activations/${activationId}/relay`);
    const draft = coordinator.getByTestId("relay-group-DRAFT").getByTestId("relay-message").filter({ hasText: title });
    await draft.getByTestId("relay-approve").click();
    await expect(draft.getByTestId("relay-approvals")).toContainText("Approuvé par Camille Coordinatrice · en attente de l'approbation de l'autorité");
    await expect(draft.getByTestId("share-kit")).toHaveCount(0);
    await expect(draft.getByTestId("relay-publish-locked")).toBeVisible();

    const prefecture = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await login(prefecture, "prefecture@vigie.demo");
    await prefecture.goto(`/activations/${activationId}/relay`);
    const seen = prefecture.getByTestId("relay-group-DRAFT").getByTestId("relay-message").filter({ hasText: title });
    await expect(seen.getByTestId("relay-approve")).toHaveCount(0);
    await seen.getByTestId("relay-authority-approve").click();
    await expect(prefecture.getByTestId("relay-group-APPROVED").getByTestId("relay-message").filter({ hasText: title }).getByTestId("relay-approvals")).toContainText("approuvé par l'autorité (Paul Préfecture)");

    // The coordinator's page follows live: now approved, with its share kit.
    const approved = coordinator.getByTestId("relay-group-APPROVED").getByTestId("relay-message").filter({ hasText: title });
    await expect(approved.getByTestId("share-kit")).toBeVisible({ timeout: 15_000 });
    await prefecture.context().close();
  } finally {
    await withDb((client) => client.query(`UPDATE "Activation" SET "relayNeedsAuthorityApproval" = false WHERE id = $1`, [activationId]));
    await coordinator.context().close();
  }
});
