/**
 * The health checks in argocd-cm: each kind's key holds the health.lua this argocd-atlas ships.
 * Argo CD reads the deprecated `resource.customizations` YAML first and lets the per-key
 * `resource.customizations.health.<group>_<Kind>` entries override it (util/settings/settings.go,
 * GetResourceOverrides), so a script is looked for in that order too. Pure.
 */
import { parse } from "yaml";
import { quote } from "../common/errors.js";
import { healthConfigKey, healthKinds, installFilePaths } from "../health/install-files.js";
import { cannotCheck, type Finding, fail, type Lookup, ok, warn } from "./findings.js";
import type { ConfigMap } from "./objects.js";

const legacyKey = "resource.customizations";
const installFix = `install ${installFilePaths.kustomize} (kustomize patch) or ${installFilePaths.helm} (Helm values)`;
const reinstallFix = `reinstall ${installFilePaths.kustomize} (kustomize patch) or ${installFilePaths.helm} (Helm values) from this argocd-atlas`;

/**
 * `expected` maps each argocd-cm key to the current script: healthConfigData(readHealthScripts()).
 */
export function healthCheckFindings(namespace: string, argocdCm: Lookup<ConfigMap>, expected: Readonly<Record<string, string>>): Finding[] {
  const what = `ConfigMap ${namespace}/argocd-cm`;
  if (argocdCm.status === "missing") {
    return [fail(what, "not found, so Argo CD is not installed in this namespace", "pass --argocd-namespace with the namespace Argo CD runs in")];
  }
  if (argocdCm.status !== "found") return [cannotCheck(what, argocdCm, "configmaps", namespace)];
  const data = argocdCm.object.data ?? {};
  const legacy = legacyScripts(data[legacyKey]);
  const findings: Finding[] = [];
  for (const kind of healthKinds) {
    const key = healthConfigKey(kind);
    const want = expected[key];
    if (want === undefined) throw new Error(`no expected script for ${key}`);
    const groupKind = `db.atlasgo.io/${kind}`;
    const [subject, installed] = data[key] !== undefined ? [`argocd-cm ${key}`, data[key]] : [`argocd-cm ${legacyKey} ${groupKind}`, legacy.get(groupKind)];
    if (installed === undefined) {
      findings.push(fail(`argocd-cm ${key}`, `missing, so Argo CD uses its built-in ${kind} check, which reads a stale Ready=True as Healthy`, installFix));
    } else if (normalize(installed) === normalize(want)) {
      findings.push(ok(subject, "current"));
    } else {
      findings.push(warn(subject, `differs from the health.lua of this argocd-atlas (outdated or edited)`, reinstallFix));
    }
    findings.push(...openLibsFindings(kind, data));
  }
  return findings;
}

/** `useOpenLibs` is harmless when false, not needed when true, and breaks every override when not a boolean. */
function openLibsFindings(kind: string, data: Readonly<Record<string, string>>): Finding[] {
  const key = `resource.customizations.useOpenLibs.db.atlasgo.io_${kind}`;
  const value = data[key];
  if (value === undefined) return [];
  const what = `argocd-cm ${key}`;
  // Go's strconv.ParseBool, which Argo CD uses.
  if (["1", "t", "T", "TRUE", "true", "True"].includes(value)) {
    return [warn(what, "set, but the argocd-atlas health checks need no Lua libraries: it only widens what the script may do", `remove ${key}`)];
  }
  if (["0", "f", "F", "FALSE", "false", "False"].includes(value)) return [];
  return [fail(what, `${quote(value)} is not a boolean, so Argo CD fails to load any resource customization`, `remove ${key}`)];
}

/** `health.lua` of each group/kind in the deprecated YAML key; nothing when absent or unreadable. */
function legacyScripts(text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!text) return out;
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return out;
  }
  if (typeof doc !== "object" || doc === null) return out;
  for (const [groupKind, override] of Object.entries(doc as Record<string, unknown>)) {
    const script = (override as { "health.lua"?: unknown } | null)?.["health.lua"];
    if (typeof script === "string") out.set(groupKind, script);
  }
  return out;
}

/** Trailing whitespace of lines and of the text does not change a script. */
function normalize(script: string): string {
  return script
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join("\n")
    .trimEnd();
}
