import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { login } from "./helpers";

test("the login page is in French and lists the demo accounts", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Connexion" })).toBeVisible();
  await expect(page.getByText("benevole1@vigie.demo")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Adresse e-mail").fill("benevole1@vigie.demo");
  await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a volunteer logs in and lands in the demo activation", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  await expect(page).toHaveURL(/\/activations\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Crue de l'Adour — Landes" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText("Lucas Bénévole");
  // No admin entry in a volunteer's navigation.
  await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
});

test("a volunteer opening an admin URL is refused", async ({ page }) => {
  await login(page, "benevole1@vigie.demo");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  await expect(page.getByText("admin@vigie.demo")).toHaveCount(0);
});

test("an unknown page gives a French 404", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
});

test("a Socket.IO client without a session cookie is refused", async ({ baseURL }) => {
  const socket = io(baseURL!, { transports: ["websocket"], reconnection: false });
  const outcome = await new Promise<string>((resolve) => {
    socket.on("connect", () => resolve("connected"));
    socket.on("connect_error", (error) => resolve(error.message));
  });
  socket.close();
  expect(outcome).toBe("unauthorized");
});

test("the interface switches to English and back", async ({ page }) => {
  await login(page, "benevole2@vigie.demo");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("an unknown API route answers a JSON error with a code", async ({ request }) => {
  const response = await request.get("/api/nothing-here");
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No such API route" } });
});
