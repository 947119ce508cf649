/**
 * Turns the errors of a compiled JSON Schema validator into one human line each:
 * where (file:line:column and field path), what is wrong and how to fix it.
 * Hints come from the schema itself: the description of the subschema the failing value
 * matches, found by walking the schema along the value's path.
 */
import { redactedPath } from "../common/credential-shapes.js";
import type { DocPath, Problem } from "../common/errors.js";
import { quote } from "../common/errors.js";

/** The shape of an error produced by the Ajv-compiled validators. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
}

export type CompiledValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

export type Schema = { readonly [key: string]: unknown };

/** Places a problem: the field path, the message, and whether it is about the key or the value. */
export type Locate = (path: DocPath, message: string, at: "key" | "value") => Problem;

export function schemaProblems(validate: CompiledValidator, schema: Schema, value: unknown, locate: Locate): Problem[] {
  if (validate(value)) return [];
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === "propertyNames" || error.keyword === "if") continue;
    const described = describe(error, schema, value);
    const key = `${described.path.join("\u0000")}\u0001${described.at}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = locate(described.path, described.message, described.at);
    problems.push(problem.path ? { ...problem, path: redactedPath(problem.path) } : problem);
  }
  return problems.sort(byPosition);
}

export function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

interface Described {
  path: DocPath;
  at: "key" | "value";
  message: string;
}

function describe(error: SchemaError, root: Schema, document: unknown): Described {
  const path = pointerToPath(error.instancePath);
  const value = valueAt(document, path);
  const subschema = schemaAt(root, path);
  const p = error.params;
  if (error.propertyName !== undefined) {
    const hint = hintOf(subschema?.propertyNames === undefined ? undefined : deref(root, subschema.propertyNames as Schema));
    return {
      path: [...path, error.propertyName],
      at: "key",
      message: `invalid key ${quote(error.propertyName)}${hint ? `; expected ${hint}` : ""}`,
    };
  }
  const hint = hintOf(subschema);
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((subschema?.properties ?? {}) as object);
      return { path: [...path, name], at: "key", message: unknownField(name, allowed) };
    }
    case "required":
      return { path, at: "value", message: `missing required field ${quote(p.missingProperty)}` };
    case "type": {
      // A field that exists only to be refused (credentials.password): say why, not how to type it.
      const refusal = /^Not allowed: (.*)$/.exec(String(subschema?.description ?? ""));
      if (refusal) return { path, at: "key", message: `not allowed: ${refusal[1]}` };
      return { path, at: "value", message: `expected ${article(String(p.type))}, got ${kindOf(value)}${quoteHint(p.type, value)}` };
    }
    case "enum":
      return {
        path,
        at: "value",
        message: `must be one of ${(p.allowedValues as unknown[]).map(String).join(", ")} (got ${quote(value)})`,
      };
    case "const":
      if (path.length === 1 && path[0] === "version") {
        return { path, at: "value", message: `unsupported version ${quote(value)}: this version of argocd-atlas reads version ${quote(p.allowedValue)}` };
      }
      return { path, at: "value", message: `must be ${quote(p.allowedValue)}` };
    case "not": {
      // A shape a field refuses (a URL with a password, a plain password): the fix is in the
      // description of the refused subschema. The value is never quoted.
      const refused = subschema?.not as Schema | undefined;
      const refusedAll = refused !== undefined && refused.pattern === undefined;
      return {
        path,
        at: refusedAll ? "key" : "value",
        message: typeof refused?.description === "string" ? refused.description : "invalid value: this value is refused",
      };
    }
    case "pattern":
      return { path, at: "value", message: `invalid value; expected ${hint ?? `a match for ${String(p.pattern)}`}` };
    case "maxLength":
      return { path, at: "value", message: `too long: at most ${String(p.limit)} characters` };
    case "minLength":
      return { path, at: "value", message: "must not be empty" };
    case "minimum":
    case "maximum":
      return { path, at: "value", message: `must be ${error.keyword === "minimum" ? ">=" : "<="} ${String(p.limit)}` };
    case "minProperties":
      return { path, at: "value", message: `must have at least ${String(p.limit)} entr${p.limit === 1 ? "y" : "ies"}` };
    default:
      return { path, at: "value", message: `invalid value (${error.keyword})` };
  }
}

function unknownField(name: string, allowed: string[]): string {
  const suggestion = closest(name, allowed);
  const field = `unknown field ${quote(name)}`;
  if (suggestion) return `${field}: did you mean ${quote(suggestion)}?`;
  if (allowed.length === 0) return `${field}: remove it`;
  if (allowed.length <= 8) return `${field}: expected one of ${allowed.join(", ")}`;
  return `${field}: remove it (argocd-atlas schema lists the fields)`;
}

/** The allowed name nearest to `name` (case-insensitive, edit distance <= 2), if any. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Descriptions of constrained values start with an article ("A DNS-1123 label ..."): used mid-sentence. */
function hintOf(schema: Schema | undefined): string | undefined {
  return typeof schema?.description === "string" ? schema.description.replace(/^An? /, (a) => a.toLowerCase()) : undefined;
}

/** The subschema a value at `path` is validated against (our schemas use no combinators). */
function schemaAt(root: Schema, path: DocPath): Schema | undefined {
  let node: Schema | undefined = deref(root, root);
  for (const seg of path) {
    if (node === undefined) return undefined;
    const properties = node.properties as Record<string, Schema> | undefined;
    const next: unknown =
      node.type === "array" ? node.items : properties && Object.hasOwn(properties, String(seg)) ? properties[String(seg)] : node.additionalProperties;
    node = next !== null && typeof next === "object" ? deref(root, next as Schema) : undefined;
  }
  return node;
}

/** Follows `$ref: #/definitions/X`. */
export function deref(root: Schema, schema: Schema): Schema {
  let node = schema;
  while (typeof node.$ref === "string") {
    node = (root.definitions as Record<string, Schema>)[node.$ref.replace("#/definitions/", "")]!;
  }
  return node;
}

function pointerToPath(pointer: string): DocPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value at `path` in a parsed document, or undefined where the path leaves it. */
export function valueAt(document: unknown, path: DocPath): unknown {
  let v = document;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return article(typeof value);
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "a boolean (true or false)",
  };
  return names[type] ?? type;
}

function quoteHint(expected: unknown, value: unknown): string {
  if (expected === "string" && (typeof value === "number" || typeof value === "boolean")) return ": put the value in quotes";
  if (expected === "integer" && typeof value === "string" && /^-?\d+$/.test(value)) return ": remove the quotes";
  if (expected === "boolean" && typeof value === "string" && /^(true|false)$/i.test(value)) return ": remove the quotes";
  if (expected === "boolean" && typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value)) return ": YAML 1.2 reads this as text; write true or false";
  if (expected === "object" && value === null) return ": write {} for an empty mapping";
  return "";
}
