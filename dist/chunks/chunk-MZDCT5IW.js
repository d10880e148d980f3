import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/scope/git.ts
import { spawn } from "node:child_process";
function git(cwd, args, signal) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-c", "core.quotepath=false", ...args], {
      cwd,
      signal,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
      stdio: ["ignore", "pipe", "pipe"]
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.on("error", reject);
    child.on(
      "close",
      (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8").trim() })
    );
  });
}
async function gitText(cwd, args, signal) {
  const r = await git(cwd, args, signal);
  if (r.code !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr || `exit ${r.code}`}`);
  return r.stdout.toString("utf8");
}
async function gitOk(cwd, args, signal) {
  return (await git(cwd, args, signal)).code === 0;
}

export {
  git,
  gitText,
  gitOk
};
