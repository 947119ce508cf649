/** Test helpers: run a verb in-process or as a real process, and build throwaway repositories. */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../src/cli/main.js";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process with the given working directory and environment. */
export async function run(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    cwd: options.cwd,
    env: options.env ?? {},
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

/** Runs the CLI as Argo CD would: a fresh Node process (through tsx, from the sources). */
export function runProcess(args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): RunResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(repoRoot, "src/cli/cli.ts"), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    encoding: "utf8",
    timeout: options.timeoutMs ?? 30_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the built CLI (dist/cli.cjs, as installed) as a process, without blocking this one, so a
 * stand-in server in this process can answer it.
 */
export function runBuilt(args: string[], options: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, "dist/cli.cjs"), ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      timeout: options.timeoutMs ?? 30_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * A throwaway repository: `files` maps relative paths to contents (a `{ symlink }` entry makes a
 * symlink). A `.git` directory marks the repository root. Returns its path and a cleanup.
 */
export function tempRepo(files: Record<string, string | { symlink: string }> = {}, copyFrom?: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-test-"));
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true, verbatimSymlinks: true });
  mkdirSync(join(dir, ".git"), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    if (typeof content === "string") writeFileSync(abs, content);
    else symlinkSync(content.symlink, abs);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every atlas.project.yaml under examples/, repository-relative, sorted. */
export function exampleProjectFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(repoRoot, dir), { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name === "atlas.project.yaml") found.push(join(dir, e.name));
    }
  };
  walk("examples");
  return found.sort();
}
