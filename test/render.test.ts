import assert from "node:assert/strict";
import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { main } from "../src/cli/main.js";
import { UserError } from "../src/common/errors.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace } from "../src/gather/workspace.js";
import { configMapDataLimitBytes } from "../src/render/output-schemas.js";
import { sumOf } from "./fuzz-helpers.js";
import { repoRoot, run, runProcess, tempRepo } from "./run.js";

const registryProject = (dir: string) => `version: 1
databases:
  app:
    urlFrom: {secretKeyRef: {name: app-db, key: url}}
    dir: {path: ${dir}}
environments:
  prod: {}
`;

/** A repository with the project file and a migrations/ directory of `files` and their atlas.sum. */
function repoWithMigrations(project: string, files: Record<string, string>) {
  const dir = Object.fromEntries(Object.entries(files).map(([name, text]) => [`migrations/${name}`, text]));
  return tempRepo({ "atlas.project.yaml": project, ...dir, "migrations/atlas.sum": sumOf(files) });
}

function documents(stream: string): Record<string, any>[] {
  return parseAllDocuments(stream).map((d) => d.toJS() as Record<string, any>);
}

describe("render", () => {
  it("renders the tutorial's AtlasMigration field for field", async () => {
    const r = await run(["render", "examples/tutorial/manifests", "--namespace", "default"], { cwd: repoRoot });
    assert.equal(r.code, 0, r.stderr);
    const [migration, ...rest] = documents(r.stdout);
    assert.equal(rest.length, 0);
    // The manifest of "GitOps for Databases, Part 2: Atlas Operator and ArgoCD" (atlasgo.io).
    assert.deepEqual(
      { apiVersion: migration!.apiVersion, kind: migration!.kind, name: migration!.metadata.name, spec: migration!.spec },
      {
        apiVersion: "db.atlasgo.io/v1alpha1",
        kind: "AtlasMigration",
        name: "migration",
        spec: {
          urlFrom: { secretKeyRef: { key: "url", name: "postgres-credentials" } },
          cloud: { project: "atlasdemo", tokenFrom: { secretKeyRef: { name: "atlas-credentials", key: "token" } } },
          dir: { remote: { name: "atlasdemo", tag: "1d579be616db48803bb21713fd836a9165030f18" } },
        },
      },
    );
    // What the plugin adds: the destination namespace and the wave before the application.
    assert.deepEqual(migration!.metadata, {
      name: "migration",
      namespace: "default",
      annotations: { "argocd.argoproj.io/sync-wave": "-1" },
    });
  });

  // sql_migrate_migrate is Atlas's golang-migrate fixture (up and down files): hashed by Atlas, but
  // not a layout the operator can apply.
  const golangMigrate = "sql_migrate_migrate";
  const atlasDirs = readdirSync(join(repoRoot, "test/fixtures/atlas-dirs")).filter((n) => !n.endsWith(".md") && n !== golangMigrate);
  it("has Atlas's own directories to render", () => {
    assert.deepEqual(atlasDirs.sort(), [
      "atlasexec_broken",
      "atlasexec_migrations",
      "cmd_atlas_cmdapi_mysql",
      "cmd_atlas_cmdapi_sqlite",
      "integration_migrations_postgres",
    ]);
  });
  for (const name of atlasDirs) {
    it(`renders the real Atlas directory ${name} as a ConfigMap`, async () => {
      const repo = tempRepo({ "atlas.project.yaml": registryProject("migrations") });
      try {
        cpSync(join(repoRoot, "test/fixtures/atlas-dirs", name), join(repo.dir, "migrations"), { recursive: true });
        const r = await run(["render", "."], { cwd: repo.dir });
        assert.equal(r.code, 0, r.stderr);
        const [configMap, migration] = documents(r.stdout);
        const files = readdirSync(join(repo.dir, "migrations")).sort();
        assert.deepEqual(Object.keys(configMap!.data).sort(), files);
        for (const f of files) assert.equal(configMap!.data[f], readFileSync(join(repo.dir, "migrations", f), "utf8"));
        assert.equal(migration!.spec.dir.configMapRef.name, configMap!.metadata.name);
        assert.match(configMap!.metadata.name, /^app-migrations-[0-9a-f]{10}$/);
      } finally {
        repo.cleanup();
      }
    });
  }

  it(`refuses Atlas's golang-migrate directory ${golangMigrate}, although its atlas.sum verifies`, async () => {
    const repo = tempRepo({ "atlas.project.yaml": registryProject("migrations") });
    try {
      cpSync(join(repoRoot, "test/fixtures/atlas-dirs", golangMigrate), join(repo.dir, "migrations"), { recursive: true });
      const r = await run(["render", "."], { cwd: repo.dir });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, "");
      assert.equal(
        r.stderr,
        "migrations/1_initial.down.sql: a down migration (the golang-migrate layout): the Atlas Operator applies every .sql file forward; convert the directory with `atlas migrate import --from file://<dir>?format=golang-migrate`\n",
      );
    } finally {
      repo.cleanup();
    }
  });

  it("accepts up files without down files (applied forward, in order, as written)", async () => {
    const repo = repoWithMigrations(registryProject("migrations"), {
      "1_init.up.sql": "CREATE TABLE t (id int);\n",
      "2_users.up.sql": "CREATE TABLE u (id int);\n",
    });
    try {
      const r = await run(["render", "."], { cwd: repo.dir });
      assert.equal(r.code, 0, r.stderr);
      // The files as the operator reads them: every .sql file, in name order, each as written.
      const [configMap] = documents(r.stdout);
      assert.deepEqual(Object.keys(configMap!.data), ["1_init.up.sql", "2_users.up.sql", "atlas.sum"]);
      assert.equal(configMap!.data["1_init.up.sql"], "CREATE TABLE t (id int);\n");
      assert.equal(configMap!.data["2_users.up.sql"], "CREATE TABLE u (id int);\n");
    } finally {
      repo.cleanup();
    }
  });

  it("names the ConfigMap after its content: any changed byte changes the AtlasMigration spec", async () => {
    const repo = tempRepo({ "atlas.project.yaml": registryProject("migrations") });
    try {
      cpSync(join(repoRoot, "test/fixtures/atlas-dirs/atlasexec_migrations"), join(repo.dir, "migrations"), { recursive: true });
      const before = documents((await run(["render", "."], { cwd: repo.dir })).stdout);
      const again = documents((await run(["render", "."], { cwd: repo.dir })).stdout);
      assert.deepEqual(again, before);
      rmSync(join(repo.dir, "migrations"), { recursive: true });
      cpSync(join(repoRoot, "test/fixtures/atlas-dirs/cmd_atlas_cmdapi_sqlite"), join(repo.dir, "migrations"), { recursive: true });
      const after = documents((await run(["render", "."], { cwd: repo.dir })).stdout);
      assert.notEqual(after[1]!.spec.dir.configMapRef.name, before[1]!.spec.dir.configMapRef.name);
    } finally {
      repo.cleanup();
    }
  });

  it("refuses a directory over the ConfigMap limit, naming the fixes", async () => {
    const big = "-- filler\n".repeat(Math.ceil(configMapDataLimitBytes / 2 / 10));
    const repo = tempRepo({
      "atlas.project.yaml": registryProject("migrations"),
      "migrations/1_a.sql": big,
      "migrations/2_b.sql": big,
      "migrations/atlas.sum": "",
    });
    try {
      const r = await run(["render", "."], { cwd: repo.dir });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, "");
      assert.equal(
        r.stderr,
        "migrations: the migration files exceed the 1048576 bytes a ConfigMap can hold: squash old files into a checkpoint (`atlas migrate checkpoint`), or push the directory to the Atlas Registry and use dir.remote\n",
      );
    } finally {
      repo.cleanup();
    }
  });

  it("applies a large ConfigMap server-side (client-side apply would overflow the annotation limit)", async () => {
    const sql = "SELECT 1;\n".repeat(25_000);
    const repo = repoWithMigrations(registryProject("migrations"), { "1_a.sql": sql });
    try {
      const r = await run(["render", "."], { cwd: repo.dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(documents(r.stdout)[0]!.metadata.annotations["argocd.argoproj.io/sync-options"], "ServerSideApply=true");
    } finally {
      repo.cleanup();
    }
  });

  it("counts the ConfigMap's size in bytes, and keeps the user's own sync options", async () => {
    // 70,000 three-byte characters: 210 KB, though only 70,000 characters.
    const sql = `-- ${"表".repeat(70_000)}\n`;
    const project = registryProject("migrations").replace("    dir:", "    annotations: {argocd.argoproj.io/sync-options: Prune=false}\n    dir:");
    const repo = repoWithMigrations(project, { "1_a.sql": sql });
    try {
      const r = await run(["render", "."], { cwd: repo.dir });
      assert.equal(r.code, 0, r.stderr);
      const [configMap, migration] = documents(r.stdout);
      assert.equal(configMap!.metadata.annotations["argocd.argoproj.io/sync-options"], "Prune=false,ServerSideApply=true");
      assert.equal(migration!.metadata.annotations["argocd.argoproj.io/sync-options"], "Prune=false");
    } finally {
      repo.cleanup();
    }
  });

  it("accepts an atlas.hcl whose URL takes its password from a variable fed by a Secret", async () => {
    const config = 'env "prod" {\n  url = "postgres://app:${var.db_password}@db:5432/app"\n}\n';
    const project = `version: 1
databases:
  app:
    config: |
${config.replace(/^/gm, "      ").trimEnd()}
    vars: {db_password: {valueFrom: {secretKeyRef: {name: app-db, key: password}}}}
    envName: prod
    dir: {remote: {name: app, tag: v1}}
    cloud: {project: shop, tokenFrom: {secretKeyRef: {name: atlas-credentials, key: token}}}
environments:
  prod: {}
`;
    const repo = tempRepo({ "atlas.project.yaml": project });
    try {
      const r = await run(["render", "."], { cwd: repo.dir });
      assert.equal(r.stderr, "");
      assert.equal(documents(r.stdout)[0]!.spec.config, config);
    } finally {
      repo.cleanup();
    }
  });

  it("says why a path inside the repository counts as outside when the checkout has no .git", async () => {
    const repo = tempRepo({ "deploy/atlas.project.yaml": registryProject("../migrations"), "migrations/1_a.sql": "SELECT 1;\n" });
    try {
      rmSync(join(repo.dir, ".git"), { recursive: true });
      const r = await run(["render", "deploy"], { cwd: repo.dir });
      assert.deepEqual(r, {
        code: 1,
        stdout: "",
        stderr:
          "deploy/atlas.project.yaml:5:17: databases.app.dir.path: leaves the directory of atlas.project.yaml, which stands for the repository since no .git was found above it: keep .git in the checkout (Argo CD sends it), or the migrations inside that directory\n",
      });
    } finally {
      repo.cleanup();
    }
  });

  it("prints objects in a fixed key order, never with a status", async () => {
    const r = await run(["render", "examples/in-repo/deploy", "-e", "prod"], { cwd: repoRoot });
    for (const doc of documents(r.stdout)) {
      assert.deepEqual(Object.keys(doc).slice(0, 3), ["apiVersion", "kind", "metadata"]);
      assert.equal("status" in doc, false);
    }
  });
});

describe("the CLI as a process", () => {
  it("generate, run as Argo CD runs it, prints what render prints for the same inputs", () => {
    const cwd = join(repoRoot, "examples/in-repo/deploy");
    const generated = runProcess(["generate"], {
      cwd,
      env: {
        ARGOCD_APP_NAME: "argocd_shop-staging",
        ARGOCD_APP_NAMESPACE: "shop-staging",
        ARGOCD_APP_PROJECT_NAME: "default",
        ARGOCD_APP_REVISION: "0123456789abcdef0123456789abcdef01234567",
        ARGOCD_APP_REVISION_SHORT: "0123456",
        ARGOCD_APP_SOURCE_PATH: "examples/in-repo/deploy",
        ARGOCD_APP_SOURCE_REPO_URL: "https://github.com/example/shop",
        ARGOCD_APP_SOURCE_TARGET_REVISION: "HEAD",
        ARGOCD_APP_PARAMETERS: '[{"name":"environment","string":"staging"}]',
        PARAM_ENVIRONMENT: "staging",
        KUBE_VERSION: "1.29.3",
        KUBE_API_VERSIONS: "v1,apps/v1,db.atlasgo.io/v1alpha1",
      },
    });
    assert.equal(generated.code, 0, generated.stderr);
    assert.equal(generated.stderr, "");
    const rendered = runProcess(["render", ".", "-e", "staging", "--namespace", "shop-staging", "--app-name", "argocd_shop-staging"], { cwd });
    assert.equal(rendered.stdout, generated.stdout);
    assert.equal(documents(generated.stdout).length, 3);
  });

  it("exits 1 with one stderr line and nothing on stdout on bad input", () => {
    const r = runProcess(["generate"], { cwd: join(repoRoot, "examples/in-repo/deploy"), env: { ARGOCD_APP_PARAMETERS: "not json" } });
    assert.deepEqual(r, {
      code: 1,
      stdout: "",
      stderr: 'ARGOCD_APP_PARAMETERS: is not valid JSON: expected a list like [{"name":"environment","string":"prod"}]\n',
    });
  });

  it("exits 2 on a bad command line, without dumping the usage", () => {
    const r = runProcess(["rendr"], { cwd: repoRoot });
    assert.deepEqual(r, { code: 2, stdout: "", stderr: 'argocd-atlas: unknown verb "rendr": did you mean render? (run `argocd-atlas help` for usage)\n' });
  });

  it("exits 70 with a one-line report hint on a bug, and no stack trace", async () => {
    let stderr = "";
    const code = await main(["render", "examples/tutorial/manifests"], {
      cwd: repoRoot,
      env: {},
      out: () => {
        throw new TypeError("stdout exploded");
      },
      err: (t) => void (stderr += t),
    });
    assert.equal(code, 70);
    assert.equal(
      stderr,
      "argocd-atlas: internal error: stdout exploded; this is a bug, please report it at https://github.com/argocd-atlas/argocd-atlas/issues with the command you ran\n",
    );
  });
});

describe("schema and init", () => {
  it("schema prints the published editor schema", async () => {
    const r = await run(["schema"], { cwd: repoRoot });
    assert.equal(r.stdout, readFileSync(join(repoRoot, "schema/atlas.project.schema.json"), "utf8"));
  });

  it("init writes a starter file that validates, and never overwrites one", async () => {
    const repo = tempRepo();
    try {
      assert.deepEqual(await run(["init"], { cwd: repo.dir }), { code: 0, stdout: "wrote atlas.project.yaml\n", stderr: "" });
      const text = readFileSync(join(repo.dir, "atlas.project.yaml"), "utf8");
      assert.match(text, /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/.+\/schema\/atlas\.project\.schema\.json\n/);
      const validated = await run(["validate"], { cwd: repo.dir });
      assert.equal(validated.code, 0, validated.stderr);
      assert.deepEqual(await run(["init"], { cwd: repo.dir }), {
        code: 1,
        stdout: "",
        stderr: "atlas.project.yaml: already exists: edit it, or pass --force to replace it\n",
      });
      // init creates a missing directory: test/cli.test.ts.
    } finally {
      repo.cleanup();
    }
  });
});

describe("the last gate before stdout", () => {
  // Everything a project file can hold is checked when it is read; this gate is for what comes
  // from elsewhere (Argo CD's inputs, the registry) or from a future bug. Simulated here by
  // changing the settings after they were checked.
  for (const [name, plant] of [
    ["an annotation", (db: Record<string, unknown>) => (db.annotations = { "example.com/x": "see postgres://app:s3cr3t@db/app" })],
    [
      "a URL",
      (db: Record<string, unknown>) => {
        db.url = "mysql://db/app?Password=s3cr3t";
        delete db.urlFrom;
      },
    ],
    ["an environment name", (db: Record<string, unknown>) => (db.envName = "host=db password=s3cr3t")],
  ] as const) {
    it(`a credential in ${name} stops the render, naming the object and field, not the value`, async () => {
      const repo = tempRepo({
        "atlas.project.yaml":
          "version: 1\ndatabases:\n  app:\n    urlFrom: {secretKeyRef: {name: app-db, key: url}}\n    dir: {configMapRef: {name: app-migrations}}\nenvironments:\n  prod: {}\n",
      });
      try {
        const ws = openWorkspace(join(repo.dir, "atlas.project.yaml"), repo.dir);
        plant(ws.loaded.project.databases.app as Record<string, unknown>);
        await assert.rejects(renderEnvironment(ws, "prod", {}), (e: Error) => {
          assert.ok(e instanceof UserError, e.message);
          assert.match(
            e.message,
            /^atlas\.project\.yaml:7:9: environments\.prod: rendered AtlasMigration "app" would hold (a URL with a password|a password parameter) at (metadata\.annotations\["example\.com\/x"\]|spec\.url|spec\.envName): keep credentials in Secrets/,
          );
          assert.ok(!e.message.includes("s3cr3t"), e.message);
          return true;
        });
      } finally {
        repo.cleanup();
      }
    });
  }
});
