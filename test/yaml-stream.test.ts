import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { toYamlStream } from "../src/render/yaml-stream.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import { prng, trickyStrings } from "./fuzz-helpers.js";

/** Reads a stream as YAML 1.2 and as YAML 1.1 (the rules of Argo CD's Go YAML). */
function readBack(stream: string): { v12: unknown[]; v11: unknown[] } {
  const read = (version: "1.1" | "1.2") =>
    parseAllDocuments(stream, { version }).map((d) => {
      assert.deepEqual(d.errors, [], stream);
      return d.toJS();
    });
  return { v12: read("1.2"), v11: read("1.1") };
}

/**
 * What Go's YAML reader (Argo CD, kubectl) refuses although the JavaScript reader accepts it:
 * characters outside YAML's printable set, and a tab where a block's indentation is detected.
 * A quick model for these tests; test/yaml-go.test.ts asks the real Go readers.
 */
function assertGoReadable(stream: string): void {
  assert.doesNotMatch(stream, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/, `not printable:\n${stream}`);
  assert.doesNotMatch(stream, /: [|>][-+]?\n *\t/, `tab where the indentation is detected:\n${stream}`);
}

function roundTrips(value: Record<string, unknown>): void {
  const stream = toYamlStream([value]);
  assertGoReadable(stream);
  const { v12, v11 } = readBack(stream);
  assert.deepEqual(v12, [value], `YAML 1.2 read back differs:\n${stream}`);
  assert.deepEqual(v11, [value], `YAML 1.1 read back differs:\n${stream}`);
}

// The project's tricky strings, and what only the emitter meets (characters the project file refuses, and more number and line forms).
const tricky = [
  ...trickyStrings,
  "0o17",
  "0b101",
  "1.5",
  "-.INF",
  ".NaN",
  "2001-12-14t21:59:43.10-05:00",
  "1.2.3",
  "x",
  "\n\n",
  "a\r\nb\n",
  "nel\u0085x",
  "ls\u2028x",
  "bom\ufeff",
  "ctl\u0001",
  "del\u007f",
  "\u007f\n",
  "nonchar\uffff",
  "\tfirst line\nsecond\n",
  "\t\n",
  "1d579be616db48803bb21713fd836a9165030f18",
  "-- atlas:sum ignore\n",
];

describe("toYamlStream", () => {
  it("writes keys in Kubernetes order, then alphabetically", () => {
    const out = toYamlStream([{ spec: { b: 1, a: true }, metadata: { annotations: { z: "1" }, name: "app" }, kind: "K", apiVersion: "v1" }]);
    assert.equal(out, '---\napiVersion: v1\nkind: K\nmetadata:\n  name: app\n  annotations:\n    z: "1"\nspec:\n  a: true\n  b: 1\n');
  });

  it("writes lists of mappings compactly", () => {
    assert.equal(
      toYamlStream([
        {
          vars: [
            { key: "a", value: "b" },
            { key: "c", valueFrom: { x: "z" } },
          ],
        },
      ]),
      "---\nvars:\n  - key: a\n    value: b\n  - key: c\n    valueFrom:\n      x: z\n",
    );
  });

  it("writes multi-line text as literal blocks", () => {
    assert.equal(toYamlStream([{ data: { "1.sql": "A;\nB;\n" } }]), "---\ndata:\n  1.sql: |\n    A;\n    B;\n");
  });

  it("states the indentation of a block whose first line starts with a tab, and escapes DEL", () => {
    assert.equal(toYamlStream([{ data: { "1.sql": "\tA;\nB;\n", "2.sql": "x\u007f" } }]), '---\ndata:\n  1.sql: |2\n    \tA;\n    B;\n  2.sql: "x\\u007f"\n');
  });

  for (const s of tricky) {
    it(`keeps ${JSON.stringify(s)} a string for YAML 1.1 and 1.2 readers, as value and key`, () => {
      roundTrips({ value: s, nested: { list: [s, { k: s }] }, [s === "" ? "empty" : s]: "key" });
    });
  }

  it("quotes strings Go's readers take for numbers once they drop every '_' (6.5e+1_0)", () => {
    assert.equal(toYamlStream([{ a: "6.8523015e+5_1", b: "1_0e3", c: "x_1e3" }]), '---\na: "6.8523015e+5_1"\nb: "1_0e3"\nc: x_1e3\n');
  });

  it("refuses to write half a character (a lone surrogate), which Go's readers reject", () => {
    assert.throws(() => toYamlStream([{ a: "x\ud800" }]), /lone surrogate/);
  });

  it("quotes the YAML 1.1 booleans y and n", () => {
    assert.equal(toYamlStream([{ y: "n" }]), '---\n"y": "n"\n');
  });

  it("round-trips 2,000 random strings", () => {
    const alphabet = [
      "a",
      "Z",
      "0",
      "9",
      " ",
      "\n",
      "\t",
      ":",
      "-",
      "#",
      ".",
      "_",
      "/",
      "'",
      '"',
      "\\",
      "é",
      "\u2028",
      "\r",
      "~",
      "{",
      "[",
      "&",
      "*",
      "!",
      "|",
      ">",
      "%",
      "@",
      ",",
      "?",
      "\u007f",
      "\u0085",
    ];
    for (let seed = fuzzSeed(), last = seed + fuzzRuns(2000) - 1; seed <= last; seed++) {
      const random = prng(seed);
      const length = Math.floor(random() * 12);
      let s = "";
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
      try {
        roundTrips({ v: s, list: [s] });
      } catch (e) {
        throw new Error(`seed ${seed}: ${JSON.stringify(s)}: ${(e as Error).message}`);
      }
    }
  });
});
