/**
 * The scopes of atlas.project.yaml and how they combine. Settings merge from the widest scope
 * to the narrowest:
 *
 *   defaults -> databases.<db> -> environments.<env> -> environments.<env>.databases.<db>
 *
 * - Mappings merge key by key (labels, annotations, vars, credentials, cloud, dir.remote...).
 * - Scalars and lists are replaced.
 * - Secret references (`*From`), dir.configMapRef and each variable are replaced as a whole.
 * - Alternatives exclude each other: a scope that sets one member of a group below drops the
 *   other members inherited from wider scopes (e.g. an environment setting `credentials`
 *   drops a default `urlFrom`; a database setting `dir.path` drops a default `dir.remote`).
 */
import type { DocPath } from "../common/errors.js";
import type { DatabaseSettings, EnvironmentSettings, Project, Settings } from "../generated/project-types.js";
import { type MergeRule, type SettingField, settingFields } from "./fields.js";

/** The settings one scope may hold (a database scope may also name its AtlasMigration). */
export type ScopeSettings = Settings & Pick<DatabaseSettings, "name">;

export interface Scope {
  path: DocPath;
  settings: ScopeSettings;
}

/**
 * Fields of one mapping (`at`, a path inside the settings) that exclude each other, from the
 * settings table: top-level settings of one `alternativeGroup`, and each setting's own
 * `merge.alternatives`.
 */
export function exclusiveGroupsOf(fields: readonly SettingField[]): ReadonlyArray<{ at: readonly string[]; fields: readonly string[] }> {
  return [
    ...[...new Set(fields.flatMap((f) => f.alternativeGroup ?? []))].map((group) => ({
      at: [],
      fields: fields.filter((f) => f.alternativeGroup === group).map((f) => f.key),
    })),
    ...fields.flatMap((f) => (f.merge?.alternatives ?? []).map((group) => ({ at: [f.key], fields: group }))),
  ];
}

export const exclusiveGroups = exclusiveGroupsOf(settingFields);

/** The merge rule of a field of the settings (a path such as `credentials.userFrom`), if it has one. */
export function mergeRuleAt(path: readonly string[], fields: readonly SettingField[] = settingFields): MergeRule | undefined {
  let rule: MergeRule | undefined = fields.find((f) => f.key === path[0])?.merge;
  for (const key of path.slice(1)) {
    if (rule === undefined || rule.whole) return rule;
    rule = (rule.keys && Object.hasOwn(rule.keys, key) ? rule.keys[key] : undefined) ?? rule.each;
  }
  return rule;
}

/** Every settings block of the file, widest first. */
export function allScopes(project: Project): Scope[] {
  const out: Scope[] = [];
  if (project.defaults) out.push({ path: ["defaults"], settings: project.defaults });
  for (const [db, settings] of Object.entries(project.databases)) out.push({ path: ["databases", db], settings });
  for (const env of Object.keys(project.environments)) {
    out.push(environmentScope(project, env));
    for (const db of Object.keys(project.environments[env]!.databases ?? {})) {
      out.push({ path: ["environments", env, "databases", db], settings: project.environments[env]!.databases![db]! });
    }
  }
  return out;
}

/** The scopes that apply to one database in one environment, widest first. */
export function targetScopes(project: Project, env: string, db: string): Scope[] {
  const out: Scope[] = [];
  if (project.defaults) out.push({ path: ["defaults"], settings: project.defaults });
  out.push({ path: ["databases", db], settings: project.databases[db]! });
  out.push(environmentScope(project, env));
  const narrow = project.environments[env]!.databases?.[db];
  if (narrow) out.push({ path: ["environments", env, "databases", db], settings: narrow });
  return out;
}

function environmentScope(project: Project, env: string): Scope {
  const { databases: _, ...settings } = project.environments[env] as EnvironmentSettings;
  return { path: ["environments", env], settings };
}
