/**
 * The Atlas Operator's own CustomResourceDefinitions (v0.7.37, test/fixtures/atlas-operator-crds/)
 * as the oracle for what we print: every AtlasMigration of the golden cases, of the examples and of
 * generated projects must validate against the CRD's served openAPIV3Schema, read as the API server
 * reads a structural schema, except that a field the API server would prune is an error here (the
 * operator's users expect none to vanish). `metadata` is ObjectMeta, which the CRD does not
 * describe (our own output schema checks it); `status` must be absent. CEL rules
 * (x-kubernetes-validations) do not occur in these CRDs.
 *
 * It also holds the fields of the CRD's spec a project file cannot express to their documented,
 * reasoned list (src/project/crd-coverage.ts).
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import AjvModule from "ajv";
import { parse, parseAllDocuments } from "yaml";
import { UserError } from "../src/common/errors.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace } from "../src/gather/workspace.js";
import { covers, crdExclusions, valueLimits } from "../src/project/crd-coverage.js";
import { projectFileName } from "../src/project/schema.js";
import { atlasMigrationSchema } from "../src/render/output-schemas.js";
import { environmentNames } from "../src/render/render.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import { Rand, randomProject } from "./fuzz-helpers.js";
import { exampleProjectFiles, repoRoot, tempRepo } from "./run.js";

type Json = Record<string, any>;

const crdDir = join(repoRoot, "test/fixtures/atlas-operator-crds");
const crd = parse(readFileSync(join(crdDir, "db.atlasgo.io_atlasmigrations.yaml"), "utf8")) as Json;
const served = (crd.spec.versions as Json[]).filter((v) => v.served);
assert.equal(served.length, 1, "one served version");
const version = served[0]!;
const crdRoot = version.schema.openAPIV3Schema as Json;

/** Keys of a CRD schema node that say nothing about validity (or nothing checkable here). */
const ignoredKeys = new Set([
  "description",
  "default",
  "x-kubernetes-list-type",
  "x-kubernetes-list-map-keys",
  "x-kubernetes-map-type",
  "example",
  "externalDocs",
  "title",
]);
/** Keys copied to the JSON Schema as they are. */
const copiedKeys = new Set([
  "type",
  "required",
  "enum",
  "pattern",
  "maxLength",
  "minLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "maxItems",
  "minItems",
  "maxProperties",
  "minProperties",
  "uniqueItems",
]);
/** The formats the API server checks whose numeric range JSON Schema can say; others are ignored. */
const formatRanges: Record<string, { minimum: number; maximum: number }> = {
  int32: { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 },
  int64: { minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
};

/**
 * A CRD schema node as a draft-07 JSON Schema, strict about fields the API server would prune:
 * an object without x-kubernetes-preserve-unknown-fields allows only its `properties` (or, as a
 * map, values of its `additionalProperties`).
 */
function strict(node: Json, at: string): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (ignoredKeys.has(key)) continue;
    if (copiedKeys.has(key)) out[key] = structuredClone(value);
    else if (key === "properties") out.properties = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, strict(v, `${at}.${k}`)]));
    else if (key === "items") out.items = strict(value, `${at}[]`);
    else if (key === "additionalProperties") out.additionalProperties = typeof value === "boolean" ? value : strict(value, `${at}{}`);
    else if (key === "format") Object.assign(out, formatRanges[value as string]);
    else if (key === "anyOf" && node["x-kubernetes-int-or-string"] === true)
      continue; // said by the key below
    else if (key === "x-kubernetes-int-or-string") continue;
    else if (key === "nullable" || key === "x-kubernetes-preserve-unknown-fields" || key === "x-kubernetes-embedded-resource") continue;
    else throw new Error(`${at}: CRD schema key ${key} is not handled by this test`);
  }
  if (node["x-kubernetes-int-or-string"] === true) {
    // Either an integer or a string; the string keywords (a Quantity's pattern) hold for strings.
    const string: Json = { type: "string" };
    for (const key of ["pattern", "maxLength", "minLength"]) {
      if (key in out) string[key] = out[key];
      delete out[key];
    }
    delete out.type;
    out.anyOf = [{ type: "integer" }, string];
  }
  if (node.nullable === true && typeof out.type === "string") out.type = [out.type, "null"];
  if (node.type === "object" && node["x-kubernetes-preserve-unknown-fields"] !== true && node.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

/** The whole object: the spec strictly, metadata as any object (ObjectMeta), no status. */
function objectSchema(): Json {
  const { metadata, status, ...rest } = crdRoot.properties as Json;
  assert.ok(metadata && status, "the CRD describes metadata and status");
  const root = strict({ ...crdRoot, properties: rest }, "");
  root.properties.metadata = { type: "object" };
  root.required = ["apiVersion", "kind", "metadata", "spec"];
  return root;
}

const ajv = new AjvModule.default({ allErrors: true, strict: true });
const validateObject = ajv.compile(objectSchema());
const expectedApiVersion = `${crd.spec.group}/${version.name}`;

/** What the CRD says is wrong with `object` (empty when valid). */
function crdProblems(object: Json): string[] {
  const problems: string[] = [];
  if (object.apiVersion !== expectedApiVersion) problems.push(`apiVersion ${JSON.stringify(object.apiVersion)}, want ${expectedApiVersion}`);
  if (object.kind !== crd.spec.names.kind) problems.push(`kind ${JSON.stringify(object.kind)}, want ${crd.spec.names.kind}`);
  if (!validateObject(object)) {
    for (const e of validateObject.errors ?? [])
      problems.push(`${e.instancePath || "/"} ${e.message}${e.params && "additionalProperty" in e.params ? ` (${e.params.additionalProperty})` : ""}`);
  }
  return problems;
}

/** The Atlas Operator objects of a YAML stream; every object of the db.atlasgo.io group must be an AtlasMigration. */
function operatorObjects(stream: string, source: string): Json[] {
  const out: Json[] = [];
  for (const doc of parseAllDocuments(stream)) {
    if (doc.errors.length > 0) return []; // not a manifest stream (another command's output)
    const object = doc.toJS() as unknown;
    if (object === null || typeof object !== "object" || Array.isArray(object)) return [];
    const o = object as Json;
    if (o.kind === "AtlasMigration" || String(o.apiVersion ?? "").startsWith(`${crd.spec.group}/`)) out.push(o);
    else assert.equal(o.kind, "ConfigMap", `${source}: an object of kind ${o.kind}`);
  }
  return out;
}

/** The spec field paths of every valid object seen, in the notation of `missing` below. */
const rendered = new Set<string>();

/** Adds the field paths of `value` (under the CRD's schema node `node`) to `rendered`. */
function recordFields(value: unknown, node: Json, at: string): void {
  rendered.add(at);
  if (Array.isArray(value)) for (const item of value) recordFields(item, node.items ?? {}, `${at}[]`);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (node.properties?.[key]) recordFields(child, node.properties[key], `${at}.${key}`);
      else recordFields(child, node.additionalProperties ?? {}, `${at}{}`);
    }
  }
}

function assertValid(objects: readonly Json[], source: string): void {
  for (const object of objects) {
    recordFields(object.spec, crdRoot.properties.spec, "spec");
    assert.deepEqual(crdProblems(object), [], `${source}: AtlasMigration ${object.metadata?.name} against the Atlas Operator v0.7.37 CRD`);
  }
}

/** Every environment of a project, rendered in-process: the operator's objects of those that render. */
async function renderedObjects(projectFile: string, cwd: string, namespace?: string): Promise<{ objects: Json[]; environments: number }> {
  const ws = openWorkspace(projectFile, cwd);
  const objects: Json[] = [];
  let environments = 0;
  for (const env of environmentNames(ws.loaded.project)) {
    try {
      const { rendered } = await renderEnvironment(ws, env, { namespace });
      environments++;
      for (const r of rendered) if (r.manifest.kind !== "ConfigMap") objects.push(r.manifest as Json);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  }
  return { objects, environments };
}

describe("the Atlas Operator v0.7.37 CRD accepts what we render", () => {
  it("the fixture is the operator's CRD: one served version, our kind and group", () => {
    assert.equal(crd.kind, "CustomResourceDefinition");
    assert.equal(crd.metadata.name, "atlasmigrations.db.atlasgo.io");
    assert.equal(expectedApiVersion, atlasMigrationSchema.properties.apiVersion.const);
    assert.equal(crd.spec.names.kind, atlasMigrationSchema.properties.kind.const);
    assert.equal(crd.spec.scope, "Namespaced");
  });

  it("the oracle refuses what the API server would prune or reject", () => {
    const good = { apiVersion: "db.atlasgo.io/v1alpha1", kind: "AtlasMigration", metadata: { name: "a" }, spec: { dir: { remote: { name: "d" } } } };
    assert.deepEqual(crdProblems(good), []);
    const bad = (patch: (o: Json) => void) => {
      const o = structuredClone(good) as Json;
      patch(o);
      return crdProblems(o);
    };
    assert.deepEqual(
      bad((o) => (o.spec.dir.remote.extra = "x")),
      ["/spec/dir/remote must NOT have additional properties (extra)"],
    );
    assert.deepEqual(
      bad((o) => (o.spec.unknown = 1)),
      ["/spec must NOT have additional properties (unknown)"],
    );
    assert.deepEqual(
      bad((o) => (o.status = {})),
      ["/ must NOT have additional properties (status)"],
    );
    assert.deepEqual(
      bad((o) => delete o.spec.dir),
      ["/spec must have required property 'dir'"],
    );
    assert.deepEqual(
      bad((o) => (o.spec.execOrder = "random")),
      ["/spec/execOrder must be equal to one of the allowed values"],
    );
    assert.deepEqual(
      bad((o) => (o.spec.backoffLimit = "3")),
      ["/spec/backoffLimit must be integer"],
    );
    assert.deepEqual(
      bad((o) => (o.spec.credentials = { parameters: { sslmode: 1 } })),
      ["/spec/credentials/parameters/sslmode must be string"],
    );
    assert.deepEqual(
      bad((o) => (o.apiVersion = "db.atlasgo.io/v1")),
      ['apiVersion "db.atlasgo.io/v1", want db.atlasgo.io/v1alpha1'],
    );
    assert.deepEqual(
      bad((o) => (o.kind = "AtlasSchema")),
      ['kind "AtlasSchema", want AtlasMigration'],
    );
  });

  it("every golden output (test/cases/*/stdout.golden)", () => {
    const base = join(repoRoot, "test/cases");
    let count = 0;
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, "stdout.golden");
      if (!existsSync(file)) continue;
      const objects = operatorObjects(readFileSync(file, "utf8"), `test/cases/${name}`);
      assertValid(objects, `test/cases/${name}`);
      count += objects.length;
    }
    assert.ok(count >= 20, `AtlasMigrations in the golden outputs: ${count}`);
  });

  it("every environment of every example", async () => {
    const found = exampleProjectFiles();
    assert.ok(found.length >= 2, `examples: ${found.join(", ")}`);
    for (const project of found) {
      const { objects, environments } = await renderedObjects(join(repoRoot, project), repoRoot, "default");
      assert.ok(environments > 0 && objects.length > 0, `${project} renders`);
      assertValid(objects, project);
    }
  });

  it("generated projects (seeded)", async () => {
    const runs = fuzzRuns(40);
    const first = fuzzSeed();
    let count = 0;
    for (let seed = first; seed < first + runs; seed++) {
      const g = randomProject(new Rand(seed));
      const repo = tempRepo();
      try {
        for (const [path, content] of Object.entries({ [projectFileName]: g.text, ...g.files })) {
          mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
          writeFileSync(join(repo.dir, path), content);
        }
        const { objects } = await renderedObjects(join(repo.dir, projectFileName), repo.dir, seed % 2 === 0 ? "ns" : undefined);
        assertValid(objects, `generated project, seed ${seed}`);
        count += objects.length;
      } finally {
        repo.cleanup();
      }
    }
    // Most generated projects render (a rerun of one seed may be one that does not).
    assert.ok(runs < 10 || count > runs, `AtlasMigrations rendered from ${runs} generated projects: ${count}`);
  });
});

// ---- what the CRD has and our output schema does not -------------------------------------------

/** Our schema node with `$ref`s followed. */
function ours(node: Json | undefined): Json | undefined {
  let n = node;
  while (n && typeof n.$ref === "string") n = (atlasMigrationSchema.definitions as Json)[n.$ref.replace("#/definitions/", "")];
  return n;
}

/** Field paths under `crdNode` that `ourNode` does not allow (a missing field is listed, not descended into). */
function missing(crdNode: Json, ourNode: Json | undefined, at: string): string[] {
  const o = ours(ourNode);
  if (o === undefined) return [at];
  const out: string[] = [];
  for (const [key, child] of Object.entries((crdNode.properties ?? {}) as Json)) out.push(...missing(child, o.properties?.[key], `${at}.${key}`));
  if (crdNode.items) out.push(...missing(crdNode.items, o.items, `${at}[]`));
  if (typeof crdNode.additionalProperties === "object") {
    const values = typeof o.additionalProperties === "object" ? o.additionalProperties : undefined;
    out.push(...missing(crdNode.additionalProperties, values, `${at}{}`));
  }
  return out;
}

/** Every field path our output schema allows under `node`. */
function fieldsOf(node: Json, at: string, out = new Set<string>()): Set<string> {
  const o = ours(node)!;
  out.add(at);
  for (const [key, child] of Object.entries((o.properties ?? {}) as Json)) fieldsOf(child, `${at}.${key}`, out);
  if (o.items) fieldsOf(o.items, `${at}[]`, out);
  if (typeof o.additionalProperties === "object") fieldsOf(o.additionalProperties, `${at}{}`, out);
  return out;
}

/** A CRD path that a documented exclusion (src/project/crd-coverage.ts) covers. */
const excluded = (path: string) => crdExclusions.some((e) => covers(e.paths, path));

/** The paths without those under another of them. */
function outermost(paths: Iterable<string>): string[] {
  const all = [...paths];
  return all.filter((p) => !all.some((q) => q !== p && (p.startsWith(`${q}.`) || p.startsWith(`${q}[`) || p.startsWith(`${q}{`)))).sort();
}

/** Credential fields the golden cases and examples leave out, so the list below holds on any fuzz budget. */
const credentialsProject = `version: 1
databases:
  app:
    credentials:
      scheme: postgres
      user: app
      passwordFrom: {secretKeyRef: {name: app-db, key: password}}
      hostFrom: {secretKeyRef: {name: app-db, key: host}}
      port: 5432
      database: app
      parameters: {sslmode: require}
    dir: {configMapRef: {name: app-migrations}}
environments:
  prod: {}
`;

describe("the Atlas Operator v0.7.37 CRD and our output schema", () => {
  it("every field our output schema allows is a field of the CRD", () => {
    // The reverse walk: our schema against the CRD's.
    const walk = (ourNode: Json | undefined, crdNode: Json | undefined, at: string): string[] => {
      const o = ours(ourNode);
      if (o === undefined) return [];
      if (crdNode === undefined) return [at];
      const out: string[] = [];
      for (const [key, child] of Object.entries((o.properties ?? {}) as Json)) out.push(...walk(child, crdNode.properties?.[key], `${at}.${key}`));
      if (o.items) out.push(...walk(o.items, crdNode.items, `${at}[]`));
      if (typeof o.additionalProperties === "object")
        out.push(...walk(o.additionalProperties, typeof crdNode.additionalProperties === "object" ? crdNode.additionalProperties : undefined, `${at}{}`));
      return out;
    };
    assert.deepEqual(walk(atlasMigrationSchema.properties.spec as Json, crdRoot.properties.spec, "spec"), []);
  });

  it("the fields of the CRD's spec a project file cannot express, each with its reason", async () => {
    const repo = tempRepo({ [projectFileName]: credentialsProject });
    try {
      const { objects } = await renderedObjects(join(repo.dir, projectFileName), repo.dir);
      assert.equal(objects.length, 1, "the credentials project renders");
      assertValid(objects, "credentials project");
    } finally {
      repo.cleanup();
    }
    assert.ok(rendered.has("spec.dir.remote.tag"), "the renders of the suite above were seen (run the whole file)");
    const notInSchema = missing(crdRoot.properties.spec, atlasMigrationSchema.properties.spec as Json, "spec");
    const allowed = fieldsOf(atlasMigrationSchema.properties.spec as Json, "spec");
    const neverRendered = outermost([...allowed].filter((f) => !rendered.has(f)));
    assert.deepEqual(
      notInSchema.filter((f) => !excluded(f)),
      [],
      "CRD fields our output schema does not allow: add a setting (src/project/fields.ts) or a reasoned exclusion (src/project/crd-coverage.ts)",
    );
    assert.deepEqual(
      neverRendered.filter((f) => !excluded(f)),
      [],
      "fields our output schema allows that no render wrote: render them, or give the reason in src/project/crd-coverage.ts",
    );
    // No exclusion is stale: each names a field of the CRD that no render writes.
    const crdFields = [...fieldsOf(crdRoot.properties.spec, "spec")];
    for (const exclusion of crdExclusions) {
      assert.ok(exclusion.reason.length > 0 && exclusion.cites.length > 0, `${exclusion.paths.join(", ")}: give the reason and the operator code`);
      for (const path of exclusion.paths) {
        assert.ok(
          crdFields.some((f) => covers([path], f)),
          `${path} is no field of the CRD`,
        );
        assert.deepEqual(
          [...rendered].filter((f) => covers([path], f)),
          [],
          `${path} is excluded but rendered`,
        );
      }
    }
    for (const limit of valueLimits) {
      for (const path of limit.paths) assert.ok(path === "metadata.name" || crdFields.some((f) => covers([path], f)), `${path} is no field of the CRD`);
    }
  });
});
