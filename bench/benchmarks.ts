/**
 * The benchmarks `bench/run.ts` runs, in order. Each measures whole processes of the built CLI
 * (dist/cli.cjs), as Argo CD runs it, and returns its lines for the report and its targets.
 *
 * Extension point: a benchmark is a `Benchmark`; add it to `benchmarks` at the bottom (the
 * registry benchmark lives in bench/registry.ts).
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { dataBytes, databasesProject, environmentsProject, filesProject, writeRepo } from "./inputs.js";
import { canMeasureRss, fmt, median, mib, type ProcessSpec, quantile, type Run, runOnce } from "./measure.js";
import { registry } from "./registry.js";
import { pinningCost } from "./registry-cost.js";

export interface Target {
  what: string;
  /** The measured value, formatted. */
  value: string;
  limit: string;
  met: boolean;
}

export interface Section {
  title: string;
  lines: string[];
  targets: Target[];
  /** Raw numbers, written to .bench-out/results.json. */
  data: unknown;
}

export interface BenchContext {
  repoRoot: string;
  /** The built CLI: dist/cli.cjs. */
  cli: string;
  /** Runs per measurement (BENCH_RUNS; the scale benchmarks use a fifth of it, at least 3). */
  runs: number;
  /** Runs `spec` `runs` times (after `warmup` runs), and once more through /usr/bin/time for the peak memory. */
  measure(spec: ProcessSpec, runs: number, warmup?: number): Measured;
}

export interface Measured {
  runs: Run[];
  medianMs: number;
  p90Ms: number;
  maxRssKiB?: number;
  /** The first run, to check its output. */
  first: Run;
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Section | Promise<Section>;
}

function expectOk(r: Run, what: string): void {
  if (r.code !== 0) throw new Error(`${what} exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

// --- cold start ----------------------------------------------------------------------------

export const coldStart: Benchmark = {
  name: "cold start",
  run(ctx) {
    const cwd = join(ctx.repoRoot, "examples/tutorial/manifests");
    const generate: ProcessSpec = { command: process.execPath, args: [ctx.cli, "generate"], cwd, env: { ARGOCD_APP_NAMESPACE: "default" } };
    const bare: ProcessSpec = { command: process.execPath, args: ["-e", "0"], cwd };
    // `version` loads and initialises the same bundle but renders nothing: it splits the cost.
    const version: ProcessSpec = { command: process.execPath, args: [ctx.cli, "version"], cwd };
    expectOk(runOnce(generate), "generate");
    if (runOnce(generate).stdout === "") throw new Error("generate printed nothing");
    // Interleaved, so drift (CPU frequency, other load) hits all alike.
    for (let i = 0; i < 5; i++) for (const s of [generate, bare, version]) runOnce(s);
    const times = { generate: [] as number[], bare: [] as number[], version: [] as number[] };
    for (let i = 0; i < ctx.runs; i++) {
      times.generate.push(runOnce(generate).ms);
      times.bare.push(runOnce(bare).ms);
      times.version.push(runOnce(version).ms);
    }
    const rss = { generate: [] as number[], bare: [] as number[] };
    if (canMeasureRss) {
      for (let i = 0; i < 10; i++) {
        rss.generate.push(runOnce(generate, true).maxRssKiB!);
        rss.bare.push(runOnce(bare, true).maxRssKiB!);
      }
    }
    const ratio = median(times.generate) / median(times.bare);
    const peak = rss.generate.length > 0 ? Math.max(...rss.generate) : undefined;

    // Diagnostic: what the generate process loads and reads (with a preload that records it).
    const traced = runOnce({ ...generate, args: ["-r", join(ctx.repoRoot, "bench/trace-loads.cjs"), ...generate.args] });
    const trace = JSON.parse(/TRACE (.*)\n?$/.exec(traced.stderr)?.[1] ?? "{}") as {
      builtins?: string[];
      modules?: string[];
      reads?: string[];
      compiled?: { filename?: string; bytes: number; cachedData: boolean; cachedDataRejected: boolean }[];
    };
    const reads = (trace.reads ?? []).map((p) => p.replace(`${ctx.repoRoot}/`, ""));
    const bundle = trace.compiled?.find((c) => c.filename?.endsWith("argocd-atlas.cjs"));
    const lines = [
      `generate on examples/tutorial/manifests vs node -e 0, ${ctx.runs} interleaved runs each after 5 warm-up runs:`,
      `  generate    median ${fmt(median(times.generate))} ms, p90 ${fmt(quantile(times.generate, 0.9))} ms`,
      `  node -e 0   median ${fmt(median(times.bare))} ms, p90 ${fmt(quantile(times.bare, 0.9))} ms`,
      `  ratio of medians ${fmt(ratio, 2)}x; generate costs ${fmt(median(times.generate) - median(times.bare))} ms over bare Node: ` +
        `${fmt(median(times.version) - median(times.bare))} ms to load the bundle (median of \`version\`, ${fmt(median(times.version))} ms), ` +
        `${fmt(median(times.generate) - median(times.version))} ms to render`,
      canMeasureRss
        ? `  peak memory (max RSS, /usr/bin/time, 10 runs): generate median ${mib(median(rss.generate))}, max ${mib(peak)}; node -e 0 median ${mib(median(rss.bare))}`
        : "  peak memory: not measured (no GNU /usr/bin/time here; `apt-get install time`)",
      `  loads: ${trace.modules?.length ?? "?"} JS files (${(trace.modules ?? []).map((m) => m.replace(`${ctx.repoRoot}/`, "")).join(", ")}), ` +
        `${trace.builtins?.length ?? "?"} builtin modules (${(trace.builtins ?? []).join(", ")}); ` +
        `files read: ${reads.length} (${reads.join(", ")}); ` +
        `bundle ${bundle ? `${fmt(bundle.bytes / 1024, 0)} KiB, code cache ${bundle.cachedData ? (bundle.cachedDataRejected ? "REJECTED" : "used") : "absent"}` : "not seen"}`,
    ];
    return {
      title: "Cold start",
      lines,
      targets: [
        { what: "cold start: median generate / median node -e 0", value: `${fmt(ratio, 2)}x`, limit: "<= 1.5x", met: ratio <= 1.5 },
        ...(peak === undefined ? [] : [{ what: "cold start: peak memory of generate", value: mib(peak), limit: "< 80 MiB", met: peak < 80 * 1024 }]),
      ],
      data: { times, rssKiB: rss, ratio, trace },
    };
  },
};

// --- scale ---------------------------------------------------------------------------------

interface Point {
  size: number;
  medianMs: number;
  maxRssKiB?: number;
  perItemMs: number;
  /** Per item, after taking off the time of the same command on the smallest input (1 item). */
  marginalPerItemMs: number;
}

function scaleTable(unit: string, points: readonly Point[], baseMs: number): { lines: string[]; ratio: number; marginalRatio: number } {
  const lines = [
    `  ${unit.padStart(9)}  median ms  per ${unit} ms  marginal per ${unit} ms  max RSS`,
    ...points.map(
      (p) =>
        `  ${String(p.size).padStart(9)}  ${fmt(p.medianMs).padStart(9)}  ${fmt(p.perItemMs, 3).padStart(11 + unit.length - 4)}  ${fmt(p.marginalPerItemMs, 3).padStart(20 + unit.length - 4)}  ${mib(p.maxRssKiB)}`,
    ),
  ];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const ratio = last.perItemMs / first.perItemMs;
  const marginalRatio = last.marginalPerItemMs / first.marginalPerItemMs;
  lines.push(
    `  per-${unit} time, largest size / smallest size: ${fmt(ratio, 2)} (fixed start-up spread over more items), marginal: ${fmt(marginalRatio, 2)}` +
      (marginalRatio > 2 ? "  <-- FLAG: superlinear growth" : " (linear: <= 2)"),
    `  (marginal = (median - ${fmt(baseMs)} ms, the same command on a 1-item input) / items)`,
  );
  return { lines, ratio, marginalRatio };
}

function measurePoints(
  ctx: BenchContext,
  sizes: readonly number[],
  make: (size: number) => { files: Record<string, string>; spec: (dir: string) => ProcessSpec; check: (r: Run, size: number) => void },
): { points: Point[]; baseMs: number } {
  const runs = Math.max(3, Math.round(ctx.runs / 5));
  const one = (size: number) => {
    const input = make(size);
    const dir = writeRepo(input.files);
    try {
      const m = ctx.measure(input.spec(dir), runs, 1);
      input.check(m.first, size);
      return m;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const baseMs = one(1).medianMs;
  const points = sizes.map((size) => {
    const m = one(size);
    return { size, medianMs: m.medianMs, maxRssKiB: m.maxRssKiB, perItemMs: m.medianMs / size, marginalPerItemMs: (m.medianMs - baseMs) / size };
  });
  return { points, baseMs };
}

export const scaleDatabases: Benchmark = {
  name: "scale: databases in one environment",
  run(ctx) {
    const sizes = [125, 250, 500, 1000];
    const { points, baseMs } = measurePoints(ctx, sizes, (size) => ({
      files: databasesProject(size),
      spec: (dir) => ({ command: process.execPath, args: [ctx.cli, "render", ".", "-e", "prod", "--namespace", "shop"], cwd: dir }),
      check: (r, n) => {
        expectOk(r, `render of ${n} databases`);
        if (count(r.stdout, "\nkind: AtlasMigration\n") !== n) throw new Error(`render of ${n} databases: wrong object count`);
      },
    }));
    const table = scaleTable("database", points, baseMs);
    const at1000 = points.find((p) => p.size === 1000)!;
    return {
      title: "Scale: N databases in one environment (settings in all four scopes), render -e prod",
      lines: table.lines,
      targets: [
        { what: "1,000 databases in one environment, whole process", value: `${fmt(at1000.medianMs)} ms`, limit: "< 1000 ms", met: at1000.medianMs < 1000 },
        {
          what: "databases: marginal time per database, 1000 vs 125",
          value: fmt(table.marginalRatio, 2),
          limit: "<= 2 (linear)",
          met: table.marginalRatio <= 2,
        },
      ],
      data: { points, baseMs },
    };
  },
};

export const scaleEnvironments: Benchmark = {
  name: "scale: environments x 100 databases",
  run(ctx) {
    const sizes = [1, 2, 5, 10];
    const perEnvironment = 100;
    const lines: string[] = [];
    const data: Record<string, unknown> = {};
    let validate1000 = Number.NaN;
    for (const verb of ["validate", "render"] as const) {
      const { points, baseMs } = measurePoints(
        ctx,
        sizes.map((e) => e * perEnvironment),
        (size) => {
          const environments = Math.max(1, size / perEnvironment);
          return {
            files: environmentsProject(environments, size === 1 ? 1 : perEnvironment),
            spec: (dir) => ({
              command: process.execPath,
              args: verb === "validate" ? [ctx.cli, "validate", "."] : [ctx.cli, "render", ".", "-e", "env-00"],
              cwd: dir,
            }),
            check: (r, n) => {
              expectOk(r, `${verb} of ${n} targets`);
              if (verb === "render" && count(r.stdout, "\nkind: AtlasMigration\n") !== Math.min(n, perEnvironment))
                throw new Error(`${verb}: wrong object count`);
            },
          };
        },
      );
      lines.push(
        verb === "validate"
          ? "validate (renders every environment: environments x 100 targets in one process):"
          : "render -e env-00 (100 targets; the file grows with the environments):",
      );
      const table = scaleTable("target", points, baseMs);
      lines.push(...table.lines);
      data[verb] = { points, baseMs };
      if (verb === "validate") validate1000 = points.find((p) => p.size === 1000)!.medianMs;
    }
    return {
      title: "Scale: 1, 2, 5 and 10 environments x 100 databases",
      lines,
      targets: [
        {
          what: "10 environments x 100 databases, validate (1,000 targets), whole process",
          value: `${fmt(validate1000)} ms`,
          limit: "< 1000 ms",
          met: validate1000 < 1000,
        },
      ],
      data,
    };
  },
};

export const scaleFiles: Benchmark = {
  name: "scale: files in an in-repo directory",
  run(ctx) {
    const sizes = [250, 500, 1000, 2000];
    const bytes: Record<number, number> = {};
    const { points, baseMs } = measurePoints(ctx, sizes, (size) => {
      const files = filesProject(size);
      bytes[size] = dataBytes(files);
      return {
        files,
        spec: (dir) => ({ command: process.execPath, args: [ctx.cli, "render", "deploy"], cwd: dir }),
        check: (r, n) => {
          expectOk(r, `render of ${n} files`);
          if (count(r.stdout, "\nkind: ConfigMap\n") !== 1 || count(r.stdout, ".sql: ") !== n) throw new Error(`render of ${n} files: wrong ConfigMap`);
        },
      };
    });
    const table = scaleTable("file", points, baseMs);
    return {
      title: "Scale: one in-repo directory of N migration files (~350 bytes each) with atlas.sum, render",
      lines: [...table.lines, `  ConfigMap data: ${sizes.map((s) => `${s} files ${fmt(bytes[s]! / 1024, 0)} KiB`).join(", ")} (limit 1024 KiB)`],
      targets: [
        { what: "files: marginal time per file, 2000 vs 250", value: fmt(table.marginalRatio, 2), limit: "<= 2 (linear)", met: table.marginalRatio <= 2 },
      ],
      data: { points, baseMs, bytes },
    };
  },
};

/** The benchmarks bench/run.ts runs, in order. Add new ones here (see the top of this file). */
export const benchmarks: Benchmark[] = [coldStart, scaleDatabases, scaleEnvironments, scaleFiles, registry, pinningCost];

/** The package version, for the report. */
export function packageVersion(repoRoot: string): string {
  return (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;
}
