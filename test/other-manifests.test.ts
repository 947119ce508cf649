/**
 * Which files next to atlas.project.yaml count as manifests Argo CD would otherwise render: the
 * files a directory source picks, as Argo CD picks them.
 */
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { otherManifests } from "../src/other-manifests.js";
import { tempRepo } from "./run.js";

const deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop}\n";

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
      "linked-target/svc.yaml": deployment,
      // Not rendered by Argo CD, or not manifests:
      "upper.YAML": deployment,
      "schema.json": JSON.stringify({ properties: { apiVersion: { type: "string" }, kind: { type: "string" } } }),
      "values.yaml": "replicas: 3\n",
      "skipped.yaml": `# +argocd:skip-file-rendering\n${deployment}`,
      "notes.txt": deployment,
      "sub/deployment.yaml": deployment,
    });
    try {
      symlinkSync(join(repo.dir, "linked-target/svc.yaml"), join(repo.dir, "linked.yaml"));
      assert.deepEqual(otherManifests(repo.dir), ["Kustomization", "app.jsonnet", "big.yaml", "bom.yml", "deployment.yaml", "linked.yaml", "service.json"]);
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
});
