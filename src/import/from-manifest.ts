/**
 * One AtlasMigration back to the settings of one database in one environment: the inverse of
 * manifests.ts's targetManifests. What the project file cannot say is refused at its field.
 */
import { type DocPath, type Problem, UserError } from "../common/errors.js";
import { syncWaveAnnotation } from "../common/names.js";
import { validateAtlasMigration } from "../generated/validate-manifests.js";
import { specFields } from "../project/fields.js";
import { parseProject } from "../project/project-file.js";
import { type CompiledValidator, schemaProblems } from "../project/schema-problems.js";
import { defaultSyncWave } from "../render/manifests.js";
import { atlasMigrationSchema } from "../render/output-schemas.js";
import { resolveTargets, targetProblems } from "../render/resolve.js";
import { type InputObject, isMapping } from "./read-inputs.js";

type Json = Record<string, unknown>;

export interface ImportedMigration {
  object: InputObject;
  environment: string;
  /** The database key: the AtlasMigration's name (import-project.ts renames the second of a name). */
  database: string;
  namespace: string | undefined;
  /** The settings of this database in this environment, merged (what resolve.ts would produce). */
  settings: Json;
  /** A problem about a settings field, placed at the input field it came from. */
  problem(settingsPath: DocPath, message: string): Problem;
}

export function importMigration(object: InputObject, environment: string): ImportedMigration {
  const { value, source, base } = object;
  const at = (path: DocPath, message: string, where: "key" | "value" = "value") => source.problem([...base, ...path], message, where);
  const shape = schemaProblems(validateAtlasMigration as CompiledValidator, atlasMigrationSchema, value, (path, message, where) =>
    at(
      path,
      `${message}${message.startsWith("unknown field") && (path[0] === "status" || path[0] === "metadata") ? " (written by the cluster: import the manifests from Git or a build, not from a live object)" : ""}`,
      where,
    ),
  );
  if (shape.length > 0) throw new UserError(shape);

  const metadata = value.metadata as { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  const spec = value.spec as Json;
  const problems: Problem[] = [];
  if (isMapping(spec.dir) && spec.dir.local !== undefined) {
    problems.push(
      at(
        ["spec", "dir", "local"],
        "cannot import inline migration files: commit them as an Atlas migration directory and set dir.path (rendered as a ConfigMap), or keep them in a ConfigMap and reference it with dir.configMapRef",
        "key",
      ),
    );
  }
  for (const path of keySelectorOptions(spec, ["spec"])) {
    problems.push(at(path, "cannot import an optional key reference: the plugin renders required references only; remove optional", "key"));
  }
  const settings: Json = {};
  if (metadata.namespace !== undefined) settings.namespace = metadata.namespace;
  if (metadata.labels && Object.keys(metadata.labels).length > 0) settings.labels = { ...metadata.labels };
  const { [syncWaveAnnotation]: wave, ...annotations } = metadata.annotations ?? {};
  if (Object.keys(annotations).length > 0) settings.annotations = annotations;
  if (wave !== undefined) {
    const n = Number(wave);
    if (!/^-?[0-9]+$/.test(wave) || String(n) !== wave || Math.abs(n) > 1_000_000) {
      problems.push(
        at(
          ["metadata", "annotations", syncWaveAnnotation],
          "cannot import this sync wave: the plugin writes an integer from -1000000 to 1000000 without leading zeros or '+'",
        ),
      );
    } else if (n !== defaultSyncWave) settings.syncWave = n;
  }
  const varIndex = new Map<string, number>();
  for (const { key: field } of specFields) {
    const v = spec[field];
    if (v === undefined) continue;
    if (field !== "vars") {
      settings[field] = structuredClone(v);
      continue;
    }
    const vars: Json = {};
    (v as Json[]).forEach((item, i) => {
      const { key, ...rest } = item as { key?: string };
      if (key === undefined) problems.push(at(["spec", "vars", i], "cannot import a variable without a key"));
      else if (varIndex.has(key)) problems.push(at(["spec", "vars", i, "key"], `variable ${JSON.stringify(key)} is set twice: keep one`));
      else {
        varIndex.set(key, i);
        Object.defineProperty(vars, key, { value: rest, enumerable: true, writable: true, configurable: true });
      }
    });
    settings.vars = vars;
    const keys = [...varIndex.keys()];
    if (keys.join("\u0000") !== [...keys].sort().join("\u0000")) {
      problems.push(at(["spec", "vars"], "cannot import variables in this order: the plugin writes them sorted by key; sort them by key"));
    }
  }
  if (problems.length > 0) throw new UserError(problems);

  const inputPath = (path: DocPath): DocPath => {
    const [head, ...rest] = path;
    if (head === undefined) return ["spec"];
    if (head === "namespace" || head === "name") return ["metadata", head];
    if (head === "labels" || head === "annotations") return ["metadata", head, ...rest];
    if (head === "syncWave") return ["metadata", "annotations", syncWaveAnnotation];
    if (head === "vars") return rest.length === 0 ? ["spec", "vars"] : ["spec", "vars", varIndex.get(String(rest[0])) ?? 0, ...rest.slice(1)];
    if (head === "dir" && rest[0] === "path") return ["spec", "dir", "configMapRef"];
    return ["spec", ...path];
  };
  const imported: ImportedMigration = {
    object,
    environment,
    database: metadata.name,
    namespace: metadata.namespace,
    settings,
    problem: (path, message) => at(inputPath(path), message),
  };
  const alone = problemsAlone(imported);
  if (alone.length > 0) throw new UserError(alone);
  return imported;
}

/**
 * The settings checked as the project file would be: schema, secrets in Git, alternatives, and
 * what a target needs. Each problem is placed at the input field it comes from.
 */
function problemsAlone(m: ImportedMigration): Problem[] {
  const project = { version: 1, databases: { [m.database]: m.settings }, environments: { [m.environment]: {} } };
  const place = (p: Problem): Problem => {
    const path = p.path ?? [];
    const rest = path[0] === "databases" && path[1] === m.database ? path.slice(2) : [];
    return m.problem(rest, `cannot import: ${p.message}`);
  };
  try {
    const loaded = parseProject("(import)", JSON.stringify(project));
    return resolveTargets(loaded.project, m.environment)
      .flatMap((t) => targetProblems(t, loaded.source))
      .map(place);
  } catch (e) {
    if (e instanceof UserError) return e.problems.map(place);
    throw e;
  }
}

/** Paths of `optional` inside secretKeyRef / configMapKeyRef. */
function keySelectorOptions(value: unknown, at: DocPath): DocPath[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keySelectorOptions(v, [...at, i]));
  if (!isMapping(value)) return [];
  const out: DocPath[] = [];
  for (const [k, v] of Object.entries(value)) {
    if ((k === "secretKeyRef" || k === "configMapKeyRef") && isMapping(v) && v.optional !== undefined) out.push([...at, k, "optional"]);
    else out.push(...keySelectorOptions(v, [...at, k]));
  }
  return out;
}
