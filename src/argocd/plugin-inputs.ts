/**
 * What Argo CD tells the plugin, read from the environment of the generate command:
 *
 *   parameters  ARGOCD_APP_PARAMETERS (JSON, exact)  >  PARAM_<NAME> (derived, lossy)
 *   env entries ARGOCD_ENV_<entry> (the Application's spec.source.plugin.env)
 *   build info  ARGOCD_APP_NAMESPACE (destination namespace), ARGOCD_APP_NAME, ARGOCD_APP_REVISION
 *
 * A setting may come from a parameter or from its env entry; giving both with different values
 * is an error rather than a silent pick. The table below is the single source of the
 * parameters: plugin.yaml's static announcements and the README are generated from it.
 */

import { quote, UserError } from "../common/errors.js";
import { dnsLabelMaxLength, dnsLabelPattern, matches } from "../common/names.js";

/** The name Applications use in spec.source.plugin.name (plugin.yaml sets no spec.version, so no suffix). */
export const pluginName = "argocd-atlas";

export interface ParameterSpec {
  name: string;
  title: string;
  tooltip: string;
  /** The plugin env entry that can carry the same setting. */
  envEntry: string;
  /** Applied in code when nothing is given; announced with the same value (Argo CD never sends announced defaults). */
  default: string;
}

export const parameterSpecs: readonly ParameterSpec[] = [
  {
    name: "environment",
    title: "Environment",
    tooltip: "Environment of atlas.project.yaml to render. May be left empty when the file has exactly one environment.",
    envEntry: "ATLAS_ENVIRONMENT",
    default: "",
  },
];

export interface Setting {
  value: string;
  /** Where the value came from, for messages: `parameter environment`, `ARGOCD_ENV_ATLAS_ENVIRONMENT`. */
  from: string;
}

export interface PluginInputs {
  /** Settings by parameter name; absent when neither the parameter nor its env entry is set. */
  settings: ReadonlyMap<string, Setting>;
  namespace?: string;
  appName?: string;
  revision?: string;
  /** The Application has no plugin block: Argo CD chose the plugin by discovery (ARGOCD_APP_PARAMETERS unset). */
  discovered: boolean;
}

type Env = Readonly<Record<string, string | undefined>>;

export function readPluginInputs(env: Env): PluginInputs {
  const parameters = readParameters(env);
  const settings = new Map<string, Setting>();
  for (const spec of parameterSpecs) {
    const fromParameter = parameters.get(spec.name);
    const entryName = `ARGOCD_ENV_${spec.envEntry}`;
    const entry = nonEmpty(env[entryName]);
    if (fromParameter !== undefined && entry !== undefined && fromParameter.value !== entry) {
      throw new UserError({
        source: entryName,
        message: `conflicts with ${fromParameter.from}: ${quote(entry)} vs ${quote(fromParameter.value)}; set the ${spec.name} in one place only`,
      });
    }
    const chosen = fromParameter ?? (entry !== undefined ? { value: entry, from: entryName } : undefined);
    const value = chosen ?? (spec.default !== "" ? { value: spec.default, from: `the default ${spec.name}` } : undefined);
    if (value) settings.set(spec.name, value);
  }
  const namespace = nonEmpty(env.ARGOCD_APP_NAMESPACE);
  if (namespace !== undefined && !matches(dnsLabelPattern, dnsLabelMaxLength, namespace)) {
    throw new UserError({
      source: "ARGOCD_APP_NAMESPACE",
      message: `${quote(namespace)} is not a namespace name (lowercase letters, digits and '-', at most 63 characters): check the Application's destination namespace`,
    });
  }
  return {
    settings,
    namespace,
    appName: nonEmpty(env.ARGOCD_APP_NAME),
    revision: nonEmpty(env.ARGOCD_APP_REVISION),
    discovered: env.ARGOCD_APP_PARAMETERS === undefined,
  };
}

function readParameters(env: Env): Map<string, Setting> {
  const json = env.ARGOCD_APP_PARAMETERS;
  if (json !== undefined && json.trim() !== "" && json.trim() !== "null") return parseParametersJson(json);
  const out = new Map<string, Setting>();
  for (const spec of parameterSpecs) {
    const name = `PARAM_${spec.name.toUpperCase().replace(/[^A-Z0-9_]/g, "_")}`;
    const value = nonEmpty(env[name]);
    if (value !== undefined) out.set(spec.name, { value, from: name });
  }
  return out;
}

function parseParametersJson(json: string): Map<string, Setting> {
  const source = "ARGOCD_APP_PARAMETERS";
  let list: unknown;
  try {
    list = JSON.parse(json);
  } catch {
    throw new UserError({ source, message: 'is not valid JSON: expected a list like [{"name":"environment","string":"prod"}]' });
  }
  if (!Array.isArray(list)) throw new UserError({ source, message: "must be a JSON list of parameters" });
  const known = parameterSpecs.map((s) => s.name);
  const out = new Map<string, Setting>();
  list.forEach((item: unknown, i) => {
    const p = item as Record<string, unknown> | null;
    if (p === null || typeof p !== "object" || typeof p.name !== "string") {
      throw new UserError({ source, path: [i], message: "each parameter must be an object with a name" });
    }
    if (!known.includes(p.name)) {
      throw new UserError({ source, path: [i], message: `unknown parameter ${quote(p.name)}: this plugin takes ${known.join(", ")}` });
    }
    if (p.array !== undefined || p.map !== undefined || (p.string !== undefined && typeof p.string !== "string")) {
      throw new UserError({ source, path: [i], message: `parameter ${p.name} takes a single string value` });
    }
    if (out.has(p.name)) throw new UserError({ source, path: [i], message: `parameter ${p.name} is given twice` });
    const value = nonEmpty(p.string as string | undefined);
    if (value !== undefined) out.set(p.name, { value, from: `parameter ${p.name}` });
  });
  return out;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === "" ? undefined : v;
}
