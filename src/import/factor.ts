/**
 * The merged settings of each database in each environment, split back into the scopes of a
 * project file: the inverse of resolve.ts's merge (rules in scopes.ts).
 *
 * Settings are cut into leaves: scalars, lists, whole values (`*From`, configMapRef, each
 * variable) and empty mappings; every other mapping merges key by key, so its keys are leaves of
 * their own. A leaf goes to the widest scope whose every rendered target has it with the same value:
 *
 *   - every target: defaults (databases.<db> when there is one database);
 *   - every environment of a database: databases.<db>;
 *   - every database of an environment: environments.<env>;
 *   - otherwise the target's own scope, environments.<env>.databases.<db>.
 *
 * Why that merges back exactly: a leaf is placed only where every target it reaches has it, with
 * the value placed (a database and an environment scope reaching one target agree, both being
 * that target's value), so merging adds no field and changes none. Alternatives (url / urlFrom /
 * credentials, dir.remote / path / configMapRef...) never drop anything: a leaf inside one
 * alternative reaches only targets that chose it. A database missing from an environment is
 * turned off there with `enabled: false` (or, missing from most, off in databases.<db> and on
 * where it is).
 */

import { isDeepStrictEqual } from "node:util";
import type { DocPath } from "../common/errors.js";
import { mergeRuleAt } from "../project/scopes.js";

type Json = Record<string, unknown>;

export interface Grid {
  environments: readonly string[];
  databases: readonly string[];
  /** environment -> database -> merged settings, for the targets the input has. */
  targets: ReadonlyMap<string, ReadonlyMap<string, Json>>;
}

export interface Scopes {
  defaults: Json;
  databases: Map<string, Json>;
  environments: Map<string, Json>;
  /** environment -> database -> settings */
  overrides: Map<string, Map<string, Json>>;
}

interface Target {
  env: string;
  db: string;
  leaves: Map<string, { path: DocPath; value: unknown }>;
}

export function factor(grid: Grid): Scopes {
  const targets: Target[] = [];
  const paths = new Map<string, DocPath>();
  for (const env of grid.environments) {
    for (const [db, settings] of grid.targets.get(env) ?? []) {
      const leaves = new Map<string, { path: DocPath; value: unknown }>();
      for (const leaf of leavesOf(settings, [])) {
        const key = JSON.stringify(leaf.path);
        leaves.set(key, leaf);
        if (!paths.has(key)) paths.set(key, leaf.path);
      }
      targets.push({ env, db, leaves });
    }
  }
  const scopes: Scopes = { defaults: {}, databases: new Map(), environments: new Map(), overrides: new Map() };
  const scope = <K>(map: Map<K, Json>, key: K): Json => {
    if (!map.has(key)) map.set(key, {});
    return map.get(key)!;
  };
  const override = (env: string, db: string): Json => {
    if (!scopes.overrides.has(env)) scopes.overrides.set(env, new Map());
    return scope(scopes.overrides.get(env)!, db);
  };
  const single = grid.databases.length === 1;

  for (const [key, path] of paths) {
    const value = (t: Target) => t.leaves.get(key)?.value;
    const shared = (ts: readonly Target[]) => ts.length > 0 && ts.every((t) => t.leaves.has(key) && isDeepStrictEqual(value(t), value(ts[0]!)));
    // A database's own AtlasMigration name is a setting of database scopes only.
    const databaseScopesOnly = path.length === 1 && path[0] === "name";
    if (shared(targets) && !databaseScopesOnly) {
      setLeaf(single ? scope(scopes.databases, grid.databases[0]!) : scopes.defaults, path, value(targets[0]!));
      continue;
    }
    const covered = new Set<Target>();
    for (const db of grid.databases) {
      const ts = targets.filter((t) => t.db === db);
      if (!shared(ts)) continue;
      setLeaf(scope(scopes.databases, db), path, value(ts[0]!));
      for (const t of ts) covered.add(t);
    }
    for (const env of grid.environments) {
      const ts = targets.filter((t) => t.env === env);
      if (databaseScopesOnly || !ts.some((t) => !covered.has(t)) || !shared(ts)) continue;
      setLeaf(scope(scopes.environments, env), path, value(ts[0]!));
      for (const t of ts) covered.add(t);
    }
    for (const t of targets) if (!covered.has(t) && t.leaves.has(key)) setLeaf(override(t.env, t.db), path, value(t));
  }

  // A database in fewer than half of the environments is off by default and on where it is.
  for (const db of grid.databases) {
    const present = grid.environments.filter((env) => grid.targets.get(env)?.has(db));
    if (present.length === grid.environments.length) continue;
    const offByDefault = present.length * 2 < grid.environments.length;
    if (offByDefault) setLeaf(scope(scopes.databases, db), ["enabled"], false);
    for (const env of grid.environments) {
      if (present.includes(env) === offByDefault) setLeaf(override(env, db), ["enabled"], offByDefault);
    }
  }
  return scopes;
}

/** The leaves of one target's settings (see the module comment). */
function leavesOf(value: Json, at: DocPath): { path: DocPath; value: unknown }[] {
  const out: { path: DocPath; value: unknown }[] = [];
  for (const [key, v] of Object.entries(value)) {
    const path = [...at, key];
    if (isMapping(v) && Object.keys(v).length > 0 && !isWhole(path)) out.push(...leavesOf(v, path));
    else out.push({ path, value: v });
  }
  return out;
}

/** Values a scope replaces as a whole (the settings table's merge rules, as resolve.ts merges them). */
function isWhole(path: DocPath): boolean {
  return mergeRuleAt(path.map(String))?.whole === true;
}

function setLeaf(into: Json, path: DocPath, value: unknown): void {
  let node = into;
  for (const seg of path.slice(0, -1)) {
    const key = String(seg);
    if (!isMapping(node[key])) define(node, key, {});
    node = node[key] as Json;
  }
  define(node, String(path[path.length - 1]), structuredClone(value));
}

/** Defines rather than assigns: a label named `__proto__` stays a label. */
function define(o: Json, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function isMapping(v: unknown): v is Json {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
