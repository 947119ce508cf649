/**
 * Rules of atlas.project.yaml that JSON Schema does not express well, checked on every scope
 * as written (so a credential is caught even where a narrower scope overrides it).
 */
import type { DocPath, Problem } from "./errors.js";
import type { Project } from "./generated/project-types.js";
import { closest, valueAt } from "./schema-problems.js";
import { allScopes, exclusiveGroups } from "./scopes.js";
import type { YamlSource } from "./yaml-source.js";
import { quote } from "./errors.js";

export const syncWaveAnnotation = "argocd.argoproj.io/sync-wave";

export function projectProblems(project: Project, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const report = (path: DocPath, message: string, at: "key" | "value" = "value") =>
    problems.push(source.problem(path, message, at));

  const declared = Object.keys(project.databases);
  for (const [env, settings] of Object.entries(project.environments)) {
    for (const db of Object.keys(settings.databases ?? {})) {
      if (declared.includes(db)) continue;
      const suggestion = closest(db, declared);
      report(
        ["environments", env, "databases", db],
        `database ${quote(db)} is not declared under databases: ${suggestion ? `did you mean ${quote(suggestion)}?` : `declare it there, or use one of ${declared.join(", ")}`}`,
        "key",
      );
    }
  }

  for (const { path, settings } of allScopes(project)) {
    for (const group of exclusiveGroups) {
      const holder = valueAt(settings, group.at) as Record<string, unknown> | undefined;
      const set = group.fields.filter((f) => holder?.[f] !== undefined);
      if (set.length > 1) {
        report([...path, ...group.at, set[1]!], `set only one of ${group.fields.join(", ")} in one place (found ${set.join(" and ")})`, "key");
      }
    }
    for (const field of ["url", "devURL"] as const) {
      const url = settings[field];
      if (url !== undefined && urlCarriesSecret(url)) {
        report(
          [...path, field],
          `the URL carries a password: put the URL in a Secret and reference it with ${field}From: {secretKeyRef: {name: <secret>, key: <key>}}`,
        );
      }
    }
    if (settings.cloud?.url !== undefined && urlCarriesSecret(settings.cloud.url)) {
      report([...path, "cloud", "url"], "the URL carries a credential: the Atlas Cloud token belongs in the Secret of cloud.tokenFrom");
    }
    if (settings.config !== undefined && holdsCredentialUrl(settings.config)) {
      report([...path, "config"], "the atlas.hcl holds a URL with a password: put it in a Secret and use configFrom: {secretKeyRef: {name: <secret>, key: <key>}}");
    }
    if (settings.credentials?.password !== undefined) {
      report(
        [...path, "credentials", "password"],
        "a password in Git leaks: put it in a Secret and use passwordFrom: {secretKeyRef: {name: <secret>, key: <key>}}",
        "key",
      );
    }
    for (const name of Object.keys(settings.credentials?.parameters ?? {})) {
      if (secretLikeName.test(name)) {
        report(
          [...path, "credentials", "parameters", name],
          "a credential in a URL parameter leaks: move it to the Secret behind urlFrom or passwordFrom",
          "key",
        );
      }
    }
    if (settings.annotations?.[syncWaveAnnotation] !== undefined) {
      report([...path, "annotations", syncWaveAnnotation], "set the sync wave with syncWave, not as an annotation", "key");
    }
    for (const [name, variable] of Object.entries(settings.vars ?? {})) {
      const from = variable.valueFrom;
      if (variable.value !== undefined && secretLikeName.test(name)) {
        report([...path, "vars", name, "value"], `variable ${quote(name)} looks like a credential: read it from a Secret with valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}`);
      } else if (variable.value !== undefined && holdsCredentialUrl(variable.value)) {
        report([...path, "vars", name, "value"], "the value holds a URL with a password: read it from a Secret with valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}");
      }
      if ((variable.value === undefined) === (from === undefined)) {
        report([...path, "vars", name], "set exactly one of value and valueFrom");
      } else if (from && (from.secretKeyRef === undefined) === (from.configMapKeyRef === undefined)) {
        report([...path, "vars", name, "valueFrom"], "set exactly one of secretKeyRef and configMapKeyRef");
      }
    }
  }
  return problems;
}

const secretLikeName = /pass|pwd|secret|token|credential/i;

/** URLs with user information holding a password (`scheme://user:password@`); group 1 is the password. */
const credentialUrl = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:([^\s/?#@]*)@/g;

/**
 * True when a text (an atlas.hcl, a variable) holds a URL with a literal password. A password
 * that is only an interpolation (`${var.db_password}`, fed from a Secret) is the right way.
 */
function holdsCredentialUrl(text: string): boolean {
  for (const match of text.matchAll(credentialUrl)) {
    if (!/^(\$\{\s*[A-Za-z_][\w.]*\s*\})+$/.test(match[1]!)) return true;
  }
  return false;
}

/** True when a database URL holds a password (user info or a password-like query parameter). */
export function urlCarriesSecret(url: string): boolean {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)@/.exec(url);
  if (authority && authority[1]!.includes(":")) return true;
  const query = url.indexOf("?");
  if (query === -1) return false;
  for (const pair of url.slice(query + 1).split(/[&;]/)) {
    const name = decodeSafely(pair.split("=")[0] ?? "");
    if (secretLikeName.test(name)) return true;
  }
  return false;
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
