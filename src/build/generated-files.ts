/**
 * Files generated from their single source: from the schemas in src/, the published editor
 * schema, the TypeScript types of atlas.project.yaml and the validators compiled ahead of time
 * (so the render path never loads or compiles a JSON Schema library at start-up); plugin.yaml
 * from the parameter table; the health-check install files from lua-health/; README sections.
 *
 * `npm run gen` writes them; test/generated-files.test.ts fails when a committed file drifts.
 */
import AjvModule from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";
import { atlasMigrationSchema, configMapSchema } from "../manifest-schemas.js";
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { readHealthScripts, renderInstallFiles } from "../health/install-files.js";
import { parameterSpecs } from "../plugin-inputs.js";
import { projectFileName } from "../project-file.js";
import { projectSchema } from "../project-schema.js";
import { fillReadme } from "./readme-sections.js";
import { schemaToTypeScript } from "./schema-to-typescript.js";

const header = (from: string) =>
  `// Generated from ${from} by \`npm run gen\`. Do not edit.\n`;

export function generatedFiles(): Map<string, string> {
  return new Map([
    ["schema/atlas.project.schema.json", `${JSON.stringify(projectSchema, null, 2)}\n`],
    ["src/generated/project-types.ts", header("src/project-schema.ts") + schemaToTypeScript(projectSchema, "Project")],
    ["src/generated/validators.ts", compileValidators()],
    ["plugin.yaml", pluginYaml()],
    ...renderInstallFiles(readHealthScripts()).map((f): [string, string] => [f.path, f.text]),
    ["README.md", fillReadme(readFileSync(new URL("../../README.md", import.meta.url), "utf8"))],
  ]);
}

/** The name Applications use in spec.source.plugin.name (no spec.version, so no suffix). */
export const pluginName = "argocd-atlas";

/** The CMP v2 plugin definition; commands are exec'd directly, no shell. */
function pluginYaml(): string {
  const plugin = {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "ConfigManagementPlugin",
    metadata: { name: pluginName },
    spec: {
      generate: { command: ["argocd-atlas", "generate"] },
      discover: { fileName: projectFileName },
      parameters: {
        static: parameterSpecs.map((p) => ({
          name: p.name,
          title: p.title,
          tooltip: p.tooltip,
          collectionType: "string",
          ...(p.default !== "" && { string: p.default }),
        })),
        dynamic: { command: ["argocd-atlas", "parameters"] },
      },
    },
  };
  return `# ${header("src/build/generated-files.ts and src/plugin-inputs.ts").slice(3)}${stringify(plugin, { lineWidth: 0 })}`;
}

function compileValidators(): string {
  const ajv = new AjvModule.default({
    allErrors: true,
    // Errors carry the failing subschema: its description is the hint shown to the user.
    verbose: true,
    strict: true,
    // Count string lengths in UTF-16 code units, so the compiled code needs no runtime helper.
    unicode: false,
    logger: false,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema(projectSchema, "project");
  ajv.addSchema(atlasMigrationSchema, "atlasMigration");
  ajv.addSchema(configMapSchema, "configMap");
  const code = standaloneCode.default(ajv, {
    validateProject: "project",
    validateAtlasMigration: "atlasMigration",
    validateConfigMap: "configMap",
  });
  if (/\brequire\(/.test(code)) throw new Error("compiled validators must not need a runtime library");
  return `${header("src/project-schema.ts and src/manifest-schemas.ts")}// @ts-nocheck\n/* eslint-disable */\n${code}\n`;
}
