/**
 * Command-line parsing for the verbs, by the rules of the verb table (src/cli/verbs.ts), as
 * kubectl and helm read a command line: `--name value` and `--name=value`, `-e value` and
 * `-evalue`, `--` ends the options. A single-value option given twice is an error, not a silent
 * pick; an unknown option gets "did you mean". Errors are UsageErrors in our own words.
 */
import { quote, UsageError } from "../common/errors.js";
import { closest } from "../project/schema-problems.js";
import type { VerbName, VerbSpec, verbTable } from "./verbs.js";

type ValueOf<O> = O extends { readonly type: "boolean" } ? boolean : O extends { readonly multiple: true } ? string[] : string;
export type Values<Options> = { -readonly [K in keyof Options]?: ValueOf<Options[K]> };

export interface Parsed<Options> {
  values: Values<Options>;
  positionals: string[];
}

/** Parses `args` for `verb`; the verb table is loaded here, so a verb that takes no options never loads it. */
export async function parseVerbArgs<V extends VerbName>(verb: V, args: readonly string[]): Promise<Parsed<(typeof verbTable)[V]["options"]>> {
  const table = (await import("./verbs.js")).verbTable;
  return parseArgsFor(table[verb], args) as unknown as Parsed<(typeof verbTable)[V]["options"]>;
}

export function parseArgsFor(spec: VerbSpec, args: readonly string[]): { values: Record<string, string | string[] | boolean>; positionals: string[] } {
  const values: Record<string, string | string[] | boolean> = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(spec.options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    // --name, --name=value, -e, -evalue, -e=value
    let name: string | undefined;
    let inline: string | undefined;
    let written: string;
    if (arg.startsWith("--")) {
      const at = arg.indexOf("=");
      written = at < 0 ? arg : arg.slice(0, at);
      inline = at < 0 ? undefined : arg.slice(at + 1);
      name = Object.hasOwn(spec.options, written.slice(2)) ? written.slice(2) : undefined;
    } else {
      written = arg.slice(0, 2);
      const rest = arg.slice(2);
      inline = rest === "" ? undefined : rest.startsWith("=") ? rest.slice(1) : rest;
      name = byShort.get(arg[1]!);
    }
    if (name === undefined) throw new UsageError(unknownOption(spec, written, arg.split("=")[0]!));
    const option = spec.options[name]!;
    const label = `--${name}`;
    if (option.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`${label} takes no value, got ${quote(arg)}: write ${label} alone`);
      if (values[name] === true) throw new UsageError(`${label} is given twice: give it once`);
      values[name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) {
        throw new UsageError(`${written} needs a value: ${written} ${option.value ?? "VALUE"}`);
      }
      value = next;
      i++;
    }
    if (option.multiple) {
      values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    } else if (values[name] !== undefined) {
      throw new UsageError(`${label} is given twice (${quote(values[name])}, then ${quote(value)}): give it once`);
    } else values[name] = value;
  }
  const max = spec.operand ? (spec.operand.repeatable ? Number.POSITIVE_INFINITY : 1) : 0;
  if (positionals.length > max) {
    const takes = spec.operand ? `takes one ${spec.operand.name} at most` : "takes no arguments";
    throw new UsageError(`${takes}, got ${quote(positionals[max])} too`);
  }
  return { values, positionals };
}

function unknownOption(spec: VerbSpec, written: string, token: string): string {
  const forms = Object.entries(spec.options).flatMap(([name, o]) => [`--${name}`, ...(o.short ? [`-${o.short}`] : [])]);
  // A long name written with one dash (-namespaces) is matched against the long forms.
  const asWritten = written.startsWith("--") ? written : token.length > 2 ? `-${token}` : token;
  const longs = forms.filter((f) => f.startsWith("--"));
  // An abbreviation (--env) names the one long option it starts; else the nearest spelling.
  const extending = asWritten.length > 3 ? longs.filter((f) => f.startsWith(asWritten)) : [];
  // One letter is too short to guess from (-x is no typo of -e).
  const suggestion = extending.length === 1 ? extending[0] : asWritten.length > 2 ? closest(asWritten, [...forms, "--help"]) : undefined;
  const shown = written.startsWith("--") ? written : token;
  if (suggestion) return `unknown option ${shown}: did you mean ${suggestion}?`;
  return forms.length === 0 ? `takes no options, got ${shown}` : `unknown option ${shown}: the options are ${longs.join(", ")}`;
}

/** For verbs that take no arguments; it spares them loading the verb table at start-up. */
export function expectNoArgs(args: readonly string[]): void {
  if (args.length === 0) return;
  const first = args[0]!;
  throw new UsageError(first.startsWith("-") ? `takes no options, got ${first.split("=")[0]}` : `takes no arguments, got ${quote(first)}`);
}

/** `NAME=VALUE` -> [NAME, VALUE]. */
export function keyValue(flag: string, item: string): [string, string] {
  const at = item.indexOf("=");
  if (at <= 0) throw new UsageError(`${flag} takes NAME=VALUE, got ${quote(item)}`);
  return [item.slice(0, at), item.slice(at + 1)];
}
