/**
 * Rules of atlas.project.yaml that JSON Schema does not express well, checked on every scope
 * as written (so a credential is caught even where a narrower scope overrides it).
 */

import { type CredentialShape, findCredential, isCredentialName, redactedPath, shapeNames } from "../common/credential-shapes.js";
import type { DocPath, Problem } from "../common/errors.js";
import { formatPath, maxProblemsShown, quote } from "../common/errors.js";
import { syncWaveAnnotation } from "../common/names.js";
import type { Project } from "../generated/project-types.js";
import { urlSettings } from "./fields.js";
import { secretRef } from "./schema-parts.js";
import { closest, valueAt } from "./schema-problems.js";
import { allScopes, exclusiveGroups } from "./scopes.js";
import type { YamlSource } from "./yaml-source.js";

export function projectProblems(project: Project, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const report = (path: DocPath, message: string, at: "key" | "value" = "value") => {
    const problem = source.problem(path, message, at);
    problems.push({ ...problem, path: redactedPath(path) });
  };

  const declared = Object.keys(project.databases);
  const isDeclared = new Set(declared);
  // Written once: a list in each of thousands of messages would be quadratic.
  const choices = declared.length <= 8 ? `use one of ${declared.join(", ")}` : `use one of the ${declared.length} declared`;
  for (const [env, settings] of Object.entries(project.environments)) {
    for (const db of Object.keys(settings.databases ?? {})) {
      if (isDeclared.has(db)) continue;
      // A suggestion costs a pass over the declared names: only for the problems that are shown.
      const suggestion = problems.length < maxProblemsShown ? closest(db, declared) : undefined;
      report(
        ["environments", env, "databases", db],
        `database ${quote(db)} is not declared under databases: ${suggestion ? `did you mean ${quote(suggestion)}?` : `declare it there, or ${choices}`}`,
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
    for (const name of Object.keys(settings.credentials?.parameters ?? {})) {
      if (isCredentialName(name)) {
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
      if (variable.value !== undefined && isCredentialName(name)) {
        report(
          [...path, "vars", name, "value"],
          `variable ${quote(name)} looks like a credential: read it from a Secret with valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}`,
        );
      }
      if ((variable.value === undefined) === (from === undefined)) {
        report([...path, "vars", name], "set exactly one of value and valueFrom");
      } else if (from && (from.secretKeyRef === undefined) === (from.configMapKeyRef === undefined)) {
        report([...path, "vars", name, "valueFrom"], "set exactly one of secretKeyRef and configMapKeyRef");
      }
    }
  }
  // The last gate over everything a user can set, after the rules above (which name a field's
  // own fix): one problem per string, at most, and none where a rule above already spoke.
  const reported = new Set(problems.map((p) => formatPath(p.path ?? [])));
  const wasReported = (path: DocPath) => reported.has(formatPath(redactedPath(path)));
  for (const scope of allScopes(project)) {
    for (const found of credentialsIn(scope.settings)) {
      const path = [...scope.path, ...found.field];
      if (wasReported(path)) continue;
      report(path, credentialMessage(found.field, found.shape, found.at), found.at);
    }
  }
  return problems;
}

interface FoundCredential {
  /** Path inside the scope's settings. */
  field: DocPath;
  shape: CredentialShape;
  at: "key" | "value";
}

/** Every key and string value of one scope's settings holding a credential shape. */
function credentialsIn(settings: object): FoundCredential[] {
  const out: FoundCredential[] = [];
  const walk = (value: unknown, field: DocPath) => {
    if (typeof value === "string") {
      // A URL field is read strictly (any password, any password-like parameter name).
      const shape = findCredential(value, urlSettings.has(field.join(".")) ? "url" : "text");
      if (shape) out.push({ field, shape, at: "value" });
    } else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        const shape = findCredential(key, "text");
        if (shape) out.push({ field: [...field, key], shape, at: "key" });
        else walk(inner, [...field, key]);
      }
    }
  };
  walk(settings, []);
  return out;
}

/** What is wrong and the fix, for a credential found at `field` of a scope (never the value). */
function credentialMessage(field: DocPath, shape: CredentialShape, at: "key" | "value"): string {
  const what = shapeNames[shape];
  const path = field.join(".");
  if (at === "value") {
    const urlFix = urlSettings.get(path);
    if (urlFix !== undefined) return urlFix;
    if (path === "config") return `the atlas.hcl holds ${what}: put it in a Secret and use configFrom: ${secretRef}`;
    if (field[0] === "vars") return `the value holds ${what}: read it from a Secret with valueFrom: ${secretRef}`;
  }
  const holder = at === "key" ? "the key" : "the value";
  if (field[0] === "credentials")
    return `${holder} holds ${what}: a credential in Git leaks: give the password with passwordFrom: ${secretRef}, or the whole URL with urlFrom`;
  return `${holder} holds ${what}, which would be copied into the rendered manifest: keep credentials in Secrets (urlFrom, credentials.passwordFrom, configFrom, vars.<name>.valueFrom)`;
}
