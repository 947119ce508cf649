/**
 * Files generated from their single source: from the schemas in src/, the published editor
 * schema, the TypeScript types of atlas.project.yaml and the validators compiled ahead of time
 * (so the render path never loads or compiles a JSON Schema library at start-up); plugin.yaml
 * from the parameter table; the health checks and their install files from lua-health/src/; the
 * notification install files from src/health/notifications.ts; the sections of README.md and
 * docs/ that come from a schema or table; the release version (package.json) in every file that
 * names it (scripts/release.ts).
 *
 * `npm run gen` writes them; test/generated-files.test.ts fails when a committed file drifts.
 */

import { readFileSync } from "node:fs";
import AjvModule from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { stringify } from "yaml";
import { pluginName } from "../src/argocd/plugin-inputs.js";
import { packageRoot } from "../src/common/package-root.js";
import { healthKinds, healthScriptPath, installFilePaths, renderInstallFiles } from "../src/health/install-files.js";
import { notificationInstallPaths, renderNotificationInstallFiles } from "../src/health/notifications.js";
import { readScriptSources, renderHealthScripts } from "../src/health/script-sources.js";
import { projectFileName, projectSchema } from "../src/project/schema.js";
import { atlasMigrationSchema, configMapSchema } from "../src/render/output-schemas.js";
import { fillGenerated } from "./readme-sections.js";
import { packageJsonVersion, projectSchemaUrl, releaseModule, stampVersion, versionedFiles } from "./release.js";
import { schemaToTypeScript } from "./schema-to-typescript.js";

const header = (from: string) => `// Generated from ${from} by \`npm run gen\`. Do not edit.\n`;

/** Documentation with generated sections (markers: scripts/readme-sections.ts). */
export const documentsWithSections = ["README.md", "docs/project-file.md", "docs/applications.md", "docs/cli.md"] as const;

export function generatedFiles(): Map<string, string> {
  const healthScripts = renderHealthScripts(readScriptSources());
  const healthFiles = renderInstallFiles(healthScripts);
  const notificationFiles = renderNotificationInstallFiles();
  const notificationFile = (path: string): string => notificationFiles.find((f) => f.path === path)!.text;
  const root = packageRoot();
  const version = packageJsonVersion(root);
  const read = (path: string) => readFileSync(new URL(path, root), "utf8");
  // The $id of this version, also when src/generated/release.ts (which projectSchema reads) is
  // being rewritten by this very run.
  const schema = { ...projectSchema, $id: projectSchemaUrl(version) };
  const documents = new Map<string, string>();
  for (const path of documentsWithSections) documents.set(path, fillGenerated(read(path)));
  for (const path of versionedFiles) documents.set(path, stampVersion(documents.get(path) ?? read(path), version));
  return new Map([
    ["src/generated/release.ts", releaseModule(version)],
    ["schema/atlas.project.schema.json", `${JSON.stringify(schema, null, 2)}\n`],
    ["src/generated/project-types.ts", header("src/project/schema.ts") + schemaToTypeScript(schema, "Project")],
    ["src/generated/validate-project.ts", compileValidators({ validateProject: schema }, true, "src/project/schema.ts")],
    [
      "src/generated/validate-manifests.ts",
      compileValidators({ validateAtlasMigration: atlasMigrationSchema, validateConfigMap: configMapSchema }, false, "src/render/output-schemas.ts"),
    ],
    ["plugin.yaml", pluginYaml()],
    ...healthKinds.map((kind): [string, string] => [healthScriptPath(kind), healthScripts[kind]]),
    ...healthFiles.map((f): [string, string] => [f.path, f.text]),
    // The install overlay carries its own copy: kustomize reads no file outside its directory.
    ["plugin/kustomize/argocd-cm-health.yaml", healthFiles.find((f) => f.path === installFilePaths.kustomize)!.text],
    ...notificationFiles.map((f): [string, string] => [f.path, f.text]),
    ["plugin/kustomize/argocd-notifications-cm.yaml", notificationFile(notificationInstallPaths.kustomize)],
    ["plugin/kustomize/argocd-cmd-params-cm.yaml", notificationFile(notificationInstallPaths.kustomizeParams)],
    ...documents,
  ]);
}

/** The CMP v2 plugin definition; commands are exec'd directly, no shell. */
function pluginYaml(): string {
  const plugin = {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ConfigManagementPlugin",
    metadata: { name: pluginName },
    spec: {
      generate: { command: ["argocd-atlas", "generate"] },
      discover: { fileName: projectFileName },
      // Only the dynamic announcements (`parameters`, from parameterSpecs): Argo CD puts them
      // before static ones, and the UI shows the first of a name, so a static twin is noise.
      parameters: { dynamic: { command: ["argocd-atlas", "parameters"] } },
    },
  };
  return `# ${header("scripts/generated-files.ts and src/argocd/plugin-inputs.ts").slice(3)}${stringify(plugin, { lineWidth: 0 })}`;
}

const validatorOptions = {
  strict: true,
  // Messages come from schema-problems.ts, not from the validator.
  messages: false,
  // Count string lengths in UTF-16 code units, so the compiled code needs no runtime helper.
  unicode: false,
  logger: false,
  code: { source: true, esm: true, lines: true },
  // One function per definition instead of a copy at every use: a smaller file to load.
  inlineRefs: false,
} as const;

/** The schema without what only people read (descriptions, titles), which the compiled code would carry along. */
function withoutDocs(schema: object): object {
  const strip = (node: unknown, isSchema: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => strip(item, isSchema));
    if (node === null || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !isSchema || (key !== "description" && key !== "title"))
        // Under properties/definitions the keys are names, not keywords; enum/const hold values.
        .map(([key, value]) => [key, key === "enum" || key === "const" ? value : strip(value, !(isSchema && (key === "properties" || key === "definitions")))]),
    );
  };
  return strip(schema, true) as object;
}

/**
 * Standalone validator code. The project file gets every problem at once (allErrors); the
 * rendered objects are a last gate, where the first problem is enough and the code is smaller.
 */
function compileValidators(schemas: Record<string, object>, allErrors: boolean, from: string): string {
  const ajv = new AjvModule.default({ ...validatorOptions, allErrors });
  for (const [name, schema] of Object.entries(schemas)) ajv.addSchema(withoutDocs(schema), name);
  // Ajv joins a referenced schema's errors with concat, copying the list for every failing
  // reference: quadratic in the number of problems. Append in place instead (same result).
  const concat = /\bvErrors\.concat\((validate\d+)\.errors\)/g;
  const code = standaloneCode
    .default(ajv, Object.fromEntries(Object.keys(schemas).map((name) => [name, name])))
    .replace(concat, "appendErrors(vErrors, $1.errors)");
  if (/\brequire\(/.test(code) || /\.concat\(/.test(code)) throw new Error("compiled validators must not need a runtime library, nor copy error lists");
  const appendErrors = "function appendErrors(list, more) { for (const e of more) list.push(e); return list; }";
  return `${header(from)}// @ts-nocheck\n/* eslint-disable */\n${code}\n${appendErrors}\n`;
}
