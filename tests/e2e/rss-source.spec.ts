import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

let server: Server;
let feedUrl: string;
const marker = `Communiqué ${Date.now()}`;

test.beforeAll(async () => {
  // A local feed server on 127.0.0.1, as a prefecture's RSS would answer.
  server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml", etag: '"e2e"' }).end(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>Préfecture (test)</title>
<item><title>${marker}</title><link>https://www.landes.gouv.fr/e2e/${marker.replace(/\\D/g, "")}</link><guid>${marker}</guid><description>Fermeture des écoles de Dax demain</description></item>
</channel></rss>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss.xml`;
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

test("a coordinator adds an RSS feed, tests it, and its items reach the feed", async ({ page }) => {
  await login(page, "coordination@vigie.demo");
  await page.getByRole("link", { name: "Sources" }).click();
  const add = page.getByRole("region", { name: "Ajouter une source" });
  await add.getByLabel("Type").selectOption("RSS");
  await add.getByLabel("Nom de la source").fill("Préfecture RSS");
  await add.getByLabel("Adresses des flux RSS ou Atom (une par ligne)").fill(feedUrl);
  await add.getByRole("button", { name: "Ajouter la source" }).click();
  await expect(add.getByText("Source ajoutée.")).toBeVisible();

  const settings = page.getByTestId("source-settings-Préfecture RSS");
  await settings.locator("summary").click();
  await settings.getByRole("button", { name: "Tester" }).click();
  await expect(settings.getByTestId("source-test-result")).toContainText("flux lisible");
  await expect(page.getByTestId("source-health")).toContainText("Préfecture RSS");

  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByText(marker).first()).toBeVisible({ timeout: 20_000 });
});
