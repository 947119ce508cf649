/**
 * Measuring whole processes: wall time around the spawn, peak memory (max RSS) from
 * /usr/bin/time when it is there, and the statistics the report prints.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Run {
  ms: number;
  /** Max RSS in KiB, when measured. */
  maxRssKiB?: number;
  code: number;
  stdout: string;
  stderr: string;
}

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
}

const gnuTime = "/usr/bin/time";
/** GNU time prints the max RSS (KiB) with -f %M; BusyBox and BSD time do not all take -f. */
export const canMeasureRss = existsSync(gnuTime) && spawnSync(gnuTime, ["-f", "%M", "true"], { encoding: "utf8" }).stderr.trim().match(/^\d+$/) !== null;

/** Runs a process once; with `rss`, through /usr/bin/time (its own start adds ~1 ms to `ms`). */
export function runOnce(spec: ProcessSpec, rss = false, timeoutMs = 120_000): Run {
  const env = { PATH: process.env.PATH ?? "", ...spec.env };
  const [command, args] = rss && canMeasureRss ? [gnuTime, ["-f", "MAXRSS %M", spec.command, ...spec.args]] : [spec.command, spec.args];
  const started = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: spec.cwd, env, encoding: "utf8", timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let stderr = r.stderr ?? "";
  let maxRssKiB: number | undefined;
  const m = /(?:^|\n)MAXRSS (\d+)\n?$/.exec(stderr);
  if (m) {
    maxRssKiB = Number(m[1]);
    stderr = stderr.slice(0, m.index);
  }
  if (r.error) throw new Error(`${spec.command} ${spec.args.join(" ")}: ${r.error.message}`);
  return { ms, maxRssKiB, code: r.status ?? -1, stdout: r.stdout ?? "", stderr };
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/** Newest modification time of the files below `dir`. */
export function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(abs) : statSync(abs).mtimeMs);
  }
  return newest;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
export const mib = (kib: number | undefined) => (kib === undefined ? "n/a" : `${fmt(kib / 1024)} MiB`);
