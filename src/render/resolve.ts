/**
 * From a project and an environment to the list of targets: one per enabled database, with its
 * settings merged over the scopes (rules in scopes.ts) and a record of where each merged field
 * was written, so later problems can point at the right line. Pure.
 */
import type { DocPath, Problem } from "../common/errors.js";
import { quote } from "../common/errors.js";
import type { Project } from "../generated/project-types.js";
import { settingDefault } from "../project/fields.js";
import { exclusiveGroups, mergeRuleAt, type Scope, type ScopeSettings, targetScopes } from "../project/scopes.js";
import type { YamlSource } from "../project/yaml-source.js";

export interface Target {
  environment: string;
  database: string;
  /** Name of the AtlasMigration. */
  name: string;
  settings: ScopeSettings;
  /** Path in the project file of the narrowest scope of this target. */
  anchor: DocPath;
  /** Where `field` (a path inside the settings) was set; falls back to the nearest enclosing field, then the anchor. */
  origin(field: DocPath): DocPath;
}

const enabledByDefault = settingDefault<boolean>("enabled");

export function resolveTargets(project: Project, environment: string): Target[] {
  const targets: Target[] = [];
  for (const database of Object.keys(project.databases)) {
    const scopes = targetScopes(project, environment, database);
    const { settings, origins } = mergeScopes(scopes);
    if (!(settings.enabled ?? enabledByDefault)) continue;
    const anchor = scopes[scopes.length - 1]!.path;
    targets.push({
      environment,
      database,
      name: settings.name ?? database,
      settings,
      anchor,
      origin: (field) => origins.nearest(field) ?? anchor,
    });
  }
  return targets;
}

type Json = Record<string, unknown>;

/**
 * Where each merged field was written: a tree along the field paths, so that dropping a field
 * with everything below it costs one deletion, however many fields the settings hold.
 */
class Origins {
  private readonly root: OriginNode = { children: new Map() };

  set(field: readonly string[], at: DocPath): void {
    let node = this.root;
    for (const seg of field) {
      let child = node.children.get(seg);
      if (!child) node.children.set(seg, (child = { children: new Map() }));
      node = child;
    }
    node.at = at;
  }

  /** Forgets `field` and every field below it. */
  drop(field: readonly string[]): void {
    let node: OriginNode | undefined = this.root;
    for (const seg of field.slice(0, -1)) node = node?.children.get(seg);
    node?.children.delete(field[field.length - 1]!);
  }

  /** The origin of `field`, else of the nearest enclosing field that has one. */
  nearest(field: DocPath): DocPath | undefined {
    let node: OriginNode | undefined = this.root;
    let found: DocPath | undefined;
    for (const seg of field) {
      node = node.children.get(String(seg));
      if (!node) break;
      if (node.at) found = node.at;
    }
    return found;
  }
}

interface OriginNode {
  at?: DocPath;
  children: Map<string, OriginNode>;
}

function mergeScopes(scopes: readonly Scope[]): { settings: ScopeSettings; origins: Origins } {
  const origins = new Origins();
  const result: Json = {};
  const overlay = (into: Json, from: Json, field: readonly string[], scope: DocPath) => {
    for (const [key, value] of Object.entries(from)) {
      const path = [...field, key];
      for (const sibling of alternativesOf(field, key)) {
        delete into[sibling];
        origins.drop([...field, sibling]);
      }
      if (isMapping(value) && !isAtomic(path)) {
        origins.set(path, [...scope, ...path]);
        if (!isMapping(into[key])) setField(into, key, {});
        overlay(into[key] as Json, value, path, scope);
      } else {
        origins.drop(path);
        origins.set(path, [...scope, ...path]);
        setField(into, key, structuredClone(value));
      }
    }
  };
  for (const scope of scopes) overlay(result, scope.settings as Json, [], scope.path);
  return { settings: result as ScopeSettings, origins };
}

function alternativesOf(field: readonly string[], key: string): string[] {
  const at = field.join(".");
  const group = exclusiveGroups.find((g) => g.at.join(".") === at && g.fields.includes(key));
  return group ? group.fields.filter((f) => f !== key) : [];
}

/** Secret references, ConfigMap references and variables replace as a whole (the settings table's `merge`). */
function isAtomic(path: readonly string[]): boolean {
  return mergeRuleAt(path)?.whole === true;
}

function isMapping(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Defines rather than assigns, so no key (not even `__proto__`) can reach a prototype. */
function setField(into: Json, key: string, value: unknown): void {
  Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
}

/** What a target must have after merging, and combinations the operator rejects. */
export function targetProblems(target: Target, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const s = target.settings;
  const at = (field: DocPath, message: string) => problems.push(source.problem(target.origin(field), message));
  const scope = `database ${quote(target.database)} in environment ${quote(target.environment)}`;
  const dir = s.dir ?? {};
  if (!dir.remote && !dir.path && !dir.configMapRef) {
    // At the database's own entry: a missing setting goes there (or in a wider scope).
    problems.push(
      source.problem(
        ["databases", target.database],
        `${scope} has no migration directory: set dir.remote {name, tag} (Atlas Registry) or dir.path (a directory in this repository)`,
        "key",
      ),
    );
  }
  if (dir.remote) {
    if (!dir.remote.name) at(["dir", "remote"], `${scope}: dir.remote needs a name (the directory name in Atlas Cloud)`);
    // A custom atlas.hcl may log in to Atlas Cloud itself (the operator asks for the token only without one).
    if (!s.cloud?.tokenFrom && !s.config && !s.configFrom) {
      at(["dir", "remote"], `${scope}: a registry directory needs cloud.tokenFrom: {secretKeyRef: {name, key}} (the Secret holding an Atlas Cloud token)`);
    }
  }
  if (!s.url && !s.urlFrom && !s.credentials && !s.config && !s.configFrom) {
    problems.push(
      source.problem(
        ["databases", target.database],
        `${scope} has no target database: set urlFrom: {secretKeyRef: {name, key}} (or url, or credentials)`,
        "key",
      ),
    );
  }
  if (s.credentials) {
    if (!s.credentials.host && !s.credentials.hostFrom) at(["credentials"], `${scope}: credentials need host or hostFrom`);
    if (!s.credentials.scheme) at(["credentials"], `${scope}: credentials need a scheme, e.g. postgres or mysql`);
  }
  const down = s.protectedFlows?.migrateDown;
  if (dir.remote && down?.autoApprove) {
    at(
      ["protectedFlows", "migrateDown", "autoApprove"],
      `${scope}: autoApprove is not allowed with a registry directory: down migrations are approved in Atlas Cloud`,
    );
  }
  if (!dir.remote && down?.allow && !down.autoApprove) {
    at(["protectedFlows", "migrateDown", "allow"], `${scope}: with an in-repo directory, allow needs autoApprove: true (there is no approval step)`);
  }
  return problems;
}
