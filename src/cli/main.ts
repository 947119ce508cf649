/**
 * argocd-atlas: one executable, one verb per job. Each verb's module is loaded only when that
 * verb runs, so `generate` (run by Argo CD for every render) loads nothing it does not use.
 *
 * Exit codes: 0 ok, 1 bad input (one line per problem on stderr), 2 bad command line,
 * 3 `pin --check` found a pin behind, 70 a bug in this program, 74 stdout could not take the output
 * (EPIPE, ENOSPC).
 *
 * The verbs' options, usage texts and examples live in the verb table (src/cli/verbs.ts),
 * which only help and the verbs that take options load. `-h`/`--help` after any verb prints
 * that verb's usage. Each verb runs knowing where it runs (src/common/run-place.ts), so advice fits.
 */
import { holdsCredential } from "../common/credential-shapes.js";
import { ExitCode, quote, UsageError, UserError } from "../common/errors.js";
import { placeOfVerb, withRunPlace } from "../common/run-place.js";
import type { Io } from "./io.js";

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
  import: async () => (await import("./commands/import.js")).importCommand,
  version: async () => (await import("./commands/version.js")).versionCommand,
  help: async () => (await import("./commands/help.js")).helpCommand,
};
const aliases: Record<string, string> = { "--help": "help", "-h": "help", "--version": "version" };

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  const name = first === undefined ? undefined : (aliases[first] ?? first);
  try {
    if (name === undefined) throw new UsageError("missing verb: argocd-atlas VERB [arguments] [options]");
    const load = Object.hasOwn(verbs, name) ? verbs[name] : undefined;
    if (!load) throw new UsageError(await unknownVerb(name));
    // No verb takes a credential on its command line (shells keep history; paths get normalised
    // past the scanner): refused before anything echoes it.
    const leaking = rest.findIndex((arg) => holdsCredential(arg));
    if (leaking !== -1) {
      throw new UsageError(
        `argument ${leaking + 1} holds a value shaped like a credential (not shown): keep credentials in Kubernetes Secrets and name them in the project file (urlFrom, passwordFrom)`,
      );
    }
    if (asksForHelp(rest)) {
      const { helpCommand } = await import("./commands/help.js");
      await helpCommand([name], io);
      return ExitCode.ok;
    }
    const verb = await load();
    await withRunPlace(placeOfVerb(name), () => verb(rest, io));
    return ExitCode.ok;
  } catch (e) {
    return report(e, io, name !== undefined && Object.hasOwn(verbs, name) ? name : undefined);
  }
}

/** `-h` or `--help` anywhere before `--`. */
function asksForHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === "--") return false;
    if (arg === "-h" || arg === "--help") return true;
  }
  return false;
}

async function unknownVerb(name: string): Promise<string> {
  const { closest } = await import("../project/schema-problems.js");
  const suggestion = closest(name, Object.keys(verbs));
  return `unknown verb ${quote(name)}${suggestion ? `: did you mean ${suggestion}?` : ""}`;
}

function report(e: unknown, io: Io, verb: string | undefined): number {
  if (e instanceof Error && e.name === "PinsBehind") return ExitCode.pinsBehind;
  if (e instanceof UserError) {
    io.err(`${e.message}\n`);
    return ExitCode.user;
  }
  if (e instanceof UsageError) {
    const help = verb === undefined || verb === "help" ? "argocd-atlas help" : `argocd-atlas ${verb} --help`;
    io.err(`argocd-atlas${verb === undefined ? "" : ` ${verb}`}: ${e.message} (run \`${help}\` for usage)\n`);
    return ExitCode.usage;
  }
  const message = e instanceof Error ? e.message : String(e);
  io.err(
    `argocd-atlas: internal error: ${message.split("\n")[0]}; this is a bug, please report it at https://github.com/argocd-atlas/argocd-atlas/issues with the command you ran\n`,
  );
  if (io.env.ARGOCD_ATLAS_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  return ExitCode.internal;
}
