/**
 * The project file is YAML 1.2 core, whatever it says: generated keys in every form a YAML 1.1 or
 * 1.2 reader would make a number, boolean or null stay the text written; every character other
 * YAML readers would take for something else is refused, written raw or as an escape, with the
 * line and column of the string; directives, merge keys and tags other than !!str are refused.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Problem, UserError } from "../src/common/errors.js";
import { parseYamlDocument } from "../src/project/yaml-source.js";
import { Rand } from "./fuzz-helpers.js";

function parse(text: string): unknown {
  return parseYamlDocument("atlas.project.yaml", text).value;
}

function refusal(text: string): Problem {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof UserError) return e.problems[0]!;
    throw e;
  }
  assert.fail(`accepted:\n${text}`);
}

/** A key in one of the forms YAML 1.1 or 1.2 resolves to a non-string. */
function typedKey(r: Rand): string {
  const digits = () => String(r.int(0, 99999));
  const sign = () => r.pick(["", "-", "+"]);
  switch (r.int(0, 9)) {
    case 0:
      return `${sign()}${digits()}`;
    case 1:
      return `${sign()}0${r.pick(["x", "X"])}${r.int(0, 0xffff).toString(16)}`;
    case 2:
      return `${sign()}0${r.pick(["o", ""])}${r.int(0, 0o777).toString(8)}`;
    case 3:
      return `${sign()}0b${r.int(0, 255).toString(2)}`;
    case 4:
      return `${sign()}${digits()}_${r.int(0, 999)}`;
    case 5:
      return `${sign()}${r.pick(["", digits()])}.${digits()}${r.pick(["", `e${sign()}${r.int(0, 30)}`, `E${r.int(0, 9)}`])}`;
    case 6:
      return `${sign()}${r.int(1, 59)}:${String(r.int(0, 59)).padStart(2, "0")}${r.pick(["", `:${r.int(10, 59)}`])}`;
    case 7:
      return r.pick([".inf", "-.inf", "+.Inf", ".NaN", ".NAN", ".nan", "-.INF"]);
    case 8:
      return r.pick(["true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes", "NO", "on", "Off", "y", "N", "null", "Null", "NULL", "~"]);
    default:
      return r.pick(["2001-12-14", "2001-12-14t21:59:43.10-05:00", "2002-12-14 21:59:43.10 -5", "1e3", "-0", "0.", "1_000.5"]);
  }
}

const refused = [
  ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  ...Array.from({ length: 0x21 }, (_, c) => 0x7f + c),
  0x2028,
  0x2029,
  0xfeff,
  0xfffe,
  0xffff,
  0xd800,
  0xdbff,
  0xdc00,
  0xdfff,
];
const allowed = ["\t", "\r", "\u00a0", "é", "😀", "\u2000", "\u3000", "\u200b", "\ufffd", "\ue000", "\ud7ff", "\u{10ffff}"];

/** A character as a YAML double-quoted escape, in one of the forms YAML has for it. */
function escaped(r: Rand, code: number): string {
  const named: Record<number, string[]> = {
    0: ["\\0"],
    7: ["\\a"],
    8: ["\\b"],
    11: ["\\v"],
    12: ["\\f"],
    27: ["\\e"],
    133: ["\\N"],
    8232: ["\\L"],
    8233: ["\\P"],
  };
  const forms = [`\\U${code.toString(16).padStart(8, "0")}`, ...(named[code] ?? [])];
  if (code <= 0xffff) forms.push(`\\u${code.toString(16).padStart(4, "0")}`);
  if (code < 0x100) forms.push(`\\x${code.toString(16).padStart(2, "0")}`);
  return r.pick(forms);
}

const base = "version: 1\ndatabases:\n  app:\n    dir: {remote: {name: app}}\n";

describe("the project file is YAML 1.2 core, whatever it says", () => {
  it("keeps 500 keys in every numeric, boolean and null form as the text written, block and flow (seeds 1..500)", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const r = new Rand(seed);
      const key = typedKey(r);
      const text = r.chance(0.5) ? `${base}    labels:\n      ${key}: v\n      other: w\n` : `${base}    labels: {${key}: v, other: w}\n`;
      const value = parse(text) as { databases: { app: { labels: Record<string, string> } } };
      assert.deepEqual(Object.keys(value.databases.app.labels), [key, "other"], `seed ${seed}: ${key}`);
    }
  });

  it("reads keys that look alike to a core-schema reader as different keys (0x1f and 31, 1e3 and 1000)", () => {
    const value = parse(`${base}    labels: {0x1f: a, 31: b, 1e3: c, 1000: d, true: e, "true": f}\n`.replace(', "true": f', "")) as {
      databases: { app: { labels: object } };
    };
    assert.deepEqual(value.databases.app.labels, { "0x1f": "a", "31": "b", "1e3": "c", "1000": "d", true: "e" });
    assert.match(refusal(`${base}    labels: {0x1f: a, "0x1f": b}\n`).message, /duplicate key/);
  });

  it("refuses 600 strings holding a character other readers read differently, raw or escaped, at its line (seeds 1..600)", () => {
    for (let seed = 1; seed <= 600; seed++) {
      const r = new Rand(seed);
      const code = r.pick(refused);
      const before = r.pick(["", "a", "x y", "é"]);
      const lineAt = r.int(0, 2);
      const raw = code !== 0xd800 && code !== 0xdbff && code !== 0xdc00 && code !== 0xdfff && code !== 0x0a && r.chance(0.4);
      const value = raw ? `"${before}${String.fromCharCode(code)}z"` : `"${before}${escaped(r, code)}z"`;
      const extra = Array.from({ length: lineAt }, (_, i) => `      l${i}: x\n`).join("");
      const problem = refusal(`${base}    annotations:\n${extra}      ${r.pick(["k", "0x1f"])}: ${value}\n`);
      assert.equal(problem.source, "atlas.project.yaml");
      assert.equal(problem.line, 6 + lineAt, `seed ${seed}: U+${code.toString(16)} ${raw ? "raw" : "escaped"}: ${problem.message}`);
      assert.ok(typeof problem.column === "number" && problem.column > 0);
      assert.match(problem.message, /is not allowed/);
    }
  });

  it("accepts tabs, carriage returns, no-break and other spaces, private-use and astral characters, raw or escaped", () => {
    const r = new Rand(1);
    for (const c of allowed) {
      for (const text of [`"a${c}b"`, `"a${escaped(r, c.codePointAt(0)!)}b"`]) {
        const value = parse(`${base}    annotations: {k: ${text}}\n`) as { databases: { app: { annotations: { k: string } } } };
        assert.equal(value.databases.app.annotations.k, `a${c}b`, JSON.stringify(text));
      }
    }
  });

  it("refuses every directive, at its line", () => {
    for (const d of ["%YAML 1.1", "%YAML 1.2", "%TAG ! tag:yaml.org,2002:", "%TAG !e! tag:example.com,2024:", "%FOO bar"]) {
      const problem = refusal(`# a comment\n${d}\n---\n${base}`);
      assert.equal(problem.line, 2, d);
      assert.match(problem.message, /directive/, d);
    }
  });

  it("refuses merge keys, block or flow, with an anchor or inline, in every mapping", () => {
    for (const text of [
      `defaults: &d {namespace: x}\n${base}    <<: *d\n`,
      `${base}    labels: {<<: {a: b}}\n`,
      `${base}    labels:\n      <<:\n        a: b\n`,
      `version: 1\n<<: {databases: {}}\n`,
    ]) {
      assert.match(refusal(text).message, /merge keys/, text);
    }
    assert.equal(
      (parse(`${base}    labels: {"<<": x}\n`) as { databases: { app: { labels: object } } }).databases.app.labels["<<" as never],
      "x",
      "a quoted << is a plain key",
    );
  });

  it("refuses every tag but !!str, shorthand, verbatim or through %TAG", () => {
    const tags = [
      "!!omap",
      "!!pairs",
      "!!set",
      "!!binary",
      "!!timestamp",
      "!!int",
      "!!float",
      "!!bool",
      "!!null",
      "!!map",
      "!!seq",
      "!foo",
      "!",
      "!<tag:yaml.org,2002:str>",
      "!<!bar>",
      "!e!x",
    ];
    for (const tag of tags) {
      const problem = refusal(`${base}    annotations: {k: ${tag} "1"}\n`);
      assert.equal(problem.line, 5, tag);
      assert.match(problem.message, /tag/i, tag);
    }
    assert.deepEqual((parse(`${base}    annotations: {k: !!str 0x1f}\n`) as { databases: { app: { annotations: object } } }).databases.app.annotations, {
      k: "0x1f",
    });
  });
});
