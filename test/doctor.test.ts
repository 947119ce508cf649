/**
 * `doctor` against a stand-in for the Kubernetes API on 127.0.0.1: a node:http server that
 * answers the GETs the verb sends with objects of a "world" each test shapes (or with the Status
 * objects of a real API server: 404, 403, 401). The kubeconfig points at it with a bearer token,
 * which must never show in the output, nor may any Secret value.
 */
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, describe, it } from "node:test";
import { packageVersion } from "../src/common/package-version.js";
import { healthConfigData, readHealthScripts } from "../src/health/install-files.js";
import { atlasMigrationCrd, atlasSchemaCrd, repoServerDeployment } from "./doctor-fixtures.js";
import { type RunResult, repoRoot, run, tempRepo } from "./run.js";

const fixtures = join(repoRoot, "test/fixtures/doctor");
const token = "doctor-test-token-3c9f1e7a5b";
const secretValue = "postgres://app:hunter2-not-for-output@db.shop:5432/app";

type Json = Record<string, any>;

// ---- the stand-in API server ------------------------------------------------------------

interface World {
  /** Objects by REST path. */
  objects: Map<string, Json>;
  /** Paths answered 403 (a path ending in `/` covers everything below it). */
  forbidden: string[];
  /** Paths answered with another status (a 500, say). */
  failing: Map<string, number>;
  /** Paths never answered. */
  hanging: string[];
  /** Answer every request with 401. */
  unauthorized?: boolean;
}

const paths = {
  crd: (name: string) => `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`,
  deployment: (ns: string, name: string) => `/apis/apps/v1/namespaces/${ns}/deployments/${name}`,
  configMap: (ns: string, name: string) => `/api/v1/namespaces/${ns}/configmaps/${name}`,
  secret: (ns: string, name: string) => `/api/v1/namespaces/${ns}/secrets/${name}`,
};

/** What a real API server says for a path it has no object at, or may not show. */
function status(path: string, code: 403 | 404): Json {
  const match = /^\/apis?\/(?:([^/]+)\/)?v1\/(?:namespaces\/([^/]+)\/)?([^/]+)\/([^/]+)$/.exec(path);
  const [, groupPart, namespace, resource, name] = match ?? [];
  const group = groupPart === undefined || groupPart === "v1" ? "" : groupPart;
  const qualified = group === "" ? resource : `${resource}.${group}`;
  const message =
    code === 404
      ? `${qualified} "${name}" not found`
      : `${qualified} "${name}" is forbidden: User "doctor" cannot get resource "${resource}" in API group "${group}"${namespace ? ` in the namespace "${namespace}"` : " at the cluster scope"}`;
  return {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason: code === 404 ? "NotFound" : "Forbidden",
    details: { name, ...(group && { group }), kind: resource },
    code,
  };
}

const unauthorizedStatus = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "Unauthorized", reason: "Unauthorized", code: 401 };

interface StandIn {
  url: string;
  requests: { method: string; path: string; authorization?: string }[];
  world: World;
  close(): Promise<void>;
}

async function startStandIn(): Promise<StandIn> {
  const standIn: Omit<StandIn, "url" | "close"> = { requests: [], world: healthyWorld() };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    standIn.requests.push({ method: req.method ?? "", path, ...(req.headers.authorization && { authorization: req.headers.authorization }) });
    const send = (code: number, body: Json) => {
      res.writeHead(code, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const { world } = standIn;
    if (world.unauthorized || req.headers.authorization !== `Bearer ${token}`) return send(401, unauthorizedStatus);
    if (req.method !== "GET") return send(405, { kind: "Status", apiVersion: "v1", status: "Failure", code: 405 });
    if (world.hanging.includes(path)) return;
    const failing = world.failing.get(path);
    if (failing)
      return send(failing, {
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Failure",
        message: "Internal error occurred",
        reason: "InternalError",
        code: failing,
      });
    if (world.forbidden.some((f) => (f.endsWith("/") ? path.startsWith(f) : path === f))) return send(403, status(path, 403));
    const object = world.objects.get(path);
    return object ? send(200, object) : send(404, status(path, 404));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  });
}

// ---- worlds -------------------------------------------------------------------------------

function meta(namespace: string, name: string): Json {
  return { name, namespace, uid: `uid-${namespace}-${name}`, resourceVersion: "1000", creationTimestamp: "2025-01-06T10:00:00Z" };
}

function configMap(namespace: string, name: string, data: Record<string, string>): Json {
  return { kind: "ConfigMap", apiVersion: "v1", metadata: meta(namespace, name), data };
}

function secret(namespace: string, name: string, data: Record<string, string>): Json {
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString("base64")]));
  return { kind: "Secret", apiVersion: "v1", metadata: meta(namespace, name), data: encoded, type: "Opaque" };
}

const currentHealthChecks = healthConfigData(readHealthScripts());

/** Everything in place: Atlas Operator v0.7.37, the sidecar as plugin/kustomize installs it, the health checks, every referenced object. */
function healthyWorld(): World {
  const objects = new Map<string, Json>();
  const put = (path: string, object: Json) => objects.set(path, object);
  put(paths.crd("atlasmigrations.db.atlasgo.io"), atlasMigrationCrd("v0.7.37"));
  put(paths.crd("atlasschemas.db.atlasgo.io"), atlasSchemaCrd("v0.7.37"));
  put(paths.deployment("argocd", "argocd-repo-server"), repoServerDeployment());
  put(paths.configMap("argocd", "argocd-cm"), configMap("argocd", "argocd-cm", { "timeout.reconciliation": "180s", ...currentHealthChecks }));
  put(paths.secret("argocd", "atlas-registry-token"), secret("argocd", "atlas-registry-token", { token: "atlas-cloud-token-value" }));
  put(paths.secret("shop", "app-db"), secret("shop", "app-db", { url: secretValue }));
  put(paths.secret("shop", "billing-db"), secret("shop", "billing-db", { url: secretValue }));
  put(paths.secret("shop", "atlas-credentials"), secret("shop", "atlas-credentials", { token: "atlas-cloud-token-value" }));
  put(paths.secret("shop", "reports-db"), secret("shop", "reports-db", { user: "reports", password: "hunter2-not-for-output" }));
  put(paths.secret("shop", "reports-atlas-hcl"), secret("shop", "reports-atlas-hcl", { "atlas.hcl": 'env "kubernetes" {}\n' }));
  put(
    paths.configMap("shop", "reports-migrations"),
    configMap("shop", "reports-migrations", { "20240101000000_init.sql": "CREATE TABLE t (id int);\n", "atlas.sum": "h1:abc=\n" }),
  );
  put(paths.configMap("shop", "reports-settings"), configMap("shop", "reports-settings", { tenant: "acme" }));
  return { objects, forbidden: [], failing: new Map(), hanging: [] };
}

/** The sidecar container of the repo-server Deployment in `world`, to change in place. */
function sidecar(world: World): Json {
  const deployment = world.objects.get(paths.deployment("argocd", "argocd-repo-server"))!;
  return deployment.spec.template.spec.containers.find((c: Json) => c.name === "argocd-atlas");
}

function podSpec(world: World): Json {
  return world.objects.get(paths.deployment("argocd", "argocd-repo-server"))!.spec.template.spec;
}

function setEnv(container: Json, name: string, entry: Json | undefined): void {
  container.env = (container.env as Json[]).filter((e) => e.name !== name);
  if (entry) container.env.push({ name, ...entry });
}

// ---- running doctor -----------------------------------------------------------------------

let standIn: StandIn;
let scratch: string;
let home: string;
let kubeconfig: string;

function writeKubeconfig(file: string, server: string, namespace = "shop"): void {
  writeFileSync(
    file,
    [
      "apiVersion: v1",
      "kind: Config",
      "clusters:",
      "  - name: stand-in",
      `    cluster: {server: "${server}", insecure-skip-tls-verify: true}`,
      "users:",
      "  - name: doctor",
      `    user: {token: ${token}}`,
      "contexts:",
      "  - name: test",
      `    context: {cluster: stand-in, user: doctor, namespace: ${namespace}}`,
      "current-context: test",
      "",
    ].join("\n"),
  );
}

before(async () => {
  standIn = await startStandIn();
  scratch = mkdtempSync(join(tmpdir(), "argocd-atlas-doctor-"));
  home = join(scratch, "home");
  mkdirSync(home);
  kubeconfig = join(scratch, "kubeconfig");
  writeKubeconfig(kubeconfig, standIn.url);
});

after(async () => {
  await standIn.close();
  rmSync(scratch, { recursive: true, force: true });
});

beforeEach(() => {
  standIn.world = healthyWorld();
  standIn.requests.length = 0;
});

interface Doctor extends RunResult {
  lines: string[];
  /** The lines about one subject: those whose subject starts with `what`. */
  about(what: string): string[];
  summary: string;
}

/** Runs `doctor` in-process; checks what must hold for every run (no credential or Secret value in the output). */
async function doctor(args: string[] = [], options: { env?: Record<string, string>; cwd?: string } = {}): Promise<Doctor> {
  const r = await run(["doctor", ...args], { cwd: options.cwd ?? scratch, env: options.env ?? { KUBECONFIG: kubeconfig, HOME: home } });
  for (const leak of [token, secretValue, "hunter2", Buffer.from(secretValue).toString("base64"), "atlas-cloud-token-value"]) {
    assert.ok(!r.stdout.includes(leak) && !r.stderr.includes(leak), `output leaks ${leak}`);
  }
  assert.ok(
    standIn.requests.every((q) => q.method === "GET"),
    "doctor only reads",
  );
  const lines = r.stdout === "" ? [] : r.stdout.replace(/\n$/, "").split("\n");
  for (const line of lines.slice(0, -1)) assert.match(line, /^(OK {3}|WARN |FAIL )\S/, "every finding starts with its level");
  return {
    ...r,
    lines,
    about: (what) => lines.filter((l) => l.slice(5).startsWith(`${what}:`) || l.slice(5) === what),
    summary: lines[lines.length - 1] ?? "",
  };
}

/**
 * A run against the project fixture (environment prod, namespace shop from the context), with
 * the migrations of examples/in-repo.
 */
async function doctorProject(args: string[] = ["-e", "prod"]): Promise<Doctor> {
  const repo = tempRepo({}, join(fixtures, "project"));
  cpSync(join(repoRoot, "examples/in-repo/migrations"), join(repo.dir, "migrations"), { recursive: true });
  try {
    return await doctor(["deploy", ...args], { cwd: repo.dir });
  } finally {
    repo.cleanup();
  }
}

const healthyCluster = [
  "OK   CRD atlasmigrations.db.atlasgo.io: v1alpha1, fields of Atlas Operator v0.7.16 or later",
  "OK   CRD atlasschemas.db.atlasgo.io: v1alpha1, with status.observedGeneration",
  `OK   repo-server argocd/argocd-repo-server: sidecar argocd-atlas runs ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()} (plugin.yaml baked into the image: its plugin name cannot be read from outside the pod)`,
  "OK   sidecar argocd-atlas user: uid 999",
  "OK   sidecar argocd-atlas HOME: /tmp",
  "OK   sidecar argocd-atlas /tmp: writable volume argocd-atlas-tmp (emptyDir)",
  "OK   sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE /var/run/secrets/atlas/token from Secret argocd/atlas-registry-token, key token",
  "OK   argocd-cm resource.customizations.health.db.atlasgo.io_AtlasMigration: current",
  "OK   argocd-cm resource.customizations.health.db.atlasgo.io_AtlasSchema: current",
];

// ---- tests --------------------------------------------------------------------------------

describe("doctor: a healthy cluster", () => {
  it("reports every check OK, one line each, and exits 0", async () => {
    const r = await doctor();
    assert.equal(r.stderr, "");
    assert.equal(r.stdout, [...healthyCluster, "9 OK, 0 WARN, 0 FAIL", ""].join("\n"));
    assert.equal(r.code, 0);
  });

  it("sends the kubeconfig's bearer token and reads only what it checks", async () => {
    await doctor();
    assert.ok(standIn.requests.length > 0 && standIn.requests.every((q) => q.authorization === `Bearer ${token}`));
    assert.deepEqual(
      standIn.requests.map((q) => q.path).sort(),
      [
        paths.configMap("argocd", "argocd-cm"),
        paths.secret("argocd", "atlas-registry-token"),
        paths.crd("atlasmigrations.db.atlasgo.io"),
        paths.crd("atlasschemas.db.atlasgo.io"),
        paths.deployment("argocd", "argocd-repo-server"),
      ].sort(),
    );
  });

  it("with an environment, checks each Secret and ConfigMap it references, in the context's namespace", async () => {
    const r = await doctorProject();
    assert.equal(
      r.stdout,
      [
        ...healthyCluster,
        "OK   environment prod: 3 AtlasMigrations (shop/app, shop/billing, shop/reports), referencing 5 Secrets and 2 ConfigMaps",
        "OK   Secret shop/app-db: has url",
        "OK   Secret shop/billing-db: has url",
        "OK   Secret shop/atlas-credentials: has token",
        "OK   Secret shop/reports-db: has user, password",
        "OK   ConfigMap shop/reports-migrations: has atlas.sum",
        "OK   Secret shop/reports-atlas-hcl: has atlas.hcl",
        "OK   ConfigMap shop/reports-settings: has tenant",
        "17 OK, 0 WARN, 0 FAIL",
        "",
      ].join("\n"),
    );
    assert.equal(r.code, 0);
    assert.ok(!standIn.requests.some((q) => q.path.includes("app-migrations-")), "the ConfigMap the plugin renders is not looked for");
  });
});

describe("doctor: the Atlas Operator CRDs", () => {
  const migrations = paths.crd("atlasmigrations.db.atlasgo.io");
  const schemas = paths.crd("atlasschemas.db.atlasgo.io");

  it("warns when the AtlasMigration CRD has no status.observedGeneration (v0.7.15)", async () => {
    standIn.world.objects.set(migrations, atlasMigrationCrd("v0.7.15"));
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasmigrations.db.atlasgo.io"), [
      "WARN CRD atlasmigrations.db.atlasgo.io: no status.observedGeneration (a CRD of Atlas Operator v0.7.11 to v0.7.15): the health check cannot tell a stale Ready=True from a current one, so the next sync wave may start before a migration ran — upgrade the Atlas Operator and its CRDs (to v0.7.16 or later)",
    ]);
    assert.equal(r.summary, "8 OK, 1 WARN, 0 FAIL");
    assert.equal(r.code, 0);
  });

  it("warns, naming them, about spec fields an older CRD lacks and the API server would prune (v0.7.0)", async () => {
    standIn.world.objects.set(migrations, atlasMigrationCrd("v0.7.0"));
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasmigrations.db.atlasgo.io"), [
      "WARN CRD atlasmigrations.db.atlasgo.io: lacks spec.backoffLimit (a CRD of Atlas Operator v0.7.0 to v0.7.2): the API server drops this field from the AtlasMigrations argocd-atlas renders — upgrade the Atlas Operator and its CRDs (to v0.7.37 or later)",
      "WARN CRD atlasmigrations.db.atlasgo.io: no status.observedGeneration (a CRD of Atlas Operator v0.7.0 to v0.7.2): the health check cannot tell a stale Ready=True from a current one, so the next sync wave may start before a migration ran — upgrade the Atlas Operator and its CRDs (to v0.7.16 or later)",
    ]);
    assert.equal(r.code, 0);
  });

  it("names only the outermost missing field of a branch", async () => {
    const crd = atlasMigrationCrd("v0.7.37");
    const spec = crd.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties;
    delete spec.vars;
    delete spec.credentials.properties.hostFrom;
    standIn.world.objects.set(migrations, crd);
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasmigrations.db.atlasgo.io"), [
      "WARN CRD atlasmigrations.db.atlasgo.io: lacks spec.credentials.hostFrom, spec.vars (a CRD of Atlas Operator v0.7.16 or later): the API server drops these fields from the AtlasMigrations argocd-atlas renders — upgrade the Atlas Operator and its CRDs (to v0.7.37 or later)",
    ]);
  });

  it("fails when the AtlasMigration CRD is not installed", async () => {
    standIn.world.objects.delete(migrations);
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasmigrations.db.atlasgo.io"), [
      "FAIL CRD atlasmigrations.db.atlasgo.io: not installed, so Argo CD cannot apply an AtlasMigration — install the Atlas Operator: helm install atlas-operator oci://ghcr.io/ariga/charts/atlas-operator --namespace atlas-operator --create-namespace",
    ]);
    assert.equal(r.summary, "8 OK, 0 WARN, 1 FAIL");
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "doctor: 1 check failed: see the FAIL lines\n");
  });

  it("fails when the CRD does not serve v1alpha1", async () => {
    const crd = atlasMigrationCrd("v0.7.37");
    crd.spec.versions[0].served = false;
    standIn.world.objects.set(migrations, crd);
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasmigrations.db.atlasgo.io"), [
      "FAIL CRD atlasmigrations.db.atlasgo.io: does not serve v1alpha1 (it serves no version) — install an Atlas Operator whose CRDs serve db.atlasgo.io/v1alpha1 (v0.7.37)",
    ]);
    assert.equal(r.code, 1);
  });

  it("fails when the CRD is not Established", async () => {
    const crd = atlasMigrationCrd("v0.7.37");
    crd.status.conditions[1].status = "False";
    standIn.world.objects.set(migrations, crd);
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasmigrations.db.atlasgo.io"), [
      "FAIL CRD atlasmigrations.db.atlasgo.io: not Established: the API server does not serve it yet — see why: kubectl describe crd atlasmigrations.db.atlasgo.io",
    ]);
  });

  it("warns when the AtlasSchema CRD has no status.observedGeneration", async () => {
    standIn.world.objects.set(schemas, atlasSchemaCrd("v0.7.15"));
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasschemas.db.atlasgo.io"), [
      "WARN CRD atlasschemas.db.atlasgo.io: no status.observedGeneration (a CRD of Atlas Operator before v0.7.16): the health check cannot tell a stale Ready=True from a current one, so the next sync wave may start before a migration ran — upgrade the Atlas Operator and its CRDs (to v0.7.16 or later)",
    ]);
    assert.equal(r.code, 0);
  });

  it("only warns when the AtlasSchema CRD is missing", async () => {
    standIn.world.objects.delete(schemas);
    const r = await doctor();
    assert.deepEqual(r.about("CRD atlasschemas.db.atlasgo.io"), [
      "WARN CRD atlasschemas.db.atlasgo.io: not installed: argocd-atlas renders no AtlasSchema, but every Atlas Operator install has this CRD — reinstall the Atlas Operator (helm install atlas-operator oci://ghcr.io/ariga/charts/atlas-operator --namespace atlas-operator --create-namespace)",
    ]);
    assert.equal(r.code, 0);
  });

  it("warns that it cannot check CRDs it may not read", async () => {
    standIn.world.forbidden.push("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/");
    const r = await doctor();
    assert.deepEqual(r.lines.slice(0, 2), [
      "WARN CRD atlasmigrations.db.atlasgo.io: cannot check: no permission to get customresourcedefinitions — run doctor with a user who may get customresourcedefinitions",
      "WARN CRD atlasschemas.db.atlasgo.io: cannot check: no permission to get customresourcedefinitions — run doctor with a user who may get customresourcedefinitions",
    ]);
    assert.equal(r.code, 0);
  });
});

describe("doctor: the repo-server sidecar", () => {
  const repoServer = paths.deployment("argocd", "argocd-repo-server");

  it("fails when the repo-server Deployment is not found", async () => {
    const r = await doctor(["--argocd-namespace", "gitops"]);
    assert.deepEqual(r.about("repo-server gitops/argocd-repo-server"), [
      "FAIL repo-server gitops/argocd-repo-server: Deployment not found — pass --argocd-namespace with the namespace Argo CD runs in, or --repo-server with the name of its repo-server Deployment",
    ]);
    assert.deepEqual(
      r.lines.filter((l) => l.includes("sidecar")),
      [],
    );
    assert.equal(r.code, 1);
  });

  it("finds a repo-server with another name (--repo-server)", async () => {
    standIn.world.objects.set(paths.deployment("argocd", "argo-cd-argocd-repo-server"), standIn.world.objects.get(repoServer)!);
    standIn.world.objects.delete(repoServer);
    const r = await doctor(["--repo-server", "argo-cd-argocd-repo-server"]);
    assert.match(r.lines[2]!, /^OK {3}repo-server argocd\/argo-cd-argocd-repo-server: sidecar argocd-atlas runs /);
    assert.equal(r.code, 0);
  });

  it("warns that it cannot check a Deployment it may not read", async () => {
    standIn.world.forbidden.push(repoServer);
    const r = await doctor();
    assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
      "WARN repo-server argocd/argocd-repo-server: cannot check: no permission to get deployments in argocd — run doctor with a user who may get deployments in argocd",
    ]);
  });

  it("fails when no sidecar serves the plugin, listing the plugin sidecars it found", async () => {
    const pod = podSpec(standIn.world);
    pod.containers = pod.containers.filter((c: Json) => c.name !== "argocd-atlas");
    pod.containers.push({ name: "cmp-helmfile", image: "ghcr.io/example/helmfile-cmp:1.0", command: ["/var/run/argocd/argocd-cmp-server"] });
    const r = await doctor();
    assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
      "FAIL repo-server argocd/argocd-repo-server: no sidecar serves plugin argocd-atlas (its plugin sidecars: cmp-helmfile (image ghcr.io/example/helmfile-cmp:1.0)) — add the argocd-atlas sidecar as in plugin/kustomize/repo-server-sidecar.yaml",
    ]);
    assert.equal(r.summary, "4 OK, 0 WARN, 1 FAIL");
    assert.equal(r.code, 1);
  });

  describe("with plugin.yaml mounted from ConfigMap argocd-cmp-cm", () => {
    const cmpCm = paths.configMap("argocd", "argocd-cmp-cm");
    const mountPluginYaml = (world: World, image = "ghcr.io/example/node-tools:20") => {
      const container = sidecar(world);
      container.image = image;
      container.volumeMounts.push({ name: "argocd-cmp-cm", mountPath: "/home/argocd/cmp-server/config/plugin.yaml", subPath: "argocd-atlas.yaml" });
      podSpec(world).volumes.push({ name: "argocd-cmp-cm", configMap: { name: "argocd-cmp-cm", defaultMode: 420 } });
    };
    const pluginYaml = (name: string, version?: string) =>
      `apiVersion: argoproj.io/v1alpha1\nkind: ConfigManagementPlugin\nmetadata:\n  name: ${name}\nspec:\n${version ? `  version: ${version}\n` : ""}  generate:\n    command: [argocd-atlas, generate]\n`;

    it("reads the plugin name there", async () => {
      mountPluginYaml(standIn.world);
      standIn.world.objects.set(cmpCm, configMap("argocd", "argocd-cmp-cm", { "argocd-atlas.yaml": pluginYaml("argocd-atlas") }));
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        "OK   repo-server argocd/argocd-repo-server: sidecar argocd-atlas serves plugin argocd-atlas (plugin.yaml from ConfigMap argocd/argocd-cmp-cm, key argocd-atlas.yaml)",
      ]);
      assert.equal(r.code, 0);
    });

    it("follows the items of the ConfigMap volume to the key", async () => {
      mountPluginYaml(standIn.world);
      const container = sidecar(standIn.world);
      container.volumeMounts[container.volumeMounts.length - 1] = { name: "argocd-cmp-cm", mountPath: "/home/argocd/cmp-server/config" };
      podSpec(standIn.world).volumes.at(-1).configMap.items = [{ key: "argocd-atlas.yaml", path: "plugin.yaml" }];
      standIn.world.objects.set(cmpCm, configMap("argocd", "argocd-cmp-cm", { "argocd-atlas.yaml": pluginYaml("argocd-atlas") }));
      const r = await doctor();
      assert.match(
        r.about("repo-server argocd/argocd-repo-server")[0]!,
        /^OK {3}.*\(plugin\.yaml from ConfigMap argocd\/argocd-cmp-cm, key argocd-atlas\.yaml\)$/,
      );
    });

    it("does not take a sidecar serving another plugin for ours", async () => {
      mountPluginYaml(standIn.world, `ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()}`);
      standIn.world.objects.set(cmpCm, configMap("argocd", "argocd-cmp-cm", { "argocd-atlas.yaml": pluginYaml("helmfile") }));
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        "FAIL repo-server argocd/argocd-repo-server: no sidecar serves plugin argocd-atlas (its plugin sidecars: argocd-atlas serves helmfile) — add the argocd-atlas sidecar as in plugin/kustomize/repo-server-sidecar.yaml",
      ]);
    });

    it("warns when spec.version renames the plugin", async () => {
      mountPluginYaml(standIn.world);
      standIn.world.objects.set(cmpCm, configMap("argocd", "argocd-cmp-cm", { "argocd-atlas.yaml": pluginYaml("argocd-atlas", "v1") }));
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        "WARN repo-server argocd/argocd-repo-server: sidecar argocd-atlas serves plugin argocd-atlas-v1, not argocd-atlas: plugin.yaml in ConfigMap argocd/argocd-cmp-cm, key argocd-atlas.yaml sets spec.version, which Argo CD appends to the name — remove spec.version, or name the plugin argocd-atlas-v1 in Applications",
      ]);
    });

    it("fails when our image mounts a plugin.yaml that does not exist", async () => {
      mountPluginYaml(standIn.world, `ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()}`);
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        "FAIL repo-server argocd/argocd-repo-server: sidecar argocd-atlas mounts plugin.yaml from ConfigMap argocd/argocd-cmp-cm, key argocd-atlas.yaml, which does not exist, so the sidecar cannot start — create it from plugin.yaml, or drop the mount to use the plugin.yaml baked into the image",
      ]);
      assert.equal(r.code, 1);
    });

    it("fails when our image mounts a plugin.yaml that is not a plugin definition", async () => {
      mountPluginYaml(standIn.world, `ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()}`);
      standIn.world.objects.set(cmpCm, configMap("argocd", "argocd-cmp-cm", { "argocd-atlas.yaml": "generate: [argocd-atlas\n" }));
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        "FAIL repo-server argocd/argocd-repo-server: plugin.yaml in ConfigMap argocd/argocd-cmp-cm, key argocd-atlas.yaml is not a plugin definition (YAML with metadata.name) — replace it with argocd-atlas's plugin.yaml",
      ]);
    });

    it("fails when the ConfigMap volume's items leave plugin.yaml out", async () => {
      mountPluginYaml(standIn.world, `ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()}`);
      podSpec(standIn.world).volumes.at(-1).configMap.items = [{ key: "helmfile.yaml", path: "helmfile.yaml" }];
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        "FAIL repo-server argocd/argocd-repo-server: sidecar argocd-atlas mounts plugin.yaml from ConfigMap argocd/argocd-cmp-cm, whose volume items do not include it — list the key holding plugin.yaml in the volume's items, with path plugin.yaml",
      ]);
    });

    it("warns that the plugin name is not verified when the ConfigMap may not be read", async () => {
      mountPluginYaml(standIn.world, `ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()}`);
      standIn.world.forbidden.push(cmpCm);
      const r = await doctor();
      assert.deepEqual(r.about("repo-server argocd/argocd-repo-server"), [
        `WARN repo-server argocd/argocd-repo-server: sidecar argocd-atlas runs ghcr.io/argocd-atlas/argocd-atlas:${packageVersion()} with plugin.yaml from ConfigMap argocd/argocd-cmp-cm, key argocd-atlas.yaml, which cannot be read (no permission to get configmaps in argocd): plugin name not verified — run doctor with a user who may get configmaps in argocd`,
      ]);
    });
  });

  it("fails when the sidecar lacks the mounts Argo CD's CMP server needs", async () => {
    const container = sidecar(standIn.world);
    container.volumeMounts = container.volumeMounts.filter((m: Json) => m.name !== "var-files");
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas mounts"), [
      "FAIL sidecar argocd-atlas mounts: nothing is mounted at /var/run/argocd, where Argo CD puts the CMP server binary (the repo-server's var-files volume) — mount it as in plugin/kustomize/repo-server-sidecar.yaml",
    ]);
    assert.equal(r.code, 1);
  });

  it("warns when runAsUser is left to the image", async () => {
    delete sidecar(standIn.world).securityContext.runAsUser;
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas user"), [
      "WARN sidecar argocd-atlas user: runAsUser is not set, so the image's user applies (999 in the argocd-atlas image; Argo CD requires 999) — set securityContext.runAsUser: 999 on the container",
    ]);
  });

  it("warns when the sidecar runs another release than this doctor, and is silent for the same or an untagged one", async () => {
    sidecar(standIn.world).image = "ghcr.io/argocd-atlas/argocd-atlas:0.0.9";
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas image"), [
      `WARN sidecar argocd-atlas image: runs argocd-atlas 0.0.9, while this doctor is ${packageVersion()} — update the sidecar's image to ${packageVersion()}, or run the doctor of release 0.0.9`,
    ]);
    for (const image of [
      `ghcr.io/argocd-atlas/argocd-atlas:v${packageVersion()}`,
      "registry.example.com:5000/argocd-atlas",
      "ghcr.io/argocd-atlas/argocd-atlas:main",
    ]) {
      sidecar(standIn.world).image = image;
      assert.deepEqual((await doctor()).about("sidecar argocd-atlas image"), [], image);
    }
  });

  it("takes runAsUser from the pod when the container sets none", async () => {
    delete sidecar(standIn.world).securityContext.runAsUser;
    podSpec(standIn.world).securityContext = { runAsUser: 999, fsGroup: 999 };
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas user"), ["OK   sidecar argocd-atlas user: uid 999"]);
  });

  it("fails when the sidecar runs as another uid", async () => {
    sidecar(standIn.world).securityContext.runAsUser = 1000;
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas user"), [
      "FAIL sidecar argocd-atlas user: runs as uid 1000: Argo CD requires CMP sidecars to run as uid 999 — set securityContext.runAsUser: 999 on the container",
    ]);
    assert.equal(r.code, 1);
  });

  it("warns when HOME is not set", async () => {
    setEnv(sidecar(standIn.world), "HOME", undefined);
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas HOME"), [
      "WARN sidecar argocd-atlas HOME: not set, so the image's default applies (/tmp in the argocd-atlas image); uid 999 has no home directory of its own — set env HOME=/tmp on the container",
    ]);
  });

  it("warns when HOME is somewhere uid 999 cannot write", async () => {
    setEnv(sidecar(standIn.world), "HOME", { value: "/home/argocd" });
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas HOME"), [
      "WARN sidecar argocd-atlas HOME: /home/argocd, which no writable volume holds: uid 999 cannot write there — set env HOME=/tmp on the container",
    ]);
  });

  it("accepts a HOME on a writable emptyDir", async () => {
    setEnv(sidecar(standIn.world), "HOME", { value: "/tmp/home" });
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas HOME"), ["OK   sidecar argocd-atlas HOME: /tmp/home, on a writable volume"]);
  });

  it("fails when /tmp has no volume and the root filesystem is read-only", async () => {
    const container = sidecar(standIn.world);
    container.volumeMounts = container.volumeMounts.filter((m: Json) => m.mountPath !== "/tmp");
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas /tmp"), [
      "FAIL sidecar argocd-atlas /tmp: no volume at /tmp and the root filesystem is read-only: the CMP server cannot unpack checkouts — mount an emptyDir of its own at /tmp",
    ]);
    assert.equal(r.code, 1);
  });

  it("warns when /tmp has no volume on a writable root filesystem", async () => {
    const container = sidecar(standIn.world);
    container.volumeMounts = container.volumeMounts.filter((m: Json) => m.mountPath !== "/tmp");
    container.securityContext.readOnlyRootFilesystem = false;
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas /tmp"), [
      "WARN sidecar argocd-atlas /tmp: no volume at /tmp: the CMP server unpacks every checkout into the container's own filesystem — mount an emptyDir of its own at /tmp",
    ]);
  });

  it("fails when /tmp is mounted read-only", async () => {
    sidecar(standIn.world).volumeMounts.find((m: Json) => m.mountPath === "/tmp").readOnly = true;
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas /tmp"), [
      "FAIL sidecar argocd-atlas /tmp: volume argocd-atlas-tmp is mounted read-only: the CMP server cannot unpack checkouts — mount it writable (mount an emptyDir of its own at /tmp)",
    ]);
  });

  it("warns when /tmp is the repo-server's", async () => {
    sidecar(standIn.world).volumeMounts.find((m: Json) => m.mountPath === "/tmp").name = "tmp";
    const r = await doctor();
    assert.deepEqual(r.about("sidecar argocd-atlas /tmp"), [
      "WARN sidecar argocd-atlas /tmp: volume tmp is also /tmp of container argocd-repo-server: the repo-server's /tmp must not be shared with a plugin — mount an emptyDir of its own at /tmp",
    ]);
  });

  describe("Atlas Cloud token (tag pinning)", () => {
    const tokenSecret = paths.secret("argocd", "atlas-registry-token");
    const what = "sidecar argocd-atlas Atlas token";

    it("warns when the sidecar has no token at all", async () => {
      setEnv(sidecar(standIn.world), "ATLAS_TOKEN_FILE", undefined);
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: no ATLAS_TOKEN, ATLAS_TOKEN_FILE or ATLAS_TOKEN_SECRET, so tag pinning (pin.mode render, pin.verify) will not work — give the sidecar the Atlas Cloud token from a Secret (ATLAS_TOKEN_FILE and a Secret volume, as in plugin/kustomize/repo-server-sidecar.yaml)",
      ]);
      assert.equal(r.code, 0);
    });

    it("warns when the optional token Secret does not exist", async () => {
      standIn.world.objects.delete(tokenSecret);
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE /var/run/secrets/atlas/token comes from Secret argocd/atlas-registry-token, which does not exist, so tag pinning will not work — kubectl -n argocd create secret generic atlas-registry-token --from-literal=token=<Atlas Cloud token>",
      ]);
      assert.equal(r.code, 0);
    });

    it("fails when a required token Secret lacks the key, as the sidecar cannot start", async () => {
      podSpec(standIn.world).volumes.find((v: Json) => v.name === "atlas-registry-token").secret.optional = false;
      standIn.world.objects.set(tokenSecret, secret("argocd", "atlas-registry-token", { "api-token": "atlas-cloud-token-value" }));
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        `FAIL sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE /var/run/secrets/atlas/token comes from Secret argocd/atlas-registry-token, which has no key token, so the sidecar cannot start — kubectl -n argocd patch secret atlas-registry-token --type merge -p '{"stringData":{"token":"<Atlas Cloud token>"}}'`,
      ]);
      assert.equal(r.code, 1);
    });

    it("warns when ATLAS_TOKEN_FILE points where no volume is mounted", async () => {
      setEnv(sidecar(standIn.world), "ATLAS_TOKEN_FILE", { value: "/etc/atlas/token" });
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE is /etc/atlas/token, but no volume is mounted there, so tag pinning will not work — give the sidecar the Atlas Cloud token from a Secret (ATLAS_TOKEN_FILE and a Secret volume, as in plugin/kustomize/repo-server-sidecar.yaml)",
      ]);
    });

    it("accepts ATLAS_TOKEN from a Secret", async () => {
      const container = sidecar(standIn.world);
      setEnv(container, "ATLAS_TOKEN_FILE", undefined);
      setEnv(container, "ATLAS_TOKEN", { valueFrom: { secretKeyRef: { name: "atlas-registry-token", key: "token" } } });
      const r = await doctor();
      assert.deepEqual(r.about(what), ["OK   sidecar argocd-atlas Atlas token: ATLAS_TOKEN from Secret argocd/atlas-registry-token, key token"]);
    });

    it("warns about a token written into the Deployment, without printing it", async () => {
      setEnv(sidecar(standIn.world), "ATLAS_TOKEN", { value: "atlas-cloud-token-value" });
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN is written into the Deployment, where anyone who may read Deployments in argocd sees it — take it from a Secret (valueFrom.secretKeyRef), or use ATLAS_TOKEN_FILE",
      ]);
    });

    it("warns that ATLAS_TOKEN_SECRET needs a service-account token the repo-server pod does not mount", async () => {
      const container = sidecar(standIn.world);
      setEnv(container, "ATLAS_TOKEN_FILE", undefined);
      setEnv(container, "ATLAS_TOKEN_SECRET", { value: "argocd/atlas-registry-token/token" });
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_SECRET is read with the pod's service account, but the pod does not mount its token (automountServiceAccountToken: false) — use ATLAS_TOKEN_FILE with a Secret volume instead (as in plugin/kustomize/repo-server-sidecar.yaml)",
      ]);
    });

    it("checks the Secret ATLAS_TOKEN_SECRET names", async () => {
      const container = sidecar(standIn.world);
      setEnv(container, "ATLAS_TOKEN_FILE", undefined);
      setEnv(container, "ATLAS_TOKEN_SECRET", { value: "atlas/registry/token" });
      podSpec(standIn.world).automountServiceAccountToken = true;
      let r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_SECRET comes from Secret atlas/registry, which does not exist, so tag pinning will not work — kubectl -n atlas create secret generic registry --from-literal=token=<Atlas Cloud token>",
      ]);
      standIn.world.objects.set(paths.secret("atlas", "registry"), secret("atlas", "registry", { token: "atlas-cloud-token-value" }));
      r = await doctor();
      assert.deepEqual(r.about(what), [
        "OK   sidecar argocd-atlas Atlas token: ATLAS_TOKEN_SECRET from Secret atlas/registry, key token (the repo-server's service account needs get on it: not checked)",
      ]);
    });

    const variants: { name: string; change: (container: Json, world: World) => void; line: string }[] = [
      {
        name: "ATLAS_TOKEN from a ConfigMap",
        change: (c) => setEnv(c, "ATLAS_TOKEN", { valueFrom: { configMapKeyRef: { name: "atlas", key: "token" } } }),
        line: "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN comes from a ConfigMap or another non-Secret source — take it from a Secret (valueFrom.secretKeyRef)",
      },
      {
        name: "ATLAS_TOKEN_FILE on a volume that is not a Secret",
        change: (_c, w) => {
          const volume = podSpec(w).volumes.find((v: Json) => v.name === "atlas-registry-token");
          delete volume.secret;
          volume.csi = { driver: "secrets-store.csi.k8s.io", readOnly: true };
        },
        line: "OK   sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE /var/run/secrets/atlas/token on volume atlas-registry-token (not a Secret volume: not checked)",
      },
      {
        name: "ATLAS_TOKEN_FILE that the Secret volume's items do not project",
        change: (_c, w) => (podSpec(w).volumes.find((v: Json) => v.name === "atlas-registry-token").secret.items = [{ key: "token", path: "atlas-token" }]),
        line: "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE is /var/run/secrets/atlas/token, but volume atlas-registry-token does not project a key of Secret atlas-registry-token there — list the token's key in the volume's items with that path",
      },
      {
        name: "a malformed ATLAS_TOKEN_SECRET",
        change: (c) => {
          setEnv(c, "ATLAS_TOKEN_FILE", undefined);
          setEnv(c, "ATLAS_TOKEN_SECRET", { value: "atlas-registry-token" });
        },
        line: "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_SECRET must be <namespace>/<name>/<key> of the Secret holding the token (the value is not shown) — fix its value",
      },
      {
        name: "a token that may come from envFrom",
        change: (c) => {
          setEnv(c, "ATLAS_TOKEN_FILE", undefined);
          c.envFrom = [{ secretRef: { name: "atlas-env" } }];
        },
        line: "OK   sidecar argocd-atlas Atlas token: may come from envFrom Secret atlas-env (not read)",
      },
    ];
    for (const variant of variants) {
      it(`reports ${variant.name}`, async () => {
        variant.change(sidecar(standIn.world), standIn.world);
        const r = await doctor();
        assert.deepEqual(r.about(what), [variant.line]);
      });
    }

    it("warns that it cannot check a token Secret it may not read", async () => {
      standIn.world.forbidden.push(tokenSecret);
      const r = await doctor();
      assert.deepEqual(r.about(what), [
        "WARN sidecar argocd-atlas Atlas token: ATLAS_TOKEN_FILE /var/run/secrets/atlas/token from Secret argocd/atlas-registry-token, key token: cannot check: no permission to get secrets in argocd — run doctor with a user who may get secrets in argocd",
      ]);
    });
  });
});

describe("doctor: the health checks in argocd-cm", () => {
  const argocdCm = paths.configMap("argocd", "argocd-cm");
  const migrationKey = "resource.customizations.health.db.atlasgo.io_AtlasMigration";
  const schemaKey = "resource.customizations.health.db.atlasgo.io_AtlasSchema";
  const setData = (data: Record<string, string>) => standIn.world.objects.set(argocdCm, configMap("argocd", "argocd-cm", data));

  it("fails when a key is missing", async () => {
    setData({ [schemaKey]: currentHealthChecks[schemaKey]! });
    const r = await doctor();
    assert.deepEqual(r.about(`argocd-cm ${migrationKey}`), [
      `FAIL argocd-cm ${migrationKey}: missing, so Argo CD uses its built-in AtlasMigration check, which reads a stale Ready=True as Healthy — install lua-health/install/argocd-cm-health.yaml (kustomize patch) or lua-health/install/helm-values.yaml (Helm values)`,
    ]);
    assert.equal(r.code, 1);
  });

  it("warns when a script is not the current one", async () => {
    setData({ ...currentHealthChecks, [migrationKey]: currentHealthChecks[migrationKey]!.replace("Progressing", "Healthy") });
    const r = await doctor();
    assert.deepEqual(r.about(`argocd-cm ${migrationKey}`), [
      `WARN argocd-cm ${migrationKey}: differs from the health.lua of this argocd-atlas (outdated or edited) — reinstall lua-health/install/argocd-cm-health.yaml (kustomize patch) or lua-health/install/helm-values.yaml (Helm values) from this argocd-atlas`,
    ]);
    assert.equal(r.code, 0);
  });

  it("ignores trailing whitespace", async () => {
    const spaced = `${currentHealthChecks[migrationKey]!.split("\n")
      .map((l) => `${l}  `)
      .join("\r\n")}\n\n`;
    setData({ ...currentHealthChecks, [migrationKey]: spaced });
    const r = await doctor();
    assert.deepEqual(r.about(`argocd-cm ${migrationKey}`), [`OK   argocd-cm ${migrationKey}: current`]);
  });

  it("reads scripts from the deprecated resource.customizations key", async () => {
    const { [migrationKey]: script, ...rest } = currentHealthChecks;
    const legacy = `db.atlasgo.io/AtlasMigration:\n  health.lua: |\n${script!
      .split("\n")
      .map((l) => (l === "" ? "" : `    ${l}`))
      .join("\n")}`;
    setData({ ...rest, "resource.customizations": legacy });
    const r = await doctor();
    assert.deepEqual(r.about("argocd-cm resource.customizations db.atlasgo.io/AtlasMigration"), [
      "OK   argocd-cm resource.customizations db.atlasgo.io/AtlasMigration: current",
    ]);
    assert.equal(r.code, 0);
  });

  it("warns about useOpenLibs, which the scripts do not need", async () => {
    setData({ ...currentHealthChecks, "resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration": "true" });
    const r = await doctor();
    assert.deepEqual(r.about("argocd-cm resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration"), [
      "WARN argocd-cm resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration: set, but the argocd-atlas health checks need no Lua libraries: it only widens what the script may do — remove resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration",
    ]);
    assert.equal(r.summary, "9 OK, 1 WARN, 0 FAIL");
  });

  it("fails on a useOpenLibs that is not a boolean, and says nothing of one that is false", async () => {
    setData({
      ...currentHealthChecks,
      "resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration": "yes",
      "resource.customizations.useOpenLibs.db.atlasgo.io_AtlasSchema": "false",
    });
    const r = await doctor();
    assert.deepEqual(r.about("argocd-cm resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration"), [
      'FAIL argocd-cm resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration: "yes" is not a boolean, so Argo CD fails to load any resource customization — remove resource.customizations.useOpenLibs.db.atlasgo.io_AtlasMigration',
    ]);
    assert.deepEqual(r.about("argocd-cm resource.customizations.useOpenLibs.db.atlasgo.io_AtlasSchema"), []);
  });

  it("fails when argocd-cm is not found", async () => {
    standIn.world.objects.delete(argocdCm);
    const r = await doctor();
    assert.deepEqual(r.about("ConfigMap argocd/argocd-cm"), [
      "FAIL ConfigMap argocd/argocd-cm: not found, so Argo CD is not installed in this namespace — pass --argocd-namespace with the namespace Argo CD runs in",
    ]);
  });

  it("warns that it cannot check an argocd-cm it may not read", async () => {
    standIn.world.forbidden.push(argocdCm);
    const r = await doctor();
    assert.deepEqual(r.about("ConfigMap argocd/argocd-cm"), [
      "WARN ConfigMap argocd/argocd-cm: cannot check: no permission to get configmaps in argocd — run doctor with a user who may get configmaps in argocd",
    ]);
  });
});

describe("doctor: what an environment references", () => {
  it("fails on a missing Secret, with the command that creates it", async () => {
    standIn.world.objects.delete(paths.secret("shop", "reports-db"));
    const r = await doctorProject();
    assert.deepEqual(r.about("Secret shop/reports-db"), [
      "FAIL Secret shop/reports-db: not found (for AtlasMigration reports spec.credentials.userFrom, AtlasMigration reports spec.credentials.passwordFrom) — kubectl -n shop create secret generic reports-db --from-literal=user=... --from-literal=password=...",
    ]);
    assert.equal(r.summary, "16 OK, 0 WARN, 1 FAIL");
    assert.equal(r.code, 1);
  });

  it("fails on a missing key, with the command that adds it", async () => {
    standIn.world.objects.set(paths.secret("shop", "app-db"), secret("shop", "app-db", { uri: secretValue }));
    const r = await doctorProject();
    assert.deepEqual(r.about("Secret shop/app-db"), [
      `FAIL Secret shop/app-db: no key url (for AtlasMigration app spec.urlFrom) — kubectl -n shop patch secret app-db --type merge -p '{"stringData":{"url":"..."}}'`,
    ]);
    assert.equal(r.code, 1);
  });

  it("fails on a missing ConfigMap of migrations, and on one without atlas.sum", async () => {
    standIn.world.objects.delete(paths.configMap("shop", "reports-migrations"));
    let r = await doctorProject();
    assert.deepEqual(r.about("ConfigMap shop/reports-migrations"), [
      "FAIL ConfigMap shop/reports-migrations: not found (for AtlasMigration reports spec.dir.configMapRef) — kubectl -n shop create configmap reports-migrations --from-file=<migration directory with *.sql and atlas.sum>",
    ]);
    standIn.world.objects.set(
      paths.configMap("shop", "reports-migrations"),
      configMap("shop", "reports-migrations", { "1_init.sql": "CREATE TABLE t (id int);\n" }),
    );
    r = await doctorProject();
    assert.deepEqual(r.about("ConfigMap shop/reports-migrations"), [
      "FAIL ConfigMap shop/reports-migrations: no key atlas.sum (for AtlasMigration reports spec.dir.configMapRef) — run atlas migrate hash in the migration directory and recreate ConfigMap reports-migrations from it",
    ]);
  });

  it("fails on a variable's missing ConfigMap key", async () => {
    standIn.world.objects.set(paths.configMap("shop", "reports-settings"), configMap("shop", "reports-settings", {}));
    const r = await doctorProject();
    assert.deepEqual(r.about("ConfigMap shop/reports-settings"), [
      `FAIL ConfigMap shop/reports-settings: no key tenant (for AtlasMigration reports spec.vars["tenant"]) — kubectl -n shop patch configmap reports-settings --type merge -p '{"data":{"tenant":"..."}}'`,
    ]);
  });

  it("sums up the Secrets it may not read in one warning per namespace", async () => {
    standIn.world.forbidden.push("/api/v1/namespaces/shop/secrets/");
    const r = await doctorProject();
    assert.deepEqual(r.lines.slice(-3), [
      "OK   ConfigMap shop/reports-settings: has tenant",
      "WARN Secret shop/app-db, billing-db, atlas-credentials, reports-db, reports-atlas-hcl: cannot check: no permission to get secrets in shop — run doctor with a user who may, or look yourself: kubectl -n shop describe secret app-db billing-db atlas-credentials reports-db reports-atlas-hcl",
      "12 OK, 1 WARN, 0 FAIL",
    ]);
    assert.equal(r.code, 0);
  });

  it("warns that it cannot check what the API server fails to answer", async () => {
    standIn.world.failing.set(paths.secret("shop", "billing-db"), 500);
    const r = await doctorProject();
    assert.deepEqual(r.about("Secret shop/billing-db"), [
      "WARN Secret shop/billing-db: cannot check: the API server answered HTTP 500 — run doctor again; if it persists, look at the API server",
    ]);
  });

  it("looks in --namespace rather than the context's namespace", async () => {
    const r = await doctorProject(["-e", "staging", "--namespace", "shop-staging"]);
    assert.deepEqual(r.lines.slice(9), [
      "OK   environment staging: 2 AtlasMigrations (shop-staging/app, shop-staging/billing), referencing 3 Secrets and 0 ConfigMaps",
      "FAIL Secret shop-staging/app-db: not found (for AtlasMigration app spec.urlFrom) — kubectl -n shop-staging create secret generic app-db --from-literal=url=...",
      "FAIL Secret shop-staging/billing-db: not found (for AtlasMigration billing spec.urlFrom) — kubectl -n shop-staging create secret generic billing-db --from-literal=url=...",
      "FAIL Secret shop-staging/atlas-credentials: not found (for AtlasMigration billing spec.cloud.tokenFrom) — kubectl -n shop-staging create secret generic atlas-credentials --from-literal=token=...",
      "10 OK, 0 WARN, 3 FAIL",
    ]);
    assert.equal(r.stderr, "doctor: 3 checks failed: see the FAIL lines\n");
  });

  it("reports a project problem before asking the cluster anything", async () => {
    const r = await doctorProject([]);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, "deploy/atlas.project.yaml: defines 2 environments (staging, prod): choose one with --environment\n");
    assert.equal(r.code, 1);
    assert.deepEqual(standIn.requests, []);
  });
});

describe("doctor: connecting", () => {
  it("fails in one line when there is no kubeconfig", async () => {
    const r = await doctor([], { env: { HOME: home } });
    assert.equal(r.stdout, "");
    assert.equal(
      r.stderr,
      `kubeconfig: none found: KUBECONFIG is not set and ${join(home, ".kube", "config")} does not exist; point KUBECONFIG or --kubeconfig at the kubeconfig of your cluster\n`,
    );
    assert.equal(r.code, 1);
  });

  it("fails in one line when KUBECONFIG names a file that does not exist", async () => {
    const r = await doctor([], { env: { KUBECONFIG: join(scratch, "nope"), HOME: home } });
    assert.equal(r.stderr, `KUBECONFIG: ${join(scratch, "nope")} does not exist: point it at your kubeconfig\n`);
    assert.equal(r.code, 1);
  });

  it("uses ~/.kube/config, and --kubeconfig and --context over it", async () => {
    const otherHome = join(scratch, "other-home");
    mkdirSync(join(otherHome, ".kube"), { recursive: true });
    writeKubeconfig(join(otherHome, ".kube", "config"), standIn.url);
    assert.equal((await doctor([], { env: { HOME: otherHome } })).code, 0);
    assert.equal((await doctor(["--kubeconfig", kubeconfig, "--context", "test"], { env: { HOME: home } })).code, 0);
    const r = await doctor(["--context", "prod"]);
    assert.equal(r.stderr, '--context: no context "prod" in the kubeconfig (it has test)\n');
    assert.equal(r.code, 1);
  });

  it("fails in one line, without the file's text, on a kubeconfig that is not YAML", async () => {
    const broken = join(scratch, "broken-kubeconfig");
    writeFileSync(broken, `users:\n  - name: doctor\n    user: {token: ${token}\n  - : [\n`);
    const r = await doctor([], { env: { KUBECONFIG: broken, HOME: home } });
    assert.match(r.stderr, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not valid YAML \\(line \\d+\\)\\n$`));
    assert.equal(r.code, 1);
  });

  it("fails in one line when the API server cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((done) => closed.close(() => done()));
    const file = join(scratch, "unreachable-kubeconfig");
    writeKubeconfig(file, `http://127.0.0.1:${port}`);
    const r = await doctor([], { env: { KUBECONFIG: file, HOME: home } });
    assert.equal(r.stdout, "");
    assert.equal(
      r.stderr,
      `context "test": cannot reach the API server at http://127.0.0.1:${port}: connection refused (ECONNREFUSED): check that the cluster is up and that this is the context you mean (--context)\n`,
    );
    assert.equal(r.code, 1);
  });

  it("gives up on an API server that does not answer", async () => {
    standIn.world.hanging.push(paths.crd("atlasmigrations.db.atlasgo.io"));
    const r = await doctor([], { env: { KUBECONFIG: kubeconfig, HOME: home, ARGOCD_ATLAS_KUBE_TIMEOUT_MS: "200" } });
    assert.equal(
      r.stderr,
      `context "test": no answer from the API server at ${standIn.url} within 0.2 s: check that the cluster is up and that this is the context you mean (--context)\n`,
    );
    assert.equal(r.code, 1);
  });

  it("fails in one line when the API server rejects the credentials (401)", async () => {
    standIn.world.unauthorized = true;
    const r = await doctor();
    assert.equal(r.stdout, "");
    assert.equal(
      r.stderr,
      `context "test": the API server at ${standIn.url} rejected the credentials of user "doctor" (401 Unauthorized): log in again, or renew them in the kubeconfig\n`,
    );
    assert.equal(r.code, 1);
  });

  it("rejects an unknown flag as a usage error", async () => {
    const r = await doctor(["--namespaces", "x"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "argocd-atlas doctor: unknown option --namespaces: did you mean --namespace? (run `argocd-atlas doctor --help` for usage)\n");
  });
});
