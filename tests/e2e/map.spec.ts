import { expect, test, type Page } from "@playwright/test";
import { withDb } from "./db";
import { login } from "./helpers";

/**
 * The watch-room map: clusters and pins on the bundled offline basemap (tests have no internet:
 * tile requests are refused, so the map must fall back by itself), drawings shared live between
 * two browsers, and a report moved by dragging its marker.
 */
const stamp = Date.now();
let activationId = "";
let movableId = "";
const MOVABLE = `Carte e2e à déplacer ${stamp}`;

test.beforeAll(async () => {
  await withDb(async (client) => {
    activationId = (await client.query(`SELECT id FROM "Activation" WHERE slug = 'crue-adour-landes'`)).rows[0].id;
    // A retry starts a new worker that runs this again: the first attempt's reports would lie on top of these.
    await client.query(`DELETE FROM "Report" WHERE "activationId" = $1 AND title LIKE 'Carte e2e %'`, [activationId]);
    // 400 reports around Dax (clusters at département zoom), and one lone report east of Mont-de-Marsan.
    await client.query(
      `INSERT INTO "Report" (id, "activationId", title, category, severity, lat, lon, precision, "placeName", "observedAt", status, "updatedAt")
       SELECT gen_random_uuid(), $1, 'Carte e2e ' || g, (ARRAY['water_levels','roads_cut','people_in_danger'])[1 + g % 3], 1 + g % 4,
              43.70 + ((g * 37) % 100) / 2000.0, -1.06 + ((g * 53) % 100) / 2000.0, 'point', 'Dax', now() - interval '1 hour', 'NEW', now()
         FROM generate_series(1, 400) g`,
      [activationId],
    );
    movableId = (
      await client.query(
        `INSERT INTO "Report" (id, "activationId", title, category, severity, lat, lon, precision, "placeName", "observedAt", status, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 'roads_cut', 2, 43.9, -0.25, 'point', 'Lieu initial e2e', now(), 'CONFIRMED', now()) RETURNING id`,
        [activationId, MOVABLE],
      )
    ).rows[0].id;
  });
});

async function openMap(page: Page, email: string, query = "") {
  // No tile server here: refuse tile requests at once so the offline basemap takes over quickly.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await login(page, email);
  await page.goto(`/activations/${activationId}/map${query}`);
  await expect(page.locator(".leaflet-container")).toHaveAttribute("data-basemap", "offline", { timeout: 20_000 });
}

test("reports render as clusters and pins on the offline basemap; a click opens the report's summary", async ({ page }) => {
  await openMap(page, "coordination@vigie.demo");
  await expect(page.locator(".leaflet-offline-basemap-pane path").first()).toBeAttached();
  await expect(page.locator(".map-cluster").first()).toBeVisible({ timeout: 20_000 });
  expect(Number(await page.getByTestId("map-total").getAttribute("data-total"))).toBeGreaterThanOrEqual(401);
  await expect(page.getByRole("link", { name: "Carte", exact: true })).toBeVisible();

  // Clicking a cluster zooms in; at street level the lone report is a pin with its summary.
  await page.goto(`/activations/${activationId}/map?report=${movableId}`);
  const pin = page.locator(`.map-report[title="${MOVABLE}"]`);
  await expect(pin).toBeVisible({ timeout: 20_000 });
  await pin.click();
  await expect(page.getByTestId("map-report-summary")).toContainText(MOVABLE);
  await expect(page.getByTestId("map-open-report")).toHaveAttribute("href", `/activations/${activationId}/reports/${movableId}`);
});

test("a polygon drawn in one browser appears in another without reload", async ({ browser }) => {
  const lucas = await (await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 800 } })).newPage();
  const ines = await (await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 800 } })).newPage();
  const where = "?lat=44.2&lon=-0.9&zoom=12";
  await openMap(lucas, "benevole1@vigie.demo", where);
  await openMap(ines, "benevole2@vigie.demo", where);

  await lucas.locator(".leaflet-pm-icon-polygon").click();
  const box = (await lucas.locator(".leaflet-container").boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (const [dx, dy] of [[-80, -60], [90, -50], [60, 70], [-80, -60]]) await lucas.mouse.click(cx + dx, cy + dy);
  const form = lucas.getByTestId("map-feature-form");
  await expect(form).toBeVisible();
  await form.getByTestId("map-feature-kind").selectOption("FLOODED_AREA");
  // Unique per attempt: a retry must not find the first attempt's drawing.
  const label = `Zone inondée e2e ${Date.now().toString(36)}`;
  await form.getByTestId("map-feature-label").fill(label);
  await form.getByTestId("map-feature-save").click();
  await expect(form).toBeHidden();
  const saved = await withDb(async (client) => (await client.query(`SELECT id, kind FROM "MapFeature" WHERE label = $1`, [label])).rows);
  expect(saved).toEqual([{ id: expect.any(String), kind: "FLOODED_AREA" }]);
  await expect(lucas.locator(`path.map-feature-FLOODED_AREA[data-feature-id="${saved[0].id}"]`)).toHaveCount(1);
  // Inès sees it without reloading.
  await expect(ines.locator(`path.map-feature-FLOODED_AREA[data-feature-id="${saved[0].id}"]`)).toHaveCount(1, { timeout: 15_000 });
  await lucas.context().close();
  await ines.context().close();
});

test("moving a report's marker updates the report, and its page shows the new place", async ({ page }) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await login(page, "benevole1@vigie.demo");
  await page.goto(`/activations/${activationId}/reports/${movableId}`);
  await expect(page.getByTestId("report-place")).toContainText("Lieu initial e2e");
  await page.getByTestId("report-show-on-map").click();
  await expect(page).toHaveURL(new RegExp(`/map\\?report=${movableId}`));
  const pin = page.locator(`.map-report[title="${MOVABLE}"]`);
  await expect(pin).toBeVisible({ timeout: 20_000 });
  await pin.click();
  await page.getByTestId("map-move-report").click();
  const moving = page.locator(".map-report-moving");
  await expect(moving).toBeVisible();
  const box = (await moving.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width / 2 - step * 15, box.y + box.height / 2 + step * 8);
  await page.mouse.up();
  await expect(page.getByTestId("map-notice")).toHaveText("Position de la remontée mise à jour.", { timeout: 15_000 });

  const moved = await withDb(async (client) => (await client.query(`SELECT lat, lon, precision, "placeName", version FROM "Report" WHERE id = $1`, [movableId])).rows[0]);
  expect(moved.lon).toBeLessThan(-0.25);
  expect(moved.lat).toBeLessThan(43.9);
  expect(moved.precision).toBe("point");
  await page.goto(`/activations/${activationId}/reports/${movableId}`);
  await expect(page.getByTestId("report-place")).not.toContainText("Lieu initial e2e");
  await expect(page.getByTestId("report-place")).toContainText(moved.placeName ?? "?");
  await expect(page.getByTestId("report-history")).toContainText("Lucas Bénévole — a déplacé la remontée sur la carte");
});
