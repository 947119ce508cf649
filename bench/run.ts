/**
 * `npx tsx bench/run.ts`: the performance benchmarks, kept out of `npm test` (timings belong
 * here, not in timed tests). Builds the CLI first when dist/ is missing or older than src/, runs
 * every benchmark of bench/benchmarks.ts against dist/cli.cjs as whole processes, prints the
 * figures and the targets (met or missed), and writes the raw numbers to .bench-out/results.json.
 *
 * BENCH_RUNS sets the runs per cold-start measurement (default 30); BENCH_ONLY a substring of
 * the benchmark names to run. Exit code 1 when a target is missed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchContext, benchmarks, packageVersion, type Section, type Target } from "./benchmarks.js";
import { concurrencyBenchmark } from "./concurrency.js";
import { canMeasureRss, median, newestMtime, quantile, runOnce } from "./measure.js";
import { worstCase } from "./worst-case.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(repoRoot, "dist/cli.cjs");

function ensureBuilt(): void {
  const stale =
    !existsSync(cli) ||
    statSync(join(repoRoot, "dist/argocd-atlas.cjs"), { throwIfNoEntry: false }) === undefined ||
    statSync(cli).mtimeMs < newestMtime(join(repoRoot, "src"));
  if (!stale) return;
  console.log("dist/ is missing or older than src/: npm run build");
  const r = spawnSync("npm", ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm run build failed");
}

function machine(): string {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown CPU";
  return `${model}, ${cpus().length} cores, Node.js ${process.version}, ${process.platform}/${process.arch}`;
}

const context: BenchContext = {
  repoRoot,
  cli,
  runs: Number(process.env.BENCH_RUNS ?? 30),
  measure(spec, runs, warmup = 0) {
    for (let i = 0; i < warmup; i++) runOnce(spec);
    const all = Array.from({ length: runs }, () => runOnce(spec));
    const ms = all.map((r) => r.ms);
    const withRss = canMeasureRss ? runOnce(spec, true) : undefined;
    return { runs: all, medianMs: median(ms), p90Ms: quantile(ms, 0.9), maxRssKiB: withRss?.maxRssKiB, first: all[0]! };
  },
};

ensureBuilt();
console.log(`argocd-atlas ${packageVersion(repoRoot)} benchmarks, ${new Date().toISOString().slice(0, 10)}`);
console.log(`machine: ${machine()}`);
console.log(`peak memory: ${canMeasureRss ? "max RSS from GNU /usr/bin/time -f %M" : "not measured (no GNU /usr/bin/time)"}\n`);

const sections: Section[] = [];
const only = process.env.BENCH_ONLY;
for (const benchmark of [...benchmarks, worstCase, { name: "concurrency", run: concurrencyBenchmark }]) {
  if (only && !benchmark.name.includes(only)) continue;
  const started = performance.now();
  const section = await benchmark.run(context);
  sections.push(section);
  console.log(`## ${section.title}  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  for (const line of section.lines) console.log(line);
  console.log("");
}

const targets: Target[] = sections.flatMap((s) => s.targets);
console.log("## Targets");
for (const t of targets) console.log(`  ${t.met ? "met   " : "MISSED"}  ${t.what}: ${t.value} (target ${t.limit})`);

mkdirSync(join(repoRoot, ".bench-out"), { recursive: true });
writeFileSync(
  join(repoRoot, ".bench-out/results.json"),
  `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), sections: sections.map((s) => ({ title: s.title, targets: s.targets, data: s.data })) }, null, 2)}\n`,
);
console.log("\nraw numbers: .bench-out/results.json");
process.exitCode = targets.every((t) => t.met) ? 0 : 1;
