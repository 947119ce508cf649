/**
 * The render pipeline shared by `generate` (Argo CD), `render` (local), `validate`, `doctor` and
 * `import`, in two pure steps around what the edge (src/gather) reads:
 *
 *   project file -> environment -> planRender: targets, checks, size budget, what to gather
 *                -> (edge: pins from the Atlas Registry, in-repo directories)
 *                -> renderPlanned: objects -> checks -> (toOutput) YAML
 *
 * Pure: no file, process, network or environment variable (test/architecture.test.ts). Problems
 * come back as a result, every one of a step at once; the edge turns them into a UserError, so a
 * problem stops the render before a single byte is printed.
 */

import type { Setting } from "../argocd/plugin-inputs.js";
import { type CredentialShape, findCredential, redactedPath, shapeNames } from "../common/credential-shapes.js";
import { type DocPath, formatPath, type Problem, quote, UserError } from "../common/errors.js";
import type { Project } from "../generated/project-types.js";
import { urlSettings } from "../project/fields.js";
import type { LoadedProject } from "../project/project-file.js";
import { closest } from "../project/schema-problems.js";
import { type RenderContext, targetManifests } from "./manifests.js";
import type { DirData } from "./migration-dir.js";
import { manifestProblems, type Rendered } from "./output-checks.js";
import { type PinNeed, planPins, withTag } from "./pin-plan.js";
import { resolveTargets, type Target, targetProblems } from "./resolve.js";
import { toYamlStream } from "./yaml-stream.js";

/** What a step of the pipeline gives: its value, or every problem it found. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** The annotations of an AtlasMigration whose tag pinning resolved at render time. */
export const resolvedFromAnnotation = "argocd-atlas.io/tag-resolved-from";
export const resolvedForRevisionAnnotation = "argocd-atlas.io/tag-resolved-for-revision";

/**
 * The environment to render: the one asked for, or the only one.
 * `howToChoose` completes the message when a choice is needed (it differs between Argo CD and the CLI).
 */
export function selectEnvironment(loaded: LoadedProject, asked: Setting | undefined, howToChoose: string): string {
  const names = Object.keys(loaded.project.environments);
  const file = loaded.source.name;
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

/** What rendering one environment needs, known before anything is read or asked. */
export interface RenderPlan {
  loaded: LoadedProject;
  environment: string;
  /** The enabled databases, settings merged and checked. */
  targets: Target[];
  /** What the Atlas Registry is asked (pin.mode render, pin.verify); left out when no registry may be asked. */
  pins: PinNeed[];
  /**
   * The in-repo directories, in target order, one entry per database that has one (a directory
   * several share is read once): dir.path as written (relative to the project file's directory)
   * and where to blame a path that cannot be read.
   */
  dirs: { database: string; path: string; at: DocPath }[];
  /** Lines for stderr that do not stop the render. */
  warnings: Problem[];
  /** Bytes of the output already accounted for by the settings (see maxRenderedBytes). */
  settingsBytes: number;
}

/** Tags the registry gave, by database; verified tags change nothing and are left out. */
export interface ResolvedTag {
  tag: string;
  /** The revision whose history was searched. */
  revision?: string;
}

/** Everything the edge gathered for a plan. */
export interface RenderInputs extends RenderContext {
  /**
   * The contents of the directories of `plan.dirs`, by dir.path as written: every one, or those
   * up to the database whose ConfigMap passes maxRenderedBytes (the render stops there).
   */
  dirs: ReadonlyMap<string, DirData>;
  /** What pinning gave, when the registry was asked; absent: tags are left as written. */
  pins?: { tags: ReadonlyMap<string, ResolvedTag>; warnings: readonly Problem[] };
}

export interface EnvironmentRender {
  rendered: Rendered[];
  /** Lines for stderr that do not stop the render. */
  warnings: Problem[];
}

/** Plans one environment: the checks that need nothing but the project file. */
export function planRender(loaded: LoadedProject, environment: string): Result<RenderPlan> {
  const { project, source } = loaded;
  const settingsBytes = settingsSize(project, environment);
  if (settingsBytes > maxRenderedBytes) return { ok: false, problems: [overBudget(loaded, environment)] };
  const targets = resolveTargets(project, environment);
  if (targets.length === 0) {
    return {
      ok: false,
      problems: [
        source.problem(
          ["environments", environment],
          `environment ${quote(environment)} renders no database (all are disabled): enable one, or remove the Application`,
        ),
      ],
    };
  }
  const problems = targets.flatMap((t) => targetProblems(t, source));
  if (problems.length > 0) return { ok: false, problems };
  const { needs, warnings } = planPins(targets, source);
  const dirs = targets.flatMap((t) => {
    const path = t.settings.dir?.path;
    return path === undefined ? [] : [{ database: t.database, path, at: t.origin(["dir", "path"]) }];
  });
  return { ok: true, value: { loaded, environment, targets, pins: needs, dirs, warnings, settingsBytes } };
}

/** Renders a plan with what the edge gathered for it: the checked objects, or every problem of the last gate. */
export function renderPlanned(plan: RenderPlan, inputs: RenderInputs): Result<EnvironmentRender> {
  const { source } = plan.loaded;
  const context: RenderContext = inputs.namespace === undefined ? {} : { namespace: inputs.namespace };
  const warnings = [...plan.warnings];
  let targets = plan.targets;
  if (inputs.pins) {
    warnings.push(...inputs.pins.warnings);
    const tags = inputs.pins.tags;
    targets = targets.map((t) => {
      const r = tags.get(t.database);
      return r ? withTag(t, r.tag, { [resolvedFromAnnotation]: "latest", [resolvedForRevisionAnnotation]: r.revision ?? "" }) : t;
    });
  }
  let total = plan.settingsBytes;
  const rendered: Rendered[] = [];
  for (const target of targets) {
    let data: DirData | undefined;
    const written = target.settings.dir?.path;
    if (written !== undefined) {
      data = inputs.dirs.get(written);
      if (!data) throw new Error(`renderPlanned: the directory ${quote(written)} of the plan was not gathered`);
      total += dirBytes(data);
      if (total > maxRenderedBytes) return { ok: false, problems: [overBudget(plan.loaded, plan.environment)] };
    }
    const blame = (message: string) => source.problem(target.anchor, message);
    const blameName = (message: string) => source.problem(target.settings.name !== undefined ? target.origin(["name"]) : target.anchor, message);
    for (const manifest of targetManifests(target, context, data)) rendered.push({ manifest, database: target.database, blame, blameName });
  }
  const invalid = [...manifestProblems(rendered), ...rendered.flatMap(credentialProblems)];
  if (invalid.length > 0) return { ok: false, problems: invalid };
  return { ok: true, value: { rendered, warnings } };
}

/** planRender then renderPlanned, for a caller that holds everything already (`inputs` must cover the plan). */
export function render(loaded: LoadedProject, environment: string, inputs: RenderInputs): Result<EnvironmentRender> {
  const plan = planRender(loaded, environment);
  return plan.ok ? renderPlanned(plan.value, inputs) : plan;
}

/** The value of a result, or its problems as a UserError. */
export function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw new UserError(result.problems);
  return result.value;
}

function credentialShapeOf(value: string): CredentialShape | undefined {
  return findCredential(value, "text") ?? findCredential(value, "url");
}

/** Fields of a rendered object that hold one URL, read strictly. */
const renderedUrlFields = new Set([...urlSettings.keys()].map((path) => `spec.${path}`));

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

/** What a directory adds to the output bound: each database prints its own ConfigMap of it. */
export function dirBytes(data: DirData): number {
  return Object.values(data).reduce((n, text) => n + text.length, 0);
}

/**
 * An upper bound of the output before any merging: the settings of every scope of every database
 * (in characters of their JSON). renderPlanned adds each ConfigMap's files.
 */
function settingsSize(project: Project, environment: string): number {
  const sizeOf = (settings: object | undefined) => (settings === undefined ? 0 : JSON.stringify(settings).length);
  const { databases: overrides, ...own } = project.environments[environment]!;
  const shared = sizeOf(project.defaults) + sizeOf(own);
  let total = 0;
  for (const [database, settings] of Object.entries(project.databases)) {
    total += perTargetBytes + shared + sizeOf(settings) + sizeOf(overrides?.[database]);
    // Far enough: the sum of many large settings is not worth computing in full.
    if (total > maxRenderedBytes) break;
  }
  return total;
}

function overBudget({ source }: LoadedProject, environment: string): Problem {
  return source.problem(
    ["environments", environment],
    `environment ${quote(environment)} would print more than ${maxRenderedBytes / 1024 / 1024} MiB of manifests (settings of defaults and of the environment are copied into every database, a directory into every ConfigMap that uses it): set large settings on fewer databases, or split the project`,
    "key",
  );
}

export function toOutput(rendered: readonly Rendered[]): string {
  if (rendered.length === 0) throw new Error("refusing to print zero objects");
  return toYamlStream(rendered.map((r) => r.manifest));
}

export function environmentNames(project: Project): string[] {
  return Object.keys(project.environments);
}
