/**
 * Worst cases for the linear-time promise: every string field of the project schema at its
 * maximum length, filled with each adversarial string of test/fuzz-helpers.ts (runs of what a
 * pattern repeats, URL and parameter starts, near misses), and small files that ask for large
 * work (wide settings copied into every database, thousands of undeclared overrides, variables
 * replaced scope by scope). Each is one whole process of the built CLI, `render -e prod`; the
 * target: every one renders or fails in well under a second more than a minimal project does
 * (WORST_CASE_ONLY: a substring of the case names to run).
 */
import { rmSync } from "node:fs";
import { adversarialStrings, type WorstCase, worstCaseFieldInputs, worstCaseProjects } from "../test/fuzz-helpers.js";
import type { Benchmark } from "./benchmarks.js";
import { writeRepo } from "./inputs.js";
import { fmt, type Run, runOnce } from "./measure.js";

/**
 * Over the same command on a minimal valid project, measured alongside (start-up and a loaded
 * machine cancel out): what the input itself costs.
 */
const targetExcessMs = 500;

/**
 * The files that ask for large work are large too (up to 700 KiB): they may cost what an ordinary
 * file of their size costs (45,000 databases in 574 KB: 3.7 ms/KiB, bench/README.md), twice at most.
 */
const targetMsPerKiB = 8;

const perKiB = (r: Result) => r.excessMs! / (r.bytes / 1024);

const minimal: WorstCase = {
  name: "a minimal valid project",
  text: "version: 1\ndatabases:\n  app:\n    urlFrom: {secretKeyRef: {name: app-db, key: url}}\n    dir: {configMapRef: {name: app-migrations}}\nenvironments:\n  prod: {}\n",
};

interface Result {
  name: string;
  ms: number;
  /** The time over the minimal project's, when measured alongside. */
  excessMs?: number;
  code: number;
  bytes: number;
}

function timeOf(cli: string, c: WorstCase): Result {
  const dir = writeRepo({ "atlas.project.yaml": c.text });
  try {
    const r: Run = runOnce({ command: process.execPath, args: [cli, "render", ".", "-e", "prod"], cwd: dir });
    if (r.code !== 0 && r.code !== 1) throw new Error(`${c.name}: exit ${r.code}: ${r.stderr.slice(0, 500)}`);
    return { name: c.name, ms: r.ms, code: r.code, bytes: Buffer.byteLength(c.text) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Best of `rounds`, each round the minimal project then the case. */
function excessOf(cli: string, c: WorstCase, rounds: number): Result {
  let best: Result | undefined;
  let baseline = Infinity;
  for (let i = 0; i < rounds; i++) {
    baseline = Math.min(baseline, timeOf(cli, minimal).ms);
    const r = timeOf(cli, c);
    if (!best || r.ms < best.ms) best = r;
  }
  return { ...best!, excessMs: best!.ms - baseline };
}

export const worstCase: Benchmark = {
  name: "worst cases",
  run(ctx) {
    const only = process.env.WORST_CASE_ONLY;
    const fieldCases = worstCaseFieldInputs().filter((c) => !only || c.name.includes(only));
    const projectCases = worstCaseProjects().filter((c) => !only || c.name.includes(only));
    // Every field case once; the 10 slowest again, alongside the minimal project (best of 3).
    const first = fieldCases.map((c) => timeOf(ctx.cli, c));
    const slowest = [...first]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10)
      .map((r) => excessOf(ctx.cli, fieldCases.find((c) => c.name === r.name)!, 3));
    const projects = projectCases.map((c) => excessOf(ctx.cli, c, 3));
    const worstField = [...slowest].sort((a, b) => b.excessMs! - a.excessMs!)[0];
    const worstProject = [...projects].sort((a, b) => perKiB(b) - perKiB(a))[0];
    const line = (r: Result) =>
      `  +${fmt(r.excessMs!)} ms (${fmt(r.ms)} ms)  exit ${r.code}  ${(r.bytes / 1024).toFixed(0)} KiB (${fmt(perKiB(r), 2)} ms/KiB)  ${r.name}`;
    const lines = [
      `${fieldCases.length} field cases (every string field and map key of the schema x ${adversarialStrings(8).length} adversarial strings, at the field's maximum length), each run once; the 10 slowest, over a minimal project measured alongside (best of 3):`,
      ...[...slowest].sort((a, b) => b.excessMs! - a.excessMs!).map(line),
      `  median of all, whole process: ${fmt([...first].sort((a, b) => a.ms - b.ms)[Math.floor(first.length / 2)]?.ms ?? 0)} ms`,
      "Small files asking for large work, over the minimal project (best of 3):",
      ...projects.map(line),
    ];
    const targets = [
      ...(worstField
        ? [
            {
              what: `slowest field case over a minimal project (${worstField.name})`,
              value: `${fmt(worstField.excessMs!)} ms`,
              limit: `< ${targetExcessMs} ms`,
              met: worstField.excessMs! < targetExcessMs,
            },
          ]
        : []),
      ...(worstProject
        ? [
            {
              what: `slowest small file asking for large work, per KiB of input (${worstProject.name})`,
              value: `${fmt(perKiB(worstProject), 2)} ms/KiB`,
              limit: `< ${targetMsPerKiB} ms/KiB`,
              met: perKiB(worstProject) < targetMsPerKiB,
            },
          ]
        : []),
    ];
    return { title: "Worst cases (linear time on every input)", lines, targets, data: { fields: first, slowest, projects } };
  },
};
