import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setStringsInText, YamlEditError } from "../src/yaml-edit.js";

const tag = (env: string) => ["environments", env, "databases", "x", "dir", "remote", "tag"];

describe("setStringsInText", () => {
  it("changes only the values, keeping comments and layout", () => {
    const text = "environments:\n  a:   # first\n    databases:\n      x: {dir: {remote: {tag: old}}}   # pinned\n  b: {}\n";
    assert.equal(
      setStringsInText(text, [{ path: tag("a"), value: "new" }, { path: tag("b"), value: "v2" }]),
      "environments:\n  a:   # first\n    databases:\n      x: {dir: {remote: {tag: new}}}   # pinned\n  b:\n    databases:\n      x:\n        dir:\n          remote:\n            tag: v2\n",
    );
  });

  it("keeps the line break that ends a block scalar", () => {
    assert.equal(setStringsInText("environments:\n  a:\n    databases:\n      x:\n        dir:\n          remote:\n            tag: >-\n              old\nnext: 1\n", [{ path: tag("a"), value: "new" }]),
      "environments:\n  a:\n    databases:\n      x:\n        dir:\n          remote:\n            tag: new\nnext: 1\n");
  });

  it("keeps a CRLF line break after a block scalar", () => {
    assert.equal(setStringsInText("environments:\r\n  a:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: |-\r\n              old\r\nnext: 1\r\n", [{ path: tag("a"), value: "new" }]),
      "environments:\r\n  a:\r\n    databases:\r\n      x:\r\n        dir:\r\n          remote:\r\n            tag: new\r\nnext: 1\r\n");
  });

  it("names the edit that a YAML anchor shares, not the first one", () => {
    const text = "environments:\n  a: {databases: {x: {dir: {remote: {tag: one}}}}}\n  b: {databases: {x: {dir: {remote: {tag: &t two}}}}}\n  c: {databases: {x: {dir: {remote: {tag: *t}}}}}\n";
    assert.throws(
      () => setStringsInText(text, [{ path: tag("a"), value: "1" }, { path: tag("b"), value: "2" }]),
      (e: unknown) => e instanceof YamlEditError && e.path.join(".") === tag("b").join("."),
    );
  });
});
