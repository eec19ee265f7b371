/**
 * npm run bench:feed — does the live feed page stay responsive while posts
 * arrive at 100 per second? Starts the real server the way the e2e tests do
 * (scripts/e2e-server.ts, demo data, on its own ports), pauses the demo's
 * replay source through the UI so only the bench's posts arrive, then pushes
 * signed webhook batches (10 posts every 100 ms for 20 s) while a headless
 * Chromium shows the feed, and measures frames (requestAnimationFrame) and
 * long tasks (PerformanceObserver) in the page. Prints figures; never
 * pass/fail: it exits non-zero only when something breaks.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium, type Browser, type Page } from "playwright-core";

const root = path.resolve(__dirname, "../..");
const SLUG = "crue-adour-landes";
const REPLAY_NAME = "Scénario crue Adour (rejeu ×60)";
const VOLUNTEER = "benevole1@vigie.demo";
const COORDINATOR = "coordination@vigie.demo";
const PASSWORD = "vigie-demo-2026";
const PG_PORT = process.env.VIGIE_E2E_PG_PORT ?? "54369";
const WINDOW_MS = Number(process.env.BENCH_FEED_SECONDS ?? 20) * 1000;
const TICK_MS = 100;
const EVENTS_PER_TICK = Number(process.env.BENCH_FEED_BATCH ?? 10);
const FRAME_MS = 1000 / 60;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`[bench:feed] ${line}`);

// ---------------------------------------------------------------------------
// Synthetic posts: French flood messages of ~200 characters, varied authors and networks.

const COMMUNES = ["Dax", "Tartas", "Mont-de-Marsan", "Saint-Sever", "Aire-sur-l'Adour", "Peyrehorade", "Hagetmau", "Soustons", "Mugron", "Pontonx-sur-l'Adour", "Saubusse", "Saint-Paul-lès-Dax"];
const STREETS = ["rue des Arènes", "avenue Saint-Vincent-de-Paul", "quai du Sablar", "rue Neuve", "chemin de Halage", "place de la Fontaine Chaude", "boulevard des Sports", "route de Bayonne"];
const PHRASES = [
  "L'eau monte encore {s} à {c}, les pompiers évacuent les maisons du bas du quartier. Restez chez vous et montez à l'étage si possible",
  "Route coupée entre {c} et Saint-Paul-lès-Dax, la D824 est sous 40 cm d'eau. Ne vous engagez surtout pas, demi-tour obligatoire",
  "Crue de l'Adour : vigilance rouge maintenue, la mairie de {c} ouvre le gymnase pour les sinistrés, apportez couvertures et médicaments",
  "Coupure de courant depuis 3h du matin {s} à {c}, Enedis injoignable, plusieurs personnes âgées sans chauffage dans l'immeuble",
  "Besoin de sacs de sable et de bras pour protéger l'école {s} à {c}, rendez-vous à 14h devant la salle des fêtes, merci à tous",
  "Les barques de la sécurité civile viennent d'arriver {s} à {c}. Une famille avec un bébé attend sur le toit au numéro 12",
  "Le pont de {c} est fermé à la circulation par la gendarmerie, débris contre les piles. Déviation par l'A63, bouchons énormes",
  "Est-ce que quelqu'un a des nouvelles du camping de {c} ? Mes parents y sont et ne répondent plus au téléphone depuis hier soir",
];
const TAGS = ["#crue", "#Adour", "#Landes", "#inondations", "#vigilancerouge", "#Dax", "#entraide", "#sécuritécivile"];
const NETWORKS = ["mastodon", "bluesky", "x", "facebook", "instagram"];
const FIRST = ["Marie", "Jean", "Léa", "Thomas", "Camille", "Pierre", "Inès", "Lucas", "Chloé", "Mathieu", "Sophie", "Antoine"];
const LAST = ["Lafitte", "Dufau", "Lalanne", "Darrigade", "Labarthe", "Pédebernade", "Castets", "Duprat"];

let seq = 0;
const runTag = randomBytes(4).toString("hex");

function syntheticPost(): Record<string, unknown> {
  const i = seq++;
  const commune = COMMUNES[i % COMMUNES.length];
  const street = STREETS[(i * 7) % STREETS.length];
  const network = NETWORKS[(i * 3) % NETWORKS.length];
  const authorN = (i * 37) % 900;
  const first = FIRST[authorN % FIRST.length];
  const last = LAST[(authorN >> 2) % LAST.length];
  const tags = [TAGS[0], TAGS[1 + (i % (TAGS.length - 1))], TAGS[1 + ((i * 5) % (TAGS.length - 1))]].filter((t, k, all) => all.indexOf(t) === k);
  const text = `${PHRASES[i % PHRASES.length].replace("{c}", commune).replace("{s}", street)} ${tags.join(" ")}`;
  const externalId = `bench-feed-${runTag}-${i}`;
  const handle = network === "mastodon" ? `@${first.toLowerCase()}${authorN}@mastodon.social` : `@${first.toLowerCase()}_${last.toLowerCase()}${authorN}`;
  return {
    network,
    externalId,
    url: `https://${network}.example.invalid/${encodeURIComponent(handle)}/${externalId}`,
    author: { id: String(authorN), handle, name: `${first} ${last}` },
    text,
    lang: "fr",
    postedAt: new Date().toISOString(),
    media: i % 4 === 0 ? [{ url: `https://media.example.invalid/${runTag}/${i}.jpg`, type: "image", alt: `Rue inondée à ${commune}` }] : [],
    geo: i % 6 === 0 ? { lat: 43.7 + (i % 50) / 1000, lon: -1.05 + (i % 50) / 1000 } : null,
  };
}

// ---------------------------------------------------------------------------
// Server, database, browser.

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

async function pickPort(): Promise<number> {
  const wanted = Number(process.env.E2E_PORT ?? 3200);
  for (let port = wanted; port < wanted + 20; port++) if (await portFree(port)) return port;
  throw new Error(`no free port between ${wanted} and ${wanted + 19}`);
}

/**
 * The e2e server keeps its PostgreSQL in .vigie/e2e/pgdata whatever the port, and on start it
 * stops any PostgreSQL left on that folder: refuse to run while an e2e run (or another bench) holds it.
 */
function assertE2eClusterIdle(): void {
  const requested = path.join(root, ".vigie", "e2e", "pgdata");
  const key = createHash("sha1").update(requested).digest("hex").slice(0, 12);
  for (const dataDir of [requested, path.join("/var/lib/vigie", `cluster-${key}`, "pgdata")]) {
    const pidFile = path.join(dataDir, "postmaster.pid");
    if (!fs.existsSync(pidFile)) continue;
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    let cmdline = "";
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      continue; // stale lock, the server cleans it
    }
    if (cmdline.includes("postgres")) {
      throw new Error(`a PostgreSQL (pid ${pid}) is running on ${dataDir}: an e2e run or another bench is in progress; run bench:feed when it has finished`);
    }
  }
}

type Server = { child: ChildProcess; exited: Promise<number | null> };

function startServer(port: number): Server {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "e2e-server.ts")], {
    cwd: root,
    // Its own process group, so a server that ignores SIGTERM can still be stopped with its children.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, E2E_PORT: String(port), VIGIE_E2E_PG_PORT: PG_PORT, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // Server output is kept out of the figures; only errors and the first lines are shown.
  const relay = (stream: NodeJS.ReadableStream | null, isErr: boolean) => {
    let buffered = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (isErr || /error|cannot|ready on/i.test(line)) console.log(`  [server] ${line}`);
      }
    });
  };
  relay(child.stdout, false);
  relay(child.stderr, true);
  return { child, exited };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGTERM");
  const code = await Promise.race([server.exited, sleep(30_000).then(() => "timeout" as const)]);
  if (code === "timeout") {
    log("server did not stop within 30 s: killing its process group");
    try {
      process.kill(-server.child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
    await server.exited;
  }
}

async function waitForHealth(base: string, server: Server, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`e2e server exited with code ${server.child.exitCode} before it was healthy`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await sleep(500);
  }
  throw new Error(`${base}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

async function login(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
}

async function pauseReplay(browser: Browser, base: string, activationId: string): Promise<void> {
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    await login(page, base, COORDINATOR);
    await page.goto(`${base}/activations/${activationId}/sources`);
    const row = page.getByRole("row").filter({ hasText: REPLAY_NAME });
    await row.getByRole("button", { name: "Mettre en pause" }).click({ timeout: 30_000 });
    await row.getByRole("button", { name: "Reprendre" }).waitFor({ timeout: 30_000 });
  } finally {
    await context.close();
  }
}

function countFromText(text: string | null): number {
  // "2 215 messages": French digit groups are separated by a (narrow) no-break space.
  const digits = (text ?? "").replace(/[\s\u00a0\u202f.,]/g, "").match(/\d+/);
  return digits ? Number(digits[0]) : 0;
}

const cpuModel = () => os.cpus()[0]?.model?.trim() ?? "unknown CPU";

// ---------------------------------------------------------------------------
// In-page instrumentation (runs in the browser).

type PageFigures = { frames: number; dropped: number; longestInterval: number; longTasks: number; longestTaskMs: number; longTaskTotalMs: number; observedLongTasks: boolean; windowMs: number };

// Plain source strings, not functions: tsx compiles with esbuild's keepNames, whose `__name(…)`
// helper would be serialised with a function and does not exist in the page.
const INSTALL_INSTRUMENTATION = `(() => {
  const bench = { stamps: [], longTasks: [], running: true, observedLongTasks: false, observer: null };
  window.__vigieFeedBench = bench;
  const loop = (now) => {
    if (!bench.running) return;
    bench.stamps.push(now);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    bench.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
    });
    bench.observer.observe({ type: "longtask", buffered: false });
    bench.observedLongTasks = true;
  } catch {
    bench.observedLongTasks = false;
  }
})()`;

const COLLECT_INSTRUMENTATION = `(() => {
  const frameMs = ${FRAME_MS};
  const bench = window.__vigieFeedBench;
  bench.running = false;
  if (bench.observer) {
    for (const entry of bench.observer.takeRecords()) bench.longTasks.push(entry.duration);
    bench.observer.disconnect();
  }
  let dropped = 0;
  let longestInterval = 0;
  for (let k = 1; k < bench.stamps.length; k++) {
    const interval = bench.stamps[k] - bench.stamps[k - 1];
    longestInterval = Math.max(longestInterval, interval);
    dropped += Math.max(0, Math.round(interval / frameMs) - 1);
  }
  return {
    frames: bench.stamps.length,
    dropped,
    longestInterval,
    longTasks: bench.longTasks.length,
    longestTaskMs: bench.longTasks.reduce((max, d) => Math.max(max, d), 0),
    longTaskTotalMs: bench.longTasks.reduce((sum, d) => sum + d, 0),
    observedLongTasks: bench.observedLongTasks,
    windowMs: bench.stamps.length > 1 ? bench.stamps[bench.stamps.length - 1] - bench.stamps[0] : 0,
  };
})()`;

// ---------------------------------------------------------------------------

type PushResult = { requests: number; pushed: number; stored: number; failures: number; firstFailure: string | null; maxLateMs: number; maxResponseMs: number; meanResponseMs: number; elapsedMs: number };

async function pushPosts(base: string, sourceId: string, secret: string): Promise<PushResult> {
  const ticks = Math.round(WINDOW_MS / TICK_MS);
  const url = `${base}/api/ingest/${sourceId}`;
  const result: PushResult = { requests: 0, pushed: 0, stored: 0, failures: 0, firstFailure: null, maxLateMs: 0, maxResponseMs: 0, meanResponseMs: 0, elapsedMs: 0 };
  const inFlight: Promise<void>[] = [];
  let responseMsSum = 0;
  const start = performance.now();
  for (let k = 0; k < ticks; k++) {
    // Drift-free: tick k fires at start + k × 100 ms, whatever the previous ticks cost.
    const wait = start + k * TICK_MS - performance.now();
    if (wait > 0) await sleep(wait);
    result.maxLateMs = Math.max(result.maxLateMs, performance.now() - (start + k * TICK_MS));
    const body = JSON.stringify({ events: Array.from({ length: EVENTS_PER_TICK }, syntheticPost) });
    const signature = `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
    result.requests++;
    result.pushed += EVENTS_PER_TICK;
    const sent = performance.now();
    inFlight.push(
      fetch(url, { method: "POST", body, headers: { "content-type": "application/json", "x-vigie-signature": signature }, signal: AbortSignal.timeout(30_000) })
        .then(async (response) => {
          const answer = (await response.json().catch(() => null)) as { stored?: number; error?: { code?: string; message?: string } } | null;
          if (!response.ok) throw new Error(`HTTP ${response.status} ${answer?.error?.code ?? ""} ${answer?.error?.message ?? ""}`.trim());
          result.stored += answer?.stored ?? 0;
        })
        .catch((error: unknown) => {
          result.failures++;
          result.firstFailure ??= error instanceof Error ? error.message : String(error);
        })
        .finally(() => {
          const took = performance.now() - sent;
          responseMsSum += took;
          result.maxResponseMs = Math.max(result.maxResponseMs, took);
        }),
    );
  }
  await Promise.all(inFlight);
  result.elapsedMs = performance.now() - start;
  result.meanResponseMs = result.requests ? responseMsSum / result.requests : 0;
  return result;
}

async function main(): Promise<string[]> {
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "build-if-needed.mjs")], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error(`build-if-needed failed (exit ${build.status ?? build.signal})`);

  assertE2eClusterIdle();
  const port = await pickPort();
  // `localhost`, not 127.0.0.1: Next rewrites one to the other and the session cookie would miss.
  const base = `http://localhost:${port}`;
  log(`starting the e2e server on port ${port} (PostgreSQL on ${PG_PORT})…`);
  const server = startServer(port);
  let browser: Browser | null = null;
  let db: pg.Client | null = null;
  const onSignal = () => {
    log("interrupted: cleaning up");
    void Promise.resolve(browser?.close())
      .catch(() => undefined)
      .then(() => stopServer(server))
      .finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const t0 = performance.now();
    await waitForHealth(base, server);
    log(`server healthy after ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const databaseUrl = fs.readFileSync(path.join(root, ".vigie", "e2e", "database-url"), "utf8").trim();
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const activation = await db.query<{ id: string }>(`SELECT id FROM "Activation" WHERE slug = $1`, [SLUG]);
    if (!activation.rows[0]) throw new Error(`demo activation ${SLUG} not found`);
    const activationId = activation.rows[0].id;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

    await pauseReplay(browser, base, activationId);
    log(`demo replay source "${REPLAY_NAME}" paused through the Sources page`);

    const secret = randomBytes(32).toString("base64url");
    const source = await db.query<{ id: string }>(
      `INSERT INTO "Source" (id, "activationId", kind, name, config, secret, "updatedAt")
       VALUES (gen_random_uuid(), $1, 'WEBHOOK', 'bench', '{"applyWatchFilter": false}', $2, now()) RETURNING id`,
      [activationId, secret],
    );
    const sourceId = source.rows[0].id;
    await db.end();
    db = null;

    const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await login(page, base, VOLUNTEER);
    await page.goto(`${base}/activations/${activationId}/feed`);
    await page.getByTestId("feed-list").waitFor({ timeout: 30_000 });

    // Warm-up: one signed post, seen live, proves the socket is connected and the route compiled.
    const warmBody = JSON.stringify({ events: [{ ...syntheticPost(), text: `Bench warm-up ${runTag} : la digue de Saubusse tient #crue` }] });
    const warm = await fetch(`${base}/api/ingest/${sourceId}`, {
      method: "POST",
      body: warmBody,
      headers: { "content-type": "application/json", "x-vigie-signature": `sha256=${createHmac("sha256", secret).update(warmBody).digest("hex")}` },
    });
    if (!warm.ok) throw new Error(`warm-up webhook refused: HTTP ${warm.status} ${await warm.text()}`);
    await page.getByText(`Bench warm-up ${runTag}`).first().waitFor({ timeout: 30_000 });
    await sleep(1000); // let the page settle (fonts, images failing, layout)
    const countBefore = countFromText(await page.getByTestId("feed-count").textContent());

    await page.evaluate(INSTALL_INSTRUMENTATION);
    log(`pushing ${EVENTS_PER_TICK} posts every ${TICK_MS} ms for ${WINDOW_MS / 1000} s to the feed of ${SLUG} (${countBefore} posts shown before)…`);
    const push = await pushPosts(base, sourceId, secret);
    await sleep(1000);
    const figures = (await page.evaluate(COLLECT_INSTRUMENTATION)) as PageFigures;
    const countAfter = countFromText(await page.getByTestId("feed-count").textContent());
    const renderedCards = await page.getByTestId("feed-post").count();
    await context.close();

    const droppedPercent = figures.frames + figures.dropped ? (figures.dropped / (figures.frames + figures.dropped)) * 100 : 0;
    const postsPerSecond = push.elapsedMs ? push.stored / (push.elapsedMs / 1000) : 0;
    const fps = figures.windowMs ? ((figures.frames - 1) / figures.windowMs) * 1000 : 0;

    const lines: string[] = [];
    lines.push(`bench:feed — ${push.pushed} posts pushed in ${push.requests} signed webhook requests of ${EVENTS_PER_TICK} (every ${TICK_MS} ms, ${WINDOW_MS / 1000} s)`);
    lines.push(`  posts stored:           ${push.stored} (${postsPerSecond.toFixed(1)} posts/s over ${(push.elapsedMs / 1000).toFixed(1)} s until the last answer); failed requests: ${push.failures}${push.firstFailure ? ` (first: ${push.firstFailure})` : ""}`);
    lines.push(`  webhook answers:        mean ${push.meanResponseMs.toFixed(0)} ms, slowest ${push.maxResponseMs.toFixed(0)} ms; sender late by at most ${push.maxLateMs.toFixed(0)} ms`);
    lines.push(`  posts shown in feed:    ${countAfter} (was ${countBefore}: +${countAfter - countBefore}); ${renderedCards} cards in the DOM (virtualised)`);
    lines.push(`  frames:                 ${figures.frames} in ${(figures.windowMs / 1000).toFixed(1)} s (${fps.toFixed(1)} fps), ${figures.dropped} dropped = ${droppedPercent.toFixed(1)} % (target ≤ 10 %); longest frame gap ${figures.longestInterval.toFixed(0)} ms`);
    lines.push(
      `  long tasks (> 50 ms):   ${figures.observedLongTasks ? `${figures.longTasks}, longest ${figures.longestTaskMs.toFixed(0)} ms, total ${figures.longTaskTotalMs.toFixed(0)} ms (target: none over 100 ms)` : "not observable in this browser"}`,
    );
    lines.push(`  page errors:            ${pageErrors.length}${pageErrors.length ? ` (first: ${pageErrors[0]})` : ""}`);
    lines.push(`  replay source:          paused (only the bench's posts arrived)`);
    lines.push(`  machine:                ${os.cpus().length} cores, ${cpuModel()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${(await browser.version()) || "Chromium"} headless; server, PostgreSQL, browser and sender share these cores`);
    lines.push(
      JSON.stringify({
        postsPerSecond: Math.round(postsPerSecond * 10) / 10,
        droppedFramesPercent: Math.round(droppedPercent * 10) / 10,
        longestTaskMs: Math.round(figures.longestTaskMs),
      }),
    );
    return lines;
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    await db?.end().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    log("stopping the server…");
    await stopServer(server);
  }
}

main().then(
  (lines) => {
    // Printed once everything is stopped, so the JSON object is the very last line.
    console.log("");
    for (const line of lines) console.log(line);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`bench:feed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
