/**
 * Worst cases for the linear-time promise: every string field of the project schema at its
 * maximum length, filled with each adversarial string of test/fuzz-helpers.ts (runs of what a
 * pattern repeats, URL and parameter starts, near misses), and small files that ask for large
 * work (wide settings copied into every database, thousands of undeclared overrides, variables
 * replaced scope by scope). Each is one whole process of the built CLI, `render -e prod`; the
 * target: every one renders or fails in well under a second.
 */
import { rmSync } from "node:fs";
import { adversarialStrings, worstCaseFieldInputs, worstCaseProjects, type WorstCase } from "../test/fuzz-helpers.js";
import type { Benchmark } from "./benchmarks.js";
import { writeRepo } from "./inputs.js";
import { fmt, runOnce, type Run } from "./measure.js";

/** Whole process, start-up included (about 40 ms of it). */
const targetMs = 500;

function measure(cli: string, c: WorstCase, runs: number): { name: string; ms: number; code: number; bytes: number } {
  const dir = writeRepo({ "atlas.project.yaml": c.text });
  try {
    const spec = { command: process.execPath, args: [cli, "render", ".", "-e", "prod"], cwd: dir };
    const all: Run[] = Array.from({ length: runs }, () => runOnce(spec));
    const best = all.reduce((a, b) => (a.ms <= b.ms ? a : b));
    if (best.code !== 0 && best.code !== 1) throw new Error(`${c.name}: exit ${best.code}: ${best.stderr.slice(0, 500)}`);
    return { name: c.name, ms: best.ms, code: best.code, bytes: Buffer.byteLength(c.text) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const worstCase: Benchmark = {
  name: "worst cases",
  run(ctx) {
    const only = process.env.WORST_CASE_ONLY;
    const cases = [...worstCaseFieldInputs(), ...worstCaseProjects()].filter((c) => !only || c.name.includes(only));
    // Once each, then the slowest again (best of 3), so one hiccup of a shared machine is no verdict.
    const first = cases.map((c) => measure(ctx.cli, c, 1));
    const again = new Map([...first].sort((a, b) => b.ms - a.ms).slice(0, 10).map((r) => [r.name, measure(ctx.cli, cases.find((c) => c.name === r.name)!, 3)]));
    const results = first.map((r) => again.get(r.name) ?? r);
    const sorted = [...results].sort((a, b) => b.ms - a.ms);
    const slowest = sorted[0]!;
    const lines = [
      `${results.length} inputs (${results.length - worstCaseProjects().length} field cases: every string field x ${adversarialStrings(8).length} adversarial strings at its maximum length), each run once, the 10 slowest best of 3 more:`,
      ...sorted.slice(0, 8).map((r) => `  ${fmt(r.ms)} ms  exit ${r.code}  ${(r.bytes / 1024).toFixed(0)} KiB  ${r.name}`),
      `  median ${fmt(sorted[Math.floor(sorted.length / 2)]!.ms)} ms`,
    ];
    return {
      title: "Worst cases (linear time on every input)",
      lines,
      targets: [{ what: `slowest worst case (${slowest.name})`, value: `${fmt(slowest.ms)} ms`, limit: `< ${targetMs} ms`, met: slowest.ms < targetMs }],
      data: results,
    };
  },
};
