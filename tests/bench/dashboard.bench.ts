/**
 * npm run bench:dashboard — 1,000,000 posts and 100,000 reports generated in
 * PostgreSQL (generate_series, server side), then every query of the crisis
 * dashboard (lib/dashboard/get-dashboard.ts) timed sequentially, and a
 * situation report (figures + PDF) built several times. Prints p50/p95 per
 * query; the last line is one JSON object. Figures, never pass/fail.
 * Own embedded PostgreSQL (port VIGIE_BENCH_DASHBOARD_PG_PORT, default 54423).
 */
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrate";

const POSTS = Number(process.env.BENCH_POSTS ?? 1_000_000);
const REPORTS = Number(process.env.BENCH_REPORTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
const PORT = Number(process.env.VIGIE_BENCH_DASHBOARD_PG_PORT ?? 54423);
const HOURS = 72;
const root = path.resolve(__dirname, "../..");

const log = (line: string) => console.log(`[bench:dashboard] ${line}`);
const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number) => Math.round(n * 10) / 10;
const CATEGORIES = ["flooded_road", "people_in_danger", "flooded_building", "power_cut", "evacuation", "other"];
const COMMUNES = ["Dax", "Mont-de-Marsan", "Tartas", "Saint-Sever", "Aire-sur-l'Adour", "Peyrehorade", "Saint-Paul-lès-Dax", "Hagetmau", "Mimizan", "Biscarrosse", "Capbreton", "Soustons", "Morcenx", "Rion-des-Landes", "Pontonx-sur-l'Adour", "Grenade-sur-l'Adour", "Saint-Vincent-de-Tyrosse", "Labenne", "Ondres", "Tarnos"];

async function main(): Promise<void> {
  let cluster: EmbeddedPostgres | null = null;
  let closePools: () => Promise<void> = async () => undefined;
  try {
    cluster = await startEmbeddedPostgres({ dataDir: path.join(root, ".vigie", "bench-dashboard", "pgdata"), port: PORT, database: "postgres" });
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS vigie_bench_dashboard WITH (FORCE)`);
    await admin.query(`CREATE DATABASE vigie_bench_dashboard`);
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = "/vigie_bench_dashboard";
    process.env.DATABASE_URL = url.toString();
    await applyMigrations(url.toString(), path.join(root, "prisma", "migrations"));
    const { db, disconnectDb } = await import("../../lib/db/client");
    const { pgPool, closePgPool } = await import("../../lib/db/pg-pool");
    closePools = async () => {
      await closePgPool().catch(() => undefined);
      await disconnectDb().catch(() => undefined);
    };
    const { DASHBOARD_QUERIES } = await import("../../lib/dashboard/get-dashboard");
    const { forgetPostBuckets } = await import("../../lib/dashboard/post-buckets");
    const { buildSitrepData } = await import("../../lib/sitrep/build-sitrep-data");
    const { renderSitrepPdf } = await import("../../lib/sitrep/render-sitrep-pdf");
    log(`machine: ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map(round).join(" ")}`);

    // --- Seed -------------------------------------------------------------------------------------
    const org = await db().organization.create({ data: { name: "Protection civile des Landes (bench)", type: "VOLUNTEER_ASSOCIATION" } });
    const user = await db().user.create({ data: { email: "coord@bench.local", name: "Coordination", role: "COORDINATOR", organizationId: org.id, passwordHash: "x" } });
    const now = new Date();
    const activation = await db().activation.create({
      data: {
        name: "Crue de l'Adour (bench)", slug: "bench-dashboard", hazard: "flood", status: "ACTIVE", activatedAt: new Date(now.getTime() - HOURS * 3600_000), area: {},
        bboxWest: -1.53, bboxSouth: 43.49, bboxEast: 0.14, bboxNorth: 44.53, departements: ["40"], ownerOrganizationId: org.id, createdById: user.id,
        reportCategories: CATEGORIES.map((code) => ({ code, label: { fr: code, en: code } })),
      },
    });
    const id = activation.id;
    const seed = await pgPool().connect();
    const started = Date.now();
    try {
      await seed.query(`SELECT setseed(0.42)`);
      await seed.query(`SET synchronous_commit = off`);
      // Posts spread over the activation's 72 hours, denser lately; a few hundred in the last ten minutes.
      await seed.query(
        `INSERT INTO "Post" ("activationId", network, "externalId", "authorHandle", "text", lang, "postedAt", "ingestedAt", "contentHash")
         SELECT $1, CASE WHEN i % 3 = 0 THEN 'bluesky' ELSE 'mastodon' END, 'b' || i, '@user' || (i % 5000),
                'L''Adour déborde, message ' || i, 'fr', t - interval '20 seconds', t, md5(i::text)
         FROM (SELECT i, $3::timestamptz - make_interval(secs => ($4 * 3600) * power(random(), 1.6)) AS t FROM generate_series(1, $2) AS i) s`,
        [id, POSTS, now, HOURS],
      );
      log(`${POSTS} posts in ${round((Date.now() - started) / 1000)} s`);
      const reportsStart = Date.now();
      await seed.query(
        `INSERT INTO "Report" (id, "activationId", title, category, severity, lat, lon, precision, "placeName", "observedAt", tags, status, currency, "createdAt", "updatedAt", "createdById")
         SELECT gen_random_uuid(), $1, 'Remontée ' || i, ($3::text[])[1 + i % 6], 1 + (i % 4), 43.5 + random(), -1.5 + random() * 1.6,
                CASE WHEN i % 4 = 0 THEN 'point' ELSE 'commune' END, ($4::text[])[1 + (i * 7) % array_length($4::text[], 1)], t, '{}',
                (CASE WHEN i % 10 < 4 THEN 'CONFIRMED' WHEN i % 10 < 6 THEN 'IN_VERIFICATION' WHEN i % 10 < 8 THEN 'NEW' WHEN i % 10 = 8 THEN 'FALSE' ELSE 'UNCONFIRMABLE' END)::"ReportStatus",
                (CASE WHEN i % 7 = 0 THEN 'RESOLVED' ELSE 'CURRENT' END)::"ReportCurrency", t, t + interval '5 minutes', $6
         FROM (SELECT i, $5::timestamptz - make_interval(secs => ($7 * 3600) * power(random(), 1.4)) AS t FROM generate_series(1, $2) AS i) s`,
        [id, REPORTS, CATEGORIES, COMMUNES, now, user.id, HOURS],
      );
      // Every confirmation leaves its audit entry (the "confirmed in the last hour" figure reads them).
      await seed.query(
        `INSERT INTO "AuditLog" ("actorId", action, entity, "entityId", "activationId", before, after, at)
         SELECT $2, 'report.review.agreed', 'Report', r.id::text, $1, '{"status":"IN_VERIFICATION"}', '{"status":"CONFIRMED"}', r."updatedAt"
         FROM "Report" r WHERE r."activationId" = $1 AND r.status = 'CONFIRMED'`,
        [id, user.id],
      );
      await seed.query(
        `INSERT INTO "Escalation" (id, "activationId", "reportId", message, status, "createdAt", "acknowledgedByName", "acknowledgedAt", answer)
         SELECT gen_random_uuid(), $1, r.id, 'Urgent', CASE WHEN n % 3 = 0 THEN 'OPEN' ELSE 'ACKNOWLEDGED' END::"EscalationStatus", r."createdAt",
                CASE WHEN n % 3 = 0 THEN NULL ELSE 'Préfecture' END, CASE WHEN n % 3 = 0 THEN NULL ELSE r."createdAt" + interval '4 minutes' END,
                CASE WHEN n % 3 = 0 THEN NULL ELSE 'Secours engagés' END
         FROM (SELECT id, "createdAt", row_number() OVER () AS n FROM "Report" WHERE "activationId" = $1 AND severity = 4 LIMIT 300) r`,
        [id],
      );
      await seed.query(
        `INSERT INTO "Rumour" (id, "activationId", claim, status, "createdAt", "updatedAt")
         SELECT gen_random_uuid(), $1, 'Rumeur ' || i, (CASE WHEN i % 3 = 0 THEN 'DEBUNKED' ELSE 'UNDER_WATCH' END)::"RumourStatus", $2::timestamptz - make_interval(hours => i), $2
         FROM generate_series(1, 60) i`,
        [id, now],
      );
      await seed.query(
        `INSERT INTO "RumourPost" ("rumourId", "postId") SELECT r.id, p.id FROM (SELECT id, row_number() OVER () AS n FROM "Rumour") r
         JOIN LATERAL (SELECT id FROM "Post" WHERE "activationId" = $1 AND id % 60 = r.n - 1 LIMIT 40) p ON true`,
        [id],
      );
      await seed.query(
        `INSERT INTO "RelayMessage" (id, "activationId", kind, status, title, body, "publishedAt", "withdrawnAt", "updatedAt")
         SELECT gen_random_uuid(), $1, 'SAFETY', (CASE WHEN i % 4 = 0 THEN 'WITHDRAWN' ELSE 'PUBLISHED' END)::"RelayStatus", 'Consigne ' || i, '…',
                $2::timestamptz - make_interval(hours => i), CASE WHEN i % 4 = 0 THEN $2::timestamptz ELSE NULL END, $2
         FROM generate_series(1, 40) i`,
        [id, now],
      );
      await seed.query(`INSERT INTO "RelayPublication" (id, "messageId", network, at) SELECT gen_random_uuid(), id, 'mastodon', "publishedAt" FROM "RelayMessage"`);
      await seed.query(
        `INSERT INTO "Source" (id, "activationId", kind, name, status, "lastItemAt", "updatedAt") SELECT gen_random_uuid(), $1, 'MASTODON', 'Source ' || i, 'RUNNING', $2, $2 FROM generate_series(1, 6) i`,
        [id, now],
      );
      log(`${REPORTS} reports and their audit, escalations, rumours, relay messages in ${round((Date.now() - reportsStart) / 1000)} s`);
      // What autovacuum does on a live system: statistics and the visibility map (index-only scans).
      const vacuumStart = Date.now();
      await seed.query(`VACUUM ANALYZE "Post"`);
      await seed.query(`VACUUM ANALYZE "Report"`);
      await seed.query(`VACUUM ANALYZE "AuditLog"`);
      await seed.query(`VACUUM ANALYZE "ReportTally"`);
      await seed.query(`ANALYZE`);
      log(`vacuum analyze in ${round((Date.now() - vacuumStart) / 1000)} s`);
    } finally {
      seed.release();
    }

    // --- Queries ------------------------------------------------------------------------------------
    const scope = { activationId: id, now };
    // The settled post buckets are counted once per process (then every half hour): time that cold count apart.
    forgetPostBuckets();
    const coldStart = performance.now();
    await DASHBOARD_QUERIES.trends(scope);
    const coldMs = round(performance.now() - coldStart);
    log(`trends, cold (settled post buckets counted): ${coldMs} ms`);
    const p95s: Record<string, number> = {};
    for (const [name, query] of Object.entries(DASHBOARD_QUERIES)) {
      // Like the live page: the present at each call (report counts then come from the live tallies).
      await query({ activationId: id, now: new Date() }); // warm-up
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        await query({ activationId: id, now: new Date() });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      p95s[name] = round(pct(times, 95));
      log(`${name.padEnd(20)} p50 ${round(pct(times, 50))} ms  p95 ${p95s[name]} ms`);
    }

    // A situation report about a past moment counts the reports themselves (no tallies): shown apart.
    for (const name of ["reportFigures", "affectedCommunes"] as const) {
      const past = { activationId: id, now: new Date(now.getTime() - 60_000) };
      const times: number[] = [];
      for (let run = 0; run < Math.min(RUNS, 10); run++) {
        const start = performance.now();
        await DASHBOARD_QUERIES[name](past);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      log(`${name} as of a past moment (scan): p50 ${round(pct(times, 50))} ms  p95 ${round(pct(times, 95))} ms`);
    }

    // --- Situation report (as of the seed's end, a past moment by now): figures frozen, then the PDF ---
    const pdfTimes: number[] = [];
    const dataTimes: number[] = [];
    let pages = 0;
    for (let run = 0; run < PDF_RUNS; run++) {
      const start = performance.now();
      const data = await buildSitrepData(id, now);
      const built = performance.now();
      const pdf = await renderSitrepPdf({ id: "bench", number: run + 1, asOf: now, summary: "Synthèse du banc d'essai.", authorName: "Coordination", createdAt: now, updatedAt: now, data });
      pdfTimes.push(performance.now() - start);
      dataTimes.push(built - start);
      pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    }
    pdfTimes.sort((a, b) => a - b);
    dataTimes.sort((a, b) => a - b);
    log(`situation report: figures p50 ${round(pct(dataTimes, 50))} ms; figures + PDF (${pages} pages) p50 ${round(pct(pdfTimes, 50))} ms  p95 ${round(pct(pdfTimes, 95))} ms`);
    const result = { posts: POSTS, reports: REPORTS, maxQueryP95Ms: Math.max(...Object.values(p95s)), queries: p95s, pdfMs: round(pct(pdfTimes, 95)), trendsColdMs: coldMs };
    console.log(JSON.stringify(result));
  } finally {
    await closePools();
    await cluster?.stop().catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
