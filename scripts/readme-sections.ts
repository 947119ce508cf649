/**
 * Documentation sections generated from their sources (the project schema, the parameter table,
 * the verb table, the environment variables, the CRD coverage), between `<!-- BEGIN GENERATED: name -->` and
 * `<!-- END GENERATED: name -->` markers, in README.md and docs/ (list: generated-files.ts).
 */

import { parameterSpecs } from "../src/argocd/plugin-inputs.js";
import { synopsis, verbNames, verbTable, verbUsage } from "../src/cli/verbs.js";
import { crdExclusions, type Exclusion, valueLimits } from "../src/project/crd-coverage.js";
import { operatorRelease, specFields } from "../src/project/fields.js";
import { projectSchema } from "../src/project/schema.js";
import { deref, type Schema } from "../src/project/schema-problems.js";
import { environmentVariables } from "./environment-variables.js";

const definitions = projectSchema.definitions as unknown as Record<string, Schema>;

export function fillGenerated(readme: string): string {
  const sections: Record<string, string> = {
    "settings-reference": settingsReference(),
    "parameters-reference": parametersReference(),
    "cli-reference": cliReference(),
    "environment-reference": environmentReference(),
    "crd-coverage": crdCoverage(),
  };
  return readme.replace(/(<!-- BEGIN GENERATED: ([a-z-]+) -->\n)[\s\S]*?(<!-- END GENERATED: \2 -->)/g, (_all, begin: string, name: string, end: string) => {
    const body = sections[name];
    if (body === undefined) throw new Error(`README: no generated section named ${name}`);
    return `${begin}${body}${end}`;
  });
}

function settingsReference(): string {
  const rows = [row("Field", "Type", "Description"), row("---", "---", "---")];
  const top = projectSchema.properties as unknown as Record<string, Schema>;
  const required = new Set<string>(projectSchema.required as readonly string[]);
  for (const [name, schema] of Object.entries(top)) {
    rows.push(row(`\`${name}\``, typeName(schema), `${describe(schema)}${required.has(name) ? " Required." : ""}`));
  }
  rows.push("", "Settings, in `defaults`, `databases.<db>`, `environments.<env>` and `environments.<env>.databases.<db>`:", "");
  rows.push(row("Field", "Type", "Description"), row("---", "---", "---"));
  const settings = definitions.EnvironmentSettings!.properties as Record<string, Schema>;
  const database = definitions.DatabaseSettings!.properties as Record<string, Schema>;
  rows.push(row("`name`", typeName(database.name!), `${describe(database.name!)} Only in a database scope.`));
  for (const [name, schema] of Object.entries(settings)) {
    if (name !== "databases") addRows(rows, name, schema);
  }
  rows.push(row("`databases`", "map", `${describe(settings.databases!)} Only in an environment scope.`));
  return `${rows.join("\n")}\n`;
}

/** A row for the field, then one for each field inside it (Secret references stay one row). */
function addRows(rows: string[], path: string, schema: Schema): void {
  rows.push(row(`\`${path}\``, typeName(schema), describe(schema)));
  const target = resolve(schema);
  if (target.type === "object" && target.properties && schema.$ref !== "#/definitions/SecretSource") {
    for (const [sub, subSchema] of Object.entries(target.properties as Record<string, Schema>)) addRows(rows, `${path}.${sub}`, subSchema);
  }
}

function parametersReference(): string {
  const rows = [row("Parameter", "Plugin env entry", "Default", "Description"), row("---", "---", "---", "---")];
  for (const p of parameterSpecs) {
    rows.push(row(`\`${p.name}\``, `\`${p.envEntry}\``, p.default === "" ? "(none)" : `\`${p.default}\``, p.tooltip));
  }
  return `${rows.join("\n")}\n`;
}

/** The verb list, then each verb's --help text. */
function cliReference(): string {
  const out = [row("Verb", "What it does"), row("---", "---")];
  for (const name of verbNames) out.push(row(`[\`${synopsis(name).replace("argocd-atlas ", "")}\`](#argocd-atlas-${name})`, verbTable[name].summary));
  for (const name of verbNames) out.push("", `### argocd-atlas ${name}`, "", "```text", verbUsage(name).trimEnd(), "```");
  return `${out.join("\n")}\n`;
}

function environmentReference(): string {
  const rows = [row("Variable", "Set by", "Read by", "Meaning"), row("---", "---", "---", "---")];
  for (const v of environmentVariables) rows.push(row(`\`${v.name}\``, v.setBy, v.readBy, v.description));
  return `${rows.join("\n")}\n`;
}

/** The CRD's spec, field by field: the setting that writes it and since when, then what is left out and why. */
function crdCoverage(): string {
  const out = [row("AtlasMigration field", "Operator release that added it"), row("---", "---")];
  for (const field of specFields) out.push(row(`\`spec.${field.key}\``, field.since ?? ""));
  out.push("", "Not expressed, on purpose:", "");
  const item = (e: Exclusion) => `- ${e.paths.map((p) => `\`${p}\``).join(", ")}: ${e.reason} Operator code (${operatorRelease}): ${e.cites}.`;
  for (const e of crdExclusions) out.push(item(e));
  out.push("", "Values the CRD accepts that the project file writes one way:", "");
  for (const e of valueLimits) out.push(item(e));
  return `${out.join("\n")}\n`;
}

function row(...cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
}

function resolve(schema: Schema): Schema {
  return deref(projectSchema as unknown as Schema, schema);
}

function describe(schema: Schema): string {
  const own = schema.description;
  const target = resolve(schema);
  return String(own ?? target.description ?? "");
}

function typeName(schema: Schema): string {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/definitions/", "");
    if (name === "SecretSource") return "Secret ref";
    return typeName(resolve(schema));
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${String(v)}\``).join(" / ");
  if (schema.const !== undefined) return `\`${String(schema.const)}\``;
  if (schema.type === "object") return schema.properties ? "object" : "map";
  return String(schema.type);
}
