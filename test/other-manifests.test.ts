/**
 * Which files next to atlas.project.yaml count as manifests Argo CD would otherwise render: the
 * files a directory source picks, as Argo CD picks them, each read by parsing it. The property
 * tests write Kubernetes objects in many YAML and JSON forms (all must be found) and YAML that
 * is no object (none may be).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { stringify } from "yaml";
import { maxFiles, otherManifests } from "../src/argocd/other-manifests.js";
import { Rand } from "./fuzz-helpers.js";
import { askOracle } from "./go-oracle.js";
import { repoRoot, tempRepo } from "./run.js";

const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\n";
const names = (dir: string) => otherManifests(dir).map((m) => m.name);

describe("otherManifests", () => {
  it("finds what a directory source would render, and nothing else", () => {
    const bigConfigMap = `apiVersion: v1\ndata:\n  blob: ${"x".repeat(100 * 1024)}\nkind: ConfigMap\nmetadata: {name: big}\n`;
    const repo = tempRepo({
      "atlas.project.yaml": "version: 1\n",
      "deployment.yaml": deployment,
      "bom.yml": `\ufeff${deployment}`,
      "big.yaml": bigConfigMap,
      "service.json": JSON.stringify({ apiVersion: "v1", kind: "Service", metadata: { name: "shop" } }),
      "app.jsonnet": "{}\n",
      Kustomization: "resources: []\n",
      "MyChart.yaml": "name: x\n",
      "linked-target/svc.yaml": deployment,
      // Not rendered by Argo CD, or not manifests:
      "upper.YAML": deployment,
      "schema.json": JSON.stringify({ properties: { apiVersion: { type: "string" }, kind: { type: "string" } } }),
      "values.yaml": "replicas: 3\n",
      "skipped.yaml": `# +argocd:skip-file-rendering\n${deployment}`,
      "skipped.jsonnet": "// +argocd:skip-file-rendering\n{}\n",
      "notes.txt": deployment,
      "sub/deployment.yaml": deployment,
      "dangling.yaml": { symlink: "nowhere.yaml" },
    });
    try {
      symlinkSync(join(repo.dir, "linked-target/svc.yaml"), join(repo.dir, "linked.yaml"));
      assert.deepEqual(otherManifests(repo.dir), [
        { name: "Kustomization", why: "a kustomization" },
        { name: "MyChart.yaml", why: "a Helm chart" },
        { name: "app.jsonnet", why: "Jsonnet" },
        { name: "big.yaml" },
        { name: "bom.yml" },
        { name: "deployment.yaml" },
        { name: "linked.yaml" },
        { name: "service.json" },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("finds nothing beside a lone project file", () => {
    const repo = tempRepo({ "atlas.project.yaml": "version: 1\n" });
    try {
      assert.deepEqual(otherManifests(repo.dir), []);
    } finally {
      repo.cleanup();
    }
  });

  it("counts what it does not read past its bounds, instead of passing it", () => {
    const files: Record<string, string> = { "atlas.project.yaml": "version: 1\n", "huge.yaml": `a: "${"x".repeat(4 * 1024 * 1024)}"\n` };
    for (let i = 0; i < maxFiles; i++) files[`values-${String(i).padStart(4, "0")}.yaml`] = "a: 1\n";
    const repo = tempRepo(files);
    try {
      assert.deepEqual(otherManifests(repo.dir), [
        { name: "huge.yaml", why: "larger than 4 MiB: not read" },
        { name: `values-${String(maxFiles - 1).padStart(4, "0")}.yaml`, why: `more than ${maxFiles} files to read here: not read` },
      ]);
    } finally {
      repo.cleanup();
    }
  });

  it("counts YAML it cannot parse when it names apiVersion and kind, and passes other broken YAML", () => {
    const repo = tempRepo({
      "atlas.project.yaml": "version: 1\n",
      "partly.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {{ .Values.name }\n",
      "template.yaml": "{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\n{{- end }}\n",
      "broken.yaml": "a: [1, 2\n",
    });
    try {
      assert.deepEqual(otherManifests(repo.dir), [{ name: "partly.yaml" }, { name: "template.yaml", why: "not valid YAML, and it names apiVersion and kind" }]);
    } finally {
      repo.cleanup();
    }
  });

  it("names a symlink loop, as the user's to fix", () => {
    const repo = tempRepo({ "atlas.project.yaml": "version: 1\n", "loop.yaml": { symlink: "loop.yaml" } });
    try {
      assert.throws(
        () => otherManifests(repo.dir),
        (e: Error) =>
          e.name === "UserError" &&
          e.message === "loop.yaml: cannot be read (ELOOP): argocd-atlas reads the files next to atlas.project.yaml to know it drops none; check this one",
      );
    } finally {
      repo.cleanup();
    }
  });

  it("names a directory it cannot list, as the user's to fix", () => {
    assert.throws(
      () => otherManifests("/nonexistent/argocd-atlas", () => "deploy"),
      (e: Error) =>
        e.name === "UserError" &&
        e.message === "deploy: cannot list the directory of atlas.project.yaml (ENOENT): argocd-atlas must see every file there to know it drops none",
    );
  });

  it("names a file the sidecar's user (uid 999) cannot read, as the user's to fix (EACCES)", async (t) => {
    const project = readFileSync(join(repoRoot, "examples/in-repo/deploy/atlas.project.yaml"), "utf8");
    const repo = tempRepo({ "deploy/atlas.project.yaml": project, "deploy/secret.yaml": deployment }, join(repoRoot, "examples/in-repo"));
    try {
      chmodSync(repo.dir, 0o755);
      chmodSync(join(repo.dir, "deploy/secret.yaml"), 0o600);
      const env = { PATH: process.env.PATH ?? "", HOME: "/tmp", ARGOCD_APP_PARAMETERS: '[{"name":"environment","string":"prod"}]' };
      const cli = join(repoRoot, "dist/cli.cjs");
      if (!existsSync(cli)) assert.equal(spawnSync("npm", ["run", "build"], { cwd: repoRoot }).status, 0);
      // As root, permissions do not bite: run as uid 999, as the sidecar does, where this machine allows it.
      const user = process.getuid?.() === 0 ? { uid: 999, gid: 999 } : {};
      const probe = spawnSync(process.execPath, ["-e", ""], { ...user });
      if (probe.status !== 0) return t.skip(`cannot run ${process.execPath} as uid 999 here`);
      const generate = () => spawnSync(process.execPath, [cli, "generate"], { ...user, cwd: join(repo.dir, "deploy"), env, encoding: "utf8" });
      const neighbour = generate();
      assert.deepEqual(
        { code: neighbour.status, stdout: neighbour.stdout, stderr: neighbour.stderr },
        {
          code: 1,
          stdout: "",
          stderr:
            "secret.yaml: cannot be read (EACCES): argocd-atlas reads the files next to atlas.project.yaml to know it drops none, and the sidecar runs it as uid 999, which must be able to read them; check its permissions\n",
        },
      );
      // Any other file the render reads: a migration file of an in-repo directory.
      rmSync(join(repo.dir, "deploy/secret.yaml"));
      chmodSync(join(repo.dir, "migrations/app/20240101120000_init.sql"), 0o600);
      const migration = generate();
      assert.deepEqual(
        { code: migration.status, stdout: migration.stdout, stderr: migration.stderr },
        {
          code: 1,
          stdout: "",
          stderr:
            "../migrations/app/20240101120000_init.sql: cannot be read (EACCES): the sidecar runs the plugin as uid 999, which must be able to read it; check its permissions\n",
        },
      );
    } finally {
      repo.cleanup();
    }
  });

  it("finds a Kubernetes object in any YAML or JSON form (generated)", () => {
    const repo = tempRepo({ "atlas.project.yaml": "version: 1\n" });
    try {
      for (let seed = 1; seed <= 400; seed++) {
        const r = new Rand(seed);
        const { name, bytes, form } = manifestFile(r);
        const file = join(repo.dir, name);
        writeFileSync(file, bytes);
        const found = names(repo.dir);
        rmSync(file);
        assert.deepEqual(found, [name], `seed ${seed} (${form}): not found in\n${bytes.toString("utf8").slice(0, 600)}`);
      }
    } finally {
      repo.cleanup();
    }
  });

  it("passes YAML and JSON that hold no Kubernetes object (generated)", () => {
    const repo = tempRepo({ "atlas.project.yaml": "version: 1\n" });
    try {
      for (let seed = 1; seed <= 300; seed++) {
        const r = new Rand(seed);
        const { name, text, form } = nonManifestFile(r);
        const file = join(repo.dir, name);
        if (name.includes("/")) mkdirSync(join(repo.dir, name.split("/")[0]!), { recursive: true });
        writeFileSync(file, text);
        const found = names(repo.dir);
        rmSync(name.includes("/") ? join(repo.dir, name.split("/")[0]!) : file, { recursive: true });
        assert.deepEqual(found, [], `seed ${seed} (${form}): counted\n${text.slice(0, 600)}`);
      }
    } finally {
      repo.cleanup();
    }
  });

  it("counts every file from which Argo CD's Go reader takes an object (differential, generated)", (t) => {
    // test/go/argocd-manifests: Argo CD's reading of a file, on sigs.k8s.io/yaml 1.3.0 (Debian
    // golang-k8s-sigs-yaml-dev) over yaml.v2. Where Go takes objects without an error, so would a
    // directory source: the file must count. The reverse may differ: refusing more is safe (YAML
    // 1.1 reads `kind: yes` as a boolean, say).
    const repo = tempRepo({ "atlas.project.yaml": "version: 1\n" });
    try {
      const files: { name: string; bytes: Buffer }[] = [];
      for (let seed = 1; seed <= 300; seed++) {
        const r = new Rand(5000 + seed);
        if (r.chance(0.6)) files.push(manifestFile(r));
        else {
          const f = nonManifestFile(r);
          // Files Argo CD reads at all (the name and marker rules are tested above).
          if (/^[^/]*\.(yaml|yml|json)$/.test(f.name) && !f.text.includes("+argocd:skip-file-rendering"))
            files.push({ name: f.name, bytes: Buffer.from(f.text) });
        }
      }
      const answers = askOracle<{ objects: { apiVersion: string; kind: string }[]; error?: string }[]>(
        "argocd-manifests",
        JSON.stringify(files.map((f) => ({ name: f.name, base64: f.bytes.toString("base64") }))),
      );
      let agreed = 0;
      let moreCautious = 0;
      const falseAlarms: string[] = [];
      files.forEach((f, i) => {
        const go = answers[i]!;
        const file = join(repo.dir, f.name);
        writeFileSync(file, f.bytes);
        const ours = names(repo.dir).length > 0;
        rmSync(file);
        const argoTakes = go.error === undefined && go.objects.some((o) => o.apiVersion !== "");
        if (argoTakes)
          assert.ok(
            ours,
            `Argo CD takes ${JSON.stringify(go.objects)} from ${f.name}, argocd-atlas does not count it:\n${f.bytes.toString("utf8").slice(0, 400)}`,
          );
        if (ours === argoTakes) agreed++;
        else moreCautious++;
        if (ours && go.error === undefined && go.objects.length === 0) falseAlarms.push(f.bytes.toString("utf8").slice(0, 200));
      });
      t.diagnostic(`${files.length} files: ${agreed} judged alike, ${moreCautious} counted by argocd-atlas only (Argo CD fails on most of them)`);
      // A file Argo CD reads cleanly and takes nothing from is not counted.
      assert.deepEqual(falseAlarms, []);
    } finally {
      repo.cleanup();
    }
  });
});

// --- generators --------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function resource(r: Rand): Json {
  const kind = r.pick(["Deployment", "Service", "ConfigMap", "Secret", "Ingress", "List", "CronJob", "yes", "1.0"]);
  const apiVersion = r.pick(["v1", "apps/v1", "batch/v1", "networking.k8s.io/v1", "example.com/v1alpha1"]);
  const object: Json = { apiVersion, kind, metadata: { name: `obj-${r.int(0, 999)}`, labels: { app: "shop" } } };
  if (r.chance(0.5)) object.spec = { replicas: r.int(1, 5), template: { spec: { containers: [{ name: "c", image: "nginx:1.27" }] } } };
  if (r.chance(0.3)) object.data = { "config.yaml": "a: 1\nb: [x, y]\n" };
  // Key order varies: kind first, or apiVersion last.
  const keys = Object.keys(object);
  for (let i = keys.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  return Object.fromEntries(keys.map((k) => [k, object[k]]));
}

const notResources: readonly unknown[] = [
  { replicas: 3, image: { repository: "nginx", tag: "1.27" } },
  { name: "shop", description: "apiVersion: v1\nkind: Deployment\nmetadata: {}\n" },
  ["apiVersion", "kind", "metadata"],
  "apiVersion: v1 kind: Deployment",
  42,
  null,
  { kind: "Deployment", metadata: { name: "no-api-version" } },
  { apiVersion: "v1", metadata: { name: "no-kind" } },
  { apiVersion: "v1", kind: "" },
  { apiVersion: "v1", kind: { name: "Deployment" } },
  { apiVersion: ["v1"], kind: "Deployment" },
  { template: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "nested" } } },
  { items: [{ spec: { apiVersion: "v1", kind: "Pod" } }] },
];

function yamlText(r: Rand, value: unknown): string {
  return stringify(value, {
    collectionStyle: r.pick(["any", "block", "flow"] as const),
    defaultStringType: r.pick(["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"] as const),
    defaultKeyType: r.pick([null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"] as const),
    indent: r.pick([2, 4]),
    lineWidth: 0,
  });
}

/** A document before or after the object, that is no object itself. */
function filler(r: Rand): string {
  return r.pick(["", "# a comment\n", "foo: bar\n", "null\n", "~\n", "[]\n", "{}\n", "---\n", "# apiVersion: v1\n"]);
}

/** One Kubernetes object, written in one of many forms. */
function objectText(r: Rand, o: Json): { text: string; form: string; jsonOnly?: boolean } {
  const form = r.pick([
    "block",
    "flow-line",
    "json",
    "json-pretty",
    "indented",
    "key-space",
    "quoted-keys",
    "escaped-keys",
    "merge-key",
    "alias",
    "list",
    "tagged",
    "directive",
    "json-stream",
    "crlf",
  ]);
  switch (form) {
    case "flow-line":
      return {
        form,
        text: `{${Object.entries(o)
          .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
          .join(", ")}}\n`,
      };
    case "json":
      return { form, text: JSON.stringify(o), jsonOnly: true };
    case "json-pretty":
      return { form, text: `${JSON.stringify(o, null, r.pick([2, 4, "\t"]))}\n`, jsonOnly: true };
    case "indented": {
      const pad = " ".repeat(r.int(1, 6));
      return {
        form,
        text: `${r.chance(0.5) ? "---\n" : ""}${stringify(o, { indent: 2 })
          .split("\n")
          .map((l) => (l === "" ? l : pad + l))
          .join("\n")}`,
      };
    }
    case "key-space":
      return { form, text: stringify(o, { indent: 2 }).replace(/^(\s*[A-Za-z][\w.-]*):(?= |$)/gm, (_m, k: string) => `${k}${" ".repeat(r.int(1, 4))}:`) };
    case "quoted-keys":
      return {
        form,
        text: Object.entries(o)
          .map(([k, v]) => `${r.pick([`"${k}"`, `'${k}'`, k])}: ${JSON.stringify(v)}\n`)
          .join(""),
      };
    case "escaped-keys":
      return {
        form,
        text: Object.entries(o)
          .map(
            ([k, v]) => `"${[...k].map((c) => (r.chance(0.5) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join("")}": ${JSON.stringify(v)}\n`,
          )
          .join(""),
      };
    case "merge-key": {
      const { apiVersion, kind, ...rest } = o;
      return { form, text: `<<: {apiVersion: ${JSON.stringify(apiVersion)}, kind: ${JSON.stringify(kind)}}\n${stringify(rest)}` };
    }
    case "alias":
      return { form, text: `metadata: {name: &n ${JSON.stringify(o.kind)}}\nkind: *n\napiVersion: ${JSON.stringify(o.apiVersion)}\n` };
    case "list":
      return { form, text: yamlText(r, [o]) };
    case "tagged":
      return { form, text: `--- !!map\n${stringify(o)}` };
    case "directive":
      return { form, text: `%YAML 1.2\n---\n${stringify(o)}...\n` };
    case "json-stream":
      return { form, text: `${JSON.stringify({ a: 1, kindly: "x" })}\n${JSON.stringify(o)}${JSON.stringify({ b: 2 })}\n` };
    case "crlf":
      return { form, text: stringify(o).replace(/\n/g, "\r\n") };
    default:
      return { form, text: yamlText(r, o) };
  }
}

function manifestFile(r: Rand): { name: string; bytes: Buffer; form: string } {
  const { text, form, jsonOnly } = objectText(r, resource(r));
  const json = jsonOnly && r.chance(0.5);
  const base = r.pick(["deploy", "app", "x", ".hidden", "values", "kustomize-out", "ünïcode"]);
  const name = `${base}.${json ? "json" : r.pick(["yaml", "yml", ...(jsonOnly ? ["json"] : [])])}`;
  // A file that starts with `{` is a JSON stream to Argo CD: no YAML filler before JSON-only forms.
  const before = form === "json-stream" ? "" : `${filler(r)}---\n`;
  const body = name.endsWith(".json") ? text : `${r.chance(0.5) ? before : ""}${text}${r.chance(0.5) && form !== "json-stream" ? `\n---\n${filler(r)}` : ""}`;
  const encoding = r.pick(["utf8", "utf8", "utf8", "bom", "utf16le", "utf16be"]);
  let bytes: Buffer;
  if (encoding === "utf16le") bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]);
  else if (encoding === "utf16be") bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(body, "utf16le").swap16()]);
  else bytes = Buffer.from(encoding === "bom" ? `\ufeff${body}` : body, "utf8");
  return { name, bytes, form: `${form}, ${encoding}` };
}

function nonManifestFile(r: Rand): { name: string; text: string; form: string } {
  const form = r.pick(["value", "values", "skip-marker", "other-extension", "subdirectory", "block-scalar", "comment"]);
  const value = r.pick(notResources);
  const o = resource(r);
  switch (form) {
    case "skip-marker":
      return { form, name: "skipped.yaml", text: `# +argocd:skip-file-rendering\n${yamlText(r, o)}` };
    case "other-extension":
      return { form, name: r.pick(["deploy.YAML", "deploy.txt", "deploy.yaml.bak", "deploy.tpl", "yaml"]), text: yamlText(r, o) };
    case "subdirectory":
      return { form, name: "nested/deploy.yaml", text: yamlText(r, o) };
    case "block-scalar":
      return {
        form,
        name: "notes.yaml",
        text: `readme: |\n${yamlText(r, o)
          .split("\n")
          .map((l) => `  ${l}`)
          .join("\n")}\n`,
      };
    case "comment":
      return { form, name: "commented.yml", text: `# ${stringify(o).split("\n").join("\n# ")}\nenabled: true\n` };
    case "values":
      return { form, name: "values.json", text: JSON.stringify(value) };
    default:
      return { form, name: r.pick(["values.yaml", "config.yml"]), text: `${filler(r)}---\n${yamlText(r, value)}---\n${filler(r)}` };
  }
}
