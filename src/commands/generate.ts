/**
 * `generate` (what Argo CD runs) and `render` (the same path, driven from flags). `render`
 * turns its flags into the environment Argo CD would build and calls the very same function,
 * so both print byte-identical manifests for the same inputs.
 */
import { join } from "node:path";
import { readPluginInputs } from "../plugin-inputs.js";
import { projectFileName } from "../project-schema.js";
import { openWorkspace, renderEnvironment, selectEnvironment, toOutput } from "../render.js";
import { keyValue, parseVerbArgs } from "./args.js";
import { projectFilePath } from "./project-path.js";
import type { Io } from "../io.js";

type Env = Readonly<Record<string, string | undefined>>;

export async function generateCommand(args: string[], io: Io): Promise<void> {
  parseVerbArgs(args, {}, 0);
  const cwd = io.cwd;
  const output = renderManifests(io.env, join(cwd, projectFileName), cwd, "the environment parameter or the ATLAS_ENVIRONMENT plugin env entry");
  io.out(output);
}

export async function renderCommand(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseVerbArgs(
    args,
    {
      environment: { type: "string", short: "e" },
      namespace: { type: "string" },
      "app-name": { type: "string" },
      revision: { type: "string" },
      param: { type: "string", multiple: true },
      "plugin-env": { type: "string", multiple: true },
    },
    1,
  );
  const parameters = (values.param ?? []).map((p) => keyValue("--param", p));
  if (values.environment !== undefined) parameters.push(["environment", values.environment]);
  const env: Record<string, string> = {};
  if (parameters.length > 0) env.ARGOCD_APP_PARAMETERS = JSON.stringify(parameters.map(([name, string]) => ({ name, string })));
  for (const entry of values["plugin-env"] ?? []) {
    const [name, value] = keyValue("--plugin-env", entry);
    env[`ARGOCD_ENV_${name}`] = value;
  }
  if (values.namespace !== undefined) env.ARGOCD_APP_NAMESPACE = values.namespace;
  if (values["app-name"] !== undefined) env.ARGOCD_APP_NAME = values["app-name"];
  if (values.revision !== undefined) env.ARGOCD_APP_REVISION = values.revision;
  const cwd = io.cwd;
  io.out(renderManifests(env, projectFilePath(cwd, positionals[0]), cwd, "--environment"));
}

/** The manifests for the inputs Argo CD gives (`env`), as one YAML stream. */
export function renderManifests(env: Env, projectFile: string, cwd: string, howToChoose: string): string {
  const inputs = readPluginInputs(env);
  const ws = openWorkspace(projectFile, cwd);
  const environment = selectEnvironment(ws, inputs.settings.get("environment"), howToChoose);
  return toOutput(renderEnvironment(ws, environment, { namespace: inputs.namespace }));
}
