/**
 * `import` on AtlasMigrations generated from the fields of the Atlas Operator's AtlasMigration
 * (src/render/output-schemas.ts), seeded and bounded:
 *
 * - representable ones (the project file can say every field) import, and the imported project
 *   renders every object back: equal field for field, but for the sync-wave annotation the plugin
 *   adds where the input has none;
 * - the same with one thing the project file cannot say (a password in a URL, inline files, a
 *   status, an optional reference, two alternatives at once...) refuse, exit 1, write nothing and
 *   name the input field on stderr.
 *
 * FUZZ_RUNS / FUZZ_SCALE (default 60 inputs) and FUZZ_SEED (default 1) set the budget (test/fuzz-budget.ts).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { parseAllDocuments, stringify } from "yaml";
import { type DocPath, formatPath } from "../src/common/errors.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace } from "../src/gather/workspace.js";
import { projectFileName } from "../src/project/schema.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import { anyString, dnsLabel, labelKey, labelValue, Rand, secretRef } from "./fuzz-helpers.js";
import { run, tempRepo } from "./run.js";

type Json = Record<string, any>;

const wave = "argocd.argoproj.io/sync-wave";
const secretLike = /pass|pwd|secret|token|credential/i;

/** An AtlasMigration every field of which the project file can say. */
function representable(r: Rand, name: string, namespace: string | undefined): Json {
  const metadata: Json = { name };
  if (namespace !== undefined) metadata.namespace = namespace;
  if (r.chance(0.3)) metadata.labels = Object.fromEntries(Array.from({ length: r.int(1, 3) }, () => [labelKey(r), labelValue(r)]));
  const annotations: Json = {};
  if (r.chance(0.3)) for (let i = r.int(1, 2); i > 0; i--) annotations[labelKey(r)] = anyString(r);
  if (r.chance(0.6)) annotations[wave] = String(r.pick([-1, -1, -2, 0, 3, r.int(-1000, 1000)]));
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;

  const spec: Json = {};
  const target = r.pick(["urlFrom", "urlFrom", "url", "credentials"]);
  if (target === "urlFrom") spec.urlFrom = secretRef(r);
  if (target === "url") spec.url = r.pick(["postgres://db:5432/app?sslmode=disable", "mysql://root@db:3306/app", "sqlite://file.db"]);
  if (target === "credentials") {
    const c: Json = { scheme: r.pick(["postgres", "mysql"]) };
    if (r.chance(0.5)) c.host = `${dnsLabel(r, 20)}.svc`;
    else c.hostFrom = secretRef(r);
    if (r.chance(0.5)) c.user = "app";
    // biome-ignore lint/suspicious/noDuplicateElseIf: each call draws a new random number
    else if (r.chance(0.5)) c.userFrom = secretRef(r);
    if (r.chance(0.6)) c.passwordFrom = secretRef(r);
    if (r.chance(0.4)) c.port = r.pick([5432, 3306, 1, 65535]);
    if (r.chance(0.4)) c.database = anyString(r, 1);
    if (r.chance(0.3)) c.parameters = { sslmode: r.pick(["disable", "require", ""]) };
    spec.credentials = c;
  }
  const remote = r.chance(0.6);
  if (remote || r.chance(0.3)) {
    const cloud: Json = {};
    if (remote || r.chance(0.5)) cloud.tokenFrom = secretRef(r);
    if (r.chance(0.5)) cloud.project = anyString(r, 1);
    if (r.chance(0.2)) cloud.url = "https://api.atlasgo.cloud/query";
    spec.cloud = cloud;
  }
  spec.dir = remote
    ? { remote: { name: r.pick(["app", "billing", "a.b_c-d"]), ...(r.chance(0.8) && { tag: r.chars("0123456789abcdef", 7, 40) }) } }
    : { configMapRef: { name: `${dnsLabel(r, 20)}.migrations` } };
  if (r.chance(0.2)) spec.envName = anyString(r, 1);
  if (r.chance(0.2)) {
    if (r.chance(0.5)) spec.devURL = "docker://postgres/15/dev";
    else spec.devURLFrom = secretRef(r);
  }
  if (r.chance(0.2)) spec.execOrder = r.pick(["linear", "linear-skip", "non-linear"]);
  if (r.chance(0.2)) spec.baseline = r.pick(["20240101000000", anyString(r, 1)]);
  if (r.chance(0.2)) spec.revisionsSchema = r.pick(["atlas", anyString(r, 1)]);
  if (r.chance(0.2))
    spec.protectedFlows = { migrateDown: remote ? { allow: r.chance(0.5) } : r.pick([{ allow: true, autoApprove: true }, { allow: false }, {}]) };
  if (r.chance(0.3)) spec.backoffLimit = r.pick([0, 1, 5, 20, r.int(0, 1000)]);
  if (r.chance(0.2)) {
    const keys = new Set<string>();
    for (let i = r.int(0, 3); i > 0; i--) keys.add(r.pick(["region", "schema_name", "tenant", "_x", r.chars("abcdefghij_", 1, 8)]));
    spec.vars = [...keys]
      .filter((k) => !secretLike.test(k))
      .sort()
      .map((key) =>
        r.chance(0.5) ? { key, value: anyString(r) } : { key, valueFrom: r.chance(0.5) ? secretRef(r) : { configMapKeyRef: { name: "vars", key: "k" } } },
      );
  }
  if (r.chance(0.1)) {
    if (r.chance(0.5)) spec.config = 'env "kubernetes" {\n  url = getenv("DB_URL")\n}\n';
    else spec.configFrom = secretRef(r);
  }
  return { apiVersion: "db.atlasgo.io/v1alpha1", kind: "AtlasMigration", metadata, spec };
}

/** One thing the project file cannot say, and the field the refusal must name. */
const breakers: Array<(m: Json) => DocPath> = [
  (m) => {
    delete m.spec.urlFrom;
    delete m.spec.credentials;
    m.spec.url = "postgres://root:hunter2@db:5432/app";
    return ["spec", "url"];
  },
  (m) => {
    m.spec.dir = { local: { "1_init.sql": "CREATE TABLE t (id int);\n" } };
    return ["spec", "dir", "local"];
  },
  (m) => {
    m.status = { observed_hash: "abc" };
    return ["status"];
  },
  (m) => {
    m.spec.backoffLimit = -1;
    return ["spec", "backoffLimit"];
  },
  (m) => {
    m.metadata.annotations = { ...m.metadata.annotations, [wave]: "+1" };
    return ["metadata", "annotations", wave];
  },
  (m) => {
    m.spec.credentials = { scheme: "postgres", host: "db", password: "hunter2" };
    delete m.spec.url;
    delete m.spec.urlFrom;
    return ["spec", "credentials", "password"];
  },
  (m) => {
    delete m.spec.url;
    delete m.spec.credentials;
    m.spec.urlFrom = { secretKeyRef: { name: "db", key: "url", optional: true } };
    return ["spec", "urlFrom", "secretKeyRef", "optional"];
  },
  (m) => {
    m.spec.vars = [{ value: "x" }];
    return ["spec", "vars", 0];
  },
  (m) => {
    m.spec.envName = "";
    return ["spec", "envName"];
  },
  (m) => {
    m.spec.vars = [
      { key: "b", value: "1" },
      { key: "a", value: "2" },
    ];
    return ["spec", "vars"];
  },
  (m) => {
    m.metadata.uid = "0b8c";
    return ["metadata", "uid"];
  },
];

describe("import: AtlasMigrations generated from the operator's fields", () => {
  const runs = fuzzRuns(60);
  const first = fuzzSeed();
  it(`${runs} inputs from seed ${first}: representable ones render back, the others are refused at the field`, async () => {
    for (let seed = first; seed < first + runs; seed++) {
      const r = new Rand(seed);
      const envs = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(["prod", "staging", "dev", dnsLabel(r, 10)])))];
      const names = [...new Set(Array.from({ length: 4 }, () => r.pick(["app", "billing", "x-1", dnsLabel(r, 12)])))];
      const inputs = new Map<string, Json[]>();
      for (const env of envs) {
        const namespace = r.pick([undefined, env, "shared"]);
        inputs.set(
          env,
          r.some(names, 3).map((n) => representable(r, n, namespace)),
        );
        if (inputs.get(env)!.length === 0) inputs.get(env)!.push(representable(r, names[0]!, namespace));
      }
      const broken = r.chance(0.3) ? r.pick(breakers) : undefined;
      let brokenAt: { env: string; index: number; path: DocPath } | undefined;
      if (broken) {
        const env = r.pick(envs);
        const index = r.int(0, inputs.get(env)!.length - 1);
        brokenAt = { env, index, path: broken(inputs.get(env)![index]!) };
      }
      const repo = tempRepo(
        Object.fromEntries(
          envs.map((env) => [
            `${env}.yaml`,
            inputs
              .get(env)!
              .map((o) => `---\n${stringify(o)}`)
              .join(""),
          ]),
        ),
      );
      try {
        const r1 = await run(["import", ...envs.map((env) => `${env}=${env}.yaml`)], { cwd: repo.dir });
        const context = `seed ${seed}: ${r1.stderr}`;
        if (brokenAt) {
          assert.equal(r1.code, 1, context);
          assert.equal(r1.stdout, "", context);
          assert.ok(!existsSync(join(repo.dir, projectFileName)), context);
          const lines = r1.stderr.trimEnd().split("\n");
          assert.ok(
            lines.every((l) => /^[^\s:]+\.yaml:\d+:\d+: \S/.test(l)),
            context,
          );
          assert.ok(
            lines.some((l) => l.includes(`${brokenAt.env}.yaml:`) && l.includes(`: ${formatPath(brokenAt.path)}: `)),
            `${context}\nexpected the field ${formatPath(brokenAt.path)}`,
          );
          continue;
        }
        assert.equal(r1.code, 0, context);
        const ws = openWorkspace(join(repo.dir, projectFileName), repo.dir);
        for (const env of envs) {
          const rendered = (await renderEnvironment(ws, env, {})).rendered.map((x) => x.manifest as Json);
          const expected = inputs.get(env)!.map((o) => {
            const e = structuredClone(o);
            e.metadata.annotations = { ...e.metadata.annotations };
            e.metadata.annotations[wave] ??= "-1";
            return e;
          });
          assert.equal(rendered.length, expected.length, `seed ${seed}, ${env}`);
          for (const e of expected) {
            const got = rendered.find((o) => o.metadata.name === e.metadata.name);
            assert.ok(
              got && isDeepStrictEqual(JSON.parse(JSON.stringify(got)), e),
              `seed ${seed}, ${env}: ${e.metadata.name}\n${JSON.stringify(got)}\n${JSON.stringify(e)}\n${readFileSync(join(repo.dir, projectFileName), "utf8")}`,
            );
          }
        }
        // Importing what the project renders gives the same project (the header aside).
        const project = readFileSync(join(repo.dir, projectFileName), "utf8");
        for (const env of envs) {
          const stream = (await renderEnvironment(ws, env, {})).rendered.map((x) => `---\n${stringify(x.manifest)}`).join("");
          writeFileSync(join(repo.dir, `${env}.yaml`), stream);
        }
        const r2 = await run(["import", ...envs.map((env) => `${env}=${env}.yaml`), "--force"], { cwd: repo.dir });
        assert.equal(r2.code, 0, `seed ${seed}: ${r2.stderr}`);
        const body = (text: string) =>
          text
            .split("\n")
            .filter((l) => !l.startsWith("#"))
            .join("\n");
        assert.equal(body(readFileSync(join(repo.dir, projectFileName), "utf8")), body(project), `seed ${seed}`);
        assert.equal(parseAllDocuments(project).length, 1);
      } finally {
        repo.cleanup();
      }
    }
  });
});
