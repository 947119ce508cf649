/**
 * Registry benchmark: `pin --check` over 50 environments whose 5 databases use 5 registry
 * directories, against the registry stand-in (its own process) with an injected delay per
 * request. Each directory's newest tag is the third commit of the history, so resolution tries
 * 3 candidates, then compares with the floating latest: 4 lookups per directory, 20 distinct in
 * all, however many environments share them. Checked: the requests sent equal the distinct
 * lookups, and the time the delay adds stays near one round trip per candidate depth
 * (directories resolve in parallel).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { git } from "../test/git.js";
import type { Benchmark, Section } from "./benchmarks.js";
import { fmt, median, runOnce } from "./measure.js";

const directories = 5;
const environments = 50;
const depth = 3;
const delayMs = 50;
const token = "aci_bench_token";

interface Server {
  url: string;
  requests(): Promise<Array<[string, string | null]>>;
  reset(): void;
  stop(): void;
}

export async function startServer(repoRoot: string, options: object): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", join(repoRoot, "bench/registry-server.ts"), JSON.stringify(options)], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const url = String((await lines.next()).value);
  return {
    url,
    async requests() {
      child.stdin.write("stats\n");
      return JSON.parse(String((await lines.next()).value)) as Array<[string, string | null]>;
    },
    reset: () => child.stdin.write("reset\n"),
    stop: () => child.kill(),
  };
}

export const registry: Benchmark = {
  name: "registry",
  async run(ctx): Promise<Section> {
    const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-bench-"));
    try {
      git(dir, "init", "-q", "-b", "main");
      for (let i = 0; i < depth + 2; i++) git(dir, "commit", "-q", "--allow-empty", "-m", `c${i}`);
      const history = git(dir, "rev-list", "--first-parent", "HEAD").split("\n");
      const version = { "1_init.sql": "CREATE TABLE t (id int);\n" };
      // Every directory was pushed at the third commit from HEAD and before; not at the newest two.
      const pushed = Object.fromEntries(history.slice(depth - 1).map((sha) => [sha, version]));
      const names = Array.from({ length: directories }, (_, i) => `dir-${i}`);
      const options = (delay: number) => ({
        token,
        delayMs: delay,
        tags: Object.fromEntries(names.map((n) => [n, pushed])),
        latest: Object.fromEntries(names.map((n) => [n, version])),
      });

      const measureWith = async (delay: number) => {
        const server = await startServer(ctx.repoRoot, options(delay));
        try {
          const project = [
            "version: 1",
            "defaults:",
            "  urlFrom: {secretKeyRef: {name: db, key: url}}",
            `  cloud: {url: "${server.url}", tokenFrom: {secretKeyRef: {name: atlas-credentials, key: token}}}`,
            "  pin: {mode: write}",
            "databases:",
            ...names.map((n, i) => `  db-${i}: {dir: {remote: {name: ${n}}}}`),
            "environments:",
            ...Array.from({ length: environments }, (_, i) => `  env-${String(i).padStart(2, "0")}: {}`),
            "",
          ].join("\n");
          writeFileSync(join(dir, "atlas.project.yaml"), project);
          const spec = {
            command: process.execPath,
            args: [ctx.cli, "pin", "--check"],
            cwd: dir,
            env: { ATLAS_TOKEN: token, ARGOCD_ATLAS_REGISTRY_URLS: server.url },
          };
          const runs = [];
          let requests: Array<[string, string | null]> = [];
          for (let i = 0; i < Math.max(3, Math.round(ctx.runs / 5)); i++) {
            server.reset();
            const run = runOnce(spec);
            if (run.code !== 3) throw new Error(`pin --check exited ${run.code}, expected 3 (pins behind): ${run.stderr.slice(0, 2000)}`);
            runs.push(run.ms);
            requests = await server.requests();
          }
          return { ms: median(runs), requests };
        } finally {
          server.stop();
        }
      };

      const fast = await measureWith(0);
      const slow = await measureWith(delayMs);
      const distinct = new Set(slow.requests.map((r) => JSON.stringify(r))).size;
      const expected = directories * (depth + 1);
      const rounds = (slow.ms - fast.ms) / delayMs;
      return {
        title: "Registry (tag pinning)",
        lines: [
          `pin --check over ${environments} environments x ${directories} databases (${environments * directories} targets) sharing ${directories} directories; newest tag at candidate ${depth}:`,
          `  requests ${slow.requests.length}, distinct lookups ${distinct} (${directories} directories x (${depth} candidates + the floating latest) = ${expected})`,
          `  median ${fmt(fast.ms)} ms without delay, ${fmt(slow.ms)} ms with ${delayMs} ms per request: the delay adds ${fmt(slow.ms - fast.ms)} ms = ${rounds.toFixed(1)} round trips (at most ${depth + 1} in a row per directory, directories in parallel)`,
        ],
        targets: [
          {
            what: "registry: requests = distinct lookups",
            value: `${slow.requests.length} = ${distinct}`,
            limit: `${expected}`,
            met: slow.requests.length === distinct && distinct === expected,
          },
          { what: "registry: wall time in round trips", value: rounds.toFixed(1), limit: `<= ${depth + 1} + 1`, met: rounds <= depth + 2 },
        ],
        data: { fast, slow: { ms: slow.ms, requests: slow.requests.length }, distinct, rounds },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
