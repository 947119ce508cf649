/**
 * The cluster objects test/doctor.test.ts serves from its stand-in API server, built here for the
 * tests (nothing in this file is copied from another project):
 *
 * - the Atlas Operator's CustomResourceDefinitions, as `GET
 *   /apis/apiextensions.k8s.io/v1/customresourcedefinitions/<name>` returns them, with the parts
 *   src/doctor/crds.ts reads: the served v1alpha1 version and its openAPIV3Schema, and the
 *   Established condition. The AtlasMigration spec is derived from our own atlasMigrationSchema
 *   (src/manifest-schemas.ts), then dated by the fields each operator release added;
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
import { atlasMigrationSchema } from "../src/manifest-schemas.js";
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

/** The AtlasMigration CRD of Atlas Operator `version`, as the API server serves it. */
export function atlasMigrationCrd(version: AtlasMigrationCrdVersion): Json {
  const p = patch(version);
  const ours = atlasMigrationSchema.properties.spec;
  const spec = structural(ours, atlasMigrationSchema.definitions);
  if (p < 3) delete spec.properties.backoffLimit;
  else spec.properties.backoffLimit.default = 20;
  // The dev database's pod (its PodSpec cut to its type): our schema leaves it out, as we never render it.
  if (p >= 11) spec.properties.devDB = { type: "object", properties: { spec: { type: "object" } } };
  spec.properties = sortedKeys(spec.properties);

  const status: Json = {
    type: "object",
    properties: {
      conditions: conditionsSchema(),
      observed_hash: { type: "string" },
      lastApplied: { type: "integer", format: "int64" },
      lastAppliedVersion: { type: "string" },
      lastDeploymentUrl: { type: "string" },
      approvalUrl: { type: "string" },
      ...(p >= 3 && { failed: { type: "integer", default: 0 } }),
      ...(p >= 16 && { observedGeneration: { type: "integer", format: "int64" } }),
    },
  };
  return customResourceDefinition("AtlasMigration", spec, status);
}

/**
 * The AtlasSchema CRD of Atlas Operator `version`. Doctor only looks for its
 * status.observedGeneration, so the spec holds a handful of its fields, cut to their types.
 */
export function atlasSchemaCrd(version: AtlasSchemaCrdVersion): Json {
  const p = patch(version);
  const secretSource = () => ({ type: "object", properties: { secretKeyRef: keySelectorSchema() } });
  const spec: Json = {
    type: "object",
    properties: sortedKeys({
      url: { type: "string" },
      urlFrom: secretSource(),
      schema: {
        type: "object",
        properties: {
          sql: { type: "string" },
          hcl: { type: "string" },
          url: { type: "string" },
          configMapKeyRef: keySelectorSchema(),
        },
      },
      schemas: { type: "array", items: { type: "string" } },
      exclude: { type: "array", items: { type: "string" } },
      devURL: { type: "string" },
      devURLFrom: secretSource(),
      txMode: { type: "string", enum: ["file", "all", "none"], default: "file" },
      cloud: { type: "object", properties: { repo: { type: "string" }, tokenFrom: secretSource() } },
      policy: { type: "object", properties: { lint: { type: "object" }, diff: { type: "object" } } },
      backoffLimit: { type: "integer", default: 20 },
      devDB: { type: "object", properties: { spec: { type: "object" } } },
    }),
  };
  const status: Json = {
    type: "object",
    properties: {
      conditions: conditionsSchema(),
      observed_hash: { type: "string" },
      last_applied: { type: "integer", format: "int64" },
      planURL: { type: "string" },
      planLink: { type: "string" },
      failed: { type: "integer", default: 0 },
      ...(p >= 16 && { observedGeneration: { type: "integer", format: "int64" } }),
    },
  };
  return customResourceDefinition("AtlasSchema", spec, status);
}

/** A namespaced db.atlasgo.io CRD with one version, v1alpha1 (served and stored), Established. */
function customResourceDefinition(kind: string, spec: Json, status: Json): Json {
  const singular = kind.toLowerCase();
  const names = { kind, listKind: `${kind}List`, plural: `${singular}s`, singular };
  const name = `${names.plural}.db.atlasgo.io`;
  return {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name, uid: `uid-crd-${singular}`, resourceVersion: "2000", generation: 1, creationTimestamp: "2025-01-06T09:00:00Z" },
    spec: {
      group: "db.atlasgo.io",
      names,
      scope: "Namespaced",
      versions: [
        {
          name: "v1alpha1",
          served: true,
          storage: true,
          subresources: { status: {} },
          schema: {
            openAPIV3Schema: {
              type: "object",
              properties: {
                apiVersion: { type: "string" },
                kind: { type: "string" },
                metadata: { type: "object" },
                spec,
                status,
              },
            },
          },
        },
      ],
      conversion: { strategy: "None" },
    },
    status: {
      acceptedNames: names,
      // The conditions the API server sets on a CRD it accepted; tests index them (1: Established).
      conditions: [
        { type: "NamesAccepted", status: "True", reason: "NoConflicts", lastTransitionTime: "2025-01-06T09:00:00Z" },
        { type: "Established", status: "True", reason: "InitialNamesAccepted", lastTransitionTime: "2025-01-06T09:00:00Z" },
      ],
      storedVersions: ["v1alpha1"],
    },
  };
}

function keySelectorSchema(): Json {
  return { type: "object", required: ["key"], properties: { key: { type: "string" }, name: { type: "string" }, optional: { type: "boolean" } } };
}

/** status.conditions: a list of metav1.Condition. */
function conditionsSchema(): Json {
  return {
    type: "array",
    items: {
      type: "object",
      required: ["lastTransitionTime", "message", "reason", "status", "type"],
      properties: {
        lastTransitionTime: { type: "string", format: "date-time" },
        message: { type: "string" },
        observedGeneration: { type: "integer", format: "int64" },
        reason: { type: "string" },
        status: { type: "string", enum: ["True", "False", "Unknown"] },
        type: { type: "string" },
      },
    },
  };
}

/**
 * A JSON Schema of ours in the structural form of a CRD schema: `$ref`s inlined, every node
 * typed, `additionalProperties` only as the schema of a map's values, and none of our own
 * validation (patterns, lengths), which the operator's CRDs do not have.
 */
function structural(node: unknown, definitions: Readonly<Record<string, unknown>>): Json {
  const n = node as Json;
  if (typeof n.$ref === "string") {
    const name = /^#\/definitions\/(.+)$/.exec(n.$ref)?.[1];
    const target = name === undefined ? undefined : definitions[name];
    if (target === undefined) throw new Error(`unresolvable $ref ${n.$ref}`);
    return structural(target, definitions);
  }
  const out: Json = {};
  if (n.type !== undefined) out.type = n.type;
  else if (Array.isArray(n.enum) && n.enum.every((v: unknown) => typeof v === "string")) out.type = "string";
  else throw new Error(`schema without a type: ${JSON.stringify(n)}`);
  if (n.enum !== undefined) out.enum = [...n.enum];
  if (n.required !== undefined) out.required = [...n.required];
  if (n.properties !== undefined) {
    out.properties = sortedKeys(Object.fromEntries(Object.entries(n.properties as Json).map(([k, v]) => [k, structural(v, definitions)])));
  }
  if (n.items !== undefined) out.items = structural(n.items, definitions);
  if (typeof n.additionalProperties === "object" && n.additionalProperties !== null) {
    out.additionalProperties = structural(n.additionalProperties, definitions);
  }
  return out;
}

/** Properties in alphabetical order, as the operator's generated CRDs list them. */
function sortedKeys(object: Json): Json {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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
