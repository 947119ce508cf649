/**
 * The render core called as plain functions: project text, directory contents and tags in
 * memory, no repository, no registry. The expected objects are the golden files of the feature
 * cases (test/cases), whose inputs this test reads itself and hands over as data.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { formatProblem } from "../src/common/errors.js";
import { parseProject } from "../src/project/project-file.js";
import { checkMigrationDir, type DirData, type DirReader } from "../src/render/migration-dir.js";
import {
  type EnvironmentRender,
  maxRenderedBytes,
  planRender,
  type RenderInputs,
  type Result,
  render,
  resolvedForRevisionAnnotation,
  resolvedFromAnnotation,
  toOutput,
} from "../src/render/render.js";
import { repoRoot } from "./run.js";

/** A migration directory held in memory: file name -> bytes (or text), shown as `display`. */
function memoryDir(display: string, files: Readonly<Record<string, string | Uint8Array>>): DirReader {
  const bytes = (content: string | Uint8Array) => (typeof content === "string" ? new TextEncoder().encode(content) : content);
  return {
    display: (name) => (name === undefined ? display : `${display}/${name}`),
    list: (sub) => (sub === undefined ? Object.keys(files).map((name) => ({ name, isDirectory: false })) : undefined),
    read: (name, maxBytes, tooLarge) => {
      const b = bytes(files[name]!);
      if (b.byteLength > maxBytes) throw new Error(tooLarge());
      return b;
    },
  };
}

/** The files of a directory of a case, read by the test (the render only sees the data). */
function caseDir(dir: string): Record<string, Uint8Array> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`unexpected problems:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.value;
}

function problems(result: Result<unknown>): string[] {
  assert.equal(result.ok, false, "expected problems");
  return result.ok ? [] : result.problems.map(formatProblem);
}

const golden = (name: string) => readFileSync(join(repoRoot, "test/cases", name, "stdout.golden"), "utf8");
const projectOf = (path: string, name = "atlas.project.yaml") => parseProject(name, readFileSync(join(repoRoot, path), "utf8"));
const noDirs: RenderInputs["dirs"] = new Map();

describe("render, the pure core", () => {
  it("renders merge-rules as its golden file (no directory, no registry)", () => {
    const loaded = projectOf("test/cases/merge-rules/repo/atlas.project.yaml");
    const out = value(render(loaded, "prod", { namespace: "default-ns", dirs: noDirs }));
    assert.deepEqual(out.warnings, []);
    assert.equal(toOutput(out.rendered), golden("merge-rules"));
  });

  it("renders all-spec-fields as its golden file", () => {
    const loaded = projectOf("test/cases/all-spec-fields/repo/atlas.project.yaml");
    const [environment] = Object.keys(loaded.project.environments);
    assert.equal(toOutput(value(render(loaded, environment!, { dirs: noDirs })).rendered), golden("all-spec-fields"));
  });

  it("renders names-and-namespaces from an in-memory directory: one ConfigMap per database", () => {
    const loaded = projectOf("test/cases/names-and-namespaces/repo/atlas.project.yaml");
    const plan = value(planRender(loaded, "only"));
    assert.deepEqual(
      plan.dirs.map((d) => [d.database, d.path]),
      [
        ["app", "migrations"],
        ["reporting", "migrations"],
      ],
    );
    assert.deepEqual(plan.pins, []);
    const data = checkMigrationDir(memoryDir("migrations", caseDir(join(repoRoot, "test/cases/names-and-namespaces/repo/migrations"))));
    assert.equal(
      toOutput(value(render(loaded, "only", { namespace: "apps", dirs: new Map([["migrations", data]]) })).rendered),
      golden("names-and-namespaces"),
    );
  });

  it("renders the in-repo example's prod environment as Argo CD does (golden in-repo-prod)", () => {
    const loaded = projectOf("examples/in-repo/deploy/atlas.project.yaml");
    const plan = value(planRender(loaded, "prod"));
    assert.deepEqual(
      plan.dirs.map((d) => d.path),
      ["../migrations/app"],
    );
    const data = checkMigrationDir(memoryDir("../migrations/app", caseDir(join(repoRoot, "examples/in-repo/migrations/app"))));
    const out = value(render(loaded, "prod", { namespace: "shop-prod", dirs: new Map([["../migrations/app", data]]) }));
    assert.equal(toOutput(out.rendered), golden("in-repo-prod"));
  });

  it("plans the registry's work and renders the tags it gave, with their annotations and warnings", () => {
    const loaded = projectOf("examples/in-repo/deploy/atlas.project.yaml");
    const plan = value(planRender(loaded, "preview"));
    assert.deepEqual(
      plan.pins.map((p) => [p.target.database, p.action, p.name]),
      [["billing", "resolve", "billing"]],
    );
    const data: DirData = checkMigrationDir(memoryDir("../migrations/app", caseDir(join(repoRoot, "examples/in-repo/migrations/app"))));
    const sha = "0123456789abcdef0123456789abcdef01234567";
    const warning = { source: "atlas.project.yaml", message: "warning: from the registry" };
    const out: EnvironmentRender = value(
      render(loaded, "preview", {
        namespace: "shop",
        dirs: new Map([["../migrations/app", data]]),
        pins: { tags: new Map([["billing", { tag: sha, revision: sha }]]), warnings: [warning] },
      }),
    );
    const billing = out.rendered.find((r) => r.manifest.kind === "AtlasMigration" && r.database === "billing")!.manifest;
    assert.deepEqual(billing.spec, {
      backoffLimit: 10,
      cloud: { project: "shop", tokenFrom: { secretKeyRef: { key: "token", name: "atlas-credentials" } } },
      dir: { remote: { name: "billing", tag: sha } },
      urlFrom: { secretKeyRef: { key: "url", name: "billing-db" } },
    });
    assert.equal(billing.metadata.annotations?.[resolvedFromAnnotation], "latest");
    assert.equal(billing.metadata.annotations?.[resolvedForRevisionAnnotation], sha);
    assert.deepEqual(out.warnings, [warning]);

    // Without the registry (validate), the tag stays as written.
    const offline = value(render(loaded, "preview", { namespace: "shop", dirs: new Map([["../migrations/app", data]]) }));
    const written = offline.rendered.find((r) => r.manifest.kind === "AtlasMigration" && r.database === "billing")!.manifest;
    assert.deepEqual((written.spec as { dir: unknown }).dir, { remote: { name: "billing" } });
    assert.equal(written.metadata.annotations?.[resolvedFromAnnotation], undefined);
  });

  it("returns problems, exact text: a directory the checks refuse, as the dir-sum-mismatch-edited case prints it", () => {
    const files = caseDir(join(repoRoot, "test/cases/dir-sum-mismatch-edited/repo/migrations"));
    assert.throws(
      () => checkMigrationDir(memoryDir("migrations", files)),
      (e: Error & { problems?: unknown[] }) => {
        assert.equal(
          `${(e.problems as Parameters<typeof formatProblem>[0][]).map(formatProblem).join("\n")}\n`,
          readFileSync(join(repoRoot, "test/cases/dir-sum-mismatch-edited/stderr.golden"), "utf8"),
        );
        return true;
      },
    );
  });

  it("returns problems, exact text: every clash of the last gate at once", () => {
    const loaded = parseProject(
      "atlas.project.yaml",
      `version: 1
databases:
  a:
    name: same
    urlFrom: {secretKeyRef: {name: a, key: url}}
    dir: {path: migrations}
  b:
    name: same
    urlFrom: {secretKeyRef: {name: b, key: url}}
    dir: {path: migrations}
environments:
  prod: {}
`,
    );
    const dirs = new Map([["migrations", { "1_a.sql": "CREATE TABLE a (id int);\n", "atlas.sum": "" }]]);
    assert.deepEqual(problems(render(loaded, "prod", { namespace: "ns", dirs })), [
      'atlas.project.yaml:8:11: databases.b.name: rendered ConfigMap "same-migrations-7ada45da0d" of database "b" has the same name as that of database "a" in the same namespace: give each database a distinct name',
      'atlas.project.yaml:8:11: databases.b.name: rendered AtlasMigration "same" of database "b" has the same name as that of database "a" in the same namespace: give each database a distinct name',
    ]);
  });

  it("returns problems, exact text: an environment that renders nothing", () => {
    const loaded = parseProject(
      "atlas.project.yaml",
      `version: 1
databases:
  a:
    urlFrom: {secretKeyRef: {name: a, key: url}}
    dir: {path: migrations}
environments:
  prod:
    databases:
      a: {enabled: false}
`,
    );
    assert.deepEqual(problems(planRender(loaded, "prod")), [
      'atlas.project.yaml:8:5: environments.prod: environment "prod" renders no database (all are disabled): enable one, or remove the Application',
    ]);
  });

  it("counts each database's copy of a directory against the output budget", () => {
    const loaded = parseProject(
      "atlas.project.yaml",
      `version: 1
defaults:
  urlFrom: {secretKeyRef: {name: db, key: url}}
  dir: {path: migrations}
databases:
  a: {}
  b: {}
environments:
  prod: {}
`,
    );
    const half = "x".repeat(maxRenderedBytes / 2);
    assert.deepEqual(problems(render(loaded, "prod", { dirs: new Map([["migrations", { "1_a.sql": half }]]) })), [
      'atlas.project.yaml:9:3: environments.prod: environment "prod" would print more than 64 MiB of manifests (settings of defaults and of the environment are copied into every database, a directory into every ConfigMap that uses it): set large settings on fewer databases, or split the project',
    ]);
  });
});
