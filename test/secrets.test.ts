/**
 * Secrets never leak: a recognisable token and password are planted in every input channel the
 * plugin has, and every verb that renders (generate, render, validate) is run on them.
 *
 * - Credential-bearing fields (a URL with a password, credentials.password, a password-like URL
 *   parameter...) must be REJECTED without echoing the value.
 * - Inputs the plugin does not use (unknown env entries, the registry token when nothing needs
 *   the registry) must be IGNORED: the render succeeds and the value appears nowhere.
 * - Some fields are DATA by design and reach the output verbatim: SQL in migration files (never
 *   scanned), and annotation and label values, variable values, custom atlas.hcl, envName as long
 *   as they hold no credential's shape (an opaque token cannot be told from other text).
 * - Every credential shape (src/common/credential-shapes.ts), generated, planted in every string field
 *   and key the schema has and in Argo CD's inputs: refused, the field named, the value nowhere
 *   (the generated suites at the bottom).
 * - No verb writes a file: not in the repository, not in $TMPDIR, not in $HOME; tag pinning
 *   writes only its tag cache under $HOME/.cache, which holds no token.
 * - The registry token, used for real by tag pinning against the stand-in, appears nowhere:
 *   not in stdout, stderr or the cache, not even when the registry echoes it back.
 *
 * A new channel is one more line in `channels`.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { after, describe, it } from "node:test";
import { stringify } from "yaml";
import { findCredential, isCredentialName } from "../src/common/credential-shapes.js";
import { formatPath, quote } from "../src/common/errors.js";
import { fuzzRuns } from "./fuzz-budget.js";
import {
  credentialParameterNames,
  credentialSample,
  databaseSettingsSchema,
  legitimateSample,
  migrationDir,
  projectWith,
  Rand,
  type StringField,
  stringFieldsOf,
  sumOf,
} from "./fuzz-helpers.js";
import { git } from "./git.js";
import { startRegistry } from "./registry-stand-in.js";
import { type RunResult, repoRoot, run, runBuilt, tempRepo } from "./run.js";

const TOKEN = "aci_PLANTED_TOKEN_1234567890";
const PASSWORD = "PLANTED_PASSWORD_xyz";

/** A valid project with one database; `db` adds lines to the database (4 spaces), `top` to the file. */
function project(db = "", top = ""): string {
  return `version: 1
databases:
  app:
    urlFrom: {secretKeyRef: {name: app-db, key: url}}
    cloud:
      tokenFrom: {secretKeyRef: {name: atlas-credentials, key: token}}
    dir: {remote: {name: app, tag: 6f1c2d0e9b8a}}
${db}environments:
  prod: {}
${top}`;
}

/** The same project with the database's target (urlFrom) replaced by `db`. */
function projectTarget(db: string): string {
  return project(db).replace(/^ {4}urlFrom: .*\n/m, "");
}

interface Channel {
  name: string;
  /** atlas.project.yaml (default: a valid project). */
  project?: string;
  /** Environment of the process (Argo CD's ARGOCD_*, PARAM_*, the sidecar's own variables). */
  env?: Record<string, string>;
  /** More files of the repository. */
  files?: Record<string, string>;
  /**
   * rejected: every verb exits 1 and the secret appears nowhere;
   * ignored: generate renders and the secret appears nowhere;
   * data: the value is data by design and reaches stdout (never stderr).
   */
  expect: "rejected" | "ignored" | "data";
  /** Only generate reads Argo CD's inputs from the environment: render and validate ignore them. */
  argoInput?: boolean;
  /** For a rejection: the reason stderr must give (so a row cannot pass by failing for another reason). */
  because?: RegExp;
}

const tokenFile = join(mkdtempSync(join(tmpdir(), "argocd-atlas-secret-")), "token");
writeFileSync(tokenFile, `${TOKEN}\n`);
after(() => rmSync(dirname(tokenFile), { recursive: true, force: true }));

const migrations = (() => {
  const sql = { "1_init.sql": `CREATE TABLE t (id int);\n-- ${PASSWORD}\n` };
  return { "migrations/1_init.sql": sql["1_init.sql"], "migrations/atlas.sum": sumOf(sql) };
})();

const channels: Channel[] = [
  // --- the project file: credential-bearing fields
  {
    name: "url with a password",
    project: projectTarget(`    url: "postgres://app:${PASSWORD}@db:5432/app"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "url with a percent-encoded password",
    project: projectTarget(`    url: "mysql://root:${PASSWORD}%40x@db:3306/app"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "url with a password parameter",
    project: projectTarget(`    url: "postgres://db/app?sslmode=disable&password=${PASSWORD}"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "url with a token parameter",
    project: projectTarget(`    url: "libsql://db.example.com?authToken=${TOKEN}"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "url in an environment's database",
    project: project("", "").replace("  prod: {}\n", `  prod:\n    databases:\n      app: {url: "postgres://app:${PASSWORD}@db/app"}\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "credentials.password",
    project: projectTarget(`    credentials: {scheme: postgres, host: db, password: ${PASSWORD}}\n`),
    expect: "rejected",
    because: /a password in Git leaks/,
  },
  {
    name: "credentials parameter named password",
    project: projectTarget(`    credentials: {scheme: postgres, host: db, parameters: {password: ${PASSWORD}}}\n`),
    expect: "rejected",
    because: /a credential in a URL parameter leaks/,
  },
  {
    name: "credentials parameter named sslpassword",
    project: projectTarget(`    credentials: {scheme: postgres, host: db, parameters: {sslpassword: ${PASSWORD}}}\n`),
    expect: "rejected",
    because: /a credential in a URL parameter leaks/,
  },
  {
    name: "credentials parameter named api_token",
    project: projectTarget(`    credentials: {scheme: postgres, host: db, parameters: {api_token: ${TOKEN}}}\n`),
    expect: "rejected",
    because: /a credential in a URL parameter leaks/,
  },
  {
    name: "devURL with a password",
    project: project(`    devURL: "postgres://dev:${PASSWORD}@dev-db/dev"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "devURL with a secret parameter",
    project: project(`    devURL: "docker://postgres/15/dev?secret=${TOKEN}"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "a password in an overridden scope",
    project: project("", "").replace("version: 1\n", `version: 1\ndefaults:\n  url: "postgres://app:${PASSWORD}@db/app"\n`),
    expect: "rejected",
    because: /the URL carries a password/,
  },
  {
    name: "a Secret name that is not a name",
    project: project().replace("name: app-db", `name: ${TOKEN}`),
    expect: "rejected",
    because: /a Kubernetes object name/,
  },
  {
    name: "cloud.url with a token as user info",
    project: project().replace("    cloud:\n", `    cloud:\n      url: "https://x:${TOKEN}@api.atlasgo.cloud/query"\n`),
    expect: "rejected",
    because: /cloud\.url/,
  },
  {
    name: "cloud.url with a token parameter",
    project: project().replace("    cloud:\n", `    cloud:\n      url: "https://api.atlasgo.cloud/query?token=${TOKEN}"\n`),
    expect: "rejected",
    because: /cloud\.url/,
  },
  {
    name: "a variable's value holding a URL with a password",
    project: project(`    config: 'env "k" {}'\n    vars: {db_url: {value: "postgres://app:${PASSWORD}@db/app"}}\n`),
    expect: "rejected",
    because: /vars\.db_url\.value: the value holds a URL with a password/,
  },
  {
    name: "a value on the line of a block scalar header",
    project: `version: 1\nurl: | postgres://app:${PASSWORD}@db/app\n`,
    expect: "rejected",
    because: /invalid YAML: Not a YAML token\n/,
  },
  {
    name: "text the YAML reader cannot parse",
    project: `version: 1\n}\npostgres://app:${PASSWORD}@db/app\n`,
    expect: "rejected",
    because: /invalid YAML: Unexpected scalar token in YAML stream\n/,
  },
  // --- the project file: data by design (what the operator needs to see, verbatim)
  {
    name: "a variable named like a credential with a plain value",
    project: project(`    config: 'env "k" {}'\n    vars: {password: {value: ${PASSWORD}}}\n`),
    expect: "rejected",
    because: /vars\.password\.value/,
  },
  { name: "an annotation value", project: project(`    annotations: {example.com/note: ${TOKEN}}\n`), expect: "data" },
  { name: "a label value (the token is a valid label value)", project: project(`    labels: {note: ${TOKEN}}\n`), expect: "data" },
  {
    name: "config (a custom atlas.hcl) with a URL holding a password",
    project: project(`    config: |\n      env "k" {\n        url = "postgres://app:${PASSWORD}@db/app"\n      }\n`),
    expect: "rejected",
    because: /config: the atlas\.hcl holds a URL with a password/,
  },
  { name: "envName", project: project(`    envName: ${TOKEN}\n`), expect: "data" },
  // --- migration files: SQL is data, shipped in the ConfigMap as written
  {
    name: "SQL in a migration file",
    project: project().replace("dir: {remote: {name: app, tag: 6f1c2d0e9b8a}}", "dir: {path: migrations}"),
    files: migrations,
    expect: "data",
  },
  // --- the environment of the process
  { name: "an unknown plugin env entry", env: { ARGOCD_ENV_DB_PASSWORD: PASSWORD }, expect: "ignored", argoInput: true },
  { name: "an unknown PARAM_", env: { PARAM_PASSWORD: PASSWORD }, expect: "ignored", argoInput: true },
  {
    name: "PARAM_ENVIRONMENT next to a parameters JSON (which wins)",
    env: { ARGOCD_APP_PARAMETERS: "[]", PARAM_ENVIRONMENT: PASSWORD },
    expect: "ignored",
    argoInput: true,
  },
  {
    name: "a parameter named password",
    env: { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "password", string: PASSWORD }]) },
    expect: "rejected",
    because: /unknown parameter "password"/,
    argoInput: true,
  },
  {
    name: "a parameter given as a map",
    env: { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "environment", map: { password: PASSWORD } }]) },
    expect: "rejected",
    because: /takes a single string value/,
    argoInput: true,
  },
  {
    name: "a parameter given as a list",
    env: { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "environment", array: [TOKEN] }]) },
    expect: "rejected",
    because: /takes a single string value/,
    argoInput: true,
  },
  {
    name: "parameters that are not JSON",
    env: { ARGOCD_APP_PARAMETERS: `[{name: password, string: ${PASSWORD}}]` },
    expect: "rejected",
    because: /is not valid JSON/,
    argoInput: true,
  },
  {
    name: "parameters that are not a list",
    env: { ARGOCD_APP_PARAMETERS: JSON.stringify({ password: PASSWORD }) },
    expect: "rejected",
    because: /must be a JSON list/,
    argoInput: true,
  },
  { name: "ATLAS_TOKEN", env: { ATLAS_TOKEN: TOKEN }, expect: "ignored" },
  { name: "ATLAS_TOKEN_FILE", env: { ATLAS_TOKEN_FILE: tokenFile }, expect: "ignored" },
  {
    name: "ATLAS_TOKEN with a project that fails",
    project: projectTarget(""),
    env: { ATLAS_TOKEN: TOKEN },
    expect: "rejected",
    because: /has no target database/,
  },
];

/** Runs `args` in a fresh copy of the channel's repository. */
async function runChannel(c: Channel, args: string[]): Promise<RunResult> {
  const repo = tempRepo({ "atlas.project.yaml": c.project ?? project(), ...c.files });
  try {
    const env = { ARGOCD_APP_NAME: "shop", ARGOCD_APP_NAMESPACE: "shop", ...c.env };
    return await run(args, { cwd: repo.dir, env });
  } finally {
    repo.cleanup();
  }
}

const secrets = [TOKEN, PASSWORD];
const verbs = [["generate"], ["render", "."], ["validate", "."]];

describe("secrets planted in every input channel", () => {
  for (const c of channels) {
    it(`${c.name}: ${c.expect}`, async () => {
      for (const args of verbs) {
        const what = `${args[0]} (${c.name})`;
        const r = await runChannel(c, args);
        for (const secret of secrets) assert.ok(!r.stderr.includes(secret), `${what}: stderr shows ${secret}:\n${r.stderr}`);
        const local = args[0] !== "generate" && c.argoInput;
        if (c.expect === "rejected" && !local) {
          assert.equal(r.code, 1, `${what}: rejected\n${r.stdout}${r.stderr}`);
          assert.equal(r.stdout, "", what);
          if (c.because) assert.match(r.stderr, c.because, what);
          continue;
        }
        assert.equal(r.code, 0, `${what}: renders\n${r.stderr}`);
        if (c.expect === "data" && args[0] !== "validate") {
          assert.ok(
            secrets.some((s) => r.stdout.includes(s)),
            `${what}: the value is data and reaches the output`,
          );
        } else {
          for (const secret of secrets) assert.ok(!r.stdout.includes(secret), `${what}: stdout shows ${secret}`);
        }
      }
    });
  }
});

/** Every file below `dir` with its size and modification time. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, entry.name);
      const s = statSync(abs, { throwIfNoEntry: false });
      out.push(`${relative(dir, abs)} ${entry.isDirectory() ? "dir" : `${s?.size} ${s?.mtimeMs}`}`);
      if (entry.isDirectory()) walk(abs);
    }
  };
  walk(dir);
  return out.sort();
}

describe("no verb writes a file", () => {
  // As real processes, each with an empty $TMPDIR and $HOME of its own (tests running alongside
  // share the system's). The CLI runs from the sources through tsx, whose compile cache
  // (tsx-<uid>) lands in $TMPDIR: that directory is tsx's, not the plugin's, and is left out.
  const cases: { name: string; args: string[]; env?: Record<string, string>; project?: string; exit: number }[] = [
    { name: "generate", args: ["generate"], exit: 0 },
    { name: "render", args: ["render", "."], exit: 0 },
    { name: "validate", args: ["validate", "."], exit: 0 },
    { name: "generate, failing", args: ["generate"], project: projectTarget(`    url: "postgres://app:${PASSWORD}@db/app"\n`), exit: 1 },
    { name: "generate with ATLAS_TOKEN_FILE", args: ["generate"], env: { ATLAS_TOKEN_FILE: tokenFile }, exit: 0 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const dir = migrationDir(new Rand(7), 3, "no-write");
      const files: Record<string, string> = {
        "atlas.project.yaml": c.project ?? project().replace("dir: {remote: {name: app, tag: 6f1c2d0e9b8a}}", "dir: {path: migrations}"),
      };
      for (const [name, content] of Object.entries(dir)) files[`migrations/${name}`] = String(content);
      const repo = tempRepo(files);
      const scratch = mkdtempSync(join(tmpdir(), "argocd-atlas-nowrite-"));
      const tmp = join(scratch, "tmp");
      const home = join(scratch, "home");
      mkdirSync(tmp);
      mkdirSync(home);
      try {
        const before = listing(repo.dir);
        const r = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(repoRoot, "src/cli/cli.ts"), ...c.args], {
          cwd: repo.dir,
          env: { PATH: process.env.PATH ?? "", TMPDIR: tmp, HOME: home, ARGOCD_APP_NAMESPACE: "shop", ...c.env },
          encoding: "utf8",
          timeout: 30_000,
        });
        assert.equal(r.status, c.exit, r.stderr);
        assert.deepEqual(listing(repo.dir), before, "nothing written in the repository");
        assert.deepEqual(
          listing(tmp).filter((f) => !f.startsWith("tsx-")),
          [],
          "nothing written in $TMPDIR",
        );
        assert.deepEqual(listing(home), [], "nothing written in $HOME");
        for (const secret of secrets) assert.ok(!r.stderr.includes(secret), `stderr shows ${secret}`);
      } finally {
        repo.cleanup();
        rmSync(scratch, { recursive: true, force: true });
      }
    });
  }
});

describe("the registry token, used by tag pinning", () => {
  for (const variant of ["a successful pin", "a registry that echoes the token"] as const) {
    it(`${variant}: nowhere in stdout, stderr or the files written`, async () => {
      const repo = tempRepo({ "README.md": "shop\n" });
      rmSync(join(repo.dir, ".git"), { recursive: true });
      git(repo.dir, "init", "-q", "-b", "main");
      git(repo.dir, "add", ".");
      git(repo.dir, "commit", "-q", "-m", "c1");
      const sha = git(repo.dir, "rev-parse", "HEAD");
      const registry = await startRegistry({
        token: TOKEN,
        tags: { app: { [sha]: { "1_init.sql": "CREATE TABLE t (id int);\n" } } },
        latest: { app: { "1_init.sql": "CREATE TABLE t (id int);\n" } },
        ...(variant === "a registry that echoes the token" && {
          respond: (q) => ({ status: 200, body: JSON.stringify({ errors: [{ message: `denied for ${q.authorization}` }] }) }),
        }),
      });
      const home = mkdtempSync(join(tmpdir(), "argocd-atlas-home-"));
      try {
        writeFileSync(
          join(repo.dir, "atlas.project.yaml"),
          project("    pin: {mode: render}\n")
            .replace("dir: {remote: {name: app, tag: 6f1c2d0e9b8a}}", "dir: {remote: {name: app}}")
            .replace("    cloud:\n", `    cloud:\n      url: ${registry.url}\n`),
        );
        const r = await runBuilt(["generate"], {
          cwd: repo.dir,
          env: { HOME: home, ATLAS_TOKEN: TOKEN, ARGOCD_ATLAS_REGISTRY_URLS: registry.url, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_REVISION: sha },
        });
        assert.equal(r.code, variant === "a successful pin" ? 0 : 1, r.stderr);
        assert.ok(registry.requests.length > 0 && registry.requests.every((q) => q.authorization === `Bearer ${TOKEN}`), "the token was used");
        if (variant === "a registry that echoes the token")
          assert.match(r.stderr, /the registry answered "\(a message holding part of the token, not shown\)"/);
        for (const [where, text] of [
          ["stdout", r.stdout],
          ["stderr", r.stderr],
        ] as const)
          assert.ok(!text.includes(TOKEN), `${where} shows the token:\n${text}`);
        const written = listing(home)
          .filter((f) => !f.endsWith(" dir"))
          .map((f) => f.split(" ")[0]!);
        assert.deepEqual(written, variant === "a successful pin" ? [".cache/argocd-atlas/registry-tags-v1.json"] : []);
        for (const file of written) assert.ok(!readFileSync(join(home, file), "utf8").includes(TOKEN), `${file} holds the token`);
      } finally {
        await registry.close();
        repo.cleanup();
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});

// --- every credential shape, in every field a user can set (generated) ------------------------

/** FUZZ_SCALE (test/fuzz-budget.ts) multiplies the generated cases below; a failure names its seed. */
const scale = fuzzRuns(1);

describe("credential shapes, generated", () => {
  it("every generated credential is found, in a URL field and in free text, and never quoted", () => {
    for (let seed = 1; seed <= 3000 * scale; seed++) {
      const c = credentialSample(new Rand(seed));
      const what = `seed ${seed} (${c.shape}): ${JSON.stringify(c.text)}`;
      assert.ok(findCredential(c.text, "text"), `${what}: found in free text`);
      assert.ok(findCredential(c.text.trim(), "url"), `${what}: found in a URL field`);
      assert.ok(!quote(c.text).includes(c.secret), `${what}: quote() shows the password`);
    }
  });

  it("a credential on the command line is refused before any verb runs, never echoed", async () => {
    const verbArgs = [
      ["render"],
      ["validate"],
      ["render", "-n"],
      ["render", "--param"],
      ["pin", "--revision"],
      ["import", "-e", "prod"],
      ["doctor", "--context"],
    ];
    for (let seed = 1; seed <= 200 * scale; seed++) {
      const r = new Rand(seed);
      const c = credentialSample(r);
      const args = [...r.pick(verbArgs), c.text];
      const result = await run(args, { cwd: repoRoot });
      const what = `seed ${seed}: ${JSON.stringify(args)}`;
      assert.equal(result.code, 2, `${what}: ${result.stderr}`);
      assert.equal(result.stdout, "", what);
      assert.ok(result.stderr.includes(`argument ${args.length - 1} holds a value shaped like a credential (not shown)`), `${what}: ${result.stderr}`);
      assert.ok(!result.stderr.includes(c.secret), `${what}: stderr shows the password`);
    }
  });

  it("values close to a credential but holding none are left alone", () => {
    for (let seed = 1; seed <= 3000 * scale; seed++) {
      const text = legitimateSample(new Rand(seed));
      assert.equal(findCredential(text, "text"), undefined, `seed ${seed}: ${JSON.stringify(text)} is no credential`);
    }
  });

  it("parameter names: password-like in any case and encoding, and nothing else", () => {
    for (const name of credentialParameterNames) assert.ok(isCredentialName(name), name);
    for (const name of [
      "sslmode",
      "sslkey",
      "sslcert",
      "search_path",
      "bypass",
      "PassThrough",
      "password_encryption",
      "tokenizer",
      "secretName",
      "authSource",
      "x",
    ]) {
      assert.ok(!isCredentialName(name), name);
    }
  });
});

const scopes: readonly string[][] = [["defaults"], ["databases", "app"], ["environments", "prod"], ["environments", "prod", "databases", "app"]];

describe("credentials planted in every string field of the schema (generated)", () => {
  const fields = stringFieldsOf(databaseSettingsSchema);
  it("the schema's string fields are all covered", () => {
    const names = fields.map((f) => `${f.path.join(".")}${f.key ? " (key)" : ""}`);
    for (const expected of [
      "url",
      "devURL",
      "config",
      "cloud.url",
      "credentials.password",
      "credentials.parameters.* (key)",
      "credentials.parameters.*",
      "labels.* (key)",
      "annotations.*",
      "vars.*.value",
      "name",
      "envName",
    ]) {
      assert.ok(names.includes(expected), `${expected} in ${names.join(", ")}`);
    }
  });

  const cases = Math.max(fields.length * 3, 150) * scale;
  it(`${cases} plantings: refused, the field named, the password shown nowhere`, async () => {
    for (let seed = 1; seed <= cases; seed++) {
      const r = new Rand(seed);
      const field = fields[(seed - 1) % fields.length]!;
      const scope = r.pick(scopes.filter((s) => field.path[0] !== "name" || s.includes("app")));
      const c = credentialSample(r);
      const { project, path } = projectWith(field, c.text, scope);
      const repo = tempRepo({ "atlas.project.yaml": stringify(project) });
      try {
        const res = await run(["render", ".", "-e", "prod"], { cwd: repo.dir });
        const what = `seed ${seed}, ${formatPath(path.map((p) => (p === c.text ? "<planted>" : p)))} (${c.shape}): ${JSON.stringify(c.text)}`;
        assert.equal(res.code, 1, `${what}: refused\n${res.stdout}${res.stderr}`);
        assert.equal(res.stdout, "", what);
        assert.ok(!res.stderr.includes(c.secret), `${what}: stderr shows the password:\n${res.stderr}`);
        assert.doesNotMatch(res.stderr, /internal error/, what);
        // The line names the file, line, column and the field (a key is named, not quoted).
        const at = formatPath(path.map((p) => (p === c.text ? "<a key shaped like a credential>" : p)));
        assert.match(res.stderr, new RegExp(`^atlas\\.project\\.yaml:\\d+:\\d+: ${escapeRegExp(at)}: `, "m"), `${what}: names the field\n${res.stderr}`);
      } finally {
        repo.cleanup();
      }
    }
  });

  it("values close to a credential render as data in free-text fields", async () => {
    const freeText: StringField[] = [
      { path: ["annotations", "*"], key: false, schema: {} },
      { path: ["envName"], key: false, schema: {} },
      { path: ["baseline"], key: false, schema: {} },
      { path: ["revisionsSchema"], key: false, schema: {} },
      { path: ["vars", "*", "value"], key: false, schema: {} },
    ];
    for (let seed = 1; seed <= 100 * scale; seed++) {
      const r = new Rand(seed);
      const text = legitimateSample(r) || "x";
      const field = freeText[(seed - 1) % freeText.length]!;
      const { project } = projectWith(field, text, r.pick(scopes));
      const repo = tempRepo({ "atlas.project.yaml": stringify(project) });
      try {
        const res = await run(["render", ".", "-e", "prod"], { cwd: repo.dir });
        assert.equal(res.code, 0, `seed ${seed}, ${field.path.join(".")}: ${JSON.stringify(text)}\n${res.stderr}`);
      } finally {
        repo.cleanup();
      }
    }
  });
});

describe("credentials in Argo CD's inputs (generated)", () => {
  const channels: { name: string; env: (v: string) => Record<string, string>; source: string }[] = [
    {
      name: "the environment parameter",
      env: (v) => ({ ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "environment", string: v }]) }),
      source: "parameter environment",
    },
    { name: "the plugin env entry", env: (v) => ({ ARGOCD_ENV_ATLAS_ENVIRONMENT: v }), source: "ARGOCD_ENV_ATLAS_ENVIRONMENT" },
    { name: "PARAM_ENVIRONMENT", env: (v) => ({ PARAM_ENVIRONMENT: v }), source: "PARAM_ENVIRONMENT" },
    {
      name: "a conflict",
      env: (v) => ({ ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "environment", string: "prod" }]), ARGOCD_ENV_ATLAS_ENVIRONMENT: v }),
      source: "ARGOCD_ENV_ATLAS_ENVIRONMENT",
    },
    { name: "a parameter's name", env: (v) => ({ ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: v, string: "prod" }]) }), source: "ARGOCD_APP_PARAMETERS" },
    { name: "the namespace", env: (v) => ({ ARGOCD_APP_NAMESPACE: v }), source: "ARGOCD_APP_NAMESPACE" },
  ];
  for (const channel of channels) {
    it(`${channel.name}: refused, naming ${channel.source}, the password shown nowhere`, async () => {
      for (let seed = 1; seed <= 15 * scale; seed++) {
        const c = credentialSample(new Rand(seed));
        const res = await runChannel({ name: channel.name, expect: "rejected", env: channel.env(c.text) }, ["generate"]);
        const what = `seed ${seed} (${c.shape}): ${JSON.stringify(c.text)}`;
        assert.equal(res.code, 1, `${what}\n${res.stdout}${res.stderr}`);
        assert.equal(res.stdout, "", what);
        assert.ok(!res.stderr.includes(c.secret), `${what}: stderr shows the password:\n${res.stderr}`);
        assert.ok(res.stderr.startsWith(`${channel.source}`), `${what}: names ${channel.source}:\n${res.stderr}`);
      }
    });
  }
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
