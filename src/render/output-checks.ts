/**
 * The last gate before stdout: every rendered object must pass its schema (AtlasMigration as
 * the operator defines it, ConfigMap as the API server accepts it), and no two objects may share
 * a kind, namespace and name. A failure names the object and the field.
 */
import { formatPath, type Problem, quote } from "../common/errors.js";
import { syncOptionsAnnotation } from "../common/names.js";
import { validateAtlasMigration, validateConfigMap } from "../generated/validate-manifests.js";
import { type CompiledValidator, type Schema, schemaProblems } from "../project/schema-problems.js";
import { annotationBytes, annotationLimitBytes, lastAppliedAnnotationBytes, type Manifest } from "./manifests.js";
import { atlasMigrationSchema, configMapDataLimitBytes, configMapSchema } from "./output-schemas.js";

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
    const annotations = annotationBytes(manifest.metadata.annotations);
    if (annotations > annotationLimitBytes) {
      problems.push(blame(`${label} has annotations of ${annotations} bytes in total, over the ${annotationLimitBytes} the API server accepts: shorten them`));
    } else if (
      lastAppliedAnnotationBytes(manifest) > annotationLimitBytes &&
      !/(^|,)\s*ServerSideApply=true\s*(,|$)/.test(manifest.metadata.annotations?.[syncOptionsAnnotation] ?? "")
    ) {
      problems.push(
        blame(
          `${label} is too large for client-side apply (its copy in the last-applied annotation would pass ${annotationLimitBytes} bytes): set argocd.argoproj.io/sync-options to ServerSideApply=true`,
        ),
      );
    }
    const surrogate = loneSurrogatePath(manifest);
    if (surrogate)
      problems.push(
        blame(
          `${label} is invalid at ${formatPath(surrogate)}: holds half of a character (a lone surrogate), which no YAML or JSON reader keeps: fix the input it came from`,
        ),
      );
    if (manifest.kind === "ConfigMap") {
      const size = Object.values(manifest.data as Record<string, string>).reduce((n, s) => n + Buffer.byteLength(s), 0);
      if (size > configMapDataLimitBytes) problems.push(blame(`${label} holds ${size} bytes, over the ${configMapDataLimitBytes} a ConfigMap can hold`));
    }
    const key = `${manifest.kind}/${manifest.metadata.namespace ?? ""}/${manifest.metadata.name}`;
    const first = owners.get(key);
    if (first !== undefined) {
      problems.push(
        blameName(
          `${label} of database ${quote(database)} has the same name as that of database ${quote(first)} in the same namespace: give each database a distinct name`,
        ),
      );
    } else owners.set(key, database);
  }
  return problems;
}

const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first key or string holding a lone UTF-16 surrogate (valid UTF-8 cannot carry it). */
function loneSurrogatePath(value: unknown, path: Array<string | number> = []): Array<string | number> | undefined {
  if (typeof value === "string") return lone.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = loneSurrogatePath(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (lone.test(key)) return [...path, key];
      const found = loneSurrogatePath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
