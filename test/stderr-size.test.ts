/**
 * stderr stays a few lines and a few KB whatever the input: Argo CD stores it in the
 * Application's conditions. The corpus of bad project files is replayed with its keys and values
 * made thousands of characters long, and Argo CD's inputs (parameters, env entries, namespace)
 * too; no message may quote more than ~80 characters of any of them (src/common/errors.ts quote()).
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { isMap, isScalar, parseDocument, visit } from "yaml";
import { maxErrorChars, maxLineChars, maxProblemsShown } from "../src/common/errors.js";
import { Rand } from "./fuzz-helpers.js";
import { repoRoot, run, tempRepo } from "./run.js";

/** What one long value looks like: a marker no message text contains. */
const long = (r: Rand) => `${"Zq".repeat(r.int(500, 3000))}`;
/** More of the marker than quote() lets through. */
const tooMuch = "Zq".repeat(50);

function check(label: string, stderr: string): void {
  const lines = stderr.split("\n").filter((l) => l !== "");
  assert.ok(stderr.length <= maxErrorChars + maxLineChars + 200, `${label}: ${stderr.length} characters on stderr`);
  assert.ok(lines.length <= maxProblemsShown + 1, `${label}: ${lines.length} lines on stderr`);
  assert.ok(!stderr.includes(tooMuch), `${label}: a long value quoted whole:\n${stderr.slice(0, 400)}`);
}

/** The project file with some of its keys and string values made long. */
function lengthen(r: Rand, text: string): string | undefined {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch {
    // Nested too deeply for this parser: skip the file.
    return undefined;
  }
  if (doc.errors.length > 0) return undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && typeof pair.key.value === "string" && r.chance(0.15)) pair.key.value = `${pair.key.value}${long(r)}`;
    },
    Scalar(key, node) {
      if (key === "key") return;
      if (typeof node.value === "string" && r.chance(0.4)) node.value = `${node.value}${long(r)}`;
      else if (typeof node.value === "number" && r.chance(0.1)) node.value = long(r);
    },
  });
  if (!isMap(doc.contents)) return undefined;
  try {
    return doc.toString({ lineWidth: 0 });
  } catch {
    // Aliases the edit left dangling: skip the file.
    return undefined;
  }
}

describe("stderr stays short", () => {
  it("for the corpus with long keys and values (generated)", async () => {
    const corpus = join(repoRoot, "test/corpus");
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith(".yaml"))
      .sort();
    const repo = tempRepo({});
    try {
      let checked = 0;
      for (const [i, file] of files.entries()) {
        // Half of the corpus per run keeps the test short; the seed picks the same half every time.
        if (i % 2 === 1) continue;
        const r = new Rand(1000 + i);
        const text = lengthen(r, readFileSync(join(corpus, file), "utf8"));
        if (text === undefined) continue;
        writeFileSync(join(repo.dir, "atlas.project.yaml"), text);
        const result = await run(["render", "."], { cwd: repo.dir });
        check(`${file} (seed ${1000 + i})`, result.stderr);
        checked++;
      }
      assert.ok(checked > files.length / 4, `${checked} of ${files.length} corpus files lengthened`);
    } finally {
      repo.cleanup();
    }
  });

  it("for long parameters, env entries and namespaces from Argo CD (generated)", async () => {
    const repo = tempRepo({}, join(repoRoot, "examples/in-repo"));
    try {
      for (let seed = 1; seed <= 40; seed++) {
        const r = new Rand(seed);
        const env: Record<string, string> = {};
        const parameters = [{ name: r.chance(0.5) ? "environment" : long(r), string: long(r) }];
        if (r.chance(0.8)) env.ARGOCD_APP_PARAMETERS = JSON.stringify(parameters);
        if (r.chance(0.3)) env.ARGOCD_ENV_ATLAS_ENVIRONMENT = long(r);
        if (r.chance(0.3)) env.ARGOCD_APP_NAMESPACE = long(r).toLowerCase();
        if (r.chance(0.2)) env.ARGOCD_APP_PARAMETERS = `[${long(r)}`;
        const result = await run(["generate"], { cwd: join(repo.dir, "deploy"), env });
        check(`seed ${seed}`, result.stderr);
      }
    } finally {
      repo.cleanup();
    }
  });
});
