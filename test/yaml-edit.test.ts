import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isScalar, parseDocument, Scalar } from "yaml";
import { setStringsInText, YamlEditError } from "../src/registry/yaml-edit.js";
import { Rand } from "./fuzz-helpers.js";

const tag = (env: string) => ["environments", env, "databases", "x", "dir", "remote", "tag"];

describe("setStringsInText", () => {
  it("changes only the values, keeping comments and layout", () => {
    const text = "environments:\n  a:   # first\n    databases:\n      x: {dir: {remote: {tag: old}}}   # pinned\n  b: {}\n";
    assert.equal(
      setStringsInText(text, [
        { path: tag("a"), value: "new" },
        { path: tag("b"), value: "v2" },
      ]),
      "environments:\n  a:   # first\n    databases:\n      x: {dir: {remote: {tag: new}}}   # pinned\n  b:\n    databases:\n      x:\n        dir:\n          remote:\n            tag: v2\n",
    );
  });

  it("keeps the line break that ends a block scalar", () => {
    assert.equal(
      setStringsInText("environments:\n  a:\n    databases:\n      x:\n        dir:\n          remote:\n            tag: >-\n              old\nnext: 1\n", [
        { path: tag("a"), value: "new" },
      ]),
      "environments:\n  a:\n    databases:\n      x:\n        dir:\n          remote:\n            tag: new\nnext: 1\n",
    );
  });

  it("keeps a CRLF line break after a block scalar", () => {
    assert.equal(
      setStringsInText(
        "environments:\r\n  a:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: |-\r\n              old\r\nnext: 1\r\n",
        [{ path: tag("a"), value: "new" }],
      ),
      "environments:\r\n  a:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: new\r\nnext: 1\r\n",
    );
  });

  it("names the edit that a YAML anchor shares, not the first one", () => {
    const text =
      "environments:\n  a: {databases: {x: {dir: {remote: {tag: one}}}}}\n  b: {databases: {x: {dir: {remote: {tag: &t two}}}}}\n  c: {databases: {x: {dir: {remote: {tag: *t}}}}}\n";
    assert.throws(
      () =>
        setStringsInText(text, [
          { path: tag("a"), value: "1" },
          { path: tag("b"), value: "2" },
        ]),
      (e: unknown) => e instanceof YamlEditError && e.path.join(".") === tag("b").join("."),
    );
  });

  it("keeps the quoting style of the edited value", () => {
    const file = (v: string) => `environments:\n  a:\n    databases:\n      x:\n        dir: {remote: {name: billing, tag: ${v}}}\n`;
    const edit = (v: string, value: string) => setStringsInText(file(v), [{ path: tag("a"), value }]);
    assert.equal(edit('"old"', "abc123"), file('"abc123"'));
    assert.equal(edit("'old'", "abc123"), file("'abc123'"));
    assert.equal(edit("old", "abc123"), file("abc123"));
    assert.equal(edit("'old'", "it's"), file("'it''s'"));
    // A plain value that would read back as another type, or break the flow mapping, is quoted.
    assert.equal(edit("old", "1234567"), file('"1234567"'));
    assert.equal(edit("old", "a,b"), file('"a,b"'));
    // What a single-quoted value cannot hold is written double-quoted.
    assert.equal(edit("'old'", "a\tb"), file('"a\\tb"'));
  });

  it("ends inserted lines as the file's lines end (CRLF stays CRLF)", () => {
    const text =
      "environments:\r\n  a:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            name: billing\r\n  b: {}\r\n  c:\r\n    note: 1\r\n";
    assert.equal(
      setStringsInText(text, [
        { path: tag("a"), value: "v1" },
        { path: tag("b"), value: "v2" },
        { path: tag("c"), value: "v3" },
      ]),
      "environments:\r\n  a:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            name: billing\r\n            tag: v1\r\n" +
        "  b:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: v2\r\n" +
        "  c:\r\n    note: 1\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: v3\r\n",
    );
    // Without a final line break: the inserted lines end with one.
    assert.equal(
      setStringsInText("environments:\r\n  a:\r\n    note: 1", [{ path: tag("a"), value: "v" }]),
      "environments:\r\n  a:\r\n    note: 1\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: v\r\n",
    );
  });

  it("keeps style, line endings and every other byte, for generated files and values", () => {
    const values = [
      "0123abcd",
      "1234567",
      "1e5",
      "true",
      "null",
      "a b",
      "it's",
      'say "hi"',
      "a: b",
      "#x",
      "a,b",
      "{x}",
      "-",
      "~",
      "v1.2.3",
      "é",
      "x\ty",
      "",
      " lead",
      "trail ",
      "0x1F",
      "2026-11-30",
    ];
    const hex = "0123456789abcdef";
    for (let seed = 1; seed <= 400; seed++) {
      const r = new Rand(seed);
      const crlf = r.chance(0.5);
      const style = r.pick(["plain", "double", "single", "none"] as const);
      const old = r.chars(hex, 7, 40);
      const oldText = style === "double" ? `"${old}"` : style === "single" ? `'${old}'` : old;
      const remote =
        style === "none"
          ? "{name: billing}"
          : r.chance(0.5)
            ? `{name: billing, tag: ${oldText}}`
            : `\n            name: billing   # the directory\n            tag: ${oldText}   # pinned`;
      const lines = [
        "# project",
        "environments:",
        `  prod:${r.chance(0.3) ? "   # production" : ""}`,
        "    databases:",
        "      x:",
        "        dir:",
        `          remote: ${remote}`.replace(/: \n/, ":\n"),
        ...(r.chance(0.5) ? ["  staging: {}"] : []),
        ...(r.chance(0.5) ? ["defaults: {namespace: shop}"] : []),
      ];
      const eol = crlf ? "\r\n" : "\n";
      const text = lines.join("\n").replaceAll("\n", eol) + (r.chance(0.8) ? eol : "");
      const value = r.chance(0.5) ? r.chars(hex, 7, 40) : r.pick(values);
      const path = tag("prod");
      const edited = setStringsInText(text, [{ path, value }]);
      const where = `seed ${seed}: ${JSON.stringify(text)} <- ${JSON.stringify(value)}`;
      const node = parseDocument(edited).getIn(path, true);
      assert.ok(isScalar(node) && node.value === value, where);
      if (crlf) assert.doesNotMatch(edited, /[^\r]\n/, where);
      else assert.doesNotMatch(edited, /\r/, where);
      const needsEscape = /[\u0000-\u001f]/.test(value);
      if (style === "double") assert.equal(node.type, Scalar.QUOTE_DOUBLE, where);
      if (style === "single") assert.equal(node.type, needsEscape ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, where);
      // Outside the value, nothing changed.
      if (style !== "none") {
        const at = text.indexOf(oldText, text.indexOf("remote:"));
        assert.equal(edited.slice(0, at), text.slice(0, at), where);
        assert.equal(edited.slice(edited.length - (text.length - at - oldText.length)), text.slice(at + oldText.length), where);
      }
    }
  });
});
