/**
 * npm run bench:map — does the watch-room map stay light and smooth with 100,000 reports?
 *
 * Starts the built server (server.ts, demo data) on a fresh database of its own embedded
 * PostgreSQL (.vigie/bench-map, port VIGIE_BENCH_MAP_PG_PORT), or reuses a running server when
 * BENCH_MAP_URL and BENCH_MAP_DATABASE_URL are given; seeds 100,000 reports over the Landes in one
 * SQL statement; opens the map in headless Debian Chromium and measures:
 *   - firstRenderMs: from navigation start to the first cluster bubble in the page;
 *   - initialBytes: bytes of map data (the /map/* API answers) for the first view;
 *   - zoomBytes: bytes of map data for one zoom-in;
 *   - droppedFrames: frames missed (requestAnimationFrame gaps) during a scripted 3 s pan.
 * The page weight (scripts, styles, basemap outlines) is printed beside, for a cold cache.
 * Prints figures, never pass/fail; its last line is one JSON object.
 */
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type CDPSession, type Page } from "playwright-core";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/db/embedded-postgres";

const root = path.resolve(__dirname, "../..");
const REPORTS = Number(process.env.BENCH_MAP_REPORTS ?? 100_000);
const PORT = Number(process.env.BENCH_MAP_PORT ?? process.env.E2E_PORT ?? 3290);
const PG_PORT = Number(process.env.VIGIE_BENCH_MAP_PG_PORT ?? 54379);
const COORDINATOR = "coordination@vigie.demo";
const PASSWORD = "vigie-demo-2026";
const FRAME_MS = 1000 / 60;
const PAN_MS = 3000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`[bench:map] ${line}`);

/** Towns of the Landes the synthetic reports gather around (lat, lon), plus a uniform background. */
const TOWNS: [number, number][] = [
  [43.7102, -1.0536], [43.8906, -0.4993], [43.8317, -0.7867], [43.6897, -0.5701], [43.7027, -0.2622], [43.5353, -1.1019],
  [43.6548, -0.5869], [43.7447, -1.3203], [43.6487, -1.1861], [44.2136, -1.2969], [44.0506, -0.8336], [43.7825, -0.7097],
];

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; exited: Promise<unknown> }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "server.ts")], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, VIGIE_DEMO: "1", PORT: String(PORT), AUTH_SECRET: "bench-secret-not-for-production-0000", NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`  [server] ${chunk}`));
  child.stdout?.on("data", (chunk: Buffer) => {
    if (/error|ready on/i.test(String(chunk))) process.stdout.write(`  [server] ${chunk}`);
  });
  return { child, exited: new Promise((resolve) => child.once("exit", resolve)) };
}

async function waitForHealth(base: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error(`${base}/api/health did not answer within ${timeoutMs / 1000} s`);
}

/** 100,000 reports in one statement: around the towns (70 %) and spread over the département (30 %). */
async function seedReports(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const activationId: string = (await client.query(`SELECT id FROM "Activation" WHERE slug = 'crue-adour-landes'`)).rows[0].id;
    // The demo's replay source would add load unrelated to the map: stop it.
    await client.query(`UPDATE "Source" SET enabled = false WHERE "activationId" = $1`, [activationId]);
    const existing = Number((await client.query(`SELECT count(*) FROM "Report" WHERE "activationId" = $1`, [activationId])).rows[0].count);
    if (existing < REPORTS) {
      const started = performance.now();
      await client.query(
        `INSERT INTO "Report" (id, "activationId", title, category, severity, lat, lon, precision, "placeName", "observedAt", status, escalated, "updatedAt")
         SELECT gen_random_uuid(), $1, 'Remontée de banc ' || g,
                (ARRAY['water_levels','flooded_homes','roads_cut','people_in_danger','networks','evacuation_shelter','other'])[1 + g % 7],
                1 + (g % 4),
                CASE WHEN g % 10 < 7 THEN ($4::float8[])[1 + g % $6] + (random() + random() + random() - 1.5) * 0.08 ELSE 43.5 + random() * 0.85 END,
                CASE WHEN g % 10 < 7 THEN ($5::float8[])[1 + g % $6] + (random() + random() + random() - 1.5) * 0.11 ELSE -1.45 + random() * 1.35 END,
                (ARRAY['point','point','point','commune','commune_approx'])[1 + g % 5], 'Landes',
                now() - (g % 72) * interval '1 hour',
                ((ARRAY['NEW','IN_VERIFICATION','CONFIRMED','CONFIRMED','FALSE','UNCONFIRMABLE'])[1 + g % 6])::"ReportStatus",
                g % 50 = 0, now()
           FROM generate_series($2::int, $3::int) g`,
        [activationId, existing + 1, REPORTS, TOWNS.map((t) => t[0]), TOWNS.map((t) => t[1]), TOWNS.length],
      );
      await client.query(`ANALYZE "Report"`);
      log(`seeded ${REPORTS - existing} reports in ${Math.round(performance.now() - started)} ms`);
    }
    return activationId;
  } finally {
    await client.end();
  }
}

/** Bytes received per request (encoded, as on the wire), by URL, through the DevTools protocol. */
function trackBytes(cdp: CDPSession) {
  const urls = new Map<string, string>();
  let entries: { url: string; bytes: number }[] = [];
  cdp.on("Network.requestWillBeSent", (event) => urls.set(event.requestId, event.request.url));
  cdp.on("Network.loadingFinished", (event) => entries.push({ url: urls.get(event.requestId) ?? "", bytes: event.encodedDataLength }));
  return {
    reset: () => {
      entries = [];
    },
    mapData: () => entries.filter((e) => /\/api\/activations\/[^/]+\/map\//.test(e.url)).reduce((sum, e) => sum + e.bytes, 0),
    total: () => entries.reduce((sum, e) => sum + e.bytes, 0),
    count: (pattern: RegExp) => entries.filter((e) => pattern.test(e.url)).length,
  };
}

async function login(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel("Adresse e-mail").fill(COORDINATOR);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
}

/** Waits until the map has asked for data and nothing is in flight for a moment. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="map-total"]')?.textContent?.includes("…") === false, null, { timeout: 30_000 });
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
  await sleep(300);
}

const PAN_SCRIPT = `async ({ duration, frameMs }) => {
  const stamps = [];
  let running = true;
  const loop = (now) => { if (!running) return; stamps.push(now); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  await new Promise((resolve) => setTimeout(resolve, duration));
  running = false;
  let dropped = 0;
  for (let k = 1; k < stamps.length; k++) dropped += Math.max(0, Math.round((stamps[k] - stamps[k - 1]) / frameMs) - 1);
  return { frames: stamps.length, dropped };
}`;

async function main(): Promise<void> {
  let cluster: EmbeddedPostgres | null = null;
  let server: { child: ChildProcess; exited: Promise<unknown> } | null = null;
  let base = process.env.BENCH_MAP_URL ?? "";
  let databaseUrl = process.env.BENCH_MAP_DATABASE_URL ?? "";
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    if (!base || !databaseUrl) {
      cluster = await startEmbeddedPostgres({ dataDir: path.join(root, ".vigie", "bench-map", "pgdata"), port: PG_PORT, database: "postgres" });
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS vigie_bench_map WITH (FORCE)`);
      await admin.query(`CREATE DATABASE vigie_bench_map`);
      await admin.end();
      const url = new URL(cluster.url);
      url.pathname = "/vigie_bench_map";
      databaseUrl = url.toString();
      base = `http://localhost:${PORT}`;
      log(`starting the built server on ${base}`);
      server = await startServer(databaseUrl);
      await waitForHealth(base);
    }
    const activationId = await seedReports(databaseUrl);
    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 800 } });
    // No internet here: refuse tiles at once, as a crisis room without access would get the offline basemap.
    await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    const page = await context.newPage();
    await login(page, base);
    // Warm the server (route modules, PostgreSQL's cache) with one untimed visit: the figures are
    // those of a volunteer opening the map on a running server, with an empty browser cache.
    await page.goto(`${base}/activations/${activationId}/map`);
    await page.locator(".map-cluster").first().waitFor({ timeout: 120_000 });
    await settle(page);
    const apiMs = await page.evaluate(async (url) => {
      const times: number[] = [];
      for (let k = 0; k < 5; k++) {
        const started = performance.now();
        await (await fetch(url)).text();
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2];
    }, `${base}/api/activations/${activationId}/map/view?window=all&statuses=NEW,IN_VERIFICATION,CONFIRMED,UNCONFIRMABLE&bbox=-1.6,43.4,0.2,44.6&zoom=9`);
    log(`view API over the département at zoom 9 (100,000 reports filtered and aggregated): median ${Math.round(apiMs)} ms`);
    await page.goto("about:blank");
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const bytes = trackBytes(cdp);

    // Cold first view.
    await page.goto(`${base}/activations/${activationId}/map`, { waitUntil: "commit" });
    const firstRenderMs = await page.waitForFunction(() => (document.querySelector(".map-cluster") ? performance.now() : 0), null, { timeout: 60_000, polling: "raf" }).then((handle) => handle.jsonValue() as Promise<number>);
    await settle(page);
    const total = Number(await page.getByTestId("map-total").getAttribute("data-total"));
    const initialBytes = bytes.mapData();
    const clusters = await page.locator(".map-cluster").count();
    log(`first view: ${clusters} clusters for ${total} reports in view, first render ${Math.round(firstRenderMs)} ms`);
    log(`initial view: map data ${initialBytes} B (${bytes.count(/\/map\/view/)} view request), whole page cold ${bytes.total()} B`);

    // One zoom-in.
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: false });
    bytes.reset();
    await page.locator(".leaflet-control-zoom-in").click();
    await page.waitForResponse((response) => response.url().includes("/map/view"), { timeout: 30_000 });
    await settle(page);
    const zoomBytes = bytes.mapData();
    log(`zoom-in: map data ${zoomBytes} B, ${await page.locator(".map-cluster").count()} clusters, ${await page.locator(".map-report").count()} pins`);

    // Baseline: frames missed by this browser on this machine with nothing happening.
    const idle = (await page.evaluate(`(${PAN_SCRIPT})(${JSON.stringify({ duration: 2000, frameMs: FRAME_MS })})`)) as { frames: number; dropped: number };
    log(`idle 2000 ms (baseline, no interaction): ${idle.frames} frames drawn, ${idle.dropped} dropped (${((100 * idle.dropped) / Math.max(1, idle.frames + idle.dropped)).toFixed(1)} %)`);

    // Scripted pan: drag the map around for PAN_MS while counting frames.
    const box = (await page.locator(".leaflet-container").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const measuring = page.evaluate(`(${PAN_SCRIPT})(${JSON.stringify({ duration: PAN_MS, frameMs: FRAME_MS })})`) as Promise<{ frames: number; dropped: number }>;
    const started = Date.now();
    let leg = 0;
    while (Date.now() - started < PAN_MS - 200) {
      const direction = leg++ % 2 === 0 ? 1 : -1;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let step = 1; step <= 20; step++) await page.mouse.move(cx + direction * step * 12, cy + direction * step * 5);
      await page.mouse.up();
    }
    const pan = await measuring;
    const percent = pan.frames ? (100 * pan.dropped) / (pan.frames + pan.dropped) : 0;
    log(`pan ${PAN_MS} ms: ${pan.frames} frames drawn, ${pan.dropped} dropped (${percent.toFixed(1)} %), ${leg} drags`);
    log(`machine load average (1 min): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
    log(`targets: first render ≤ 2000 ms, initial payload ≤ 500 kB, ≤ 10 % frames dropped`);
    await context.close();
    console.log(JSON.stringify({ reports: REPORTS, firstRenderMs: Math.round(firstRenderMs), initialBytes, zoomBytes, droppedFrames: pan.dropped }));
  } finally {
    await browser.close();
    if (server) {
      server.child.kill("SIGTERM");
      await Promise.race([server.exited, sleep(20_000)]);
    }
    await cluster?.stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:map failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
