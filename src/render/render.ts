/**
 * The render pipeline shared by `generate` (Argo CD), `render` (local) and `validate`:
 *
 *   project file -> environment -> targets -> (in-repo directories) -> objects -> checks -> YAML
 *
 * All-or-nothing: any problem throws before a single byte is printed.
 */
import { existsSync, lstatSync } from "node:fs";
import { dirname, relative } from "node:path";
import type { Setting } from "../argocd/plugin-inputs.js";
import { openRepo, type Repo, resolveDirInRepo } from "../argocd/repository.js";
import { type CredentialShape, findCredential, redactedPath, shapeNames } from "../common/credential-shapes.js";
import { type DocPath, formatPath, type Problem, quote, UserError } from "../common/errors.js";
import type { Project } from "../generated/project-types.js";
import { type LoadedProject, loadProject } from "../project/project-file.js";
import { projectFileName } from "../project/schema.js";
import { closest } from "../project/schema-problems.js";
import { planPins, withTag } from "../registry/pin-plan.js";
import { type RenderContext, targetManifests } from "./manifests.js";
import { type DirData, readMigrationDir } from "./migration-dir.js";
import { manifestProblems, type Rendered } from "./output-checks.js";
import { resolveTargets, targetProblems } from "./resolve.js";
import { toYamlStream } from "./yaml-stream.js";

export interface Workspace {
  repo: Repo;
  projectFile: string;
  loaded: LoadedProject;
  /** In-repo directories already read, by absolute path. */
  dirs: Map<string, DirData>;
}

export function openWorkspace(projectFile: string, cwd: string, env?: Readonly<Record<string, string | undefined>>): Workspace {
  // A dangling or looping symlink is not "missing": readRepoFile says what it is.
  if (!existsSync(projectFile) && !isSymlink(projectFile)) {
    throw new UserError({
      source: relative(cwd, projectFile) || projectFile,
      message: `file not found: the plugin renders a directory holding ${projectFileName} (run \`argocd-atlas init\` to write one)`,
    });
  }
  const repo = openRepo(dirname(projectFile), cwd, env);
  return { repo, projectFile, loaded: loadProject(repo, projectFile), dirs: new Map() };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The environment to render: the one asked for, or the only one.
 * `howToChoose` completes the message when a choice is needed (it differs between Argo CD and the CLI).
 */
export function selectEnvironment(ws: Workspace, asked: Setting | undefined, howToChoose: string): string {
  const names = Object.keys(ws.loaded.project.environments);
  const file = ws.loaded.source.name;
  if (asked === undefined) {
    if (names.length === 1) return names[0]!;
    throw new UserError({ source: file, message: `defines ${names.length} environments (${names.join(", ")}): choose one with ${howToChoose}` });
  }
  if (names.includes(asked.value)) return asked.value;
  const shape = credentialShapeOf(asked.value);
  if (shape) {
    throw new UserError({
      source: asked.from,
      message: `holds ${shapeNames[shape]}: it names an environment of ${file}, never a credential: keep credentials in Secrets`,
    });
  }
  const suggestion = closest(asked.value, names);
  throw new UserError({
    source: asked.from,
    message: `environment ${quote(asked.value)} is not defined in ${file}: ${suggestion ? `did you mean ${quote(suggestion)}?` : `use one of ${names.join(", ")}`}`,
  });
}

export interface RenderOptions extends RenderContext {
  /**
   * Ask the Atlas Registry what pin.mode render and pin.verify need. Off for `validate`, which
   * works offline: tags are then left as written.
   */
  registry?: { env: Readonly<Record<string, string | undefined>>; revision?: string };
}

export interface EnvironmentRender {
  rendered: Rendered[];
  /** Lines for stderr that do not stop the render. */
  warnings: Problem[];
}

/** The checked objects of one environment. */
export async function renderEnvironment(ws: Workspace, environment: string, options: RenderOptions): Promise<EnvironmentRender> {
  const { project, source } = ws.loaded;
  const budget = renderBudget(ws, environment);
  let targets = resolveTargets(project, environment);
  if (targets.length === 0) {
    throw new UserError(
      source.problem(
        ["environments", environment],
        `environment ${quote(environment)} renders no database (all are disabled): enable one, or remove the Application`,
      ),
    );
  }
  const problems: Problem[] = targets.flatMap((t) => targetProblems(t, source));
  if (problems.length > 0) throw new UserError(problems);

  const { needs, warnings } = planPins(targets, source);
  if (needs.length > 0 && options.registry) {
    const { runPins, resolvedFromAnnotation, resolvedForRevisionAnnotation } = await import("../registry/pinning.js");
    const pins = await runPins(needs, { ...options.registry, repoRoot: ws.repo.root, source });
    warnings.push(...pins.warnings);
    const resolved = new Map(pins.resolutions.filter((r) => r.need.action === "resolve").map((r) => [r.need.target, r]));
    targets = targets.map((t) => {
      const r = resolved.get(t);
      return r ? withTag(t, r.tag, { [resolvedFromAnnotation]: "latest", [resolvedForRevisionAnnotation]: r.revision ?? "" }) : t;
    });
  }

  const rendered: Rendered[] = [];
  for (const target of targets) {
    let data: DirData | undefined;
    const written = target.settings.dir?.path;
    if (written !== undefined) {
      const resolved = resolveDirInRepo(ws.repo, dirname(ws.projectFile), written);
      if ("error" in resolved) throw new UserError(source.problem(target.origin(["dir", "path"]), resolved.error));
      data = ws.dirs.get(resolved.abs);
      if (!data) {
        data = readMigrationDir(ws.repo, resolved.abs);
        ws.dirs.set(resolved.abs, data);
      }
      // Each database prints its own ConfigMap of the directory.
      budget.spend(Object.values(data).reduce((n, text) => n + text.length, 0));
    }
    const blame = (message: string) => source.problem(target.anchor, message);
    const blameName = (message: string) => source.problem(target.settings.name !== undefined ? target.origin(["name"]) : target.anchor, message);
    for (const manifest of targetManifests(target, options, data)) rendered.push({ manifest, database: target.database, blame, blameName });
  }
  const invalid = [...manifestProblems(rendered), ...rendered.flatMap(credentialProblems)];
  if (invalid.length > 0) throw new UserError(invalid);
  return { rendered, warnings };
}

function credentialShapeOf(value: string): CredentialShape | undefined {
  return findCredential(value, "text") ?? findCredential(value, "url");
}

/** Fields of a rendered object that hold one URL, read strictly. */
const renderedUrlFields = new Set(["spec.url", "spec.devURL", "spec.cloud.url"]);

/**
 * The last gate before stdout: no key or string of a rendered object (but the migration files a
 * ConfigMap carries, which are the user's SQL, copied as data) has a credential's shape, whatever
 * it came from: the project file (checked field by field when it was read), Argo CD's inputs, the
 * registry.
 */
function credentialProblems(r: Rendered): Problem[] {
  const problems: Problem[] = [];
  const label = `rendered ${r.manifest.kind} ${quote(r.manifest.metadata.name)}`;
  const found = (path: DocPath, shape: CredentialShape) =>
    problems.push(
      r.blame(
        `${label} would hold ${shapeNames[shape]} at ${formatPath(redactedPath(path))}: keep credentials in Secrets (urlFrom, credentials.passwordFrom, configFrom, vars.<name>.valueFrom)`,
      ),
    );
  const walk = (value: unknown, path: DocPath) => {
    if (typeof value === "string") {
      const shape = renderedUrlFields.has(path.join(".")) ? findCredential(value, "url") : findCredential(value, "text");
      if (shape) found(path, shape);
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...path, i]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (r.manifest.kind === "ConfigMap" && path.length === 0 && key === "data") continue;
        const shape = findCredential(key, "text");
        if (shape) found([...path, key], shape);
        else walk(inner, [...path, key]);
      }
    }
  };
  walk(r.manifest, []);
  return problems;
}

/**
 * What one render may print. Settings of a wide scope are copied into every database's objects,
 * and a directory into every ConfigMap that uses it: a small file could otherwise ask for
 * gigabytes (5,000 labels in defaults times 50,000 databases) and hold a shared sidecar for
 * minutes. Far above real projects (1,000 databases print about 1 MiB).
 */
export const maxRenderedBytes = 64 * 1024 * 1024;

/** Fixed YAML of one database's objects besides its settings (apiVersion, kind, metadata...). */
const perTargetBytes = 1024;

/**
 * An upper bound of the output, checked before any merging: the settings of every scope of every
 * database (in characters of their JSON), then each ConfigMap's files as they are read.
 */
function renderBudget(ws: Workspace, environment: string): { spend(bytes: number): void } {
  const { project, source } = ws.loaded;
  const sizeOf = (settings: object | undefined) => (settings === undefined ? 0 : JSON.stringify(settings).length);
  const { databases: overrides, ...own } = project.environments[environment]!;
  const shared = sizeOf(project.defaults) + sizeOf(own);
  let total = 0;
  const spend = (bytes: number) => {
    total += bytes;
    if (total > maxRenderedBytes) {
      throw new UserError(
        source.problem(
          ["environments", environment],
          `environment ${quote(environment)} would print more than ${maxRenderedBytes / 1024 / 1024} MiB of manifests (settings of defaults and of the environment are copied into every database, a directory into every ConfigMap that uses it): set large settings on fewer databases, or split the project`,
          "key",
        ),
      );
    }
  };
  for (const [database, settings] of Object.entries(project.databases)) {
    spend(perTargetBytes + shared + sizeOf(settings) + sizeOf(overrides?.[database]));
  }
  return { spend };
}

export function toOutput(rendered: readonly Rendered[]): string {
  if (rendered.length === 0) throw new Error("refusing to print zero objects");
  return toYamlStream(rendered.map((r) => r.manifest));
}

export function environmentNames(project: Project): string[] {
  return Object.keys(project.environments);
}
