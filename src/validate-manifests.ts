/**
 * The last gate before stdout: every rendered object must pass its schema (AtlasMigration as
 * the operator defines it, ConfigMap as the API server accepts it), and no two objects may share
 * a kind, namespace and name. A failure names the object and the field.
 */
import { formatPath, type Problem, quote } from "./errors.js";
import { validateAtlasMigration, validateConfigMap } from "./generated/validate-manifests.js";
import { atlasMigrationSchema, configMapDataLimitBytes, configMapSchema } from "./manifest-schemas.js";
import type { Manifest } from "./manifests.js";
import { schemaProblems, type CompiledValidator, type Schema } from "./schema-problems.js";

const validators: Record<string, { validate: CompiledValidator; schema: Schema }> = {
  AtlasMigration: { validate: validateAtlasMigration as CompiledValidator, schema: atlasMigrationSchema },
  ConfigMap: { validate: validateConfigMap as CompiledValidator, schema: configMapSchema },
};

export interface Rendered {
  manifest: Manifest;
  /** The database of the project file it was rendered for. */
  database: string;
  /** Places a problem about this object (at the project-file scope it came from). */
  blame(message: string): Problem;
  /** Places a problem about its name (at the `name` setting when there is one). */
  blameName(message: string): Problem;
}

export function manifestProblems(rendered: readonly Rendered[]): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, string>();
  for (const { manifest, database, blame, blameName } of rendered) {
    const label = `rendered ${manifest.kind} ${quote(manifest.metadata.name)}`;
    const v = validators[manifest.kind];
    if (!v) throw new Error(`no schema for kind ${manifest.kind}`);
    problems.push(
      ...schemaProblems(v.validate, v.schema, manifest, (path, message) => blame(`${label} is invalid at ${formatPath(path) || "the top"}: ${message}`)),
    );
    if (manifest.kind === "ConfigMap") {
      const size = Object.values(manifest.data as Record<string, string>).reduce((n, s) => n + Buffer.byteLength(s), 0);
      if (size > configMapDataLimitBytes) problems.push(blame(`${label} holds ${size} bytes, over the ${configMapDataLimitBytes} a ConfigMap can hold`));
    }
    const key = `${manifest.kind}/${manifest.metadata.namespace ?? ""}/${manifest.metadata.name}`;
    const first = owners.get(key);
    if (first !== undefined) {
      problems.push(blameName(`${label} of database ${quote(database)} has the same name as that of database ${quote(first)} in the same namespace: give each database a distinct name`));
    } else owners.set(key, database);
  }
  return problems;
}
