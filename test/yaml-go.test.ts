/**
 * Our YAML as Go reads it: every golden output and every fuzzed output is split into documents the
 * way Argo CD and kubectl split plugin output (apimachinery's YAMLReader), then read by
 * sigs.k8s.io/yaml (what Argo CD and kubectl turn manifests into JSON with), gopkg.in/yaml.v2 (the
 * reader under it) and gopkg.in/yaml.v3. Each must give exactly the objects we meant, as JSON.
 *
 * Debian packages (test/go/yaml): golang-k8s-sigs-yaml-dev 1.3.0, golang-gopkg-yaml.v2-dev 2.4.0,
 * golang-gopkg-yaml.v3-dev 3.0.1. Argo CD vendors sigs.k8s.io/yaml 1.4 (a fork of yaml.v2 2.4 under
 * the same rules) and splits with apimachinery's YAMLReader, which the oracle mirrors.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { UserError } from "../src/common/errors.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace, type Workspace } from "../src/gather/workspace.js";
import { annotationBytes, lastAppliedAnnotation, lastAppliedAnnotationBytes, type Manifest } from "../src/render/manifests.js";
import { toOutput } from "../src/render/render.js";
import { toYamlStream } from "../src/render/yaml-stream.js";
import { Rand, randomProject, trickyStrings } from "./fuzz-helpers.js";
import { askOracle } from "./go-oracle.js";
import { repoRoot, tempRepo } from "./run.js";

interface Reading {
  value?: unknown;
  error?: string;
}
interface GoAnswer {
  documents: Array<{ lastApplied: number; sigs: Reading; v2: Reading; v3: Reading }> | null;
  error?: string;
}

/** Asserts that every Go reader reads each stream as exactly `meant[i]` (a list of objects). */
function assertGoReads(streams: readonly string[], meant: readonly unknown[][], labels: readonly string[]): void {
  const answers = askOracle<GoAnswer[]>("yaml", JSON.stringify(streams));
  answers.forEach((answer, i) => {
    const context = `${labels[i]}:\n${streams[i]!.length > 2000 ? `${streams[i]!.slice(0, 2000)}…` : streams[i]}`;
    assert.equal(answer.error, undefined, `split: ${answer.error}\n${context}`);
    const docs = answer.documents ?? [];
    assert.equal(docs.length, meant[i]!.length, `number of documents\n${context}`);
    docs.forEach((doc, d) => {
      const expected = JSON.parse(JSON.stringify(meant[i]![d]));
      for (const reader of ["sigs", "v2", "v3"] as const) {
        assert.equal(doc[reader].error, undefined, `${reader}: ${doc[reader].error}\n${context}`);
        assert.deepEqual(doc[reader].value, expected, `${reader} reads document ${d + 1} differently\n${context}`);
      }
      // The size client-side apply's copy takes, as we count it (Go 1.19 escapes \b and \f long, as counted).
      const object = meant[i]![d] as Manifest;
      if (object.metadata && typeof object.metadata === "object") {
        const counted = lastAppliedAnnotationBytes(object) - annotationBytes(object.metadata.annotations) - Buffer.byteLength(lastAppliedAnnotation);
        assert.equal(counted, doc.lastApplied, `last-applied size of document ${d + 1}\n${context}`);
      }
    });
  });
}

// --- strings the readers could take for something else ----------------------------------------

/** Characters YAML gives a meaning to, blanks and breaks of every kind, and Unicode classes. */
const specials = [
  ..."-?:,[]{}#&*!|>'\"%@`=~<+.0123456789_/\\ \t\n\r",
  "\u0085",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\u200b",
  "\u3000",
  "\u180e",
  "\u0000",
  "\u0001",
  "\u0007",
  "\b",
  "\f",
  "\v",
  "\u001b",
  "\u007f",
  "\u0080",
  "\u009f",
  "\ud7ff",
  "\ue000",
  "\ufffd",
  "\ufffe",
  "\uffff",
  "é",
  "ß",
  "İ",
  "ǅ",
  "😀",
  "\u{10ffff}",
  "\u0301",
  "a",
  "Z",
  "x",
  "e",
  "E",
  "y",
  "n",
  "o",
  "O",
  "b",
  "f",
  "u",
];
const words = [
  ...trickyStrings,
  "yes",
  "Yes",
  "YES",
  "no",
  "NO",
  "on",
  "On",
  "off",
  "Off",
  "y",
  "Y",
  "n",
  "N",
  "true",
  "False",
  "~",
  "null",
  "NULL",
  "Null",
  "<<",
  "=",
  "0",
  "-0",
  "+0",
  "00",
  "0o7",
  "0o8",
  "07",
  "08",
  "09",
  "0x",
  "0xG",
  "0x_1",
  "0b1_0",
  "-0b1",
  "+0x1F",
  "1_2_3",
  "1__2",
  "_1",
  "1_",
  "190:20:30",
  "-1:20",
  "1:60",
  "1.5e3",
  "1.5E+3",
  "1e",
  "e1",
  "E1",
  "-e3",
  ".e3",
  "1.",
  "-.5",
  "+.5",
  "0.",
  ".",
  "..",
  "...",
  "-.inf",
  "+.Inf",
  ".NAN",
  ".nan",
  "1.0e+",
  "6.8523015e+5",
  "685.230_15e+03",
  "685_230.15",
  "190:20:30.15",
  "-.inf",
  "2001-12-14",
  "2001-12-14T21:59:43.10-05:00",
  "2001-12-14 21:59:43.10 -5",
  "2002-12-14",
  "2001-1-1",
  "1-1-1",
  "12:30",
  "12:30:00",
  "0.1.2",
  "1e3x",
  "x1e3",
  "- ",
  "-",
  "--",
  "---",
  "?",
  ":",
  "::",
  "a:b",
  "a: ",
  " a",
  "a ",
  "\ta",
  "a\t",
  "a\n ",
  "\n a",
  " \n",
  "\r\n",
  "#",
  " #",
  "a#b",
  "!!str",
  "!foo",
  "&a",
  "*a",
  "%TAG",
  "@",
  "`",
  "[",
  "]",
  "{",
  "}",
  ",",
  "a,b",
  "'",
  "''",
  '"',
  "\\",
  "\\n",
  "\\u0041",
  "x\u0085y",
  "x\u2028y",
  "\ufeffx",
  "x\ufeff",
];

function randomString(r: Rand): string {
  switch (r.int(0, 4)) {
    case 0:
      return r.pick(words);
    case 1: // words and specials glued together, blanks at either end sometimes
      return Array.from({ length: r.int(1, 4) }, () => (r.chance(0.5) ? r.pick(words) : r.pick(specials))).join("");
    case 2: // multi-line text: SQL-like, with indentation, tabs, blank and space-only lines
      return (
        Array.from({ length: r.int(1, 6) }, () =>
          r.pick(["SELECT 1;", "  indented", "\tTab", "", " ", "  ", "-- comment", "---", "...", "# hash", "key: value", "- item", "é😀", "x\r", "trailing  "]),
        ).join("\n") + r.pick(["", "\n", "\n\n", "\n \n"])
      );
    default:
      return Array.from({ length: r.int(0, 10) }, () => r.pick(specials)).join("");
  }
}

/** Objects shaped like ours (fixed top keys, nested mappings and lists, strings as keys and values). */
function randomObject(r: Rand): Record<string, unknown> {
  const strings = () => Object.fromEntries(Array.from({ length: r.int(1, 4) }, () => [randomString(r), randomString(r)]));
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "x", annotations: strings() },
    data: strings(),
    spec: {
      list: Array.from({ length: r.int(0, 3) }, () => (r.chance(0.5) ? randomString(r) : { key: randomString(r), value: randomString(r) })),
      n: r.int(-5, 5),
      b: r.chance(0.5),
    },
  };
}

describe("our YAML as Go's readers read it (sigs.k8s.io/yaml 1.3.0, yaml.v2 2.4.0, yaml.v3 3.0.1)", () => {
  it("reads every golden output as the objects the YAML 1.2 reading gives", () => {
    const base = join(repoRoot, "test/cases");
    const names = readdirSync(base).filter(
      (n) => existsSync(join(base, n, "stdout.golden")) && readFileSync(join(base, n, "stdout.golden"), "utf8").startsWith("---"),
    );
    assert.ok(names.length > 10);
    const streams = names.map((n) => readFileSync(join(base, n, "stdout.golden"), "utf8"));
    const meant = streams.map((s) => parseAllDocuments(s, { version: "1.2" }).map((d) => d.toJS()));
    assertGoReads(streams, meant, names);
  });

  it("reads 2,000 strings with YAML's special characters, words and Unicode classes as written, as keys and values (seeds 1..2000)", () => {
    const objects: Array<Record<string, unknown>> = [];
    for (let seed = 1; seed <= 2000; seed++) objects.push(randomObject(new Rand(seed)));
    // Whole words alone, once each, as value and key.
    for (const w of [...words, ...specials]) objects.push({ apiVersion: "v1", kind: "K", metadata: { name: w }, data: { [w]: w, list: [w] } });
    const streams: string[] = [];
    const meant: unknown[][] = [];
    const labels: string[] = [];
    objects.forEach((o, i) => {
      streams.push(toYamlStream([o, o]));
      meant.push([o, o]);
      labels.push(i < 2000 ? `seed ${i + 1}` : `word ${JSON.stringify((o.metadata as { name: string }).name)}`);
    });
    assertGoReads(streams, meant, labels);
  });

  it("reads the output of 40 random projects, every environment, as the objects rendered (seeds 1..40)", async () => {
    const streams: string[] = [];
    const meant: unknown[][] = [];
    const labels: string[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const g = randomProject(new Rand(seed));
      const repo = tempRepo();
      try {
        for (const [path, content] of Object.entries({ "atlas.project.yaml": g.text, ...g.files })) {
          mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
          writeFileSync(join(repo.dir, path), content);
        }
        let ws: Workspace;
        try {
          ws = openWorkspace(join(repo.dir, "atlas.project.yaml"), repo.dir);
        } catch (e) {
          if (e instanceof UserError) continue;
          throw e;
        }
        for (const env of Object.keys(ws.loaded.project.environments)) {
          try {
            const { rendered } = await renderEnvironment(ws, env, { namespace: "default" });
            streams.push(toOutput(rendered));
            meant.push(rendered.map((r) => r.manifest));
            labels.push(`seed ${seed}, environment ${env}`);
          } catch (e) {
            if (!(e instanceof UserError)) throw e;
          }
        }
      } finally {
        repo.cleanup();
      }
    }
    assert.ok(streams.length >= 20, `only ${streams.length} renders succeeded`);
    assertGoReads(streams, meant, labels);
  });
});
