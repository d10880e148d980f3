import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/migrations/trace/server.ts
import { spawn } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      signal: opts.signal,
      env: opts.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d.toString("utf8"));
    child.stderr.on("data", (d) => stderr += d.toString("utf8"));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.on("error", () => {
    });
    child.stdin.end(opts.input ?? "");
  });
}
function findBinDir(env) {
  const candidates = [];
  if (env.PG_BINDIR) candidates.push(env.PG_BINDIR);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian))
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(join(debian, v, "bin"));
  for (const p of (env.PATH ?? "").split(":")) if (p) candidates.push(p);
  return candidates.find((d) => existsSync(join(d, "initdb")) && existsSync(join(d, "pg_ctl")));
}
function findPsql(env, binDir) {
  if (binDir && existsSync(join(binDir, "psql"))) return join(binDir, "psql");
  for (const p of (env.PATH ?? "").split(":")) if (p && existsSync(join(p, "psql"))) return join(p, "psql");
  return void 0;
}
async function asServerUser() {
  if (userInfo().uid !== 0) return { wrap: (c, a) => [c, a] };
  const id = await run("id", ["-u", "postgres"]);
  const gid = await run("id", ["-g", "postgres"]);
  if (id.code !== 0) throw new Error("running as root and there is no `postgres` user to run the trace server as");
  return {
    wrap: (c, a) => ["runuser", ["-u", "postgres", "--", c, ...a]],
    uid: Number(id.stdout.trim()),
    gid: Number(gid.stdout.trim())
  };
}
async function startServer(binDir, signal, settings = []) {
  const user = await asServerUser();
  const dir = mkdtempSync(join(tmpdir(), "lg-pg-"));
  if (user.uid !== void 0) chownSync(dir, user.uid, user.gid ?? user.uid);
  const data = join(dir, "data");
  const exec = async (bin, args) => {
    const [c, a] = user.wrap(join(binDir, bin), args);
    const r = await run(c, a, { signal });
    if (r.code !== 0)
      throw new Error(`${bin} failed: ${(r.stderr || r.stdout).trim().split("\n").slice(-3).join(" ")}`);
  };
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    await exec("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
      "--no-instructions"
    ]);
    const opts = `-c listen_addresses='' -k ${dir} -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${settings.map((x) => ` -c ${x}`).join("")}`;
    await exec("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  } catch (e) {
    cleanup();
    throw e;
  }
  return {
    args: ["-h", dir, "-p", "5432", "-U", "postgres", "-d", "postgres"],
    env: { ...process.env, PGCONNECT_TIMEOUT: "10" },
    psql: findPsql(process.env, binDir),
    description: `a temporary PostgreSQL server (${binDir})`,
    async stop() {
      const [c, a] = user.wrap(join(binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      await run(c, a).catch(() => void 0);
      cleanup();
    }
  };
}
function fromUrl(url, psql) {
  return {
    args: ["-d", url],
    env: { ...process.env, PGCONNECT_TIMEOUT: "10" },
    psql,
    description: "the database in DATABASE_URL",
    stop: async () => {
    }
  };
}

export {
  run,
  findBinDir,
  findPsql,
  startServer,
  fromUrl
};
