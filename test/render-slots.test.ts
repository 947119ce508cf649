/**
 * The sidecar's render limit (src/cli/render-slots.cts): processes share it through a directory of
 * tickets. Outcomes only, no timings: with a limit of 1, concurrent processes never overlap; a
 * ticket whose process is gone (or whose pid now belongs to another process) is taken over; a
 * live one makes `generate` wait, then give up with one line; the launcher takes a slot before
 * anything else.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import slots from "../src/cli/render-slots.cjs";
import { repoRoot } from "./run.js";

let base: string;
before(() => {
  base = mkdtempSync(join(tmpdir(), "argocd-atlas-slots-"));
  if (!existsSync(join(repoRoot, "dist/cli.cjs"))) {
    const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
    assert.equal(build.status, 0, build.stderr);
  }
});
after(() => rmSync(base, { recursive: true, force: true }));

/** A pid that no longer runs. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", ""]);
  return r.pid!;
}

function ticket(dir: string, number: number, pid: number, start: string): string {
  mkdirSync(dir, { recursive: true });
  const name = `t-${number}-${pid}.${start}`;
  closeSync(openSync(join(dir, name), "wx"));
  return name;
}

describe("render slots", () => {
  it("with a limit of 1, concurrent processes never hold a slot together", async () => {
    const dir = join(base, "overlap");
    const markers = join(base, "overlap-markers");
    mkdirSync(markers);
    const script = join(base, "holder.mts");
    writeFileSync(
      script,
      `import slots from ${JSON.stringify(join(repoRoot, "src/cli/render-slots.cts"))};
import { closeSync, openSync, readdirSync, unlinkSync } from "node:fs";
const [dir, markers] = process.argv.slice(2);
let overlaps = 0;
for (let round = 0; round < 3; round++) {
  const slot = slots.acquireSlot({ dir, limit: 1, waitMs: 120000, pollMs: 5 });
  if (!slot.held) process.exit(4);
  const mine = markers + "/" + process.pid;
  closeSync(openSync(mine, "wx"));
  for (let i = 0; i < 5; i++) {
    if (readdirSync(markers).length !== 1) overlaps++;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
  }
  unlinkSync(mine);
  slot.release();
}
process.exit(overlaps === 0 ? 0 : 3);
`,
    );
    const codes = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<number>((resolve) => {
            const child = spawn(process.execPath, ["--import", "tsx", script, dir, markers], { cwd: repoRoot, stdio: "ignore" });
            child.on("close", (code) => resolve(code ?? -1));
          }),
      ),
    );
    assert.deepEqual(codes, [0, 0, 0, 0, 0, 0], "exit 3: two processes held the slot at once");
    assert.deepEqual(readdirSync(dir), [], "every ticket is removed");
  });

  it("takes over a ticket whose process is gone, or whose pid another process now has", () => {
    const dir = join(base, "stale");
    const dead = ticket(dir, 1, deadPid(), "12345");
    // A live process (this one's parent) with another start time: a reused pid.
    const reused = ticket(dir, 2, process.ppid, "1");
    const slot = slots.acquireSlot({ dir, limit: 1, waitMs: 60_000 });
    assert.equal(slot.held, true);
    const left = readdirSync(dir);
    assert.ok(!left.includes(dead) && !left.includes(reused), `stale tickets removed: ${left.join(", ")}`);
    if (slot.held) slot.release();
    assert.deepEqual(readdirSync(dir), []);
  });

  it("waits behind a live holder, then gives up and leaves no ticket", () => {
    const dir = join(base, "busy");
    const held = ticket(dir, 1, process.pid, slots.processStart(process.pid) ?? "0");
    const slot = slots.acquireSlot({ dir, limit: 1, waitMs: 50 });
    assert.deepEqual({ held: slot.held, ahead: slot.held ? 0 : slot.ahead }, { held: false, ahead: 1 });
    assert.deepEqual(readdirSync(dir), [held]);
    // A limit of 2 lets it through.
    const second = slots.acquireSlot({ dir, limit: 2, waitMs: 60_000 });
    assert.equal(second.held, true);
    if (second.held) second.release();
  });

  describe("generate, through the installed launcher", () => {
    const uid = process.getuid?.() ?? "user";
    function generate(tmp: string, env: Record<string, string>) {
      const work = join(tmp, "repo");
      if (!existsSync(work)) {
        cpSync(join(repoRoot, "examples/in-repo"), work, { recursive: true });
        mkdirSync(join(work, ".git"));
      }
      return spawnSync(process.execPath, [join(repoRoot, "dist/cli.cjs"), "generate"], {
        cwd: join(work, "deploy"),
        env: {
          PATH: process.env.PATH ?? "",
          HOME: tmp,
          TMPDIR: tmp,
          ARGOCD_APP_PARAMETERS: '[{"name":"environment","string":"prod"}]',
          ARGOCD_APP_NAMESPACE: "shop",
          ...env,
        },
        encoding: "utf8",
      });
    }

    it("gives up with one line when the slots stay taken, renders with no limit, and takes over a dead holder's slot", () => {
      const tmp = join(base, "launcher");
      mkdirSync(tmp);
      chmodSync(tmp, 0o755);
      const dir = join(tmp, `argocd-atlas-renders-${uid}`);
      const held = ticket(dir, 1, process.pid, slots.processStart(process.pid) ?? "0");
      const busy = generate(tmp, { ARGOCD_ATLAS_MAX_RENDERS: "1", ARGOCD_ATLAS_RENDER_WAIT_MS: "100" });
      assert.equal(busy.status, 1);
      assert.equal(busy.stdout, "");
      assert.match(
        busy.stderr,
        /^argocd-atlas: 1 render was ahead of this one in the sidecar for [\d.]+ s \(ARGOCD_ATLAS_MAX_RENDERS=1\): gave up to stay within Argo CD's deadline; refresh the Application again, and see "Many Applications at once" in the plugin's README\n$/,
      );
      const unlimited = generate(tmp, { ARGOCD_ATLAS_MAX_RENDERS: "0" });
      assert.equal(unlimited.status, 0, unlimited.stderr);
      assert.match(unlimited.stdout, /kind: AtlasMigration/);

      rmSync(join(dir, held));
      ticket(dir, 1, deadPid(), "777");
      const afterCrash = generate(tmp, { ARGOCD_ATLAS_MAX_RENDERS: "1", ARGOCD_ATLAS_RENDER_WAIT_MS: "60000" });
      assert.equal(afterCrash.status, 0, afterCrash.stderr);
      assert.equal(afterCrash.stdout, unlimited.stdout);
      assert.equal(afterCrash.stderr, "");
      assert.deepEqual(readdirSync(dir), [], "the stale ticket and its own are gone");
    });
  });
});
