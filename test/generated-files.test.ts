import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { it } from "node:test";
import { generatedFiles } from "../scripts/generated-files.js";
import { repoRoot } from "./run.js";

for (const [path, content] of generatedFiles()) {
  it(`${path} is up to date with its source (npm run gen)`, () => {
    assert.equal(readFileSync(join(repoRoot, path), "utf8"), content);
  });
}
