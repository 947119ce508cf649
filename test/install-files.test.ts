/**
 * The files that install the plugin (plugin/) checked against what they install: plugin.yaml
 * (generated from src/argocd/plugin-inputs.ts), package.json, the health-check patch and Argo CD's own
 * conventions. Offline: where kubectl or kustomize is on PATH, the overlay is also built, with the
 * remote upstream install replaced by a stand-in that has the repo-server parts the sidecar uses.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, posix } from "node:path";
import { describe, it } from "node:test";
import { parseAllDocuments, stringify } from "yaml";
import { parameterSpecs } from "../src/argocd/plugin-inputs.js";
import { healthConfigData, readHealthScripts } from "../src/health/install-files.js";
import { repoRoot } from "./run.js";

type Obj = Record<string, any>;

/** The one YAML document of a file; fails on syntax errors, duplicate keys or several documents. */
function readYaml(path: string): Obj {
  const docs = parseAllDocuments(readFileSync(join(repoRoot, path), "utf8"), { uniqueKeys: true });
  assert.equal(docs.length, 1, `${path}: expected one YAML document`);
  const doc = docs[0]!;
  assert.deepEqual(doc.errors.map(String), [], `${path}: YAML errors`);
  assert.deepEqual(doc.warnings.map(String), [], `${path}: YAML warnings`);
  return doc.toJS() as Obj;
}

const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as Obj;
const plugin = readYaml("plugin.yaml");
/** The name Applications give in spec.source.plugin.name: `<name>-<version>` when spec.version is set. */
const pluginName: string = plugin.spec.version ? `${plugin.metadata.name}-${plugin.spec.version}` : plugin.metadata.name;
const image = `ghcr.io/argocd-atlas/argocd-atlas:${pkg.version}`;

// Facts of Argo CD's CMP sidecars (argo-cd manifests/base/repo-server/argocd-repo-server-deployment.yaml,
// docs/operator-manual/config-management-plugins.md; argo-helm charts/argo-cd/templates/argocd-repo-server/deployment.yaml).
const cmpServer = "/var/run/argocd/argocd-cmp-server";
const pluginConfigPath = "/home/argocd/cmp-server/config/plugin.yaml";
/** Volumes of the repo-server pod (upstream manifests and the Helm chart alike) a sidecar mounts. */
const repoServerVolumes = new Map([
  ["var-files", "/var/run/argocd"],
  ["plugins", "/home/argocd/cmp-server/plugins"],
]);
/** The ConfigMap the Helm chart renders from configs.cmp.plugins, one key `<plugin>.yaml` each. */
const chartCmpConfigMap = "argocd-cmp-cm";

const tokenFile = "/var/run/secrets/atlas/token";
const expectedEnv = [
  { name: "HOME", value: "/tmp" },
  { name: "ATLAS_TOKEN_FILE", value: tokenFile },
];
const expectedSecurityContext = {
  runAsNonRoot: true,
  runAsUser: 999,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ["ALL"] },
  seccompProfile: { type: "RuntimeDefault" },
};

/**
 * The sidecar rules both install routes share. `volumes` are the ones the route adds to the pod;
 * returns the container's mounts by path.
 */
function checkSidecar(container: Obj, volumes: Obj[]): Map<string, Obj> {
  assert.equal(container.name, "argocd-atlas");
  assert.equal(container.image, image, "the image tag is the package version");
  assert.deepEqual(container.command, [cmpServer]);
  assert.equal(container.args, undefined);
  assert.deepEqual(container.securityContext, expectedSecurityContext);
  assert.deepEqual(container.env, expectedEnv);
  assert.deepEqual(container.resources, { requests: { cpu: "50m", memory: "128Mi" }, limits: { memory: "512Mi" } });

  const volumeNames = volumes.map((v) => v.name as string);
  assert.equal(new Set(volumeNames).size, volumeNames.length, "volume names are unique");
  for (const name of volumeNames) assert.ok(!repoServerVolumes.has(name) && name !== "tmp", `${name} clashes with a repo-server volume`);
  const byName = new Map(volumes.map((v) => [v.name as string, v]));

  const mounts = new Map<string, Obj>();
  for (const mount of container.volumeMounts as Obj[]) {
    assert.ok(!mounts.has(mount.mountPath), `${mount.mountPath} is mounted once`);
    mounts.set(mount.mountPath, mount);
    assert.ok(byName.has(mount.name) || repoServerVolumes.has(mount.name), `volumeMount ${mount.name} names a volume of the pod`);
  }
  for (const [name, path] of repoServerVolumes) assert.deepEqual(mounts.get(path), { name, mountPath: path });

  // A /tmp of its own: an emptyDir the route adds, not the repo-server's `tmp`.
  const tmp = mounts.get("/tmp");
  assert.deepEqual(tmp, { name: "argocd-atlas-tmp", mountPath: "/tmp" });
  assert.deepEqual(byName.get(tmp!.name), { name: "argocd-atlas-tmp", emptyDir: {} });

  // The token Secret, optional, its key `token` at ATLAS_TOKEN_FILE.
  const token = mounts.get(dirname(tokenFile));
  assert.deepEqual(token, { name: "atlas-registry-token", mountPath: dirname(tokenFile), readOnly: true });
  assert.deepEqual(byName.get(token!.name), {
    name: "atlas-registry-token",
    secret: { secretName: "atlas-registry-token", optional: true, items: [{ key: "token", path: basename(tokenFile) }] },
  });
  return mounts;
}

describe("plugin/kustomize", () => {
  const kustomization = readYaml("plugin/kustomize/kustomization.yaml");
  const ops = readYaml("plugin/kustomize/repo-server-sidecar.yaml") as unknown as Obj[];

  it("holds the kustomization and exactly the patches it lists", () => {
    assert.deepEqual(readdirSync(join(repoRoot, "plugin/kustomize")).sort(), [
      "argocd-cm-health.yaml",
      "argocd-cmd-params-cm.yaml",
      "argocd-notifications-cm.yaml",
      "kustomization.yaml",
      "repo-server-sidecar.yaml",
    ]);
    assert.deepEqual(kustomization, {
      apiVersion: "kustomize.config.k8s.io/v1beta1",
      kind: "Kustomization",
      namespace: "argocd",
      resources: [kustomization.resources[0]],
      patches: [
        { path: "repo-server-sidecar.yaml", target: { kind: "Deployment", name: "argocd-repo-server" } },
        { path: "argocd-cm-health.yaml", target: { kind: "ConfigMap", name: "argocd-cm" } },
        { path: "argocd-notifications-cm.yaml", target: { kind: "ConfigMap", name: "argocd-notifications-cm" } },
        { path: "argocd-cmd-params-cm.yaml", target: { kind: "ConfigMap", name: "argocd-cmd-params-cm" } },
      ],
    });
    // A released install, not a moving branch.
    assert.match(kustomization.resources[0], /^https:\/\/raw\.githubusercontent\.com\/argoproj\/argo-cd\/v3\.\d+\.\d+\/manifests\/install\.yaml$/);
  });

  it("appends the sidecar and its volumes to the repo-server pod", () => {
    assert.ok(Array.isArray(ops));
    assert.deepEqual(
      ops.map((op) => [op.op, op.path]),
      [
        ["add", "/spec/template/spec/containers/-"],
        ["add", "/spec/template/spec/volumes/-"],
        ["add", "/spec/template/spec/volumes/-"],
      ],
    );
    const mounts = checkSidecar(
      ops[0]!.value,
      ops.slice(1).map((op) => op.value),
    );
    // plugin.yaml is baked into the image: nothing may hide it.
    assert.ok(![...mounts.keys()].some((path) => pluginConfigPath.startsWith(path) && path !== "/"), "no mount over the baked-in plugin.yaml");
  });

  it("carries the argocd-cm health patch unchanged from lua-health/install", () => {
    assert.equal(
      readFileSync(join(repoRoot, "plugin/kustomize/argocd-cm-health.yaml"), "utf8"),
      readFileSync(join(repoRoot, "lua-health/install/argocd-cm-health.yaml"), "utf8"),
    );
  });

  const builder = findKustomize();
  it("builds with the sidecar and the health checks in place", { skip: builder ? false : "neither kubectl nor kustomize is on PATH" }, () => {
    const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-kustomize-"));
    try {
      cpSync(join(repoRoot, "plugin/kustomize"), dir, { recursive: true });
      // The upstream install is remote; the stand-in has what the patches touch.
      writeFileSync(join(dir, "upstream.yaml"), upstreamStandIn());
      writeFileSync(join(dir, "kustomization.yaml"), stringify({ ...kustomization, resources: ["upstream.yaml"] }));
      const run = spawnSync(builder!.command, [...builder!.args, dir], { encoding: "utf8", timeout: 60_000 });
      assert.equal(run.status, 0, run.stderr);
      const objects = parseAllDocuments(run.stdout).map((d) => d.toJS() as Obj);
      const deployment = objects.find((o) => o.kind === "Deployment")!;
      assert.equal(deployment.metadata.namespace, "argocd");
      const pod = deployment.spec.template.spec;
      assert.deepEqual(
        pod.containers.map((c: Obj) => c.name),
        ["argocd-repo-server", "argocd-atlas"],
      );
      assert.deepEqual(pod.containers[1], ops[0]!.value);
      assert.deepEqual(
        pod.volumes.map((v: Obj) => v.name),
        ["tmp", "var-files", "plugins", "argocd-atlas-tmp", "atlas-registry-token"],
      );
      const cm = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === "argocd-cm")!;
      assert.equal(cm.metadata.namespace, "argocd");
      assert.deepEqual(cm.data, { "timeout.reconciliation": "180s", ...healthConfigData(readHealthScripts()) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("plugin/helm/values.yaml", () => {
  const values = readYaml("plugin/helm/values.yaml");

  it("sets only the chart's CMP ConfigMap and the repo-server's extra containers and volumes", () => {
    assert.deepEqual(Object.keys(values), ["configs", "repoServer"]);
    assert.deepEqual(Object.keys(values.configs), ["cmp"]);
    assert.deepEqual(Object.keys(values.repoServer), ["extraContainers", "volumes"]);
    // The chart passes extraContainers through `tpl`: no template syntax may hide in them.
    assert.doesNotMatch(JSON.stringify(values.repoServer.extraContainers), /\{\{/);
  });

  it("configs.cmp renders plugin.yaml: the same name and spec", () => {
    assert.equal(values.configs.cmp.create, true);
    assert.deepEqual(Object.keys(values.configs.cmp.plugins), [pluginName]);
    // The chart's template: apiVersion, kind, metadata.name from the key, then the spec.
    const [name, spec] = Object.entries(values.configs.cmp.plugins as Obj)[0]!;
    assert.deepEqual({ apiVersion: "argoproj.io/v1alpha1", kind: "ConfigManagementPlugin", metadata: { name }, spec }, plugin);
  });

  it("adds the same sidecar as the kustomize overlay, with plugin.yaml mounted from the chart's ConfigMap", () => {
    const [container, ...others] = values.repoServer.extraContainers as Obj[];
    assert.equal(others.length, 0);
    const mounts = checkSidecar(container!, values.repoServer.volumes);
    assert.deepEqual(mounts.get(pluginConfigPath), { name: chartCmpConfigMap, mountPath: pluginConfigPath, subPath: `${pluginName}.yaml` });
    assert.deepEqual(
      (values.repoServer.volumes as Obj[]).find((v) => v.name === chartCmpConfigMap),
      { name: chartCmpConfigMap, configMap: { name: chartCmpConfigMap } },
    );

    const ops = readYaml("plugin/kustomize/repo-server-sidecar.yaml") as unknown as Obj[];
    const withoutConfigMap = { ...container, volumeMounts: container!.volumeMounts.filter((m: Obj) => m.name !== chartCmpConfigMap) };
    assert.deepEqual(withoutConfigMap, ops[0]!.value);
    assert.deepEqual(
      (values.repoServer.volumes as Obj[]).filter((v) => v.name !== chartCmpConfigMap),
      ops.slice(1).map((op) => op.value),
    );
  });

  it("does not overlap the health-check values passed next to it", () => {
    const health = readYaml("lua-health/install/helm-values.yaml");
    assert.deepEqual(Object.keys(health), ["configs"]);
    assert.deepEqual(Object.keys(health.configs), ["cm"]);
  });
});

describe("plugin/examples", () => {
  // Each Application and the directory of this repository its source repository looks like.
  const examples: Record<string, string> = {
    "application-in-repo.yaml": ".",
    "application-tutorial.yaml": "examples/tutorial",
  };

  it("holds the listed Applications", () => {
    assert.deepEqual(
      readdirSync(join(repoRoot, "plugin/examples"))
        .filter((f) => f.startsWith("application-"))
        .sort(),
      Object.keys(examples).sort(),
    );
  });

  for (const [file, repository] of Object.entries(examples)) {
    it(`${file} names the plugin and uses only its announced parameters and env entries`, () => {
      const app = readYaml(`plugin/examples/${file}`);
      assert.equal(app.apiVersion, "argoproj.io/v1alpha1");
      assert.equal(app.kind, "Application");
      assert.equal(app.metadata.namespace, "argocd");
      // The plugin's source, and the other sources of the same Application (the app's manifests).
      const sources: Obj[] = app.spec.sources;
      const source = sources.find((s) => s.plugin)!;
      assert.ok(existsSync(join(repoRoot, repository, source.path, "atlas.project.yaml")), `${source.path} holds atlas.project.yaml`);
      for (const other of sources.filter((s) => s !== source)) {
        assert.equal(other.repoURL, source.repoURL);
        assert.ok(existsSync(join(repoRoot, repository, other.path)), `${other.path} exists`);
        // A directory source over the plugin's own path must leave the project file to the plugin.
        if (other.path === source.path) assert.equal(other.directory?.exclude, "atlas.project.yaml");
      }
      assert.equal(source.plugin.name, pluginName);
      // Announced by the dynamic command only (src/cli/commands/parameters.ts), one per parameter spec.
      assert.equal(plugin.spec.parameters.static, undefined);
      for (const parameter of source.plugin.parameters ?? []) {
        assert.ok(
          parameterSpecs.some((p) => p.name === parameter.name),
          `parameter ${parameter.name} is one the plugin takes`,
        );
        assert.deepEqual(Object.keys(parameter).sort(), ["name", "string"]);
      }
      const envEntries = parameterSpecs.map((p) => p.envEntry);
      for (const entry of source.plugin.env ?? []) {
        assert.ok(envEntries.includes(entry.name), `env entry ${entry.name} is one the plugin reads`);
        assert.equal(typeof entry.value, "string");
      }
      assert.equal(typeof app.spec.destination.namespace, "string");
    });
  }
});

describe("plugin/Dockerfile", () => {
  const dockerfile = parseDockerfile(readFileSync(join(repoRoot, "plugin/Dockerfile"), "utf8"));
  const stages = splitStages(dockerfile);
  const final = stages.at(-1)!;
  const build = stages.find((s) => / AS build$/.test(s.from))!;
  const instructions = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

  it("builds every stage FROM one Node.js image, so the code cache fits the runtime's Node.js", () => {
    assert.deepEqual(dockerfile.global, [{ keyword: "ARG", args: "NODE_IMAGE=node:24-bookworm-slim" }]);
    assert.deepEqual(
      stages.map((s) => s.from),
      ["${NODE_IMAGE} AS build", "${NODE_IMAGE} AS deps", "${NODE_IMAGE}"],
    );
    assert.match(pkg.engines.node, /^>=20\./);
  });

  it("builds the bundle and its code cache in the build stage, and installs production dependencies only", () => {
    assert.deepEqual(instructions(build, "RUN"), ["npm ci --ignore-scripts --no-audit --no-fund", "npm run build"]);
    const deps = stages.find((s) => / AS deps$/.test(s.from))!;
    assert.deepEqual(instructions(deps, "RUN"), ["npm ci --omit=dev --ignore-scripts --no-audit --no-fund"]);
  });

  it("bakes plugin.yaml in where Argo CD's CMP server reads it", () => {
    assert.ok(instructions(final, "COPY").includes(`plugin.yaml ${pluginConfigPath}`));
  });

  it("installs the package with its bin on PATH under the name plugin.yaml runs", () => {
    const root = "/usr/local/lib/argocd-atlas";
    assert.equal(instructions(final, "WORKDIR")[0], root);
    const copies = instructions(final, "COPY");
    for (const expected of [
      "--from=deps /deps/node_modules ./node_modules",
      "package.json ./",
      "lua-health ./lua-health",
      "schema ./schema",
      "--from=build /src/dist ./dist",
    ]) {
      assert.ok(copies.includes(expected), `COPY ${expected}`);
    }
    const [command] = plugin.spec.generate.command as string[];
    assert.deepEqual(plugin.spec.parameters.dynamic.command[0], command);
    assert.deepEqual(Object.keys(pkg.bin), [command]);
    const bin = posix.join(root, pkg.bin[command!]);
    assert.ok(
      instructions(final, "RUN").includes(
        `chmod 0755 ${pkg.bin[command!]} && ln -s ${bin} /usr/local/bin/${command} && ARGOCD_ATLAS_REQUIRE_CODE_CACHE=1 ${command} version`,
      ),
      "the bin is executable, linked onto PATH, and runs with the code cache the build stage's Node.js made",
    );
  });

  it("fails that check when the code cache is missing, and passes it with the cache this Node.js made", () => {
    const cli = join(repoRoot, "dist/cli.cjs");
    if (!existsSync(cli)) {
      const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, encoding: "utf8" });
      assert.equal(build.status, 0, build.stderr);
    }
    const env = { PATH: process.env.PATH ?? "", ARGOCD_ATLAS_REQUIRE_CODE_CACHE: "1" };
    const ok = spawnSync(process.execPath, [cli, "version"], { env, encoding: "utf8" });
    assert.equal(ok.status, 0, ok.stderr);
    const copy = mkdtempSync(join(tmpdir(), "argocd-atlas-nocache-"));
    try {
      for (const file of ["cli.cjs", "argocd-atlas.cjs"]) cpSync(join(repoRoot, "dist", file), join(copy, file));
      const missing = spawnSync(process.execPath, [join(copy, "cli.cjs"), "version"], { env, encoding: "utf8" });
      assert.deepEqual(
        { code: missing.status, stderr: missing.stderr },
        { code: 1, stderr: "argocd-atlas: the code cache is missing: run npm run build with this Node.js\n" },
      );
      writeFileSync(join(copy, "argocd-atlas.cjs.cache"), "not a cache");
      const rejected = spawnSync(process.execPath, [join(copy, "cli.cjs"), "version"], { env, encoding: "utf8" });
      assert.deepEqual(
        { code: rejected.status, stderr: rejected.stderr },
        { code: 1, stderr: `argocd-atlas: the code cache was made by another Node.js than ${process.version}: run npm run build with this Node.js\n` },
      );
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("runs as uid 999 with HOME=/tmp, git installed, and no entrypoint", () => {
    assert.deepEqual(instructions(final, "USER"), ["999"]);
    assert.deepEqual(instructions(final, "ENV"), ["HOME=/tmp"]);
    assert.ok(instructions(final, "RUN").includes("apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*"));
    assert.deepEqual([...instructions(final, "ENTRYPOINT"), ...instructions(final, "CMD")], []);
    // USER comes after every instruction that writes to the image.
    const keywords = final.instructions.map((i) => i.keyword);
    assert.ok(keywords.lastIndexOf("RUN") < keywords.indexOf("USER") && keywords.lastIndexOf("COPY") < keywords.indexOf("USER"));
  });

  it("labels the image with the package's version and license", () => {
    assert.ok(instructions(final, "ARG").includes(`VERSION=${pkg.version}`));
    const labels = instructions(final, "LABEL").join(" ");
    assert.ok(labels.includes('org.opencontainers.image.version="${VERSION}"'));
    assert.ok(labels.includes(`org.opencontainers.image.licenses="${pkg.license}"`));
    assert.ok(labels.includes('org.opencontainers.image.source="https://github.com/argocd-atlas/argocd-atlas"'));
  });

  it("sends exactly the copied paths as the build context (plugin/Dockerfile.dockerignore)", () => {
    const ignore = readFileSync(join(repoRoot, "plugin/Dockerfile.dockerignore"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#"));
    assert.equal(ignore[0], "*");
    const allowed = ignore.slice(1).map((line) => {
      assert.match(line, /^![^*?[\]]+$/);
      return line.slice(1);
    });
    const fromContext = stages
      .flatMap((s) => instructions(s, "COPY"))
      .filter((args) => !args.startsWith("--from="))
      .flatMap((args) => args.split(/\s+/).slice(0, -1));
    assert.deepEqual([...new Set(fromContext)].sort(), [...allowed].sort());
    for (const path of allowed) assert.ok(existsSync(join(repoRoot, path)), `${path} exists`);
  });
});

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  instructions: Instruction[];
}

/** Instructions with continuation lines joined and comments dropped (as Docker reads them). */
function parseDockerfile(text: string): { global: Instruction[]; instructions: Instruction[] } {
  const instructions: Instruction[] = [];
  let pending = "";
  for (const line of text.split("\n")) {
    if (/^\s*#/.test(line)) continue;
    const continued = /\\\s*$/.test(line);
    pending += `${line.replace(/\\\s*$/, "").trim()}${continued ? " " : ""}`;
    if (continued) continue;
    const full = pending.trim().replace(/\s+/g, " ");
    pending = "";
    if (full === "") continue;
    const [keyword, ...rest] = full.split(" ");
    instructions.push({ keyword: keyword!.toUpperCase(), args: rest.join(" ") });
  }
  const firstFrom = instructions.findIndex((i) => i.keyword === "FROM");
  return { global: instructions.slice(0, firstFrom), instructions: instructions.slice(firstFrom) };
}

function splitStages(dockerfile: { instructions: Instruction[] }): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of dockerfile.instructions) {
    if (instruction.keyword === "FROM") stages.push({ from: instruction.args, instructions: [] });
    else stages.at(-1)!.instructions.push(instruction);
  }
  return stages;
}

/** `kubectl kustomize DIR` or `kustomize build DIR`, whichever is installed. */
function findKustomize(): { command: string; args: string[] } | undefined {
  const has = (command: string) => spawnSync(command, ["version", ...(command === "kubectl" ? ["--client"] : [])], { encoding: "utf8" }).status === 0;
  if (has("kustomize")) return { command: "kustomize", args: ["build"] };
  if (has("kubectl")) return { command: "kubectl", args: ["kustomize"] };
  return undefined;
}

/** The parts of Argo CD's install.yaml the overlay patches (no namespace, as upstream ships them). */
function upstreamStandIn(): string {
  const deployment = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "argocd-repo-server" },
    spec: {
      selector: { matchLabels: { "app.kubernetes.io/name": "argocd-repo-server" } },
      template: {
        metadata: { labels: { "app.kubernetes.io/name": "argocd-repo-server" } },
        spec: {
          containers: [
            {
              name: "argocd-repo-server",
              image: "quay.io/argoproj/argocd:latest",
              volumeMounts: [
                { name: "tmp", mountPath: "/tmp" },
                { name: "plugins", mountPath: "/home/argocd/cmp-server/plugins" },
              ],
            },
          ],
          initContainers: [{ name: "copyutil", image: "quay.io/argoproj/argocd:latest", volumeMounts: [{ name: "var-files", mountPath: "/var/run/argocd" }] }],
          volumes: [
            { name: "tmp", emptyDir: {} },
            { name: "var-files", emptyDir: {} },
            { name: "plugins", emptyDir: {} },
          ],
        },
      },
    },
  };
  const argocdCm = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "argocd-cm", labels: { "app.kubernetes.io/name": "argocd-cm", "app.kubernetes.io/part-of": "argocd" } },
    data: { "timeout.reconciliation": "180s" },
  };
  return `${stringify(deployment)}---\n${stringify(argocdCm)}`;
}
