/**
 * The cluster objects test/doctor.test.ts serves from its stand-in API server, built here for the
 * tests (nothing in this file is copied from another project):
 *
 * - the Atlas Operator's CustomResourceDefinitions, as `GET
 *   /apis/apiextensions.k8s.io/v1/customresourcedefinitions/<name>` returns them: the operator's
 *   own v0.7.37 CRD files (test/fixtures/atlas-operator-crds/) with what the API server adds (uid,
 *   resourceVersion, the conversion default, the status with its Established condition). An
 *   older release's CRD is the v0.7.37 one without the fields that appeared after that release;
 *   src/doctor/crds.ts dates a CRD by exactly those fields;
 * - Argo CD's repo-server Deployment with our sidecar, added by applying the JSON patch of
 *   plugin/kustomize/repo-server-sidecar.yaml, so the fixture follows our install files.
 *
 * When Atlas Operator fields appeared (in the CRDs of its release tags):
 *   v0.7.0   spec.vars, spec.config, spec.configFrom
 *   v0.7.3   spec.backoffLimit, status.failed
 *   v0.7.11  spec.devDB
 *   v0.7.16  status.observedGeneration (both CRDs)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "./run.js";

type Json = Record<string, any>;

export type AtlasMigrationCrdVersion = "v0.7.0" | "v0.7.15" | "v0.7.37";
export type AtlasSchemaCrdVersion = "v0.7.15" | "v0.7.37";

/** The patch version of an Atlas Operator v0.7.x release. */
function patch(version: string): number {
  const match = /^v0\.7\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not an Atlas Operator v0.7.x version: ${version}`);
  return Number(match[1]);
}

// ---- CustomResourceDefinitions --------------------------------------------------------------

const crdDir = join(repoRoot, "test/fixtures/atlas-operator-crds");
const crdFiles = new Map<string, Json>();

/** A CRD file of the operator's v0.7.37 release, read once, a fresh copy on every call. */
function releasedCrd(file: string): Json {
  if (!crdFiles.has(file)) crdFiles.set(file, parse(readFileSync(join(crdDir, file), "utf8")) as Json);
  return structuredClone(crdFiles.get(file)!);
}

/** The AtlasMigration CRD of Atlas Operator `version`, as the API server serves it. */
export function atlasMigrationCrd(version: AtlasMigrationCrdVersion): Json {
  const p = patch(version);
  return served(releasedCrd("db.atlasgo.io_atlasmigrations.yaml"), [
    ...(p < 3 ? ["spec.backoffLimit", "status.failed"] : []),
    ...(p < 11 ? ["spec.devDB"] : []),
    ...(p < 16 ? ["status.observedGeneration"] : []),
  ]);
}

/** The AtlasSchema CRD of Atlas Operator `version`, as the API server serves it. */
export function atlasSchemaCrd(version: AtlasSchemaCrdVersion): Json {
  const p = patch(version);
  return served(releasedCrd("db.atlasgo.io_atlasschemas.yaml"), p < 16 ? ["status.observedGeneration"] : []);
}

/**
 * A released CRD as the API server returns it once applied and accepted, without `removed`
 * (fields of its v1alpha1 schema, as `spec.devDB`).
 */
function served(crd: Json, removed: readonly string[]): Json {
  const version = (crd.spec.versions as Json[]).find((v) => v.name === "v1alpha1");
  if (!version) throw new Error(`${crd.metadata.name}: no v1alpha1 version`);
  for (const field of removed) {
    const [top, name] = field.split(".");
    const properties = version.schema.openAPIV3Schema.properties[top!]?.properties;
    if (!properties?.[name!]) throw new Error(`${crd.metadata.name}: no field ${field} to remove`);
    delete properties[name!];
  }
  const singular = crd.spec.names.singular as string;
  crd.metadata = { ...crd.metadata, uid: `uid-crd-${singular}`, resourceVersion: "2000", generation: 1, creationTimestamp: "2025-01-06T09:00:00Z" };
  crd.spec.conversion ??= { strategy: "None" };
  crd.status = {
    acceptedNames: { ...crd.spec.names },
    // The conditions the API server sets on a CRD it accepted; tests index them (1: Established).
    conditions: [
      { type: "NamesAccepted", status: "True", reason: "NoConflicts", lastTransitionTime: "2025-01-06T09:00:00Z" },
      { type: "Established", status: "True", reason: "InitialNamesAccepted", lastTransitionTime: "2025-01-06T09:00:00Z" },
    ],
    storedVersions: (crd.spec.versions as Json[]).filter((v) => v.storage).map((v) => v.name),
  };
  return crd;
}

// ---- the repo-server Deployment -----------------------------------------------------------

const argocdImage = "quay.io/argoproj/argocd:v3.5.1";
const sidecarPatchFile = join(repoRoot, "plugin/kustomize/repo-server-sidecar.yaml");

/**
 * Deployment argocd/argocd-repo-server as the API server returns it, written for these tests:
 * the repo-server container with its /tmp and the plugins socket directory, the init container
 * that fills var-files with Argo CD's CMP server binary, and those volumes; then the argocd-atlas
 * sidecar and its volumes, added by the JSON patch of plugin/kustomize/repo-server-sidecar.yaml.
 * Built anew on every call, so a test may change it in place.
 */
export function repoServerDeployment(): Json {
  const labels = { "app.kubernetes.io/name": "argocd-repo-server", "app.kubernetes.io/part-of": "argocd", "app.kubernetes.io/component": "repo-server" };
  const deployment: Json = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: "argocd-repo-server",
      namespace: "argocd",
      uid: "uid-argocd-argocd-repo-server",
      resourceVersion: "3000",
      generation: 2,
      creationTimestamp: "2025-01-06T10:00:00Z",
      labels,
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { "app.kubernetes.io/name": "argocd-repo-server" } },
      template: {
        metadata: { labels: { "app.kubernetes.io/name": "argocd-repo-server" } },
        spec: {
          serviceAccountName: "argocd-repo-server",
          automountServiceAccountToken: false,
          initContainers: [{ name: "copyutil", image: argocdImage, volumeMounts: [{ name: "var-files", mountPath: "/var/run/argocd" }] }],
          containers: [
            {
              name: "argocd-repo-server",
              image: argocdImage,
              args: ["/usr/local/bin/argocd-repo-server"],
              volumeMounts: [
                { name: "tmp", mountPath: "/tmp" },
                { name: "plugins", mountPath: "/home/argocd/cmp-server/plugins" },
              ],
            },
          ],
          volumes: [
            { name: "var-files", emptyDir: {} },
            { name: "plugins", emptyDir: {} },
            { name: "tmp", emptyDir: {} },
          ],
        },
      },
    },
    status: { replicas: 1, readyReplicas: 1, availableReplicas: 1 },
  };
  applyJsonPatch(deployment, parse(readFileSync(sidecarPatchFile, "utf8")) as unknown, sidecarPatchFile);
  return deployment;
}

/** Applies the `add` operations of a JSON patch (RFC 6902), the only ones our install files use. */
function applyJsonPatch(document: Json, operations: unknown, source: string): void {
  if (!Array.isArray(operations)) throw new Error(`${source}: not a JSON patch (a list of operations)`);
  for (const operation of operations as Json[]) {
    if (operation.op !== "add" || typeof operation.path !== "string") {
      throw new Error(`${source}: unsupported operation ${JSON.stringify({ op: operation.op, path: operation.path })}`);
    }
    const tokens = operation.path
      .split("/")
      .slice(1)
      .map((t: string) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
    const last = tokens.pop();
    if (last === undefined) throw new Error(`${source}: cannot add at the document root`);
    let parent: any = document;
    for (const token of tokens) {
      parent = Array.isArray(parent) ? parent[Number(token)] : parent?.[token];
      if (parent === undefined) throw new Error(`${source}: path ${operation.path} does not exist`);
    }
    const value = structuredClone(operation.value);
    if (Array.isArray(parent)) {
      const index = last === "-" ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length) throw new Error(`${source}: bad index in ${operation.path}`);
      parent.splice(index, 0, value);
    } else {
      parent[last] = value;
    }
  }
}
