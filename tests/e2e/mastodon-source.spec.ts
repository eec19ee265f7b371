import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

let server: Server;
let instance: string;
const marker = `Pouet ${Date.now()}`;

test.beforeAll(async () => {
  // A fake Mastodon instance on 127.0.0.1 with one status under #crue.
  server = createServer((req, res) => {
    if (!req.url?.startsWith("/api/v1/timelines/tag/")) return res.writeHead(404).end();
    const status = {
      id: "113000000000000001",
      uri: `https://piaille.example/users/jp/statuses/${Date.now()}`,
      url: "https://piaille.example/@jp/1",
      created_at: new Date().toISOString(),
      content: `<p>${marker} : l'Adour déborde à Tartas <a href="https://piaille.example/tags/crue" rel="tag">#crue</a></p>`,
      spoiler_text: "",
      language: "fr",
      account: { id: "9", username: "jp", acct: "jp", display_name: "Jean-Pierre", url: "https://piaille.example/@jp" },
      media_attachments: [],
      reblog: null,
    };
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(new URL(req.url, "http://x").searchParams.get("min_id") ? [] : [status]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  instance = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

test("a coordinator follows a Mastodon hashtag, tests it, and its statuses reach the feed", async ({ page }) => {
  await login(page, "coordination@vigie.demo");
  await page.getByRole("link", { name: "Sources" }).click();
  const add = page.getByRole("region", { name: "Ajouter une source" });
  await add.getByLabel("Type").selectOption("MASTODON");
  await add.getByLabel("Nom de la source").fill("Mastodon #crue");
  await add.getByLabel("Instances Mastodon (une adresse par ligne)").fill(instance);
  await add.getByLabel("Mots-dièse suivis").fill("#crue");
  await add.getByRole("button", { name: "Ajouter la source" }).click();
  await expect(add.getByText("Source ajoutée.")).toBeVisible();

  const settings = page.getByTestId("source-settings-Mastodon #crue");
  await settings.locator("summary").click();
  await settings.getByRole("button", { name: "Tester" }).click();
  await expect(settings.getByTestId("source-test-result")).toContainText("#crue: 1");

  await page.getByRole("link", { name: "Messages" }).click();
  await expect(page.getByText(marker).first()).toBeVisible({ timeout: 20_000 });
});
