/**
 * Where the Atlas Cloud token for tag pinning comes from, in the order they are tried: the one
 * list that the plugin follows when it reads the token (src/registry/token.ts) and that doctor
 * follows when it reasons about the sidecar's Deployment (src/doctor/sidecar-token.ts). The
 * first source whose variable is set to a value that counts wins; a variable set to a value that
 * does not count (empty) is passed over, as if unset.
 *
 * Pure data and string functions: no I/O, no imports (the generate path and doctor both load it).
 */

/** How a source holds the token; each reader of this list handles every kind. */
export type TokenSourceKind = "value" | "file" | "secret";

export interface TokenSource {
  readonly variable: string;
  readonly kind: TokenSourceKind;
  /** What the variable holds, for the reference of environment variables (one sentence, no final period). */
  readonly meaning: string;
  /** Whether a value of the variable selects this source; when not, the next source is tried. */
  readonly counts: (value: string) => boolean;
}

export const tokenSources = [
  {
    variable: "ATLAS_TOKEN",
    kind: "value",
    meaning: "The Atlas Cloud token for tag pinning",
    // The token is used trimmed: white space alone is no token.
    counts: (value: string) => value.trim() !== "",
  },
  {
    variable: "ATLAS_TOKEN_FILE",
    kind: "file",
    meaning: "A file holding the token (a mounted Secret key)",
    counts: (value: string) => value !== "",
  },
  {
    variable: "ATLAS_TOKEN_SECRET",
    kind: "secret",
    meaning: "`<namespace>/<name>/<key>` of a Secret holding the token, read with the Kubernetes API",
    counts: (value: string) => value !== "",
  },
] as const satisfies readonly TokenSource[];

export type TokenVariable = (typeof tokenSources)[number]["variable"];

const variables = tokenSources.map((s) => s.variable);
/** The variables, in order, as a message lists them: "A, B or C". */
export const tokenVariableList = `${variables.slice(0, -1).join(", ")} or ${variables[variables.length - 1]}`;

/** A variable as the reference of environment variables describes it: what it holds, and when it is read. */
export function tokenVariableDescription(variable: TokenVariable): string {
  const at = variables.indexOf(variable);
  const earlier = variables.slice(0, at);
  const when = earlier.length === 0 ? "" : `, when ${earlier.join(" and ")} ${earlier.length === 1 ? "is" : "are"} unset (or empty)`;
  return `${tokenSources[at]!.meaning}${when}.`;
}

/** The source used with these variables (`lookup` answers undefined for an unset one), if any. */
export function chosenTokenSource(lookup: (variable: TokenVariable) => string | undefined): (typeof tokenSources)[number] | undefined {
  return tokenSources.find((source) => {
    const value = lookup(source.variable);
    return value !== undefined && source.counts(value);
  });
}

export interface SecretReference {
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
}

/** ATLAS_TOKEN_SECRET's value read as `<namespace>/<name>/<key>`; undefined when it is not of that form. */
export function secretReference(value: string): SecretReference | undefined {
  const parts = value.split("/");
  if (parts.length !== 3 || parts.some((p) => p === "")) return undefined;
  const [namespace, name, key] = parts as [string, string, string];
  return { namespace, name, key };
}

/**
 * What is wrong with an ATLAS_TOKEN_SECRET value that is not a reference. The value is never
 * shown: a token put there by mistake must not reach a log.
 */
export const malformedSecretReference = "must be <namespace>/<name>/<key> of the Secret holding the token (the value is not shown)";
