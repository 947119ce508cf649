/**
 * The documentation keeps up with the code: every environment variable the code reads is in
 * the reference (scripts/environment-variables.ts, generated into docs/cli.md), and every
 * relative link of README.md and docs/ leads to a file (and heading) that exists.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, it } from "node:test";
import { environmentVariables } from "../scripts/environment-variables.js";
import { repoRoot } from "./run.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(path);
    return /\.c?ts$/.test(e.name) ? [path] : [];
  });
}

/** Variables read as env.NAME, env["NAME"], process.env.NAME, named in a string, or by a helper. */
export function variablesRead(text: string): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /\benv\??\.([A-Z][A-Z0-9_]+)\b/g,
    /\benv\[\s*"([A-Za-z][A-Za-z0-9_]+)"\s*\]/g,
    /"((?:ARGOCD|ATLAS|KUBE|XDG)_[A-Z0-9_]+)"/g,
    /proxyVariable\([^,]+,\s*"([a-z_]+)"\)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.add(m[1]!.toUpperCase());
  // Families built from a prefix: `PARAM_${...}`, `ARGOCD_ENV_${...}`.
  for (const m of text.matchAll(/`((?:PARAM|ARGOCD_ENV)_)\$\{/g)) found.add(`${m[1]}<NAME>`);
  return found;
}

describe("environment variables", () => {
  const documented = new Set(environmentVariables.map((v) => v.name));

  it("the scanner finds what it is meant to find", () => {
    const sample =
      'env.ATLAS_TOKEN; env?.HOME; process.env.PATH; env["KUBECONFIG"]; knob(e, "ARGOCD_ATLAS_X_MS", 1); proxyVariable(env, "no_proxy"); `PARAM_${n}`';
    assert.deepEqual([...variablesRead(sample)].sort(), ["ARGOCD_ATLAS_X_MS", "ATLAS_TOKEN", "HOME", "KUBECONFIG", "NO_PROXY", "PARAM_<NAME>", "PATH"]);
  });

  for (const file of sourceFiles(join(repoRoot, "src"))) {
    const name = relative(repoRoot, file);
    if (name === "scripts/environment-variables.ts") continue;
    it(`${name}: every variable it reads is documented`, () => {
      const missing = [...variablesRead(readFileSync(file, "utf8"))].filter((v) => !documented.has(v) && v !== "ATLAS_ENVIRONMENT");
      assert.deepEqual(missing, [], "add them to scripts/environment-variables.ts and run npm run gen");
    });
  }

  it("the reference in docs/cli.md lists every variable", () => {
    const cli = readFileSync(join(repoRoot, "docs/cli.md"), "utf8");
    for (const v of environmentVariables) assert.ok(cli.includes(`| \`${v.name}\` |`), v.name);
  });
});

describe("links", () => {
  const pages = [
    "README.md",
    ...readdirSync(join(repoRoot, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  /** GitHub's anchor of a heading. */
  const anchor = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
  const anchorsOf = (file: string) => {
    const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
    return new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!)));
  };

  for (const page of pages) {
    it(`${page}: every relative link leads somewhere`, () => {
      const text = readFileSync(join(repoRoot, page), "utf8").replace(/```[\s\S]*?```/g, "");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [path, hash] = target.split("#") as [string, string | undefined];
        const file = path === "" ? join(repoRoot, page) : join(repoRoot, dirname(page), path);
        assert.ok(existsSync(file), `${page}: ${target} does not exist`);
        if (hash && statSync(file).isFile() && file.endsWith(".md")) assert.ok(anchorsOf(file).has(hash), `${page}: ${target}: no such heading`);
      }
    });
  }
});
