/**
 * Error model of the CLI.
 *
 * - UserError: the input is wrong (project file, parameters, migration files, registry answers).
 *   Exit 1, one line per problem, each naming where the problem is and how to fix it.
 * - UsageError: the command line is wrong. Exit 2.
 * - Anything else is a bug in this program. Exit 70 with a hint to report it.
 * - stdout that cannot take the output (the reader gone, the disk full): exit 74, one line (src/cli/io.ts).
 */
import { holdsCredential } from "./credential-shapes.js";

export const ExitCode = {
  ok: 0,
  user: 1,
  usage: 2,
  /** `pin --check`: a pin is behind the latest tag. */
  pinsBehind: 3,
  internal: 70,
  /** stdout could not take the output (EPIPE, ENOSPC): sysexits' EX_IOERR. */
  output: 74,
} as const;

/** A path into a YAML/JSON document: map keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

export interface Problem {
  /** Where the problem is: a file name, an environment variable or a flag. */
  source: string;
  line?: number;
  column?: number;
  /** Field path inside the source, rendered as `a.b[0].c`. */
  path?: DocPath;
  message: string;
}

/** At most this many problems are printed: Argo CD shows them all in the Application's condition. */
export const maxProblemsShown = 20;
/** Problems after the first are left out once the text would pass this many characters. */
export const maxErrorChars = 4096;
/** One problem's line is cut here (it quotes user values through quote(), so this is a last resort). */
export const maxLineChars = 1000;

/**
 * Lines as many as fit in maxProblemsShown lines and maxErrorChars characters (the first always),
 * then one line counting the rest.
 */
export function shownLines(lines: readonly string[], noun: string, advice: string): string[] {
  const shown: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (shown.length === maxProblemsShown || (shown.length > 0 && size + line.length > maxErrorChars)) break;
    shown.push(line);
    size += line.length + 1;
  }
  const more = lines.length - shown.length;
  return more > 0 ? [...shown, `(${more} more ${noun}${more === 1 ? "" : "s"} not shown: ${advice})`] : shown;
}

export class UserError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? (problems as readonly Problem[]) : [problems as Problem];
    super(shownLines(list.map(formatProblem), "problem", "fix the ones above first").join("\n"));
    this.name = "UserError";
    this.problems = list;
  }
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** How many characters of a user's value, key, name or parameter a message quotes. */
export const maxQuoted = 80;

/** What a message shows instead of a value shaped like a credential. */
export const credentialNotShown = "(a value shaped like a credential, not shown)";

/**
 * A user's value as a message quotes it: JSON-quoted, at most maxQuoted characters of it, with
 * an ellipsis when cut (a value that is not a string: its JSON, cut the same way). Argo CD keeps
 * stderr in the Application's conditions: a message stays short whatever the input. A value
 * shaped like a credential is never shown.
 */
export function quote(value: unknown): string {
  if (holdsCredential(typeof value === "string" ? value : (safeJson(value) ?? String(value)))) return credentialNotShown;
  if (typeof value !== "string") {
    const text = safeJson(value) ?? String(value);
    return text.length <= maxQuoted ? text : `${text.slice(0, maxQuoted)}…`;
  }
  const chars = Array.from(value);
  return chars.length <= maxQuoted ? JSON.stringify(value) : `${JSON.stringify(chars.slice(0, maxQuoted).join(""))}…`;
}

function safeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** `a.b[0].c`; keys that are not plain identifiers are quoted: `labels["app.kubernetes.io/name"]`. */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (seg.length <= maxQuoted && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${quote(seg)}]`;
  }
  return out;
}

/**
 * One line: `source:line:column: path: message`, leaving out what is unknown. Control
 * characters (a line break in a file name, say) are escaped, so a problem is always one line.
 */
export function formatProblem(p: Problem): string {
  // A source is a path or an input's name; one shaped like a credential is not shown either.
  let where = holdsCredential(p.source) ? credentialNotShown : p.source;
  if (p.line !== undefined) where += `:${p.line}:${p.column ?? 1}`;
  const path = p.path && p.path.length > 0 ? `${formatPath(p.path)}: ` : "";
  const line = `${where}: ${path}${p.message}`.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return line.length <= maxLineChars ? line : `${line.slice(0, maxLineChars - 1)}…`;
}
