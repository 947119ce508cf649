/**
 * `import`: hand-written AtlasMigrations to atlas.project.yaml. Every case checks the round trip
 * the verb itself proves: the imported project renders the input back.
 *
 * - the tutorial's hand-written AtlasMigration ("GitOps for Databases, Part 2", atlasgo.io):
 *   the project file written (golden) and its render, the same as examples/tutorial's;
 * - every example project: rendered, imported, rendered again, byte for byte;
 * - random projects of the project schema (test/fuzz-helpers.ts): every environment that renders,
 *   imported and rendered again, byte for byte (40 by default; FUZZ_RUNS, FUZZ_SCALE and FUZZ_SEED: test/fuzz-budget.ts);
 * - refusals: each names the input file, line, column and field;
 * - the command line: stdin, --check, -o, --force, --namespace-as-environment, other kinds skipped.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, it } from "node:test";
import { UserError } from "../src/common/errors.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace } from "../src/gather/workspace.js";
import { projectFileName } from "../src/project/schema.js";
import { environmentNames, toOutput } from "../src/render/render.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import { Rand, randomProject, sumOf } from "./fuzz-helpers.js";
import { exampleProjectFiles, repoRoot, run, tempRepo } from "./run.js";

const update = process.env.UPDATE_GOLDEN === "1";
const fixtures = join(repoRoot, "test/import");

/** Every environment of a project rendered offline (as `validate` does): environment -> YAML stream, or undefined when it does not render. */
async function renderAll(projectFile: string, cwd: string, namespace?: string): Promise<Map<string, string | undefined>> {
  const ws = openWorkspace(projectFile, cwd);
  const out = new Map<string, string | undefined>();
  for (const env of environmentNames(ws.loaded.project)) {
    try {
      out.set(env, toOutput((await renderEnvironment(ws, env, { namespace })).rendered));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      out.set(env, undefined);
    }
  }
  return out;
}

/** Renders every environment, imports the renders into a fresh project file, renders that again: the streams must be equal. */
async function roundTrip(
  repoDir: string,
  projectRel: string,
  namespace?: string,
): Promise<{ before: Map<string, string | undefined>; after: Map<string, string | undefined>; stdout: string }> {
  const projectFile = join(repoDir, projectRel);
  const before = await renderAll(projectFile, repoDir, namespace);
  const rendered = [...before].filter(([, s]) => s !== undefined);
  mkdirSync(join(repoDir, "renders"), { recursive: true });
  for (const [env, stream] of rendered) writeFileSync(join(repoDir, "renders", `${env}.yaml`), stream!);
  rmSync(projectFile);
  const r = await run(["import", ...rendered.map(([env]) => `${env}=renders/${env}.yaml`), "-o", projectRel], { cwd: repoDir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, "");
  const after = await renderAll(projectFile, repoDir, namespace);
  return { before: new Map(rendered), after, stdout: r.stdout };
}

describe("import: the tutorial's hand-written AtlasMigration", () => {
  it("becomes the project file of examples/tutorial, rendering the same manifests", async () => {
    const repo = tempRepo({ "manifests/atlas-migration.yaml": readFileSync(join(fixtures, "tutorial/atlas-migration.yaml"), "utf8") });
    try {
      const r = await run(["import", "--environment", "prod", "manifests/atlas-migration.yaml", "-o", "manifests"], { cwd: repo.dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(
        r.stdout,
        'prod: 1 AtlasMigration rendered as in the input, but for the plugin\'s own fields:\n  AtlasMigration "migration": metadata.annotations["argocd.argoproj.io/sync-wave"]: "-1" added (the plugin\'s default wave, one before the application\'s)\nwrote manifests/atlas.project.yaml\n',
      );
      const written = readFileSync(join(repo.dir, "manifests", projectFileName), "utf8");
      const golden = join(fixtures, "tutorial/atlas.project.yaml.golden");
      if (update) writeFileSync(golden, written);
      assert.equal(written, readFileSync(golden, "utf8"));
      for (const namespace of [undefined, "default"]) {
        const imported = await renderAll(join(repo.dir, "manifests", projectFileName), repo.dir, namespace);
        const example = await renderAll(join(repoRoot, "examples/tutorial/manifests", projectFileName), repoRoot, namespace);
        assert.deepEqual(imported, example);
      }
    } finally {
      repo.cleanup();
    }
  });
});

describe("import: every example, rendered, imported and rendered again", () => {
  for (const project of exampleProjectFiles()) {
    for (const namespace of [undefined, "shop"]) {
      it(`${project}${namespace ? ` (namespace ${namespace})` : ""}`, async () => {
        const root = project.split("/").slice(0, 2).join("/");
        const repo = tempRepo({}, join(repoRoot, root));
        try {
          const { before, after, stdout } = await roundTrip(repo.dir, relative(root, project), namespace);
          assert.ok(before.size > 0);
          for (const [env, stream] of before) assert.equal(after.get(env), stream, `environment ${env}`);
          assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
          assert.match(stdout, /\nwrote .*atlas\.project\.yaml\n$/);
        } finally {
          repo.cleanup();
        }
      });
    }
  }

  it("turns the in-repo example's ConfigMap back into dir.path, and factors shared settings out", async () => {
    const repo = tempRepo({}, join(repoRoot, "examples/in-repo"));
    try {
      await roundTrip(repo.dir, "deploy/atlas.project.yaml", "shop");
      const text = readFileSync(join(repo.dir, "deploy/atlas.project.yaml"), "utf8");
      const golden = join(fixtures, "in-repo/atlas.project.yaml.golden");
      if (update) writeFileSync(golden, text);
      assert.equal(text, readFileSync(golden, "utf8"));
    } finally {
      repo.cleanup();
    }
  });
});

describe("import: random projects of the schema, rendered, imported and rendered again", () => {
  const runs = fuzzRuns(40);
  const first = fuzzSeed();
  it(`${runs} projects from seed ${first}: import then render is the identity`, async () => {
    let imported = 0;
    for (let seed = first; seed < first + runs; seed++) {
      const g = randomProject(new Rand(seed));
      const repo = tempRepo({ [projectFileName]: g.text });
      try {
        for (const [p, c] of Object.entries(g.files)) {
          mkdirSync(dirname(join(repo.dir, p)), { recursive: true });
          writeFileSync(join(repo.dir, p), c);
        }
        const namespace = seed % 2 === 0 ? "ns" : undefined;
        const before = await renderAll(join(repo.dir, projectFileName), repo.dir, namespace);
        if (![...before.values()].some((s) => s !== undefined)) continue;
        const { after } = await roundTrip(repo.dir, projectFileName, namespace).catch((e: Error) => {
          throw new Error(`seed ${seed}: ${e.message}`);
        });
        for (const [env, stream] of before) if (stream !== undefined) assert.equal(after.get(env), stream, `seed ${seed}, environment ${env}`);
        imported++;
      } finally {
        repo.cleanup();
      }
    }
    // The generator makes projects that render most of the time: the property was exercised.
    assert.ok(imported >= runs / 2, `only ${imported} of ${runs} projects rendered`);
  });
});

const migration = (extra = "", name = "app") => `apiVersion: db.atlasgo.io/v1alpha1
kind: AtlasMigration
metadata:
  name: ${name}
spec:
  urlFrom:
    secretKeyRef: {name: app-db, key: url}
  dir:
    configMapRef: {name: app-migrations}
${extra}`;

async function importIn(files: Record<string, string>, args: string[]) {
  const repo = tempRepo(files);
  try {
    const r = await run(["import", ...args], { cwd: repo.dir });
    const written = existsSync(join(repo.dir, projectFileName)) ? readFileSync(join(repo.dir, projectFileName), "utf8") : undefined;
    return { ...r, written };
  } finally {
    repo.cleanup();
  }
}

describe("import: refusals name the input field", () => {
  const cases: Array<{ name: string; input: string; stderr: string }> = [
    {
      name: "a URL with a password",
      input: migration().replace("  urlFrom:\n    secretKeyRef: {name: app-db, key: url}\n", "  url: postgres://root:pass@db:5432/app\n"),
      stderr:
        "m.yaml:6:8: spec.url: cannot import: the URL carries a password: put the URL in a Secret and reference it with urlFrom: {secretKeyRef: {name: <secret>, key: <key>}}\n",
    },
    {
      name: "inline migration files",
      input: migration().replace("    configMapRef: {name: app-migrations}\n", "    local:\n      1_init.sql: CREATE TABLE t (id int);\n"),
      stderr:
        "m.yaml:9:5: spec.dir.local: cannot import inline migration files: commit them as an Atlas migration directory and set dir.path (rendered as a ConfigMap), or keep them in a ConfigMap and reference it with dir.configMapRef\n",
    },
    {
      name: "a field written by the cluster",
      input: `${migration()}status:\n  observed_hash: abc\n`,
      stderr:
        'm.yaml:10:1: status: unknown field "status": expected one of apiVersion, kind, metadata, spec (written by the cluster: import the manifests from Git or a build, not from a live object)\n',
    },
    {
      name: "both url and urlFrom (the operator would ignore one)",
      input: migration("  url: postgres://db:5432/app\n"),
      stderr: "m.yaml:7:5: spec.urlFrom: cannot import: set only one of url, urlFrom, credentials in one place (found url and urlFrom)\n",
    },
    {
      name: "a sync wave the plugin cannot write back",
      input: migration().replace("  name: app\n", '  name: app\n  annotations:\n    argocd.argoproj.io/sync-wave: "+1"\n'),
      stderr:
        "m.yaml:6:35: metadata.annotations[\"argocd.argoproj.io/sync-wave\"]: cannot import this sync wave: the plugin writes an integer from -1000000 to 1000000 without leading zeros or '+'\n",
    },
    {
      name: "an optional Secret reference",
      input: migration().replace("{name: app-db, key: url}", "{name: app-db, key: url, optional: true}"),
      stderr:
        "m.yaml:7:44: spec.urlFrom.secretKeyRef.optional: cannot import an optional key reference: the plugin renders required references only; remove optional\n",
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await importIn({ "m.yaml": c.input }, ["prod=m.yaml"]);
      assert.equal(r.stderr, c.stderr);
      assert.equal(r.stdout, "");
      assert.equal(r.code, 1);
      assert.equal(r.written, undefined);
    });
  }

  it("counts lines in the whole stream for a later document", async () => {
    const r = await importIn({ "m.yaml": `${migration("", "one")}---\n${migration("  backoffLimit: -1\n", "two")}` }, ["prod=m.yaml"]);
    assert.equal(r.stderr, "m.yaml:20:17: spec.backoffLimit: cannot import: must be >= 0\n");
    assert.equal(r.code, 1);
  });
});

describe("import: secrets in the input", () => {
  const secret = "hunter2-s3cr3t";
  const planted: Array<[string, string]> = [
    ["a URL with a password", `  url: postgres://root:${secret}@db:5432/app\n`],
    ["a plain password", `  credentials:\n    scheme: postgres\n    host: db\n    password: ${secret}\n`],
    ["a password in a URL parameter", `  credentials:\n    scheme: postgres\n    host: db\n    parameters:\n      password: ${secret}\n`],
    ["an atlas.hcl with a password", `  config: |\n    env "k" {\n      url = "postgres://root:${secret}@db/app"\n    }\n`],
    ["a variable that looks like a credential", `  vars:\n    - key: db_password\n      value: ${secret}\n`],
    ["a token in the Atlas Cloud URL", `  cloud:\n    url: https://user:${secret}@api.atlasgo.cloud/query\n`],
  ];
  for (const [name, spec] of planted) {
    it(`refuses ${name} without printing it or writing anything`, async () => {
      const input = `apiVersion: db.atlasgo.io/v1alpha1\nkind: AtlasMigration\nmetadata:\n  name: app\nspec:\n  dir:\n    configMapRef: {name: m}\n${spec}`;
      const r = await importIn({ "m.yaml": input }, ["prod=m.yaml"]);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(r.written, undefined);
      assert.ok(!r.stderr.includes(secret), r.stderr);
      assert.match(r.stderr, /^m\.yaml:\d+:\d+: spec\./);
    });
  }
});

describe("import: ConfigMap-backed directories", () => {
  const files = { "20240101000000_init.sql": "CREATE TABLE t (id int);\n" };
  const configMap = (name: string, data: Record<string, string>) =>
    `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data)
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`)
      .join("")}`;

  it("become dir.path when the repository holds the files, with the ConfigMap's new name listed", async () => {
    const data = { ...files, "atlas.sum": sumOf(files) };
    const r = await importIn(
      {
        "db/migrations/20240101000000_init.sql": files["20240101000000_init.sql"],
        "db/migrations/atlas.sum": data["atlas.sum"],
        "in.yaml": migration() + configMap("app-migrations", data),
      },
      ["prod=in.yaml"],
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.written!, /\n {4}dir:\n {6}path: db\/migrations\n/);
    assert.equal(
      r.stdout.replace(/app-migrations-[0-9a-f]{10}/, "app-migrations-<hash>"),
      [
        "prod: 1 AtlasMigration, 1 ConfigMap rendered as in the input, but for the plugin's own fields:",
        '  AtlasMigration "app": metadata.annotations["argocd.argoproj.io/sync-wave"]: "-1" added (the plugin\'s default wave, one before the application\'s)',
        '  ConfigMap "app-migrations": metadata.annotations["argocd.argoproj.io/sync-wave"]: "-1" added (the plugin\'s default wave, one before the application\'s)',
        '  ConfigMap "app-migrations": rendered from dir.path db/migrations as "app-migrations-<hash>" (named after its content), and the AtlasMigration\'s dir.configMapRef.name with it',
        '  ConfigMap "app-migrations": immutable: true added (a content-addressed ConfigMap never changes)',
        "wrote atlas.project.yaml",
        "",
      ].join("\n"),
    );
  });

  it("stay ConfigMap references when the files are not in the repository (or differ by a byte)", async () => {
    const data = { ...files, "atlas.sum": sumOf(files) };
    const r = await importIn(
      {
        "db/migrations/20240101000000_init.sql": "CREATE TABLE t (id bigint);\n",
        "db/migrations/atlas.sum": data["atlas.sum"],
        "in.yaml": migration() + configMap("app-migrations", data),
      },
      ["prod=in.yaml"],
    );
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.written!, /configMapRef: \{name: app-migrations\}/);
    assert.match(
      r.stdout,
      /^skipped in\.yaml:11: ConfigMap app-migrations \(its files are no Atlas migration directory found in this repository: the project references it by name; keep applying it\)\n/,
    );
  });
});

describe("import: the command line", () => {
  const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

  it("lists other kinds and ConfigMaps nobody references as skipped, and keeps an external ConfigMap by name", async () => {
    const r = await importIn({ "m.yaml": `${deployment}---\n${migration()}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\ndata:\n  a: b\n` }, [
      "-e",
      "prod",
      "m.yaml",
      "-o",
      "-",
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr,
      [
        "skipped m.yaml:1: Deployment web (not an AtlasMigration)",
        "skipped m.yaml:16: ConfigMap other (no AtlasMigration references it)",
        "prod: 1 AtlasMigration rendered as in the input, but for the plugin's own fields:",
        '  AtlasMigration "app": metadata.annotations["argocd.argoproj.io/sync-wave"]: "-1" added (the plugin\'s default wave, one before the application\'s)',
        "",
      ].join("\n"),
    );
    assert.match(r.stdout, /^# yaml-language-server/);
    assert.match(r.stdout, /configMapRef: \{name: app-migrations\}/);
    assert.equal(r.written, undefined);
  });

  it("refuses to replace a file without --force, writes with it, and --check writes nothing", async () => {
    const repo = tempRepo({ "m.yaml": migration(), [projectFileName]: "old\n" });
    try {
      const refused = await run(["import", "prod=m.yaml"], { cwd: repo.dir });
      assert.equal(refused.code, 1);
      assert.equal(refused.stderr, "atlas.project.yaml: already exists: pass --force to replace it, or -o to write elsewhere (-o - prints it)\n");
      const checked = await run(["import", "prod=m.yaml", "--check"], { cwd: repo.dir });
      assert.equal(checked.code, 0, checked.stderr);
      assert.match(checked.stdout, /^prod: 1 AtlasMigration rendered as in the input/);
      assert.equal(readFileSync(join(repo.dir, projectFileName), "utf8"), "old\n");
      const forced = await run(["import", "prod=m.yaml", "--force"], { cwd: repo.dir });
      assert.equal(forced.code, 0, forced.stderr);
      assert.match(forced.stdout, /\nwrote atlas\.project\.yaml\n$/);
      assert.match(readFileSync(join(repo.dir, projectFileName), "utf8"), /^# yaml-language-server/);
    } finally {
      repo.cleanup();
    }
  });

  it("reads a directory's manifest files, and names environments after namespaces when asked", async () => {
    const ns = (n: string, extra = "") => migration(extra).replace("  name: app\n", `  name: app\n  namespace: ${n}\n`);
    const r = await importIn({ "deploy/a.yaml": ns("staging"), "deploy/b.yml": ns("prod", "  backoffLimit: 5\n"), "deploy/notes.txt": "not read" }, [
      "--namespace-as-environment",
      "deploy",
      "-o",
      "-",
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\nenvironments:\n {2}staging:\n {4}namespace: staging\n {2}prod:\n {4}namespace: prod\n {4}backoffLimit: 5\n$/);
  });

  it("reads stdin for -", () => {
    const repo = tempRepo();
    try {
      // A fresh process from the sources; tsx found from here, since the cwd is a temporary directory.
      const r = spawnSync(
        process.execPath,
        ["--import", import.meta.resolve("tsx"), join(repoRoot, "src/cli/cli.ts"), "import", "-e", "prod", "-", "-o", "-"],
        {
          cwd: repo.dir,
          input: migration(),
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "" },
        },
      );
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^# yaml-language-server[\s\S]*\n {2}prod: \{\}\n$/);
      assert.match(r.stderr, /^prod: 1 AtlasMigration rendered as in the input/);
    } finally {
      repo.cleanup();
    }
  });

  it("turns a database off where it is missing, and off by default when most environments miss it (names with a suffix per environment)", async () => {
    const files = Object.fromEntries(
      ["dev", "staging", "prod"].map((env) => [`${env}.yaml`, migration("", `app-${env}`) + (env === "prod" ? "" : `---\n${migration()}`)]),
    );
    const r = await importIn(files, ["dev=dev.yaml", "staging=staging.yaml", "prod=prod.yaml", "-o", "-"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout.slice(r.stdout.indexOf("\nenvironments:")),
      `
environments:
  dev:
    databases:
      app-dev:
        enabled: true # in this environment's input
  staging:
    databases:
      app-staging:
        enabled: true # in this environment's input
  prod:
    databases:
      app:
        enabled: false # not in this environment's input
      app-prod:
        enabled: true # in this environment's input
`,
    );
    assert.match(r.stdout, /\n {2}app-dev:\n {4}enabled: false # only in the environments that turn it on\n/);
  });

  it("reads JSON and the items of a List (as kubectl get -o json prints them)", async () => {
    const item = (name: string) => ({
      apiVersion: "db.atlasgo.io/v1alpha1",
      kind: "AtlasMigration",
      metadata: { name },
      spec: { urlFrom: { secretKeyRef: { name: "db", key: "url" } }, dir: { configMapRef: { name: "m" } } },
    });
    const r = await importIn({ "list.json": JSON.stringify({ apiVersion: "v1", kind: "List", items: [item("a"), item("b")] }) }, ["prod=list.json", "--check"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^prod: 2 AtlasMigrations rendered as in the input/);
  });

  it("refuses an AtlasMigration without a namespace to name its environment after, and a missing output directory", async () => {
    const r = await importIn({ "m.yaml": migration() }, ["--namespace-as-environment", "m.yaml"]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "m.yaml:4:3: metadata: has no namespace to name its environment after: give the input an environment (ENV=PATH or --environment)\n");
    const o = await importIn({ "m.yaml": migration() }, ["prod=m.yaml", "-o", "missing/atlas.project.yaml"]);
    assert.equal(o.code, 1);
    assert.equal(o.stderr, "missing/atlas.project.yaml: its directory does not exist: create it first\n");
    const empty = await importIn({ "m.yaml": migration(), "d.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n" }, [
      "prod=m.yaml",
      "staging=d.yaml",
    ]);
    assert.equal(empty.code, 1);
    assert.equal(empty.stderr, 'staging=d.yaml: no AtlasMigration for environment "staging" in this input: name the manifests that hold them\n');
  });

  const usage: Array<[string[], string]> = [
    [[], "import needs an input: a file, a directory of manifests, or - for stdin"],
    [["m.yaml"], 'name the environment of "m.yaml": ENV=m.yaml, --environment ENV, or --namespace-as-environment'],
    [["-e", "Prod", "m.yaml"], "--environment: \"Prod\" is not an environment name (lowercase letters, digits and '-', at most 63 characters)"],
    [["--namespace-as-environment", "prod=m.yaml"], '"prod=m.yaml" names an environment, but --namespace-as-environment takes them from the namespaces'],
    [["-e", "prod", "-", "-"], "stdin (-) can be read once only"],
  ];
  for (const [args, message] of usage) {
    it(`usage: ${args.join(" ") || "(no arguments)"}`, async () => {
      const r = await importIn({ "m.yaml": migration() }, args);
      assert.equal(r.code, 2);
      assert.equal(r.stderr, `argocd-atlas import: ${message} (run \`argocd-atlas import --help\` for usage)\n`);
    });
  }
});
