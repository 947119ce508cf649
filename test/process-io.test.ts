/**
 * The process's own streams (src/cli/io.ts): output that stdout cannot take (the reader gone, the
 * disk full) is one line on stderr and exit 74, never a stack trace.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { repoRoot, tempRepo } from "./run.js";

let repo: { dir: string; cleanup: () => void };
const cli = join(repoRoot, "dist/cli.cjs");
before(() => {
  if (!existsSync(cli)) {
    const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
    assert.equal(build.status, 0, build.stderr);
  }
  repo = tempRepo({}, join(repoRoot, "examples/in-repo"));
  mkdirSync(join(repo.dir, "tmp"));
});
after(() => repo.cleanup());

const env = () => ({ PATH: process.env.PATH ?? "", HOME: join(repo.dir, "tmp"), TMPDIR: join(repo.dir, "tmp") });

describe("writing the output", () => {
  it("says in one line that the reader is gone (EPIPE)", async () => {
    const child = spawn(process.execPath, [cli, "render", "deploy", "-e", "prod"], { cwd: repo.dir, env: env(), stdio: ["ignore", "pipe", "pipe"] });
    // Close the only read end before the process writes: its write fails with EPIPE.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.deepEqual({ code, stderr }, { code: 74, stderr: "argocd-atlas: cannot write to stdout (EPIPE: the reader closed it); the output is incomplete\n" });
  });

  it("says in one line that the disk is full (ENOSPC)", (t) => {
    if (!existsSync("/dev/full")) return t.skip("no /dev/full here");
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [cli, "render", "deploy", "-e", "prod"], {
        cwd: repo.dir,
        env: env(),
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
      });
      assert.deepEqual(
        { code: r.status, stderr: r.stderr },
        { code: 74, stderr: "argocd-atlas: cannot write to stdout (ENOSPC: no space left on the device); the output is incomplete\n" },
      );
    } finally {
      closeSync(full);
    }
  });

  it("writes the whole output through a pipe that is read slowly", async () => {
    const child = spawn(process.execPath, [cli, "render", "deploy", "-e", "prod"], { cwd: repo.dir, env: env(), stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 50));
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    assert.equal(code, 0);
    const direct = spawnSync(process.execPath, [cli, "render", "deploy", "-e", "prod"], { cwd: repo.dir, env: env(), encoding: "utf8" });
    assert.equal(stdout, direct.stdout);
  });
});
