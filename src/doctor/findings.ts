/**
 * What `doctor` reports: one finding per line, in a fixed, grep-able shape.
 *
 *   OK   <what>[: <note>]
 *   WARN <what>: <why> — <fix>
 *   FAIL <what>: <why> — <fix>
 *
 * and a last line counting them (`5 OK, 1 WARN, 0 FAIL`). The level is padded to four
 * characters, so `grep '^FAIL'` finds the failures and the subjects line up. Pure.
 */

export type Level = "OK" | "WARN" | "FAIL";

export interface Finding {
  level: Level;
  /** The thing checked, e.g. `CRD atlasmigrations.db.atlasgo.io` or `Secret shop/app-db`. */
  what: string;
  /** OK: an optional note; WARN and FAIL: what is wrong and why it matters. */
  detail?: string;
  /** WARN and FAIL: what to do about it. */
  fix?: string;
}

export function ok(what: string, note?: string): Finding {
  return note === undefined ? { level: "OK", what } : { level: "OK", what, detail: note };
}

export function warn(what: string, why: string, fix: string): Finding {
  return { level: "WARN", what, detail: why, fix };
}

export function fail(what: string, why: string, fix: string): Finding {
  return { level: "FAIL", what, detail: why, fix };
}

/** The result of reading one object from the API server; errors that end the run are thrown instead. */
export type Lookup<T> =
  | { status: "found"; object: T }
  | { status: "missing" }
  | { status: "forbidden" }
  /** Any other HTTP status (a 5xx, a webhook refusing...). */
  | { status: "failed"; code: number };

/** A lookup that did not answer the question: no permission, or an unexpected status. */
export function cannotCheck(what: string, lookup: { status: "forbidden" } | { status: "failed"; code: number }, resource: string, namespace?: string): Finding {
  const where = namespace === undefined ? "" : ` in ${namespace}`;
  if (lookup.status === "forbidden") {
    return warn(what, `cannot check: no permission to get ${resource}${where}`, `run doctor with a user who may get ${resource}${where}`);
  }
  return warn(what, `cannot check: the API server answered HTTP ${lookup.code}`, "run doctor again; if it persists, look at the API server");
}

export function formatFinding(f: Finding): string {
  const level = f.level.padEnd(4);
  const detail = f.detail === undefined ? "" : `: ${f.detail}`;
  const fix = f.fix === undefined ? "" : ` — ${f.fix}`;
  return oneLine(`${level} ${f.what}${detail}${fix}`);
}

/** Every finding on its line, then the counts. */
export function formatReport(findings: readonly Finding[]): string {
  const count = (level: Level) => findings.filter((f) => f.level === level).length;
  const lines = findings.map(formatFinding);
  lines.push(`${count("OK")} OK, ${count("WARN")} WARN, ${count("FAIL")} FAIL`);
  return `${lines.join("\n")}\n`;
}

export function failures(findings: readonly Finding[]): number {
  return findings.filter((f) => f.level === "FAIL").length;
}

/** Names and values from the cluster end up in findings: none may break the one-line shape. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ");
}

/** The kubectl command that adds `keys` to an existing Secret (placeholders, never values). */
export function patchSecretCommand(namespace: string, name: string, keys: readonly string[], placeholder = "..."): string {
  const data = Object.fromEntries(keys.map((k) => [k, placeholder]));
  return `kubectl -n ${namespace} patch secret ${name} --type merge -p '${JSON.stringify({ stringData: data })}'`;
}
