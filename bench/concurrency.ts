/**
 * A refresh storm: N `generate` processes started at once on the in-repo example, as
 * argocd-cmp-server starts one per request, with the sidecar's render limit
 * (ARGOCD_ATLAS_MAX_RENDERS) at several values, 0 being no limit.
 *
 * Memory is the peak of what the processes cost together, as the container's memory cgroup
 * charges them: each process's private pages plus the pages they share (Node.js itself) once,
 * sampled from /proc/<pid>/smaps_rollup every 20 ms. "Last one waited" is the longest time a
 * process waited for its slot (the launcher says it with ARGOCD_ATLAS_DEBUG set). Apart from the
 * storms, the private memory of one render alone (its peak) and of one process waiting for a
 * slot give the bound the limit sets whatever the number of cores: N waiting + limit renders.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import slots from "../src/cli/render-slots.cjs";
import type { BenchContext, Section, Target } from "./benchmarks.js";
import { fmt, median } from "./measure.js";

/** Processes started at once. */
export const stormSize = 50;
/** The memory limit the install files give the sidecar, and what is left for renders beside the CMP server. */
const containerLimitMiB = 512;

interface Storm {
  limit: number;
  peakMiB: number;
  wallMs: number;
  lastWaitsMs: number;
  failed: number;
}

/** What a process costs on its own (private pages, KiB) and what it shares (file pages of node, KiB). */
function memory(pid: number): { own: number; shared: number } {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
    return { own: field("Private_Clean") + field("Private_Dirty"), shared: field("Shared_Clean") + field("Shared_Dirty") };
  } catch {
    return { own: 0, shared: 0 };
  }
}

/** The memory of processes together: each one's private pages, plus the shared pages once (as a memory cgroup charges them). */
function together(pids: readonly number[]): number {
  let own = 0;
  let shared = 0;
  for (const pid of pids) {
    const m = memory(pid);
    own += m.own;
    shared = Math.max(shared, m.shared);
  }
  return own + shared;
}

async function storm(cli: string, cwd: string, env: Record<string, string>, n: number, limit: number): Promise<Storm> {
  const started = performance.now();
  const ends: number[] = [];
  let failed = 0;
  const waits: number[] = [];
  const children = Array.from({ length: n }, () => {
    const child = spawn(process.execPath, [cli, "generate"], {
      cwd,
      env: { ...env, ARGOCD_ATLAS_DEBUG: "1", ARGOCD_ATLAS_MAX_RENDERS: String(limit) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.stderr.on("end", () => waits.push(Number(/waited (\d+) ms for a render slot/.exec(stderr)?.[1] ?? 0)));
    return child;
  });
  const done = Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) =>
          c.on("close", (code) => {
            ends.push(performance.now() - started);
            if (code !== 0) failed++;
            resolve();
          }),
        ),
    ),
  );
  let peak = 0;
  let running = true;
  void done.then(() => (running = false));
  while (running) {
    const total = together(children.filter((c) => c.exitCode === null && c.pid).map((c) => c.pid!));
    peak = Math.max(peak, total);
    await new Promise((r) => setTimeout(r, 20));
  }
  await done;
  const wallMs = Math.max(...ends);
  return { limit, peakMiB: peak / 1024, wallMs, lastWaitsMs: Math.max(...waits, 0), failed };
}

/** The peak of one `generate`'s private memory (KiB), sampled every 2 ms. */
async function peakPss(cli: string, cwd: string, env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, [cli, "generate"], { cwd, env, stdio: "ignore" });
  let peak = 0;
  let running = true;
  const done = new Promise<void>((resolve) => child.on("close", () => resolve()));
  void done.then(() => (running = false));
  while (running) {
    if (child.pid) peak = Math.max(peak, memory(child.pid).own);
    await new Promise((r) => setTimeout(r, 2));
  }
  return peak;
}

export async function concurrencyBenchmark(ctx: BenchContext): Promise<Section> {
  const work = mkdtempSync(join(tmpdir(), "argocd-atlas-bench-storm-"));
  try {
    cpSync(join(ctx.repoRoot, "examples/in-repo"), work, { recursive: true });
    mkdirSync(join(work, ".git"));
    const cwd = join(work, "deploy");
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: work,
      TMPDIR: work,
      ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "environment", string: "prod" }]),
      ARGOCD_APP_NAMESPACE: "shop",
      ARGOCD_APP_NAME: "shop-prod",
    };
    const alone = Array.from({ length: 5 }, () => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [ctx.cli, "generate"], { cwd, env, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`generate failed: ${r.stderr}`);
      return performance.now() - t;
    });
    const aloneMs = median(alone);
    const render = await peakPss(ctx.cli, cwd, env);
    // One process waiting: this process holds the only slot.
    const slotDir = join(work, `argocd-atlas-renders-${process.getuid?.() ?? "user"}`);
    mkdirSync(slotDir, { recursive: true });
    const held = join(slotDir, `t-1-${process.pid}.${slots.processStart(process.pid) ?? "0"}`);
    writeFileSync(held, "");
    const waiting = await peakPss(ctx.cli, cwd, { ...env, ARGOCD_ATLAS_MAX_RENDERS: "1", ARGOCD_ATLAS_RENDER_WAIT_MS: "1500" });
    rmSync(held);
    const storms: Storm[] = [];
    const canSample = existsSync("/proc/self/smaps_rollup");
    for (const limit of [0, 4, 8]) storms.push(await storm(ctx.cli, cwd, env, stormSize, limit));
    const lines = [
      `  one generate of examples/in-repo (env prod) alone: ${fmt(aloneMs, 0)} ms, private memory at its peak ${fmt(render / 1024)} MiB; one waiting for a slot: ${fmt(waiting / 1024)} MiB`,
      `  bound at limit L for ${stormSize} at once, on any number of cores: ${stormSize} x ${fmt(waiting / 1024)} + L x ${fmt(render / 1024)} MiB (L=4: ${fmt((stormSize * waiting + 4 * render) / 1024)} MiB; no limit: ${fmt((stormSize * render) / 1024)} MiB)`,
      `  ${stormSize} started at once:`,
      `  ARGOCD_ATLAS_MAX_RENDERS  peak memory     last one done  last one waited  failed`,
      ...storms.map(
        (s) =>
          `  ${String(s.limit === 0 ? "0 (no limit)" : s.limit).padEnd(24)} ${`${fmt(s.peakMiB)} MiB`.padStart(14)}  ${`${fmt(s.wallMs / 1000, 2)} s`.padStart(13)}  ${`${fmt(s.lastWaitsMs / 1000, 2)} s`.padStart(15)}  ${s.failed}`,
      ),
      ...(canSample ? [] : ["  (no /proc/<pid>/smaps_rollup here: memory not measured)"]),
    ];
    const chosen = storms.find((s) => s.limit === 4)!;
    const targets: Target[] = [
      {
        what: `peak memory of ${stormSize} concurrent generates at the default limit (4)`,
        value: `${fmt(chosen.peakMiB)} MiB`,
        limit: `< ${containerLimitMiB / 2} MiB (half the sidecar's limit)`,
        met: !canSample || chosen.peakMiB < containerLimitMiB / 2,
      },
      {
        what: `time the last of ${stormSize} concurrent generates waits at the default limit`,
        value: `${fmt(chosen.lastWaitsMs / 1000, 2)} s`,
        limit: "< 30 s (ARGOCD_ATLAS_RENDER_WAIT_MS; Argo CD's deadline is 60 s)",
        met: chosen.lastWaitsMs < 30_000 && chosen.failed === 0,
      },
    ];
    return {
      title: `Refresh storm: ${stormSize} concurrent generates`,
      lines,
      targets,
      data: { aloneMs, renderPrivateKiB: render, waitingPrivateKiB: waiting, storms },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
