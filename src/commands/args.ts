/** Command-line parsing for the verbs: strict, with errors as UsageError. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { quote, UsageError } from "../errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseVerbArgs<O extends Options>(args: string[], options: O, maxPositionals: number) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split(/\n|\. /)[0]!);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`unexpected argument ${quote(parsed.positionals[maxPositionals])}`);
  }
  return parsed;
}

/** For verbs that take no arguments; it spares generate loading the option parser at start-up. */
export function expectNoArgs(args: readonly string[]): void {
  if (args.length > 0) throw new UsageError(`unexpected argument ${quote(args[0])}`);
}

/** `NAME=VALUE` -> [NAME, VALUE]. */
export function keyValue(flag: string, item: string): [string, string] {
  const at = item.indexOf("=");
  if (at <= 0) throw new UsageError(`${flag} takes NAME=VALUE, got ${quote(item)}`);
  return [item.slice(0, at), item.slice(at + 1)];
}
