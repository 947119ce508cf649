/**
 * The Atlas Operator's CRDs: installed, serving v1alpha1, and recent enough. What a CRD's schema
 * lacks, the API server prunes from every object it stores, so the CRD (not the operator's
 * image) decides which spec fields of ours survive and whether the operator's
 * `status.observedGeneration` reaches the health check. Pure.
 */
import { operatorRelease } from "../project/fields.js";
import { atlasMigrationSchema } from "../render/output-schemas.js";
import { cannotCheck, type Finding, fail, type Lookup, ok, warn } from "./findings.js";

export const crdVersion = "v1alpha1";
export const atlasMigrationCrd = "atlasmigrations.db.atlasgo.io";
export const atlasSchemaCrd = "atlasschemas.db.atlasgo.io";

/** The parts of a CustomResourceDefinition read here (as the API server returns it). */
export interface CustomResourceDefinition {
  spec?: { versions?: ReadonlyArray<{ name?: string; served?: boolean; schema?: { openAPIV3Schema?: unknown } }> };
  status?: { conditions?: ReadonlyArray<{ type?: string; status?: string }> };
}

/**
 * Fields that date an AtlasMigration CRD, newest first, read from the CRDs of ariga/atlas-operator's
 * tags (config/crd/bases/db.atlasgo.io_atlasmigrations.yaml): each appeared in the release named.
 */
export const atlasMigrationEras: ReadonlyArray<{ field: string; era: string }> = [
  { field: "status.observedGeneration", era: "v0.7.16 or later" },
  { field: "spec.devDB", era: "v0.7.11 to v0.7.15" },
  { field: "spec.backoffLimit", era: "v0.7.3 to v0.7.10" },
  { field: "spec.vars", era: "v0.7.0 to v0.7.2" },
];

/** The operator version whose CRD argocd-atlas renders for (src/render/output-schemas.ts). */
const targetOperator = operatorRelease;
const installFix =
  "install the Atlas Operator: helm install atlas-operator oci://ghcr.io/ariga/charts/atlas-operator --namespace atlas-operator --create-namespace";
const upgradeFix = (to: string) => `upgrade the Atlas Operator and its CRDs (to ${to} or later)`;

export function atlasMigrationCrdFindings(lookup: Lookup<CustomResourceDefinition>): Finding[] {
  const what = `CRD ${atlasMigrationCrd}`;
  if (lookup.status === "missing") {
    return [fail(what, "not installed, so Argo CD cannot apply an AtlasMigration", installFix)];
  }
  if (lookup.status !== "found") return [cannotCheck(what, lookup, "customresourcedefinitions")];
  const served = servedSchema(what, lookup.object);
  if ("problem" in served) return [served.problem];

  const fields = fieldPaths(served.schema);
  const era = atlasMigrationEras.find((m) => fields.has(m.field))?.era ?? "before v0.7.0";
  const findings: Finding[] = [];
  const pruned = missingFields(fieldPaths(atlasMigrationSchema, atlasMigrationSchema), fields, openPaths(served.schema)).filter((f) => f.startsWith("spec."));
  if (pruned.length > 0) {
    findings.push(
      warn(
        what,
        `lacks ${pruned.join(", ")} (a CRD of Atlas Operator ${era}): the API server drops ${pruned.length === 1 ? "this field" : "these fields"} from the AtlasMigrations argocd-atlas renders`,
        upgradeFix(targetOperator),
      ),
    );
  }
  if (!fields.has("status.observedGeneration")) {
    findings.push(staleStatusWarning(what, `a CRD of Atlas Operator ${era}`));
  }
  return findings.length > 0 ? findings : [ok(what, `${crdVersion}, fields of Atlas Operator ${era}`)];
}

export function atlasSchemaCrdFindings(lookup: Lookup<CustomResourceDefinition>): Finding[] {
  const what = `CRD ${atlasSchemaCrd}`;
  if (lookup.status === "missing") {
    return [
      warn(
        what,
        "not installed: argocd-atlas renders no AtlasSchema, but every Atlas Operator install has this CRD",
        `reinstall the Atlas Operator (${installFix.replace(/^install the Atlas Operator: /, "")})`,
      ),
    ];
  }
  if (lookup.status !== "found") return [cannotCheck(what, lookup, "customresourcedefinitions")];
  const served = servedSchema(what, lookup.object);
  if ("problem" in served) return [served.problem];
  if (!fieldPaths(served.schema).has("status.observedGeneration")) {
    return [staleStatusWarning(what, "a CRD of Atlas Operator before v0.7.16")];
  }
  return [ok(what, `${crdVersion}, with status.observedGeneration`)];
}

function staleStatusWarning(what: string, era: string): Finding {
  return warn(
    what,
    `no status.observedGeneration (${era}): the health check cannot tell a stale Ready=True from a current one, so the next sync wave may start before a migration ran`,
    upgradeFix("v0.7.16"),
  );
}

function servedSchema(what: string, crd: CustomResourceDefinition): { schema: unknown } | { problem: Finding } {
  const versions = crd.spec?.versions ?? [];
  const version = versions.find((v) => v.name === crdVersion);
  if (version?.served !== true) {
    const others = versions.filter((v) => v.served === true).map((v) => v.name ?? "?");
    return {
      problem: fail(
        what,
        `does not serve ${crdVersion} (it serves ${others.length > 0 ? others.join(", ") : "no version"})`,
        `install an Atlas Operator whose CRDs serve db.atlasgo.io/${crdVersion} (${targetOperator})`,
      ),
    };
  }
  const established = crd.status?.conditions?.find((c) => c.type === "Established");
  if (established && established.status !== "True") {
    return { problem: fail(what, "not Established: the API server does not serve it yet", `see why: kubectl describe crd ${what.replace(/^CRD /, "")}`) };
  }
  return { schema: version.schema?.openAPIV3Schema };
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Every field a schema defines, as `spec.dir.remote.tag` or `spec.vars[].key`. `root` resolves
 * `$ref`s of the form `#/definitions/<name>` (our own schemas use them; served CRDs do not).
 */
function fieldPaths(schema: unknown, root?: Json): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown, prefix: string) => {
    const n = deref(node, root);
    if (!n) return;
    if (isObject(n.properties)) {
      for (const [key, child] of Object.entries(n.properties)) {
        const path = prefix === "" ? key : `${prefix}.${key}`;
        out.add(path);
        walk(child, path);
      }
    }
    if (isObject(n.items)) walk(n.items, `${prefix}[]`);
  };
  walk(schema, "");
  return out;
}

/** Fields below which a CRD keeps any key: maps (additionalProperties) and preserve-unknown-fields. */
function openPaths(schema: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (node: unknown, prefix: string) => {
    if (!isObject(node)) return;
    // The Kubernetes client's typed model renames the x- extension; a raw object keeps it.
    const preserve = node["x-kubernetes-preserve-unknown-fields"] ?? node.xKubernetesPreserveUnknownFields;
    if (preserve === true || (node.additionalProperties !== undefined && node.additionalProperties !== false)) out.add(prefix);
    if (isObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, prefix === "" ? key : `${prefix}.${key}`);
    }
    if (isObject(node.items)) walk(node.items, `${prefix}[]`);
  };
  walk(schema, "");
  return out;
}

/** Our fields the CRD lacks, only the outermost of each missing branch, in our schema's order. */
function missingFields(ours: Set<string>, theirs: Set<string>, open: Set<string>): string[] {
  const missing: string[] = [];
  const under = (path: string, ancestor: string) => ancestor === "" || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[]`);
  for (const path of ours) {
    if (theirs.has(path)) continue;
    if (missing.some((m) => under(path, m))) continue;
    if ([...open].some((o) => under(path, o))) continue;
    missing.push(path);
  }
  return missing;
}

function deref(node: unknown, root: Json | undefined): Json | undefined {
  if (!isObject(node)) return undefined;
  const ref = node.$ref;
  if (typeof ref !== "string" || !root) return node;
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
  const definitions = root.definitions;
  const target = name !== undefined && isObject(definitions) ? definitions[name] : undefined;
  if (!isObject(target)) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}
