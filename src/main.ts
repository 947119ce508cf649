/**
 * argocd-atlas: one executable, one verb per job. Each verb's module is loaded only when that
 * verb runs, so `generate` (run by Argo CD for every render) loads nothing it does not use.
 *
 * Exit codes: 0 ok, 1 bad input (one line per problem on stderr), 2 bad command line,
 * 3 `pin --check` found a pin behind, 70 a bug in this program.
 */
import { ExitCode, quote, UsageError, UserError } from "./errors.js";
import type { Io } from "./io.js";

export const usage = `Usage: argocd-atlas <verb> [options]

Verbs:
  generate              Render manifests for Argo CD (reads the environment Argo CD provides)
  render [PATH]         Render locally; PATH is a directory holding atlas.project.yaml, or the file
      -e, --environment NAME   environment to render (the "environment" parameter)
      --namespace NS           destination namespace (ARGOCD_APP_NAMESPACE)
      --app-name NAME          Application name (ARGOCD_APP_NAME)
      --revision SHA           revision being rendered (ARGOCD_APP_REVISION)
      --param NAME=VALUE       a plugin parameter (repeatable)
      --plugin-env NAME=VALUE  a plugin env entry, as ARGOCD_ENV_NAME (repeatable)
  validate [PATH]       Check every environment of a project file; prints a summary
  parameters            Print the dynamic parameter announcements (JSON) for Argo CD
  schema                Print the JSON Schema of atlas.project.yaml
  init [DIR] [--force]  Write a commented starter atlas.project.yaml
  pin [PATH]            Write the latest registry tags for databases with pin.mode write
      -e, --environment NAME   only this environment (repeatable)
      --revision SHA           search the history from this commit (default HEAD)
      --check                  write nothing; exit 3 when a pin is behind
      --allow-older            allow moving a pin to an older directory version
  doctor [PATH]         Check a cluster (current kubeconfig context) for what the plugin needs
      -e, --environment NAME   also check the Secrets and ConfigMaps this environment references
      --namespace NS           namespace of that environment's objects (default: the context's)
      --argocd-namespace NS    where Argo CD runs (default: argocd)
      --repo-server NAME       the repo-server Deployment (default: argocd-repo-server)
      --kubeconfig FILE        kubeconfig to use (default: $KUBECONFIG, else ~/.kube/config)
      --context NAME           kubeconfig context to use (default: the current one)
  help                  Show this text
  version               Print the version
`;

type Verb = (args: string[], io: Io) => Promise<void>;

const verbs: Record<string, () => Promise<Verb>> = {
  generate: async () => (await import("./commands/generate.js")).generateCommand,
  render: async () => (await import("./commands/generate.js")).renderCommand,
  validate: async () => (await import("./commands/validate.js")).validateCommand,
  parameters: async () => (await import("./commands/parameters.js")).parametersCommand,
  schema: async () => (await import("./commands/schema.js")).schemaCommand,
  init: async () => (await import("./commands/init.js")).initCommand,
  pin: async () => (await import("./commands/pin.js")).pinCommand,
  doctor: async () => (await import("./commands/doctor.js")).doctorCommand,
  version: async () => (await import("./commands/version.js")).versionCommand,
  help: async () => async (_args, io) => io.out(usage),
};
const aliases: Record<string, string> = { "--help": "help", "-h": "help", "--version": "version" };

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) throw new UsageError("missing verb");
    const name = aliases[first] ?? first;
    const load = Object.hasOwn(verbs, name) ? verbs[name] : undefined;
    if (!load) throw new UsageError(`unknown verb ${quote(first)}`);
    await (await load())(rest, io);
    return ExitCode.ok;
  } catch (e) {
    return report(e, io);
  }
}

function report(e: unknown, io: Io): number {
  if (e instanceof Error && e.name === "PinsBehind") return ExitCode.pinsBehind;
  if (e instanceof UserError) {
    io.err(`${e.message}\n`);
    return ExitCode.user;
  }
  if (e instanceof UsageError) {
    io.err(`argocd-atlas: ${e.message} (run \`argocd-atlas help\` for usage)\n`);
    return ExitCode.usage;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(
    `argocd-atlas: internal error: ${message.split("\n")[0]}; this is a bug, please report it at https://github.com/argocd-atlas/argocd-atlas/issues with the command you ran\n`,
  );
  if (io.env.ARGOCD_ATLAS_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  return ExitCode.internal;
}

