/**
 * Real Go implementations as test oracles: each directory under test/go/ is a small `main`
 * package built offline against Debian's Go libraries (GOPATH mode, no module proxy, no network).
 * A helper reads a request on stdin or argv and prints JSON; the tests compare its answer with ours.
 *
 * Binaries are cached by a hash of their sources, so the test files that share one build it once
 * per run (the build goes to a temporary name first: parallel test processes never see half a file).
 */

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./run.js";

const gopath = "/usr/share/gocode";

/** The Debian packages the helpers import (installed by .ci/run). */
export const goPackages = [
  "golang-go",
  "golang-k8s-sigs-yaml-dev",
  "golang-gopkg-yaml.v2-dev",
  "golang-gopkg-yaml.v3-dev",
  "golang-ariga-atlas-dev",
  "golang-github-yuin-gopher-lua-dev",
  "golang-github-antonmedv-expr-dev",
];

/** Builds test/go/<name> (once per content) and returns the binary's path. Throws with the fix when Go is missing. */
export function goOracle(name: string): string {
  const dir = join(repoRoot, "test/go", name);
  const hash = createHash("sha256");
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  const cacheDir = join(tmpdir(), "argocd-atlas-go-oracles");
  const bin = join(cacheDir, `${name}-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(bin)) return bin;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${bin}.${process.pid}.partial`;
  const r = spawnSync("go", ["build", "-o", partial, "."], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GO111MODULE: "off", GOPATH: gopath, GOCACHE: join(cacheDir, "gocache") },
  });
  if (r.error || r.status !== 0) {
    throw new Error(
      `cannot build the Go test oracle test/go/${name}: ${r.error?.message ?? r.stderr.trim()}\n` +
        `install Go and the libraries it uses: apt-get install ${goPackages.join(" ")}`,
    );
  }
  renameSync(partial, bin);
  return bin;
}

/** Runs an oracle with `input` on stdin and returns its stdout parsed as JSON. */
export function askOracle<T>(name: string, input: string | Buffer, args: string[] = []): T {
  const r = spawnSync(goOracle(name), args, { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) throw new Error(`test/go/${name} failed: ${r.error?.message ?? r.stderr.trim()}`);
  return JSON.parse(r.stdout) as T;
}
