/**
 * `generate` (what Argo CD runs) and `render` (the same path, driven from flags). `render`
 * turns its flags into the environment Argo CD would build and calls the very same function,
 * so both print byte-identical manifests for the same inputs.
 */
import { join } from "node:path";
import { checkOtherManifests } from "../../argocd/other-manifests.js";
import { readPluginInputs } from "../../argocd/plugin-inputs.js";
import { displayPath } from "../../argocd/repository.js";
import { formatProblem, quote, shownLines, UsageError, UserError } from "../../common/errors.js";
import { renderEnvironment } from "../../gather/render-environment.js";
import { openWorkspace } from "../../gather/workspace.js";
import { projectFileName } from "../../project/schema.js";
import { selectEnvironment, toOutput } from "../../render/render.js";
import { expectNoArgs, keyValue, parseVerbArgs } from "../args.js";
import type { Io } from "../io.js";
import { projectFilePath } from "../project-path.js";

type Env = Readonly<Record<string, string | undefined>>;

export async function generateCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  const cwd = io.cwd;
  await renderManifests(io, join(cwd, projectFileName), io.env, "the environment parameter or the ATLAS_ENVIRONMENT plugin env entry");
}

export async function renderCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = await parseVerbArgs("render", args);
  const parameters = (values.param ?? []).map((p) => keyValue("--param", p));
  const named = new Set<string>();
  for (const [name] of parameters) {
    if (named.has(name)) throw new UsageError(`--param ${quote(name)} is given twice: give it once`);
    named.add(name);
  }
  if (values.environment !== undefined) {
    if (named.has("environment")) {
      throw new UsageError("--environment and --param environment= both set the environment: give one of them");
    }
    parameters.push(["environment", values.environment]);
  }
  const env: Record<string, string> = {};
  // As for an Application that names the plugin ("null": a plugin block without parameters).
  env.ARGOCD_APP_PARAMETERS = parameters.length > 0 ? JSON.stringify(parameters.map(([name, string]) => ({ name, string }))) : "null";
  for (const entry of values["plugin-env"] ?? []) {
    const [name, value] = keyValue("--plugin-env", entry);
    env[`ARGOCD_ENV_${name}`] = value;
  }
  if (values.namespace !== undefined) env.ARGOCD_APP_NAMESPACE = values.namespace;
  if (values["app-name"] !== undefined) env.ARGOCD_APP_NAME = values["app-name"];
  if (values.revision !== undefined) env.ARGOCD_APP_REVISION = values.revision;
  // The Argo CD inputs come from the flags; the rest of the process environment (the registry
  // token, for one) is the sidecar's, as for generate.
  await renderManifests(io, projectFilePath(io.cwd, positionals[0]), { ...withoutArgoInputs(io.env), ...env }, "--environment");
}

/** Renders for the inputs Argo CD gives (`env`): warnings to stderr, then the manifests as one YAML stream. */
export async function renderManifests(io: Io, projectFile: string, env: Env, howToChoose: string): Promise<void> {
  const inputs = readPluginInputs(env);
  const rendered = await unreadableAsUserError(io.cwd, async () => {
    const ws = openWorkspace(projectFile, io.cwd, env);
    const neighbours = checkOtherManifests(ws.repo, projectFile, inputs.discovered, {
      renderedByAnotherSource: ws.loaded.project.otherManifestsRenderedByAnotherSource,
    });
    const environment = selectEnvironment(ws.loaded, inputs.settings.get("environment"), howToChoose);
    const result = await renderEnvironment(ws, environment, {
      namespace: inputs.namespace,
      registry: { env, revision: inputs.revision },
    });
    return { output: toOutput(result.rendered), warnings: [...(neighbours ? [neighbours] : []), ...result.warnings] };
  });
  const warnings = shownLines(rendered.warnings.map(formatProblem), "warning", "run `argocd-atlas validate` to see them all");
  if (warnings.length > 0) io.err(`${warnings.join("\n")}\n`);
  io.out(rendered.output);
}

/**
 * A file or directory of the checkout the sidecar's user (uid 999) may not read is the
 * repository's to fix: a user error naming it, not an internal one.
 */
export async function unreadableAsUserError<T>(cwd: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const { code, path } = e as { code?: unknown; path?: unknown };
    if ((code === "EACCES" || code === "EPERM") && typeof path === "string") {
      throw new UserError({
        source: displayPath({ root: cwd, marked: false, cwd }, path),
        message: `cannot be read (${code}): the sidecar runs the plugin as uid 999, which must be able to read it; check its permissions`,
      });
    }
    throw e;
  }
}

/** The process environment without what Argo CD sets per render, so only render's flags give those. */
function withoutArgoInputs(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(ARGOCD_APP_|ARGOCD_ENV_|PARAM_)/.test(name)));
}
