/**
 * The Secrets and ConfigMaps an environment's AtlasMigrations reference, and whether each exists
 * in the cluster with the keys asked for (where a field references what: the settings table's
 * `references`, src/project/fields.ts). A Secret is looked at only for the names of its keys. Pure.
 */

import { type SettingField, specFields } from "../project/fields.js";
import type { Manifest } from "../render/manifests.js";
import { cannotCheck, type Finding, fail, type Lookup, ok, patchSecretCommand, warn } from "./findings.js";
import type { SecretKeys } from "./objects.js";

export interface Reference {
  kind: "Secret" | "ConfigMap";
  namespace: string;
  name: string;
  /** Keys that must exist, in the order first asked for. */
  keys: string[];
  /** A ConfigMap holding a migration directory (it needs atlas.sum). */
  migrationDir: boolean;
  /** Who asks, e.g. `AtlasMigration app spec.urlFrom`. */
  usedBy: string[];
}

type Json = Record<string, unknown>;

/** Every reference of the AtlasMigrations, one per object, in the order first met. */
export function collectReferences(manifests: readonly Manifest[], fields: readonly SettingField[] = specFields): Reference[] {
  const refs = new Map<string, Reference>();
  const rendered = new Set(manifests.filter((m) => m.kind === "ConfigMap").map((m) => `${m.metadata.namespace ?? ""}/${m.metadata.name}`));
  const add = (kind: Reference["kind"], namespace: string, name: unknown, key: unknown, usedBy: string, migrationDir = false) => {
    if (typeof name !== "string" || name === "") return;
    const id = `${kind}/${namespace}/${name}`;
    let ref = refs.get(id);
    if (!ref) {
      ref = { kind, namespace, name, keys: [], migrationDir: false, usedBy: [] };
      refs.set(id, ref);
    }
    if (typeof key === "string" && !ref.keys.includes(key)) ref.keys.push(key);
    if (migrationDir) ref.migrationDir = true;
    if (!ref.usedBy.includes(usedBy)) ref.usedBy.push(usedBy);
  };
  for (const m of manifests) {
    if (m.kind !== "AtlasMigration") continue;
    const namespace = m.metadata.namespace ?? "default";
    const spec = (m.spec ?? {}) as Json;
    const by = (field: string) => `AtlasMigration ${m.metadata.name} spec.${field}`;
    // In the order the renderer writes the fields: the settings table's.
    for (const field of fields) {
      for (const site of field.references?.(spec[field.key] as never) ?? []) {
        // A ConfigMap this render prints itself needs no check in the cluster.
        if (site.migrationDir && rendered.has(`${namespace}/${String(site.name)}`)) continue;
        add(site.kind, namespace, site.name, site.key, by(site.at), site.migrationDir);
      }
    }
  }
  return [...refs.values()];
}

/** The keys needed: a migration directory also needs its atlas.sum. */
function neededKeys(ref: Reference): string[] {
  return ref.migrationDir && !ref.keys.includes("atlas.sum") ? [...ref.keys, "atlas.sum"] : ref.keys;
}

/**
 * One finding per reference, except that the references nobody may read are summed up in one
 * warning per kind and namespace.
 */
export function referenceFindings(refs: readonly Reference[], lookups: ReadonlyMap<Reference, Lookup<SecretKeys>>): Finding[] {
  const findings: Finding[] = [];
  const forbidden = new Map<string, Reference[]>();
  for (const ref of refs) {
    const lookup = lookups.get(ref) ?? { status: "failed", code: 0 };
    const what = `${ref.kind} ${ref.namespace}/${ref.name}`;
    const keys = neededKeys(ref);
    const users = ref.usedBy.join(", ");
    if (lookup.status === "forbidden") {
      const group = `${ref.kind}\u0000${ref.namespace}`;
      forbidden.set(group, [...(forbidden.get(group) ?? []), ref]);
      continue;
    }
    if (lookup.status === "failed") {
      findings.push(cannotCheck(what, lookup, resource(ref), ref.namespace));
      continue;
    }
    if (lookup.status === "missing") {
      findings.push(fail(what, `not found (for ${users})`, createCommand(ref, keys)));
      continue;
    }
    const missing = keys.filter((k) => !lookup.object.keys.includes(k));
    if (missing.length > 0) {
      findings.push(fail(what, `no key ${missing.join(", ")} (for ${users})`, addKeysCommand(ref, missing)));
    } else {
      findings.push(ok(what, keys.length === 0 ? "exists" : `has ${keys.join(", ")}`));
    }
  }
  for (const group of forbidden.values()) {
    const { kind, namespace } = group[0]!;
    const names = group.map((r) => r.name);
    const res = resource(group[0]!);
    findings.push(
      warn(
        `${kind} ${namespace}/${names.join(", ")}`,
        `cannot check: no permission to get ${res} in ${namespace}`,
        `run doctor with a user who may, or look yourself: kubectl -n ${namespace} describe ${kind.toLowerCase()} ${names.join(" ")}`,
      ),
    );
  }
  return findings;
}

function resource(ref: Reference): string {
  return ref.kind === "Secret" ? "secrets" : "configmaps";
}

function createCommand(ref: Reference, keys: readonly string[]): string {
  if (ref.kind === "Secret") {
    return `kubectl -n ${ref.namespace} create secret generic ${ref.name} ${keys.map((k) => `--from-literal=${k}=...`).join(" ")}`;
  }
  if (ref.migrationDir) {
    return `kubectl -n ${ref.namespace} create configmap ${ref.name} --from-file=<migration directory with *.sql and atlas.sum>`;
  }
  return `kubectl -n ${ref.namespace} create configmap ${ref.name} ${keys.map((k) => `--from-literal=${k}=...`).join(" ")}`;
}

function addKeysCommand(ref: Reference, keys: readonly string[]): string {
  if (ref.kind === "Secret") return patchSecretCommand(ref.namespace, ref.name, keys);
  if (ref.migrationDir && keys.includes("atlas.sum")) {
    return `run atlas migrate hash in the migration directory and recreate ConfigMap ${ref.name} from it`;
  }
  const data = Object.fromEntries(keys.map((k) => [k, "..."]));
  return `kubectl -n ${ref.namespace} patch configmap ${ref.name} --type merge -p '${JSON.stringify({ data })}'`;
}
