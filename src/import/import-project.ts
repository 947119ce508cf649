/**
 * `import`: AtlasMigration manifests in, atlas.project.yaml out, with its proof:
 *
 *   inputs -> AtlasMigrations per environment -> settings per target (from-manifest.ts)
 *          -> ConfigMaps found in the repository back to dir.path (find-dirs.ts)
 *          -> scopes (factor.ts) -> text (project-text.ts)
 *          -> every environment rendered by the real pipeline and compared with the input,
 *             object by object and field by field.
 *
 * The only differences allowed are the plugin's own: the sync-wave annotation it adds where the
 * input has none, and for a directory rendered from dir.path the ConfigMap's content-addressed
 * name (and the reference to it), `immutable: true` and the server-side apply option it sets on
 * a large ConfigMap. They are listed. Any other difference refuses the import at the field.
 */
import { dirname, relative, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { displayPath, openRepo } from "../argocd/repository.js";
import { type DocPath, formatPath, formatProblem, type Problem, UserError } from "../common/errors.js";
import { dnsLabelPattern, syncOptionsAnnotation, syncWaveAnnotation } from "../common/names.js";
import { renderEnvironment } from "../gather/render-environment.js";
import type { Workspace } from "../gather/workspace.js";
import { parseProject } from "../project/project-file.js";
import { type Manifest, targetManifests } from "../render/manifests.js";
import type { DirData } from "../render/migration-dir.js";
import type { Rendered } from "../render/output-checks.js";
import type { Target } from "../render/resolve.js";
import { factor } from "./factor.js";
import { DirFinder } from "./find-dirs.js";
import { type ImportedMigration, importMigration } from "./from-manifest.js";
import { projectText } from "./project-text.js";
import { type InputObject, type InputText, isMapping, objectsOf } from "./read-inputs.js";

type Json = Record<string, unknown>;

export interface ImportInput {
  /** The environment of every object of this input; undefined: each object's namespace. */
  environment: string | undefined;
  /** The argument as written, for the file's header. */
  written: string;
  texts: InputText[];
}

export interface ImportRequest {
  inputs: ImportInput[];
  /** Where the project file goes (absolute): dir.path values are relative to its directory. */
  projectFile: string;
  cwd: string;
}

export interface ImportResult {
  text: string;
  environments: string[];
  /** What the report lists: skipped objects, then per environment what was checked and the plugin's own differences. */
  lines: string[];
}

const atlasMigrationKind = "AtlasMigration";
const environmentName = new RegExp(dnsLabelPattern);

/** One object of the input the render must give back, as it must come back. */
interface Expectation {
  input: InputObject;
  expected: Json;
  label: string;
}

export async function importProject(request: ImportRequest): Promise<ImportResult> {
  const skipped: string[] = [];
  const problems: Problem[] = [];
  const migrations: ImportedMigration[] = [];
  const configMaps = new Map<string, InputObject>();
  const environments: string[] = [];
  const addEnvironment = (env: string) => {
    if (!environments.includes(env)) environments.push(env);
  };

  for (const input of request.inputs) {
    if (input.environment !== undefined) addEnvironment(input.environment);
    for (const text of input.texts) {
      for (const object of objectsOf(text)) {
        const { value } = object;
        const metadata = isMapping(value.metadata) ? value.metadata : {};
        const label = objectLabel(value);
        const isMigration = value.kind === atlasMigrationKind;
        const isConfigMap = value.kind === "ConfigMap" && value.apiVersion === "v1" && typeof metadata.name === "string";
        let env = input.environment;
        if (env === undefined && (isMigration || isConfigMap)) {
          // --namespace-as-environment: the namespace is the environment.
          const ns = metadata.namespace;
          if (typeof ns === "string" && environmentName.test(ns)) {
            env = ns;
            addEnvironment(env);
          } else if (isConfigMap) {
            skipped.push(`skipped ${object.where}: ${label} (no namespace to name its environment after)`);
            continue;
          } else {
            problems.push(
              object.source.problem(
                [...object.base, "metadata", ...(ns === undefined ? [] : ["namespace"])],
                "has no namespace to name its environment after: give the input an environment (ENV=PATH or --environment)",
              ),
            );
            continue;
          }
        }
        if (isMigration) {
          try {
            migrations.push(importMigration(object, env!));
          } catch (e) {
            if (!(e instanceof UserError)) throw e;
            problems.push(...e.problems);
          }
        } else if (isConfigMap) {
          const key = objectKey(env!, metadata.namespace, metadata.name);
          if (configMaps.has(key)) skipped.push(`skipped ${object.where}: ${label} (a second ConfigMap of this name)`);
          else configMaps.set(key, object);
        } else {
          skipped.push(`skipped ${object.where}: ${label} (not an AtlasMigration)`);
        }
      }
    }
  }
  if (problems.length > 0) throw new UserError(problems);

  // The database key is the AtlasMigration's name. Two of one name in one environment (in two
  // namespaces) become two databases: the second `<name>-2` with `name: <name>`, and so on.
  const keys = new Map<string, string>();
  const taken = new Set(migrations.map((m) => m.database));
  for (const env of environments) {
    const ordinal = new Map<string, number>();
    const objects = new Map<string, ImportedMigration>();
    for (const m of migrations.filter((x) => x.environment === env)) {
      const id = `${m.namespace ?? ""}/${m.database}`;
      const first = objects.get(id);
      if (first) {
        problems.push(
          m.object.source.problem(
            [...m.object.base, "metadata", "name"],
            `a second AtlasMigration ${JSON.stringify(m.database)}${m.namespace === undefined ? "" : ` in namespace ${JSON.stringify(m.namespace)}`} for environment ${JSON.stringify(env)} (the first is at ${first.object.where}): one object of a name per namespace; remove one`,
          ),
        );
        continue;
      }
      objects.set(id, m);
      const n = (ordinal.get(m.database) ?? 0) + 1;
      ordinal.set(m.database, n);
      if (n === 1) continue;
      const slot = `${m.database}\u0000${n}`;
      let key = keys.get(slot);
      for (let i = n; key === undefined; i++) {
        const candidate = `${m.database.slice(0, 50 - String(i).length - 1).replace(/-+$/, "")}-${i}`;
        if (!taken.has(candidate)) key = candidate;
      }
      keys.set(slot, key);
      taken.add(key);
      m.settings = { name: m.database, ...m.settings };
      m.database = key;
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  for (const env of environments) {
    if (!migrations.some((m) => m.environment === env)) {
      const named = request.inputs.filter((i) => i.environment === env).map((i) => i.written);
      problems.push({
        source: named.join(", ") || env,
        message: `no AtlasMigration for environment ${JSON.stringify(env)} in this input: name the manifests that hold them`,
      });
    }
  }
  if (problems.length > 0) throw new UserError(problems);

  // ConfigMap-backed directories whose files are in the repository become dir.path again.
  const projectDir = dirname(request.projectFile);
  const repo = openRepo(projectDir, request.cwd);
  const finder = new DirFinder(repo);
  const expectations = new Map<string, Expectation[]>(environments.map((env) => [env, []]));
  const notes = new Map<string, string[]>(environments.map((env) => [env, []]));
  const consumed = new Set<InputObject>();
  const refOf = (m: ImportedMigration) => (m.settings.dir as Json | undefined)?.configMapRef as { name: string } | undefined;
  // A ConfigMap shared by several AtlasMigrations stays shared: dir.path would render one per database.
  const references = new Map<string, number>();
  for (const m of migrations) {
    const ref = refOf(m);
    if (ref) references.set(objectKey(m.environment, m.namespace, ref.name), (references.get(objectKey(m.environment, m.namespace, ref.name)) ?? 0) + 1);
  }
  for (const m of migrations) {
    const ref = refOf(m);
    const label = `AtlasMigration ${JSON.stringify(m.database)}`;
    let expected = expectedMigration(m.object.value, notes.get(m.environment)!, label);
    const configMap =
      ref && references.get(objectKey(m.environment, m.namespace, ref.name)) === 1
        ? configMaps.get(objectKey(m.environment, m.namespace, ref.name))
        : undefined;
    if (ref && configMap) {
      const data = configMap.value.data;
      const found = isMapping(data) ? finder.find(data as Record<string, string>, projectDir) : undefined;
      if (found) {
        const path = relative(projectDir, found.abs).split(sep).join("/") || ".";
        const settings = { ...m.settings, dir: { path } };
        const [renderedMap] = targetManifests({ settings, name: m.database } as unknown as Target, {}, found.data as DirData);
        const cmNotes: string[] = [];
        const cmExpected = expectedConfigMap(configMap.value, renderedMap!, cmNotes, `ConfigMap ${JSON.stringify(ref.name)}`, path);
        if (isDeepStrictEqual(cmExpected, renderedMap)) {
          m.settings = settings;
          consumed.add(configMap);
          expected = structuredClone(expected);
          ((expected.spec as Json).dir as Json).configMapRef = { name: renderedMap!.metadata.name };
          notes.get(m.environment)!.push(...cmNotes);
          expectations.get(m.environment)!.push({ input: configMap, expected: cmExpected, label: `ConfigMap ${JSON.stringify(ref.name)}` });
        }
      }
    }
    expectations.get(m.environment)!.push({ input: m.object, expected, label });
  }
  for (const [key, object] of configMaps) {
    if (consumed.has(object)) continue;
    const count = references.get(key) ?? 0;
    const reason =
      count === 0
        ? "no AtlasMigration references it"
        : `${count > 1 ? "shared by several AtlasMigrations" : "its files are no Atlas migration directory found in this repository"}: the project references it by name; keep applying it`;
    skipped.push(`skipped ${object.where}: ${objectLabel(object.value)} (${reason})`);
  }

  const databases = databaseOrder(environments.map((env) => migrations.filter((m) => m.environment === env).map((m) => m.database)));
  const targets = new Map(environments.map((env) => [env, new Map(migrations.filter((m) => m.environment === env).map((m) => [m.database, m.settings]))]));
  const scopes = factor({ environments, databases, targets });
  const text = projectText(scopes, { inputs: request.inputs.map((i) => i.written), environments, databases });

  // The proof: the real pipeline renders every environment, compared with the input.
  const ws: Workspace = { repo, projectFile: request.projectFile, loaded: parseProject(displayPath(repo, request.projectFile), text), dirs: new Map() };
  const lines = [...skipped];
  for (const env of environments) {
    let rendered: Rendered[];
    let warnings: Problem[];
    try {
      ({ rendered, warnings } = await renderEnvironment(ws, env, {}));
    } catch (e) {
      // Each AtlasMigration was checked alone: what is left are clashes between them.
      if (!(e instanceof UserError)) throw e;
      throw new UserError(
        e.problems.map((p) => ({
          source:
            request.inputs
              .filter((i) => i.environment === env)
              .map((i) => i.written)
              .join(", ") || env,
          message: `cannot import environment ${JSON.stringify(env)}: ${p.message}`,
        })),
      );
    }
    const manifests = rendered.map((r) => r.manifest);
    const wanted = expectations.get(env)!;
    for (const e of wanted) {
      const meta = e.expected.metadata as Json;
      const match = manifests.find((o) => o.kind === e.expected.kind && o.metadata.name === meta.name && o.metadata.namespace === meta.namespace);
      if (!match) {
        problems.push(
          e.input.source.problem(
            [...e.input.base, "metadata", "name"],
            `cannot import exactly: the project renders no ${e.label} for environment ${JSON.stringify(env)}`,
          ),
        );
        continue;
      }
      for (const path of differences(e.expected, match, [])) {
        problems.push(
          e.input.source.problem(
            [...e.input.base, ...path],
            `cannot import exactly: the project renders ${formatPath(path)} of ${e.label} differently in environment ${JSON.stringify(env)}`,
          ),
        );
      }
    }
    if (manifests.length !== wanted.length) throw new Error(`import: environment ${env} renders ${manifests.length} objects for ${wanted.length} in the input`);
    const count = (kind: string) => wanted.filter((e) => e.expected.kind === kind).length;
    const configMapCount = count("ConfigMap");
    const own = notes.get(env)!;
    lines.push(
      `${env}: ${plural(count(atlasMigrationKind), atlasMigrationKind)}${configMapCount > 0 ? `, ${plural(configMapCount, "ConfigMap")}` : ""} rendered as in the input${own.length > 0 ? ", but for the plugin's own fields:" : ""}`,
      ...own.map((n) => `  ${n}`),
      // What a render of the project file will warn about (a floating registry tag, say).
      ...warnings.map((w) => `  ${formatProblem(w)}`),
    );
  }
  if (problems.length > 0) throw new UserError(problems);
  return { text, environments, lines };
}

/** The AtlasMigration as the plugin renders it: with its sync wave. */
function expectedMigration(value: Json, notes: string[], label: string): Json {
  const expected = structuredClone(value);
  const metadata = expected.metadata as Json;
  if (isMapping(metadata.labels) && Object.keys(metadata.labels).length === 0) {
    delete metadata.labels;
    notes.push(`${label}: metadata.labels: left out (empty)`);
  }
  const annotations = (isMapping(metadata.annotations) ? metadata.annotations : {}) as Record<string, string>;
  if (annotations[syncWaveAnnotation] === undefined) {
    metadata.annotations = { ...annotations, [syncWaveAnnotation]: "-1" };
    notes.push(
      `${label}: ${formatPath(["metadata", "annotations", syncWaveAnnotation])}: "-1" added (the plugin's default wave, one before the application's)`,
    );
  }
  return expected;
}

/** The ConfigMap as the plugin renders it from dir.path: named after its content, immutable. */
function expectedConfigMap(value: Json, rendered: Manifest, notes: string[], label: string, path: string): Json {
  const expected = expectedMigration(value, notes, label);
  const metadata = expected.metadata as Json;
  if (metadata.name !== rendered.metadata.name) {
    notes.push(
      `${label}: rendered from dir.path ${path} as ${JSON.stringify(rendered.metadata.name)} (named after its content), and the AtlasMigration's dir.configMapRef.name with it`,
    );
    metadata.name = rendered.metadata.name;
  }
  if (expected.immutable !== true) {
    notes.push(`${label}: immutable: true added (a content-addressed ConfigMap never changes)`);
    expected.immutable = true;
  }
  const annotations = metadata.annotations as Record<string, string>;
  const options = rendered.metadata.annotations?.[syncOptionsAnnotation];
  if (options !== undefined && annotations[syncOptionsAnnotation] !== options && options.split(",").includes("ServerSideApply=true")) {
    const without = (s: string | undefined) =>
      (s ?? "")
        .split(",")
        .map((o) => o.trim())
        .filter((o) => o !== "" && !o.startsWith("ServerSideApply="));
    if (isDeepStrictEqual(without(annotations[syncOptionsAnnotation]), without(options))) {
      notes.push(`${label}: ${formatPath(["metadata", "annotations", syncOptionsAnnotation])}: ServerSideApply=true added (too large for client-side apply)`);
      annotations[syncOptionsAnnotation] = options;
    }
  }
  return expected;
}

/** Paths where two values differ (a field on one side only counts as a difference at that field). */
function differences(a: unknown, b: unknown, at: DocPath): DocPath[] {
  if (isMapping(a) && isMapping(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences(a[k], b[k], [...at, k]));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) return a.flatMap((v, i) => differences(v, b[i], [...at, i]));
  return isDeepStrictEqual(a, b) ? [] : [at];
}

/**
 * One order of the databases that keeps the order of every environment's input (a render lists
 * them in the project file's order): the environments' sequences merged, earliest seen first.
 * Orders that contradict each other (Argo CD does not mind) fall back to the order first seen.
 */
function databaseOrder(sequences: readonly string[][]): string[] {
  const seen: string[] = [];
  for (const seq of sequences) for (const db of seq) if (!seen.includes(db)) seen.push(db);
  const before = new Map(seen.map((db) => [db, new Set<string>()]));
  for (const seq of sequences) for (let i = 1; i < seq.length; i++) before.get(seq[i]!)!.add(seq[i - 1]!);
  const out: string[] = [];
  while (out.length < seen.length) {
    const left = seen.filter((db) => !out.includes(db));
    out.push(left.find((db) => [...before.get(db)!].every((b) => out.includes(b))) ?? left[0]!);
  }
  return out;
}

function objectKey(env: string, namespace: unknown, name: unknown): string {
  return `${env}\u0000${typeof namespace === "string" ? namespace : ""}\u0000${String(name)}`;
}

function objectLabel(value: Json): string {
  const metadata = isMapping(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : "(no name)";
  const ns = typeof metadata.namespace === "string" ? `${metadata.namespace}/` : "";
  return `${typeof value.kind === "string" ? value.kind : "(no kind)"} ${ns}${name}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
