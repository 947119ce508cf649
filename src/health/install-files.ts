/**
 * The Argo CD health checks for Atlas Operator resources ship as Lua scripts in
 * `lua-health/db.atlasgo.io/<Kind>/health.lua`. This module names the argocd-cm keys they are installed
 * under and renders the install files generated from them: a strategic-merge patch of argocd-cm for
 * kustomize and values for the argo-cd Helm chart. Rendering is pure; reading the shipped scripts is
 * the only I/O, and nothing runs at import time.
 */
import { readFileSync } from "node:fs";
import { packageRoot } from "../common/package-root.js";

/** The kinds with a health check, in the order they appear in the install files. */
export const healthKinds = ["AtlasMigration", "AtlasSchema"] as const;
export type HealthKind = (typeof healthKinds)[number];

/** The text of each kind's health.lua. */
export type HealthScripts = Readonly<Record<HealthKind, string>>;

const group = "db.atlasgo.io";

/** Where a kind's script lives, relative to the package root. */
export function healthScriptPath(kind: HealthKind): string {
  return `lua-health/${group}/${kind}/health.lua`;
}

/** The argocd-cm data key Argo CD reads a kind's health check from. */
export function healthConfigKey(kind: HealthKind): string {
  return `resource.customizations.health.${group}_${kind}`;
}

/** The argocd-cm data entries that install the scripts (key to script text), e.g. to compare with a cluster. */
export function healthConfigData(scripts: HealthScripts): Record<string, string> {
  const data: Record<string, string> = {};
  for (const kind of healthKinds) {
    data[healthConfigKey(kind)] = scripts[kind];
  }
  return data;
}

/** The generated install files, relative to the package root. */
export const installFilePaths = {
  kustomize: "lua-health/install/argocd-cm-health.yaml",
  helm: "lua-health/install/helm-values.yaml",
} as const;

export interface InstallFile {
  /** Relative to the package root. */
  readonly path: string;
  readonly text: string;
}

/**
 * Renders the install files for the given scripts. Each script becomes a YAML literal block (`|`), so the
 * files stay readable and diff line by line. Throws when a script cannot be written as one (it must end
 * with exactly one newline, contain no carriage return and not start with whitespace).
 */
export function renderInstallFiles(scripts: HealthScripts): InstallFile[] {
  const problems = healthKinds.flatMap((kind) => literalBlockProblems(scripts[kind]).map((problem) => `${healthScriptPath(kind)}: ${problem}`));
  if (problems.length > 0) {
    throw new Error(`cannot render the health install files:\n  ${problems.join("\n  ")}`);
  }
  const header = (purpose: string[]): string =>
    [`# Generated from lua-health/${group}/*/health.lua; do not edit.`, "# Regenerate with `npm run gen`.", ...purpose.map((line) => `# ${line}`)].join("\n") +
    "\n";
  const entries = (indent: string): string =>
    healthKinds.map((kind) => `${indent}${healthConfigKey(kind)}: ${literalBlock(scripts[kind], `${indent}  `)}`).join("");

  const kustomize =
    header([
      "Argo CD health checks for Atlas Operator AtlasMigration and AtlasSchema resources, as a",
      "strategic-merge patch of argocd-cm for the kustomization that installs Argo CD. List it with a",
      "target, which matches argocd-cm whatever namespace the kustomization sets:",
      "  patches:",
      "    - path: argocd-cm-health.yaml",
      "      target: {kind: ConfigMap, name: argocd-cm}",
    ]) +
    [
      "apiVersion: v1",
      "kind: ConfigMap",
      "metadata:",
      "  name: argocd-cm",
      "  namespace: argocd",
      "  labels:",
      "    app.kubernetes.io/name: argocd-cm",
      "    app.kubernetes.io/part-of: argocd",
      "data:",
    ].join("\n") +
    "\n" +
    entries("  ");

  const helm =
    header([
      "Argo CD health checks for Atlas Operator AtlasMigration and AtlasSchema resources, as values",
      "for the argo-cd Helm chart: pass this file with --values (-f) next to your own values.",
    ]) +
    "configs:\n  cm:\n" +
    entries("    ");

  return [
    { path: installFilePaths.kustomize, text: kustomize },
    { path: installFilePaths.helm, text: helm },
  ];
}

function literalBlockProblems(script: string): string[] {
  const problems: string[] = [];
  if (!script.endsWith("\n") || script.endsWith("\n\n")) {
    problems.push("must end with exactly one newline");
  }
  if (script.includes("\r")) {
    problems.push("must not contain carriage returns");
  }
  if (/^\s/.test(script)) {
    problems.push("must not start with whitespace");
  }
  return problems;
}

/** `|` and the script's lines indented by `indent`; blank lines stay empty. */
function literalBlock(script: string, indent: string): string {
  const lines = script.slice(0, -1).split("\n");
  return `|\n${lines.map((line) => (line === "" ? "\n" : `${indent}${line}\n`)).join("")}`;
}

/** Reads the shipped health.lua scripts. */
export function readHealthScripts(root: URL = packageRoot()): HealthScripts {
  const read = (kind: HealthKind): string => readFileSync(new URL(healthScriptPath(kind), root), "utf8");
  return { AtlasMigration: read("AtlasMigration"), AtlasSchema: read("AtlasSchema") };
}
