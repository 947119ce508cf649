/**
 * Turns the draft-07 subset our schemas use into TypeScript declarations: objects with
 * properties/required/additionalProperties, $ref into #/definitions, const, enum and the
 * primitive types. Anything else is an error, so the schema cannot silently outgrow it.
 */

type Schema = { readonly [key: string]: unknown };

export function schemaToTypeScript(root: Schema, rootName: string): string {
  const definitions = (root.definitions ?? {}) as Record<string, Schema>;
  const blocks = [declaration(rootName, root)];
  for (const [name, schema] of Object.entries(definitions)) blocks.push(declaration(name, schema));
  return blocks.join("\n");
}

function declaration(name: string, schema: Schema): string {
  const doc = docComment(schema.description, "");
  if (schema.type === "object" && schema.properties !== undefined) {
    return `${doc}export interface ${name} ${objectType(schema, "")}\n`;
  }
  return `${doc}export type ${name} = ${typeOf(schema, "")};\n`;
}

function typeOf(schema: Schema, indent: string): string {
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `Array<${typeOf(schema.items as Schema, indent)}>`;
    case "object":
      return objectType(schema, indent);
    default:
      throw new Error(`schema-to-typescript: unsupported schema ${JSON.stringify(schema)}`);
  }
}

function objectType(schema: Schema, indent: string): string {
  const inner = `${indent}  `;
  const required = new Set((schema.required ?? []) as string[]);
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const lines: string[] = [];
  for (const [key, prop] of Object.entries(properties)) {
    lines.push(`${docComment(prop.description, inner)}${inner}${propertyKey(key)}${required.has(key) ? "" : "?"}: ${typeOf(prop, inner)};`);
  }
  const extra = schema.additionalProperties;
  if (extra !== undefined && extra !== false) {
    const valueType = extra === true ? "unknown" : typeOf(extra as Schema, inner);
    lines.push(`${inner}[key: string]: ${valueType};`);
  }
  if (lines.length === 0) return "Record<string, never>";
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function refName(ref: string): string {
  const prefix = "#/definitions/";
  if (!ref.startsWith(prefix)) throw new Error(`schema-to-typescript: unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

function docComment(description: unknown, indent: string): string {
  if (typeof description !== "string") return "";
  return `${indent}/** ${description.replace(/\*\//g, "*\\/")} */\n`;
}
