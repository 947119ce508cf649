/**
 * What the API server accepts of our objects, proved on generated sizes around each limit:
 * annotations (256 KiB in total, ValidateAnnotations), and client-side apply's copy of the whole
 * object in the last-applied-configuration annotation, measured by Go's encoding/json (test/go/yaml,
 * Debian's golang-k8s-sigs-yaml-dev 1.3.0 to read our YAML, Go 1.19's encoder): an object is either
 * applied server-side, or its copy leaves room under the limit.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { annotationBytes, annotationLimitBytes, lastAppliedAnnotation, type Manifest } from "../src/render/manifests.js";
import { manifestProblems } from "../src/render/output-checks.js";
import { Rand, sumOf } from "./fuzz-helpers.js";
import { askOracle } from "./go-oracle.js";
import { run, tempRepo } from "./run.js";

/** What Argo CD may still add to an object and to its copy (a tracking annotation), and to spare. */
const reserveBytes = 8 * 1024;

/** Text of `bytes` UTF-8 bytes with characters Go's encoder writes longer than JSON.stringify does. */
function filler(r: Rand, bytes: number, sql = false): string {
  // A project file holds no U+2028 (refused as a line break to YAML 1.1); a migration file may.
  const pieces = ["a", "<", ">", "&", "é", "表", " ", "'", '"', "\\", "\t", ...(sql ? ["\u2028", "\n"] : [])];
  let s = "";
  let n = 0;
  while (n < bytes) {
    const p = r.pick(pieces);
    if (n + Buffer.byteLength(p) > bytes) break;
    s += p;
    n += Buffer.byteLength(p);
  }
  return s.padEnd(s.length + bytes - n, "x");
}

function project(annotations: Record<string, string>, config: string | undefined, dir: "path" | "remote"): string {
  return JSON.stringify({
    version: 1,
    databases: {
      app: {
        urlFrom: { secretKeyRef: { name: "app-db", key: "url" } },
        ...(dir === "remote"
          ? { cloud: { project: "p", tokenFrom: { secretKeyRef: { name: "atlas", key: "token" } } }, dir: { remote: { name: "app", tag: "abc123" } } }
          : { dir: { path: "migrations" } }),
        ...(config !== undefined && { config }),
        annotations,
      },
    },
    environments: { prod: {} },
  });
}

const syncOptions = "argocd.argoproj.io/sync-options";

describe("objects the API server accepts, whatever their size", () => {
  it("applies server-side every object whose last-applied copy would not fit, and refuses annotations over 256 KiB (seeds 1..10)", async () => {
    const streams: string[] = [];
    const objects: Manifest[][] = [];
    const labels: string[] = [];
    let refused = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const r = new Rand(seed);
      // Sizes near the threshold of server-side apply (200 KiB) and the annotation limit (256 KiB).
      const annotationSize = [
        0,
        100,
        r.int(150_000, annotationLimitBytes - 1000),
        r.int(annotationLimitBytes + 1, 300_000),
        annotationLimitBytes - r.int(0, 200),
      ][seed % 5]!;
      const configSize = r.pick([0, r.int(1, 1000), r.int(150_000, 270_000)]);
      // In values of at most 60,000 bytes (the project file takes 65,536 characters a value).
      const annotations: Record<string, string> = {};
      for (let left = annotationSize, i = 0; left > 0; left -= 60_000, i++) annotations[`example.com/note-${i}`] = filler(r, Math.min(left, 60_000));
      if (r.chance(0.3)) annotations[syncOptions] = r.pick(["Prune=false", "ServerSideApply=false", "Validate=false,ServerSideApply=false"]);
      const dir = r.chance(0.5) ? "path" : "remote";
      const files: Record<string, string> = { "atlas.project.yaml": project(annotations, configSize > 0 ? filler(r, configSize) : undefined, dir) };
      if (dir === "path") {
        files["migrations/1_a.sql"] = filler(r, r.pick([10, r.int(100_000, 250_000)]), true);
        files["migrations/atlas.sum"] = sumOf({ "1_a.sql": files["migrations/1_a.sql"] });
      }
      const repo = tempRepo(files);
      try {
        const result = await run(["render", "."], { cwd: repo.dir });
        // The annotations as rendered: the user's, the sync wave, and ServerSideApply=true perhaps.
        const rendered = annotationBytes({ ...annotations, "argocd.argoproj.io/sync-wave": "-1" });
        if (rendered > annotationLimitBytes) {
          assert.deepEqual({ code: result.code, stdout: result.stdout }, { code: 1, stdout: "" }, `seed ${seed}`);
          assert.match(
            result.stderr,
            /^atlas\.project\.yaml:\d+:\d+: [^:]+: rendered \w+ "[^"]+" has annotations of \d+ bytes in total, over the 262144 the API server accepts: shorten them$/m,
            `seed ${seed}`,
          );
          refused++;
          continue;
        }
        assert.equal(result.code, 0, `seed ${seed}: ${result.stderr}`);
        streams.push(result.stdout);
        objects.push(parseAllDocuments(result.stdout).map((d) => d.toJS() as Manifest));
        labels.push(`seed ${seed}`);
      } finally {
        repo.cleanup();
      }
    }
    assert.ok(refused > 0 && streams.length >= 6, `${refused} refused, ${streams.length} rendered`);
    const answers = askOracle<Array<{ documents: Array<{ lastApplied: number }> }>>("yaml", JSON.stringify(streams));
    const serverSide = new Set<string>();
    answers.forEach((answer, i) => {
      answer.documents.forEach((doc, d) => {
        const object = objects[i]![d]!;
        const options = object.metadata.annotations?.[syncOptions] ?? "";
        assert.ok(annotationBytes(object.metadata.annotations) <= annotationLimitBytes, `${labels[i]}: ${object.kind} annotations`);
        if (/(^|,)ServerSideApply=true(,|$)/.test(options)) {
          serverSide.add(object.kind);
          assert.doesNotMatch(options, /ServerSideApply=false/, `${labels[i]}: one answer`);
          return;
        }
        const withCopy = annotationBytes(object.metadata.annotations) + Buffer.byteLength(lastAppliedAnnotation) + doc.lastApplied;
        assert.ok(withCopy + reserveBytes <= annotationLimitBytes, `${labels[i]}: ${object.kind} applied client-side with ${withCopy} bytes of annotations`);
      });
    });
    assert.deepEqual([...serverSide].sort(), ["AtlasMigration", "ConfigMap"], "both kinds were applied server-side at least once");
  });
});

describe("the last gate before stdout", () => {
  const blame = (message: string) => ({ source: "atlas.project.yaml", message });
  const configMap = (data: Record<string, string>, annotations: Record<string, string> = {}): Manifest => ({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "app-migrations-0123456789", annotations },
    immutable: true,
    data,
  });
  const problems = (m: Manifest) => manifestProblems([{ manifest: m, database: "app", blame, blameName: blame }]).map((p) => p.message);

  it("refuses a string or key holding half a character (a lone surrogate), naming where", () => {
    assert.deepEqual(problems(configMap({ "1.sql": "x\ud800" })), [
      'rendered ConfigMap "app-migrations-0123456789" is invalid at data["1.sql"]: holds half of a character (a lone surrogate), which no YAML or JSON reader keeps: fix the input it came from',
    ]);
    assert.equal(problems(configMap({ "1.sql": "x" }, { "a\udc00": "x" })).length > 0, true);
  });

  it("refuses ConfigMap keys apimachinery's IsConfigMapKey refuses: `.`, `..`, a leading `..`", () => {
    for (const key of [".", "..", "..a.sql"]) assert.equal(problems(configMap({ [key]: "x" })).length, 1, key);
    for (const key of [".a.sql", "a..sql", "a.sql.", "-_."]) assert.deepEqual(problems(configMap({ [key]: "x" })), [], key);
  });

  it("refuses an object too large for client-side apply that does not say ServerSideApply=true", () => {
    const big = configMap({ "1.sql": "x".repeat(annotationLimitBytes) });
    assert.match(problems(big)[0] ?? "", /too large for client-side apply/);
    assert.deepEqual(problems(configMap({ "1.sql": "x".repeat(annotationLimitBytes) }, { [syncOptions]: "Prune=false,ServerSideApply=true" })), []);
  });
});
