/**
 * One list of token sources (src/registry/token-sources.ts), followed by the plugin when it reads
 * the token and by doctor when it reads the sidecar's Deployment: for generated sidecar envs, the
 * source doctor names is the one the plugin uses.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { environmentVariables } from "../scripts/environment-variables.js";
import { UserError } from "../src/common/errors.js";
import { tokenAdvice } from "../src/common/run-place.js";
import type { EnvVar } from "../src/doctor/objects.js";
import { tokenFinding, tokenSource } from "../src/doctor/sidecar-token.js";
import { readToken } from "../src/registry/token.js";
import { malformedSecretReference, secretReference, tokenSources, tokenVariableList } from "../src/registry/token-sources.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import { Rand } from "./fuzz-helpers.js";

const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-token-sources-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const tokenFile = join(dir, "token");
writeFileSync(tokenFile, "token-from-the-file\n");

/** What the plugin does with an env: the token it returns names its source, an error names it as its source. */
async function readerSource(env: Record<string, string>): Promise<string> {
  try {
    const token = await readToken(env);
    const byToken: Record<string, string> = { "token-from-the-variable": "ATLAS_TOKEN", "token-from-the-file": "ATLAS_TOKEN_FILE" };
    assert.ok(byToken[token], `unexpected token ${token}`);
    return byToken[token]!;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const source = e.problems[0]!.source;
    return source === "tag pinning" ? "none" : source;
  }
}

/**
 * The env entries a sidecar may have for each variable, and the value the plugin then sees.
 * Only ATLAS_TOKEN_SECRET values that the plugin refuses before any request: a well-formed one
 * would ask a Kubernetes API.
 */
const entryValues: Record<string, readonly (string | "from a reference")[]> = {
  ATLAS_TOKEN: ["token-from-the-variable", "  token-from-the-variable\n", "", " ", "\t\n", "from a reference"],
  ATLAS_TOKEN_FILE: [tokenFile, "/nonexistent/token", "", " ", "from a reference"],
  ATLAS_TOKEN_SECRET: ["atlas-registry-token", "argocd/atlas-registry-token", "argocd//token", "", " ", "from a reference"],
};
/** What the plugin sees for a value taken from a Secret or ConfigMap key. */
const referencedValue: Record<string, string> = {
  ATLAS_TOKEN: "token-from-the-variable",
  ATLAS_TOKEN_FILE: tokenFile,
  ATLAS_TOKEN_SECRET: "not-a-reference",
};

function entry(rand: Rand, name: string): { entry: EnvVar; value: string } {
  const value = rand.pick(entryValues[name]!);
  if (value === "from a reference") {
    const ref = { name: "atlas", key: "token" };
    return { entry: { name, valueFrom: rand.chance(0.7) ? { secretKeyRef: ref } : { configMapKeyRef: ref } }, value: referencedValue[name]! };
  }
  // Kubernetes sets a variable without a value to the empty string.
  if (value === "" && rand.chance(0.5)) return { entry: { name }, value };
  return { entry: { name, value }, value };
}

/** The entries in a random order that keeps the order of the entries of one name (of which Kubernetes keeps the last). */
function interleaved(rand: Rand, entries: readonly EnvVar[]): EnvVar[] {
  const queues = new Map<string, EnvVar[]>();
  for (const e of entries) queues.set(e.name!, [...(queues.get(e.name!) ?? []), e]);
  const out: EnvVar[] = [];
  while (queues.size > 0) {
    const name = rand.pick([...queues.keys()]);
    const queue = queues.get(name)!;
    out.push(queue.shift()!);
    if (queue.length === 0) queues.delete(name);
  }
  return out;
}

describe("the Atlas Cloud token sources", () => {
  it("are one list, in the order the documentation gives", () => {
    const names = tokenSources.map((s) => s.variable);
    assert.deepEqual(names, ["ATLAS_TOKEN", "ATLAS_TOKEN_FILE", "ATLAS_TOKEN_SECRET"]);
    assert.equal(tokenVariableList, "ATLAS_TOKEN, ATLAS_TOKEN_FILE or ATLAS_TOKEN_SECRET");
    assert.equal(tokenAdvice("argocd"), `give the plugin's sidecar ${tokenVariableList} (see docs/pinning.md)`);
    // docs/cli.md describes them from the same list: in its order, each saying when it is read.
    const documented = environmentVariables.filter((v) => names.includes(v.name as never)).map((v) => [v.name, v.description]);
    assert.deepEqual(documented, [
      ["ATLAS_TOKEN", "The Atlas Cloud token for tag pinning."],
      ["ATLAS_TOKEN_FILE", "A file holding the token (a mounted Secret key), when ATLAS_TOKEN is unset (or empty)."],
      [
        "ATLAS_TOKEN_SECRET",
        "`<namespace>/<name>/<key>` of a Secret holding the token, read with the Kubernetes API, when ATLAS_TOKEN and ATLAS_TOKEN_FILE are unset (or empty).",
      ],
    ]);
  });

  it("doctor names the source the plugin reads, for generated sidecar envs", async () => {
    const runs = fuzzRuns(300);
    const seed = fuzzSeed();
    const seen = new Set<string>();
    for (let i = 0; i < runs; i++) {
      const rand = new Rand(seed + i);
      const entries: EnvVar[] = [{ name: "HOME", value: "/tmp" }];
      const env: Record<string, string> = {};
      for (const { variable } of tokenSources) {
        // Absent, once, or twice (Kubernetes keeps the last).
        for (let n = rand.int(0, 2); n > 0; n--) {
          const made = entry(rand, variable);
          entries.push(made.entry);
          env[variable] = made.value;
        }
      }
      const shuffled = interleaved(rand, entries);
      const container = { name: "argocd-atlas", env: shuffled, volumeMounts: [] };
      const deployment = { spec: { template: { spec: { volumes: [] } } } };
      const expected = await readerSource(env);
      const source = tokenSource(container, deployment, "argocd");
      const context = `seed ${seed + i}: ${JSON.stringify(shuffled)}`;
      assert.equal(source.kind === "none" ? "none" : source.variable, expected, context);
      const finding = tokenFinding("sidecar argocd-atlas", container, deployment, "argocd");
      assert.ok(finding.detail?.startsWith(expected === "none" ? `no ${tokenVariableList},` : `${expected} `), `${context}: ${finding.detail}`);
      seen.add(expected);
    }
    if (runs >= 300) assert.deepEqual([...seen].sort(), ["ATLAS_TOKEN", "ATLAS_TOKEN_FILE", "ATLAS_TOKEN_SECRET", "none"]);
  });

  it("doctor never shows a malformed ATLAS_TOKEN_SECRET, which may be the token itself, and says what the plugin says", async () => {
    const rand = new Rand(fuzzSeed());
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.+=/:@ ";
    const values = ["aci_PLANTED_TOKEN_1234567890", "atlas-registry-token", "a/b", "/a/b", "a/b/c/d", "a/b/", `${"x".repeat(200)}/y`];
    for (let i = 0; i < fuzzRuns(200); i++) values.push(rand.chars(alphabet, 1, 120));
    for (const value of values.filter((v) => v.trim() !== "" && secretReference(v) === undefined)) {
      const container = { name: "argocd-atlas", env: [{ name: "ATLAS_TOKEN_SECRET", value }] };
      const finding = tokenFinding("sidecar argocd-atlas", container, {}, "argocd");
      assert.deepEqual(
        finding,
        {
          level: "WARN",
          what: "sidecar argocd-atlas Atlas token",
          detail: `ATLAS_TOKEN_SECRET ${malformedSecretReference}`,
          fix: "fix its value",
        },
        JSON.stringify(value),
      );
      await assert.rejects(readToken({ ATLAS_TOKEN_SECRET: value }), { message: `ATLAS_TOKEN_SECRET: ${malformedSecretReference}` });
    }
  });
});
