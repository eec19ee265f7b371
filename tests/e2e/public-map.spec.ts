import { expect, test } from "@playwright/test";
import { gridCellCentre } from "../../lib/public-map/coarsen-location";
import { withDb } from "./db";
import { login } from "./helpers";

const SLUG = "crue-adour-landes";
// What the public must never see: an author handle, a phone number, an exact geotag, raw post text.
const HANDLE = "@temoin_dax40";
const PHONE = "06 47 12 38 90";
const GEO = { lat: 43.708123, lon: -1.049871 };
const RAW = "Chez moi au 8 rue Neuve, appelez";

type Seeded = { published: string; hidden: { id: string; title: string }[] };

/** A CONFIRMED report built on a post carrying a handle, a phone and a geotag, plus an unpublished, a NEW and a FALSE one. */
async function seedReports(): Promise<Seeded> {
  return withDb(async (client) => {
    const { rows } = await client.query(`SELECT id FROM "Activation" WHERE slug = $1`, [SLUG]);
    const activationId = rows[0].id as string;
    const post = await client.query(
      `INSERT INTO "Post" ("activationId", network, "externalId", "authorHandle", "authorName", text, "postedAt", "geoLat", "geoLon", "contentHash", url)
       VALUES ($1, 'mastodon', $2, $3, 'Témoin Dax', $4, now(), $5, $6, 'h', 'https://mastodon.social/@temoin_dax40/1') RETURNING id`,
      [activationId, `e2e-${Date.now()}`, HANDLE, `${RAW} le ${PHONE} #crue`, GEO.lat, GEO.lon],
    );
    const report = async (title: string, status: string, published: boolean) => {
      const r = await client.query(
        `INSERT INTO "Report" (id, "activationId", title, description, category, severity, lat, lon, precision, "placeName", "observedAt", tags, status, published, "publicTitle", "publicSummary", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, 'flooded_homes', 3, $4, $5, 'point', 'Dax', now(), '{}', $6, $7, $8, $8, now()) RETURNING id`,
        [activationId, title, `Signalé par ${HANDLE}, joignable au ${PHONE}`, GEO.lat, GEO.lon, status, published, published ? `Caché ${title}` : null],
      );
      await client.query(`INSERT INTO "ReportPost" ("reportId", "postId") VALUES ($1, $2)`, [r.rows[0].id, post.rows[0].id]);
      return r.rows[0].id as string;
    };
    const published = await report(`Maison inondée e2e ${Date.now()}`, "CONFIRMED", false);
    const hidden = [];
    for (const [title, status, flagged] of [["Jamais publiée e2e", "CONFIRMED", false], ["Toute neuve e2e", "NEW", true], ["Infox e2e", "FALSE", true]] as const) {
      // NEW and FALSE are even flagged published in the database: the public map must still skip them.
      hidden.push({ id: await report(title, status, flagged), title });
    }
    // Tests have no internet: the public map draws the bundled outlines, and starts switched off.
    await client.query(`UPDATE "Activation" SET "publicMapAllowed" = false, "mapOfflineOnly" = false WHERE id = $1`, [activationId]);
    return { published, hidden };
  });
}

test("a coordinator enables the public map and publishes a report; anyone sees it on a phone, redacted and coarsened, live", async ({ browser, request }) => {
  const seeded = await seedReports();
  expect((await request.get(`/public/${SLUG}`)).status()).toBe(404);

  const coordinator = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await login(coordinator, "coordination@vigie.demo");
  const { rows } = await withDb((client) => client.query(`SELECT id FROM "Activation" WHERE slug = $1`, [SLUG]));
  const activationId = rows[0].id as string;
  await coordinator.goto(`/activations/${activationId}/settings`);
  const settings = coordinator.getByTestId("public-map-settings");
  await settings.getByTestId("public-map-enabled").check();
  await settings.getByTestId("map-offline-only").check();
  await settings.getByTestId("save-public-map").click();
  await expect(settings.getByText("Réglages de la carte publique enregistrés.")).toBeVisible();
  await coordinator.reload();
  const link = await coordinator.getByTestId("public-map-link").inputValue();
  expect(link).toBe(`http://localhost:${new URL(coordinator.url()).port}/public/${SLUG}`);
  await expect(coordinator.getByTestId("public-map-iframe")).toHaveValue(new RegExp(`<iframe src="${link}"`));

  // Publishing: the suggestion is redacted; a phone number in the summary is refused and said so.
  await coordinator.goto(`/activations/${activationId}/reports/${seeded.published}`);
  const panel = coordinator.getByTestId("publication-panel");
  await expect(panel.getByTestId("public-summary")).toHaveValue(/\[compte\].*\[téléphone\]/);
  await panel.getByTestId("public-title").fill("Habitations inondées à Dax");
  await panel.getByTestId("public-summary").fill(`Appelez le ${PHONE} pour aider`);
  await panel.getByTestId("publish-report").click();
  await expect(panel.getByTestId("publication-refused")).toContainText("numéro de téléphone");
  await panel.getByTestId("public-summary").fill("Des habitations sont inondées près de l'Adour. Évitez le secteur.");
  await panel.getByTestId("publish-report").click();
  await expect(panel.getByText("Publiée sur la carte publique.")).toBeVisible();

  // The public, without an account, on a phone.
  const phone = await (await browser.newContext({ locale: "fr-FR", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
  await phone.goto(link);
  const item = phone.getByTestId("public-report").filter({ hasText: "Habitations inondées à Dax" });
  await expect(item).toBeVisible();
  const cell = gridCellCentre(GEO.lat, GEO.lon, 1000);
  await expect(item).toHaveAttribute("data-lat", String(cell.lat));
  await expect(item).toHaveAttribute("data-lon", String(cell.lon));
  await expect(phone.locator('[data-basemap="offline"]')).toBeVisible();
  await expect(phone.locator(".leaflet-interactive").first()).toBeAttached();
  await phone.getByTestId("public-legend").locator("summary").click();
  await expect(phone.getByTestId("public-legend")).toContainText("Habitations inondées");
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  // The rendered page and the GeoJSON carry none of the private details and none of the other reports.
  const html = await (await request.get(`/public/${SLUG}`)).text();
  const geojsonResponse = await request.get(`/api/public/${SLUG}/geojson`);
  expect(geojsonResponse.headers()["cache-control"]).toContain("max-age=");
  const geojson = await geojsonResponse.json();
  for (const [what, text] of [["page", html], ["GeoJSON", JSON.stringify(geojson)]] as const) {
    expect(text, what).toContain("Habitations inondées à Dax");
    for (const secret of [HANDLE, "temoin_dax40", PHONE, RAW, "Témoin Dax", String(GEO.lat), String(GEO.lon), ...seeded.hidden.flatMap((h) => [h.id, h.title])]) {
      expect(text, `${what} leaks ${secret}`).not.toContain(secret);
    }
  }
  const feature = geojson.features.find((f: { id: string }) => f.id === `report:${seeded.published}`);
  expect(feature.geometry.coordinates).toEqual([cell.lon, cell.lat]);

  // Live: unpublished in one click, gone from the open public page without reload.
  await panel.getByTestId("unpublish-report").click();
  await expect(item).toHaveCount(0, { timeout: 10_000 });
  await coordinator.context().close();
  await phone.context().close();
});

test("only the public map may be framed: every other page refuses", async ({ page, request }) => {
  await withDb((client) => client.query(`UPDATE "Activation" SET "publicMapAllowed" = true, "mapOfflineOnly" = true WHERE slug = $1`, [SLUG]));
  for (const path of ["/login", "/activations", "/api/health"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  const publicResponse = await request.get(`/public/${SLUG}`);
  expect(publicResponse.status()).toBe(200);
  expect(publicResponse.headers()["x-frame-options"]).toBeUndefined();
  expect(publicResponse.headers()["content-security-policy"]).toContain("frame-ancestors *");

  // A partner's page embedding the public map (and, for contrast, the login page).
  await page.goto("/api/health");
  await page.setContent(`<iframe id="map" src="/public/${SLUG}" width="400" height="500"></iframe><iframe id="login" src="/login" width="400" height="300"></iframe>`);
  const map = page.frameLocator("#map");
  await expect(map.getByTestId("public-map-title")).toContainText("Crue de l'Adour");
  await expect(page.frameLocator("#login").getByLabel("Adresse e-mail")).toHaveCount(0);
});
