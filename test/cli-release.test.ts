/**
 * The release path: one version (package.json) in every file that names it, the release
 * workflow checked against plugin/Dockerfile and package.json, and the digest-pinned install files.
 * The workflows cannot run here; these tests read them as GitHub would.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { imageRepository, projectSchemaUrl, stampVersion, versionedFiles } from "../scripts/release.js";
import { pinImage, releaseFiles } from "../scripts/release-files.js";
import { releaseVersion } from "../src/generated/release.js";
import { projectSchema } from "../src/project/schema.js";
import { repoRoot, run } from "./run.js";

const read = (path: string) => readFileSync(join(repoRoot, path), "utf8");
const packageJson = JSON.parse(read("package.json")) as { version: string; scripts: Record<string, string> };
const version = packageJson.version;

type Step = { uses?: string; run?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; env?: Record<string, string>; jobs: Record<string, { steps: Step[] }> };

describe("one version, from package.json", () => {
  it("the generated release module, the schema $id and the CLI agree with package.json", async () => {
    assert.equal(releaseVersion, version);
    assert.equal(projectSchema.$id, projectSchemaUrl(version));
    assert.equal(
      JSON.parse(read("schema/atlas.project.schema.json")).$id,
      `https://raw.githubusercontent.com/argocd-atlas/argocd-atlas/v${version}/schema/atlas.project.schema.json`,
    );
    assert.equal((await run(["version"], { cwd: repoRoot })).stdout, `argocd-atlas ${version}\n`);
    const schema = JSON.parse((await run(["schema"], { cwd: repoRoot })).stdout) as { $id: string };
    assert.equal(schema.$id, projectSchemaUrl(version));
  });

  it("the image tag in both install routes, the Dockerfile and the modelines name this release", () => {
    assert.match(read("plugin/kustomize/repo-server-sidecar.yaml"), new RegExp(`image: ${imageRepository}:${version.replace(/\./g, "\\.")}\\n`));
    assert.match(read("plugin/helm/values.yaml"), new RegExp(`image: ${imageRepository}:${version.replace(/\./g, "\\.")}\\n`));
    assert.match(read("plugin/Dockerfile"), new RegExp(`^ARG VERSION=${version.replace(/\./g, "\\.")}$`, "m"));
    for (const file of ["examples/tutorial/manifests/atlas.project.yaml", "examples/in-repo/deploy/atlas.project.yaml"]) {
      assert.equal(read(file).split("\n")[0], `# yaml-language-server: $schema=${projectSchemaUrl(version)}`, file);
    }
  });

  it("no versioned file names another release, or the schema on a branch", () => {
    for (const file of versionedFiles) {
      const text = read(file);
      for (const m of text.matchAll(new RegExp(`${imageRepository.replace(/[./]/g, "\\$&")}:(\\d+\\.\\d+\\.\\d+)`, "g"))) assert.equal(m[1], version, file);
      assert.doesNotMatch(text, /argocd-atlas\/argocd-atlas\/(main|master)\/schema/, file);
    }
  });

  it("stamping another version rewrites every mention, and only those", () => {
    for (const file of versionedFiles) {
      const text = read(file);
      const stamped = stampVersion(text, "9.8.7");
      assert.equal(stampVersion(stamped, version), text, `${file}: stamping back gives the file`);
      assert.ok(!stamped.includes(version), `${file}: ${version} is left after stamping 9.8.7`);
    }
    assert.equal(
      stampVersion("image: ghcr.io/argocd-atlas/argocd-atlas:0.1.0@sha256:ab\nARG VERSION=0.1.0\n", "1.2.3"),
      "image: ghcr.io/argocd-atlas/argocd-atlas:1.2.3@sha256:ab\nARG VERSION=1.2.3\n",
    );
    assert.equal(
      stampVersion("images:\n  - name: ghcr.io/argocd-atlas/argocd-atlas\n    newName: r.example.com/argocd-atlas\n    newTag: 0.1.0\n", "2.0.0"),
      "images:\n  - name: ghcr.io/argocd-atlas/argocd-atlas\n    newName: r.example.com/argocd-atlas\n    newTag: 2.0.0\n",
    );
  });

  it("npm version regenerates and stages the stamped files", () => {
    const script = packageJson.scripts.version!;
    assert.match(script, /^npm run gen && git add /);
    const staged = script.replace(/^npm run gen && git add /, "").split(" ");
    for (const file of [...versionedFiles, "schema/atlas.project.schema.json", "src/generated/release.ts"]) {
      assert.ok(
        staged.some((s) => file === s || file.startsWith(`${s}/`)),
        `${file} is staged by the version script`,
      );
    }
  });
});

describe("release workflow", () => {
  const workflow = parse(read(".github/workflows/release.yml")) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const uses = (action: string) => steps.find((s) => s.uses?.split("@")[0] === action);
  const dockerfile = read("plugin/Dockerfile");

  it("runs on a version tag and checks the tag against package.json", () => {
    assert.deepEqual(workflow.on, { push: { tags: ["v*"] } });
    const check = steps.find((s) => s.id === "version");
    assert.ok(check?.run?.includes('require("./package.json").version') && check.run.includes('"v${version}" = "${GITHUB_REF_NAME}"'));
  });

  it("builds plugin/Dockerfile for linux/amd64 and linux/arm64 and pushes the image the install files name", () => {
    for (const action of ["actions/checkout", "docker/setup-qemu-action", "docker/setup-buildx-action", "docker/login-action"]) assert.ok(uses(action), action);
    const build = uses("docker/build-push-action")!;
    assert.ok(build.id, "the build step has an id, for its digest output");
    const w = build.with!;
    assert.equal(w.file, "plugin/Dockerfile");
    assert.equal(w.context, ".");
    assert.deepEqual(String(w.platforms).split(","), ["linux/amd64", "linux/arm64"]);
    assert.equal(w.push, true);
    assert.equal(workflow.env?.IMAGE, imageRepository);
    assert.equal(w.tags, "${{ env.IMAGE }}:${{ steps.version.outputs.version }}");
    assert.equal(uses("docker/login-action")!.with!.registry, imageRepository.split("/")[0]);
    // Every build argument is one the Dockerfile declares.
    const declared = new Set([...dockerfile.matchAll(/^ARG (\w+)/gm)].map((m) => m[1]));
    const given = String(w["build-args"])
      .trim()
      .split("\n")
      .map((l) => l.split("=")[0]!.trim());
    assert.deepEqual(given, ["VERSION", "REVISION"]);
    for (const name of given) assert.ok(declared.has(name), `ARG ${name} in plugin/Dockerfile`);
  });

  it("attaches the install files pinned to the pushed digest, and the schema", () => {
    const build = uses("docker/build-push-action")!;
    const files = steps.find((s) => s.run?.includes("npm run release-files"))!;
    assert.ok(files.run!.includes(`--digest "\${{ steps.${build.id}.outputs.digest }}"`), files.run);
    assert.equal(packageJson.scripts["release-files"], "tsx scripts/release-files.ts");
    const upload = steps.find((s) => s.run?.includes("gh release create"))!;
    assert.ok(upload.run!.includes("dist/release/*"));
    assert.ok(steps.indexOf(files) > steps.indexOf(build) && steps.indexOf(upload) > steps.indexOf(files), "build, then files, then release");
  });

  it("the release files pin the image to its digest and carry the schema", () => {
    const digest = `sha256:${"ab".repeat(32)}`;
    const { files, kustomize } = releaseFiles(version, digest);
    assert.deepEqual([...files.keys()].sort(), [
      "argocd-atlas-health-helm-values.yaml",
      "argocd-atlas-helm-values.yaml",
      "argocd-atlas-notifications-helm-values.yaml",
      "atlas.project.schema.json",
    ]);
    // The archive holds every file in plugin/kustomize, so it installs as the directory does.
    assert.deepEqual([...kustomize.keys()].sort(), readdirSync(join(repoRoot, "plugin/kustomize")).sort());
    for (const text of [files.get("argocd-atlas-helm-values.yaml")!, kustomize.get("repo-server-sidecar.yaml")!]) {
      assert.ok(text.includes(`image: ${imageRepository}:${version}@${digest}\n`));
      assert.ok(!text.includes(`image: ${imageRepository}:${version}\n`));
    }
    assert.equal(files.get("atlas.project.schema.json"), read("schema/atlas.project.schema.json"));
    assert.throws(() => pinImage("image: x\n", version, "sha256:short"), /sha256:<64 hex digits>/);
  });
});

describe("CI workflow", () => {
  it("runs .ci/run on pushes and pull requests", () => {
    const workflow = parse(read(".github/workflows/ci.yml")) as Workflow;
    assert.ok("pull_request" in workflow.on && "push" in workflow.on);
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    assert.ok(steps.some((s) => s.run === ".ci/run"));
    assert.ok(steps.some((s) => s.uses?.startsWith("actions/checkout@")));
    // .ci/run installs with apt-get and dpkg: a Debian machine, as root.
    const job = Object.values(workflow.jobs)[0] as { container?: string };
    assert.match(String(job.container), /^debian:/);
    assert.match(read(".ci/run"), /apt-get install/);
  });
});
