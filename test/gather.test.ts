/**
 * The edge of the render: what it reads from the repository for a plan, and in which order its
 * problems come.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { formatProblem, type UserError } from "../src/common/errors.js";
import { gatherDirs } from "../src/gather/migration-dirs.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace } from "../src/gather/workspace.js";
import { orThrow, planRender } from "../src/render/render.js";
import { sumOf } from "./fuzz-helpers.js";
import { tempRepo } from "./run.js";

/** `count` databases sharing migrations/ (one file of `bytes` characters), then one whose dir.path leads nowhere. */
function sharedDirRepo(count: number, bytes: number) {
  const files = { "1_init.sql": `-- ${"x".repeat(bytes - 4)}\n` };
  const databases = Array.from({ length: count }, (_, i) => `  db${i}: {dir: {path: migrations}}\n`).join("");
  return tempRepo({
    "atlas.project.yaml": `version: 1\ndefaults:\n  urlFrom: {secretKeyRef: {name: db, key: url}}\ndatabases:\n${databases}  last: {dir: {path: missing}}\nenvironments:\n  prod: {}\n`,
    "migrations/1_init.sql": files["1_init.sql"],
    "migrations/atlas.sum": sumOf(files),
  });
}

describe("gathering for a render plan", () => {
  it("reads a directory shared by several databases once, and blames the first database whose dir.path leads nowhere", () => {
    const repo = sharedDirRepo(3, 100);
    try {
      const ws = openWorkspace(join(repo.dir, "atlas.project.yaml"), repo.dir);
      const plan = orThrow(planRender(ws.loaded, "prod"));
      assert.deepEqual(
        plan.dirs.map((d) => d.database),
        ["db0", "db1", "db2", "last"],
      );
      assert.throws(
        () => gatherDirs(ws, plan),
        (e: UserError) => {
          assert.deepEqual(e.problems.map(formatProblem), [`atlas.project.yaml:8:22: databases.last.dir.path: not found: missing does not exist`]);
          return true;
        },
      );
      assert.equal(ws.dirs.size, 1);
    } finally {
      repo.cleanup();
    }
  });

  it("stops reading once the ConfigMaps pass the output bound: the bound is the problem, not a later directory", async () => {
    // 70 copies of a 1,000,000-byte directory pass 64 MiB at the 68th database, before `last`.
    const repo = sharedDirRepo(70, 1_000_000);
    try {
      const ws = openWorkspace(join(repo.dir, "atlas.project.yaml"), repo.dir);
      const plan = orThrow(planRender(ws.loaded, "prod"));
      assert.deepEqual([...gatherDirs(ws, plan).keys()], ["migrations"]);
      await assert.rejects(renderEnvironment(ws, "prod", {}), (e: UserError) => {
        assert.deepEqual(e.problems.map(formatProblem), [
          'atlas.project.yaml:77:3: environments.prod: environment "prod" would print more than 64 MiB of manifests (settings of defaults and of the environment are copied into every database, a directory into every ConfigMap that uses it): set large settings on fewer databases, or split the project',
        ]);
        return true;
      });
    } finally {
      repo.cleanup();
    }
  });
});
