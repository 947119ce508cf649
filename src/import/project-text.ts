/**
 * The imported project as a commented atlas.project.yaml in the style of `argocd-atlas init`'s
 * starter and examples/: fields in the schema's order, Secret references on one line, strings
 * plain only where every YAML reader takes them for strings.
 */
import { Document, isMap, isScalar, type Pair, Scalar, visit } from "yaml";
import { projectSchema } from "../project/schema.js";
import { yamlString } from "../render/yaml-stream.js";
import type { Scopes } from "./factor.js";

type Json = Record<string, unknown>;

/**
 * Field order of a scope and of the mappings inside it: the schema's order (a database's name,
 * the settings as the settings table lists them, an environment's databases, then the fields
 * of each definition).
 */
const fieldOrder = schemaFieldOrder();

function schemaFieldOrder(): string[] {
  const order = new Set<string>(["name", ...Object.keys(projectSchema.definitions.Settings.properties), "databases"]);
  const walk = (schema: unknown) => {
    const properties = (schema as { properties?: Json }).properties;
    for (const [key, inner] of Object.entries(properties ?? {})) {
      order.add(key);
      walk(inner);
    }
  };
  for (const definition of Object.values(projectSchema.definitions)) walk(definition);
  return [...order];
}

/** Characters a literal block cannot carry as they are (line breaks of other kinds, controls, byte-order marks). */
const notForLiteral = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const rawInQuotes = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/** Mappings whose keys are the user's (kept in input order). */
const userMaps = new Set(["labels", "annotations", "vars", "parameters"]);

export interface ProjectTextOptions {
  /** How the inputs were named on the command line, for the header. */
  inputs: readonly string[];
  environments: readonly string[];
  databases: readonly string[];
}

export function projectText(scopes: Scopes, options: ProjectTextOptions): string {
  const project: Json = { version: 1 };
  if (Object.keys(scopes.defaults).length > 0) project.defaults = ordered(scopes.defaults, "");
  project.databases = Object.fromEntries(options.databases.map((db) => [db, ordered(scopes.databases.get(db) ?? {}, "")]));
  project.environments = Object.fromEntries(
    options.environments.map((env) => {
      const settings = ordered(scopes.environments.get(env) ?? {}, "");
      const overrides = scopes.overrides.get(env);
      if (overrides && overrides.size > 0) {
        settings.databases = Object.fromEntries(options.databases.filter((db) => overrides.has(db)).map((db) => [db, ordered(overrides.get(db)!, "")]));
      }
      return [env, settings];
    }),
  );

  const doc = new Document(project);
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as Scalar).value);
      if (["secretKeyRef", "configMapKeyRef", "configMapRef"].includes(key) && isMap(pair.value)) pair.value.flow = true;
    },
    Scalar(_, node) {
      if (typeof node.value !== "string") return;
      if (node.value.includes("\n") && !notForLiteral.test(node.value)) node.type = Scalar.BLOCK_LITERAL;
      else if (yamlString(node.value) !== node.value) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const top = doc.contents as unknown as { items: Pair[] };
  const comment = (name: string, text: string) => {
    const pair = top.items.find((p) => isScalar(p.key) && p.key.value === name);
    if (pair && isScalar(pair.key)) {
      pair.key.spaceBefore = true;
      pair.key.commentBefore = text;
    }
  };
  comment("defaults", " Settings shared by every database in every environment.");
  comment("databases", " One AtlasMigration per database and environment, named after the database's key.");
  comment("environments", ' Environments, by name: an Application renders one, chosen with the "environment" parameter.');
  const note = (path: string[], text: string) => {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.comment = text;
  };
  for (const db of options.databases) note(["databases", db, "enabled"], " only in the environments that turn it on");
  for (const env of options.environments) {
    for (const db of options.databases) {
      const on = doc.getIn(["environments", env, "databases", db, "enabled"]);
      if (on !== undefined) note(["environments", env, "databases", db, "enabled"], on ? " in this environment's input" : " not in this environment's input");
    }
  }
  const header = [
    `# yaml-language-server: $schema=${projectSchema.$id}`,
    "#",
    `# Imported by \`argocd-atlas import\` (${options.inputs.map((i) => (/^[\x21-\x7e]+$/.test(i) ? i : JSON.stringify(i).replace(rawInQuotes, "?"))).join(", ")}).`,
    "# Rendering it gives back the same AtlasMigrations: import checked it field by field.",
    "# Settings merge from wide to narrow: defaults, databases.<db>, environments.<env>,",
    "# environments.<env>.databases.<db>. Credentials are only ever Secret references.",
  ];
  // The YAML library leaves these raw in double quotes, where only escapes are safe to read back
  // (and only double quotes hold them: plain and literal strings never do, see above).
  const body = doc
    .toString({ lineWidth: 0, indent: 2, flowCollectionPadding: false })
    .replace(rawInQuotes, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${header.join("\n")}\n${body}`;
}

/** A copy with keys in the schema's order, user keys in their own order. */
function ordered(value: Json, parent: string): Json {
  const keys = Object.keys(value);
  if (!userMaps.has(parent)) {
    const rank = (k: string) => {
      const i = fieldOrder.indexOf(k);
      return i === -1 ? fieldOrder.length : i;
    };
    keys.sort((a, b) => rank(a) - rank(b));
  }
  const out: Json = {};
  for (const key of keys) {
    const v = value[key];
    const copy = v !== null && typeof v === "object" && !Array.isArray(v) ? ordered(v as Json, key) : v;
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
