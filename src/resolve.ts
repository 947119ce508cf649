/**
 * From a project and an environment to the list of targets: one per enabled database, with its
 * settings merged over the scopes (rules in scopes.ts) and a record of where each merged field
 * was written, so later problems can point at the right line. Pure.
 */
import type { DocPath, Problem } from "./errors.js";
import type { Project } from "./generated/project-types.js";
import { exclusiveGroups, targetScopes, type Scope, type ScopeSettings } from "./scopes.js";
import type { YamlSource } from "./yaml-source.js";
import { quote } from "./errors.js";

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

export function resolveTargets(project: Project, environment: string): Target[] {
  const targets: Target[] = [];
  for (const database of Object.keys(project.databases)) {
    const scopes = targetScopes(project, environment, database);
    const { settings, origins } = mergeScopes(scopes);
    if (settings.enabled === false) continue;
    const anchor = scopes[scopes.length - 1]!.path;
    targets.push({
      environment,
      database,
      name: settings.name ?? database,
      settings,
      anchor,
      origin(field) {
        for (let n = field.length; n > 0; n--) {
          const found = origins.get(fieldKey(field.slice(0, n)));
          if (found) return found;
        }
        return anchor;
      },
    });
  }
  return targets;
}

type Json = Record<string, unknown>;

function mergeScopes(scopes: readonly Scope[]): { settings: ScopeSettings; origins: Map<string, DocPath> } {
  const origins = new Map<string, DocPath>();
  const result: Json = {};
  const dropOrigins = (field: readonly string[]) => {
    const prefix = fieldKey(field);
    for (const key of [...origins.keys()]) if (key === prefix || key.startsWith(`${prefix}\u0000`)) origins.delete(key);
  };
  const overlay = (into: Json, from: Json, field: readonly string[], scope: DocPath) => {
    for (const [key, value] of Object.entries(from)) {
      const path = [...field, key];
      for (const sibling of alternativesOf(field, key)) {
        delete into[sibling];
        dropOrigins([...field, sibling]);
      }
      origins.set(fieldKey(path), [...scope, ...path]);
      if (isMapping(value) && !isAtomic(path)) {
        if (!isMapping(into[key])) setField(into, key, {});
        overlay(into[key] as Json, value, path, scope);
      } else {
        dropOrigins(path);
        origins.set(fieldKey(path), [...scope, ...path]);
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

/** Secret references, ConfigMap references and variables replace as a whole. */
function isAtomic(path: readonly string[]): boolean {
  const last = path[path.length - 1]!;
  return last.endsWith("From") || last === "configMapRef" || (path.length === 2 && path[0] === "vars");
}

function isMapping(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Defines rather than assigns, so no key (not even `__proto__`) can reach a prototype. */
function setField(into: Json, key: string, value: unknown): void {
  Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
}

function fieldKey(path: readonly (string | number)[]): string {
  return path.join("\u0000");
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
    problems.push(source.problem(["databases", target.database], `${scope} has no migration directory: set dir.remote {name, tag} (Atlas Registry) or dir.path (a directory in this repository)`, "key"));
  }
  if (dir.remote) {
    if (!dir.remote.name) at(["dir", "remote"], `${scope}: dir.remote needs a name (the directory name in Atlas Cloud)`);
    if (!s.cloud?.tokenFrom) {
      at(["dir", "remote"], `${scope}: a registry directory needs cloud.tokenFrom: {secretKeyRef: {name, key}} (the Secret holding an Atlas Cloud token)`);
    }
  }
  if (!s.url && !s.urlFrom && !s.credentials && !s.config && !s.configFrom) {
    problems.push(source.problem(["databases", target.database], `${scope} has no target database: set urlFrom: {secretKeyRef: {name, key}} (or url, or credentials)`, "key"));
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
    at(
      ["protectedFlows", "migrateDown", "allow"],
      `${scope}: with an in-repo directory, allow needs autoApprove: true (there is no approval step)`,
    );
  }
  return problems;
}
