import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("a second user appears in the first user's presence list without reload", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const lucas = await first.newPage();
  await login(lucas, "benevole1@vigie.demo");
  const presence = lucas.getByTestId("presence");
  await expect(presence).toContainText("Lucas Bénévole (vous)");
  await expect(presence).not.toContainText("Camille Coordinatrice");

  const camille = await second.newPage();
  await login(camille, "coordination@vigie.demo");
  await expect(camille).toHaveURL(lucas.url());
  await expect(presence).toContainText("Camille Coordinatrice");

  await second.close();
  // At once when the socket closes cleanly; within the heartbeat (15 s) if it was still polling.
  await expect(presence).not.toContainText("Camille Coordinatrice", { timeout: 20_000 });
  await first.close();
});

test("an admin creates an account, and deactivating it logs out that user's open page", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const userContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, "admin@vigie.demo");
  await admin.goto("/admin/users");

  const email = `temp-${Date.now()}@vigie.demo`;
  await admin.getByLabel("Nom", { exact: true }).fill("Compte Temporaire");
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Rôle").selectOption("VOLUNTEER");
  await admin.getByLabel("Organisation").selectOption({ label: "MSGU Landes (démo)" });
  await admin.getByLabel("Mot de passe initial (12 caractères minimum)").fill("un mot de passe solide");
  await admin.getByRole("button", { name: "Nouveau compte" }).click();
  await expect(admin.getByText("Compte créé.")).toBeVisible();

  const user = await userContext.newPage();
  await login(user, email, "un mot de passe solide");
  await expect(user.getByTestId("current-user")).toContainText("Compte Temporaire");

  await admin.getByRole("link", { name: "Compte Temporaire" }).click();
  await admin.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(admin.getByTestId("user-status")).toHaveText("Désactivé");

  // The user's open page leaves for the login screen by itself.
  await expect(user).toHaveURL(/\/login\?revoked=1/);
  await expect(user.getByText("Votre session a été fermée. Reconnectez-vous.")).toBeVisible();
  // And the old session cookie no longer opens anything.
  await user.goto("/activations");
  await expect(user).toHaveURL(/\/login/);

  await adminContext.close();
  await userContext.close();
});

test("invalid admin input gets a clear message and creates nothing", async ({ page }) => {
  await login(page, "admin@vigie.demo");
  await page.goto("/admin/users");
  const rows = await page.locator("tbody tr").count();
  await page.getByLabel("Nom", { exact: true }).fill("X");
  await page.getByLabel("E-mail").fill("pas-une-adresse");
  await page.getByLabel("Mot de passe initial (12 caractères minimum)").fill("court");
  await page.getByRole("button", { name: "Nouveau compte" }).click();
  await expect(page.getByText("Adresse e-mail invalide.")).toBeVisible();
  await expect(page.getByText("Le mot de passe doit faire au moins 12 caractères.")).toBeVisible();
  await page.reload();
  await expect(page.locator("tbody tr")).toHaveCount(rows);
});
