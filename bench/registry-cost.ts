/**
 * Pinning cost benchmark: the CPU time (user + system, from GNU time) of one `generate` that
 * pins (pin.mode render: two candidates and the floating latest, against the registry stand-in
 * run as its own process, no tag cache), next to the same render with its tag written out and
 * no registry. CPU time leaves out the time spent waiting for the network. Target: pinning costs
 * at most twice a plain render.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { git } from "../test/git.js";
import type { Benchmark, Section } from "./benchmarks.js";
import { canMeasureRss, fmt, median } from "./measure.js";
import { startServer } from "./registry.js";

const token = "aci_bench_token";

interface CpuRun {
  cpuMs: number;
  wallMs: number;
  maxRssKiB: number;
}

/** One process through GNU time: CPU (user + system) and max RSS, and the wall time around it. */
function cpuRun(args: string[], cwd: string, env: Record<string, string>): CpuRun {
  const started = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "CPU %U %S %M", process.execPath, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const m = /CPU ([\d.]+) ([\d.]+) (\d+)\n?$/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`generate exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { cpuMs: (Number(m[1]) + Number(m[2])) * 1000, wallMs, maxRssKiB: Number(m[3]) };
}

export const pinningCost: Benchmark = {
  name: "pinning-cost",
  async run(ctx): Promise<Section> {
    if (!canMeasureRss) {
      return { title: "Pinning cost", lines: ["not measured: needs GNU /usr/bin/time (apt-get install time)"], targets: [], data: null };
    }
    const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-bench-"));
    try {
      git(dir, "init", "-q", "-b", "main");
      for (let i = 0; i < 3; i++) git(dir, "commit", "-q", "--allow-empty", "-m", `c${i}`);
      const [head, pushed] = git(dir, "rev-list", "--first-parent", "HEAD").split("\n");
      const version = { "1_init.sql": "CREATE TABLE t (id int);\n" };
      const server = await startServer(ctx.repoRoot, { token, tags: { billing: { [pushed!]: version } }, latest: { billing: version } });
      try {
        const project = (pin: string, remote: string) =>
          [
            "version: 1",
            "defaults:",
            "  urlFrom: {secretKeyRef: {name: db, key: url}}",
            `  cloud: {url: "${server.url}", tokenFrom: {secretKeyRef: {name: atlas-credentials, key: token}}}`,
            `  pin: ${pin}`,
            "databases:",
            `  billing: {dir: {remote: ${remote}}}`,
            "environments:",
            "  prod: {}",
            "",
          ].join("\n");
        // No HOME: no tag cache, so every run asks the registry (the first render of a commit).
        const env = { ATLAS_TOKEN: token, ARGOCD_ATLAS_REGISTRY_URLS: server.url, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_REVISION: head! };
        const measure = (text: string) => {
          writeFileSync(join(dir, "atlas.project.yaml"), text);
          for (let i = 0; i < 3; i++) cpuRun([ctx.cli, "generate"], dir, env);
          return Array.from({ length: Math.max(5, ctx.runs) }, () => cpuRun([ctx.cli, "generate"], dir, env));
        };
        const plainRuns = measure(project("{mode: off}", `{name: billing, tag: "${pushed}"}`));
        const pinRuns = measure(project("{mode: render}", "{name: billing}"));
        const requests = await server.requests();
        const plain = {
          cpuMs: median(plainRuns.map((r) => r.cpuMs)),
          wallMs: median(plainRuns.map((r) => r.wallMs)),
          maxRssKiB: Math.max(...plainRuns.map((r) => r.maxRssKiB)),
        };
        const pin = {
          cpuMs: median(pinRuns.map((r) => r.cpuMs)),
          wallMs: median(pinRuns.map((r) => r.wallMs)),
          maxRssKiB: Math.max(...pinRuns.map((r) => r.maxRssKiB)),
        };
        const ratio = pin.cpuMs / plain.cpuMs;
        const perRun = requests.length / (pinRuns.length + 3);
        return {
          title: "Pinning cost (CPU of a render that pins)",
          lines: [
            `generate with pin.mode render (${perRun} requests a run: 2 candidates and the floating latest, no tag cache) vs the same render with the tag written out, ${pinRuns.length} runs each after 3 warm-up runs:`,
            `  CPU (user + system) median ${fmt(pin.cpuMs, 0)} ms vs ${fmt(plain.cpuMs, 0)} ms = ${ratio.toFixed(2)}x; wall median ${fmt(pin.wallMs, 0)} ms vs ${fmt(plain.wallMs, 0)} ms; max RSS ${fmt(pin.maxRssKiB / 1024)} MiB vs ${fmt(plain.maxRssKiB / 1024)} MiB`,
          ],
          targets: [{ what: "pinning: CPU of a pinning render / a plain render", value: `${ratio.toFixed(2)}x`, limit: "<= 2x", met: ratio <= 2 }],
          data: { plain, pin, ratio, requestsPerRun: perRun },
        };
      } finally {
        server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
