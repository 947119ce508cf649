/**
 * A limit on concurrent renders inside one sidecar, shared by its processes through files.
 *
 * argocd-cmp-server starts one `generate` process per request with no queue of its own: a
 * refresh storm (a webhook on a busy repository) starts dozens at once, and the sidecar's memory
 * limit kills them all. Every render takes a ticket in a directory of the sidecar's /tmp and
 * waits until fewer than `limit` live tickets are ahead of it (Lamport's bakery, with files):
 *
 * - `c-<id>` while a process chooses its number, `t-<number>-<id>` once it holds one; the number
 *   is one more than the largest ticket it sees. A waiting process goes ahead when no one is
 *   choosing and fewer than `limit` live tickets order before its own (by number, then pid):
 *   anyone who chose after its ticket existed saw it and drew a larger number.
 * - `<id>` is `<pid>.<start time>` (from /proc/<pid>/stat): a file whose process is gone, or
 *   whose pid now belongs to a process started later, is stale and removed by whoever sees it,
 *   so a crashed (OOM-killed) holder never blocks the others, and neither do files left in an
 *   emptyDir by an earlier container.
 * - The ticket is removed when the process exits.
 *
 * This runs in the launcher before the bundle is loaded: a waiting process is a bare Node.js
 * process. Only node: built-ins, no work at import.
 */
import fs = require("node:fs");
import path = require("node:path");

interface SlotOptions {
  /** The directory of tickets (created 0700 when missing). */
  dir: string;
  /** Renders at once; 0 means no limit. */
  limit: number;
  /** How long to wait for a slot before giving up. */
  waitMs: number;
  /** Between looks at the directory (a little jitter is added). */
  pollMs?: number;
}

type SlotResult = { held: true; waitedMs: number; release: () => void } | { held: false; waitedMs: number; ahead: number };

interface Entry {
  name: string;
  choosing: boolean;
  number: number;
  pid: number;
  start: string;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** The start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat), or "0" without /proc. */
function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return fs.existsSync("/proc/self/stat") ? undefined : "0";
  }
}

/** Whether the process that wrote an entry still runs (the same process, not a later one with its pid). */
function isAlive(pid: number, start: string): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as { code?: string }).code !== "EPERM") return false;
  }
  if (start === "0") return true;
  const now = processStart(pid);
  return now === undefined ? false : now === "0" || now === start;
}

function parse(name: string): Entry | undefined {
  const m = /^(?:c|t-(\d{1,15}))-(\d{1,10})\.(\d{1,20})$/.exec(name);
  if (!m) return undefined;
  return { name, choosing: m[1] === undefined, number: m[1] === undefined ? 0 : Number(m[1]), pid: Number(m[2]), start: m[3]! };
}

function entries(dir: string): Entry[] {
  return fs.readdirSync(dir).flatMap((name) => parse(name) ?? []);
}

function remove(dir: string, name: string): void {
  try {
    fs.unlinkSync(path.join(dir, name));
  } catch {
    // Removed by someone else already.
  }
}

function create(dir: string, name: string): void {
  fs.closeSync(fs.openSync(path.join(dir, name), "wx", 0o600));
}

/**
 * Takes a slot, waiting up to `waitMs`. Throws only when the directory cannot be used at all
 * (the caller then renders without the limit).
 */
function acquireSlot(options: SlotOptions): SlotResult {
  const { dir, limit, waitMs } = options;
  const started = Date.now();
  if (limit <= 0) return { held: true, waitedMs: 0, release: () => undefined };
  // The leaf only: the temporary directory it sits in exists (a recursive mkdir can spin for ever
  // on Node.js 20 where a parent refuses, as under /proc).
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  const id = `${process.pid}.${processStart(process.pid) ?? "0"}`;
  const choosing = `c-${id}`;
  create(dir, choosing);
  let ticket: string;
  try {
    const number = 1 + Math.max(0, ...entries(dir).map((e) => e.number));
    ticket = `t-${number}-${id}`;
    create(dir, ticket);
  } finally {
    remove(dir, choosing);
  }
  const mine = parse(ticket)!;
  const release = () => remove(dir, ticket);
  process.once("exit", release);
  const verdicts = new Map<string, { alive: boolean; at: number }>();
  const alive = (e: Entry, now: number) => {
    const known = verdicts.get(e.name);
    if (known && now - known.at < 1000) return known.alive;
    const verdict = isAlive(e.pid, e.start);
    verdicts.set(e.name, { alive: verdict, at: now });
    if (!verdict) remove(dir, e.name);
    return verdict;
  };
  for (let _round = 0; ; _round++) {
    const now = Date.now();
    let ahead = 0;
    let busy = false;
    for (const e of entries(dir)) {
      if (e.name === ticket) continue;
      if (e.choosing) {
        if (alive(e, now)) busy = true;
      } else if ((e.number < mine.number || (e.number === mine.number && e.pid < mine.pid)) && alive(e, now)) ahead++;
    }
    if (!busy && ahead < limit) return { held: true, waitedMs: now - started, release };
    if (now - started >= waitMs) {
      release();
      process.removeListener("exit", release);
      return { held: false, waitedMs: now - started, ahead };
    }
    const poll = options.pollMs ?? 40;
    sleep(Math.min(busy ? 2 : poll + Math.floor(Math.random() * poll), Math.max(1, waitMs - (now - started))));
  }
}
export = { acquireSlot, isAlive, processStart };
