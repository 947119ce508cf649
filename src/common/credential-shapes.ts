/**
 * Finds the shapes a database credential takes in text, wherever it sits in a string:
 *
 * - a URL of any scheme whose user information holds a password (`scheme://user:pass@host`,
 *   also `:pass@`, `@` inside the password, IPv6 hosts, `mysql+unix://`, `jdbc:...://`);
 * - a password-like parameter (`password`, `pass`, `pwd`, `sslpassword`, `authToken`,
 *   `client_secret`...; any case, percent-encoded or not) in a URL query, a JDBC or ADO.NET
 *   `;key=value` list, a libpq `key=value` string or an atlas.hcl attribute;
 * - a Go MySQL driver DSN (`user:pass@tcp(host)/db`, `user:pass@/db`) and an Oracle thin JDBC
 *   URL (`jdbc:oracle:thin:user/pass@host`).
 *
 * A text holding percent-encoded characters is scanned once more decoded. Every scan walks the
 * text a bounded number of times (no regular expression, no rescanning from each position): a
 * 1 MiB value costs a few milliseconds, never a sidecar's CPU.
 *
 * Two readings: `url` for a field that is one URL (strict: any password in the user
 * information, any password-like query parameter name, even empty or templated), `text` for
 * free text (an atlas.hcl, a variable, an annotation), where a password written as an
 * interpolation (`${var.db_password}`, fed from a Secret) or left empty is not a credential.
 */

export type CredentialShape = "url-userinfo" | "parameter" | "mysql-dsn" | "oracle-thin";

/** How a shape is named in messages (never the value itself). */
export const shapeNames: Record<CredentialShape, string> = {
  "url-userinfo": "a URL with a password",
  parameter: "a password parameter",
  "mysql-dsn": "a MySQL DSN with a password",
  "oracle-thin": "a JDBC URL with a password",
};

export type Reading = "url" | "text";

/** The first credential shape in `text`, if any. */
export function findCredential(text: string, reading: Reading = "text"): CredentialShape | undefined {
  const strict = reading === "url";
  const found = scan(text, strict);
  if (found !== undefined || !text.includes("%")) return found;
  const decoded = percentDecoded(text);
  return decoded === text ? undefined : scan(decoded, strict);
}

/** True for a parameter, variable or field name that names a secret (`password`, `db_pass`, `authToken`...). */
export function isCredentialName(name: string): boolean {
  const words = percentDecoded(name)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
  if (words.length === 0) return false;
  if (words[words.length - 1] === "pass") return true;
  const joined = words.join("");
  return secretSuffixes.some((s) => joined.endsWith(s));
}

const secretSuffixes = ["password", "passwd", "pwd", "passphrase", "secret", "token", "credential", "credentials", "apikey", "secretkey", "secretaccesskey"];

/** Where a problem is, for a message: a key holding a credential is named by what it is, not quoted. */
export function redactedPath<T extends string | number>(path: readonly T[]): readonly (T | string)[] {
  if (!path.some((seg) => typeof seg === "string" && holdsCredential(seg))) return path;
  return path.map((seg) => (typeof seg === "string" && holdsCredential(seg) ? "<a key shaped like a credential>" : seg));
}

/** True when `text` holds any credential shape, read as a URL or as free text. */
export function holdsCredential(text: string): boolean {
  return findCredential(text, "text") !== undefined || findCredential(text, "url") !== undefined;
}

function scan(text: string, strict: boolean): CredentialShape | undefined {
  if (userinfoPassword(text, strict)) return "url-userinfo";
  if (parameterPassword(text, strict)) return "parameter";
  if (mysqlDsnPassword(text)) return "mysql-dsn";
  if (oracleThinPassword(text)) return "oracle-thin";
  return undefined;
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v";
/** Characters that end a URL inside free text. */
const endsUrlInText = (c: string) => isSpace(c) || c === '"' || c === "'" || c === "<" || c === ">" || c === "`";

/** A password written as an interpolation of a variable, not a literal: `${...}`. */
function isTemplated(text: string, from: number, to: number): boolean {
  return to - from >= 3 && text.startsWith("${", from) && text[to - 1] === "}";
}

/**
 * `scheme://user:password@host`: after each `://`, the authority runs to the first `/`, `?` or
 * `#` (in free text also to a blank or a quote), the user information to its last `@`. Each
 * authority holds no `://`, so the authorities are disjoint and the scan is linear.
 */
function userinfoPassword(text: string, strict: boolean): boolean {
  let from = 0;
  for (;;) {
    const mark = text.indexOf("://", from);
    if (mark === -1) return false;
    const start = mark + 3;
    let end = start;
    let colon = -1;
    let lastAt = -1;
    for (; end < text.length; end++) {
      const c = text[end]!;
      if (c === "/" || c === "?" || c === "#" || (!strict && endsUrlInText(c))) break;
      if (c === "@") lastAt = end;
      else if (c === ":" && colon === -1) colon = end;
    }
    // The user information runs to the last `@` (a password may hold `@`), the user to its first colon.
    if (colon !== -1 && colon < lastAt && (strict || (lastAt > colon + 1 && !isTemplated(text, colon + 1, lastAt)))) return true;
    from = end;
  }
}

/** Characters of a parameter name (`sslpassword`, `%70assword`, `pass+word`, `auth_token`). */
const isNameChar = (c: string) => /[A-Za-z0-9_.%+-]/.test(c);

/**
 * `name=value` with a password-like name, in a URL query (`?`, `&`, `;`), a JDBC or ADO.NET
 * list (`;password=`), a libpq string (`host=db password=secret`, blanks around `=` allowed) or
 * an atlas.hcl attribute (`password = "secret"`). Each `=` looks back over its own name only
 * (names hold no `=`), so every character is visited a bounded number of times.
 */
function parameterPassword(text: string, strict: boolean): boolean {
  for (let eq = text.indexOf("="); eq !== -1; eq = text.indexOf("=", eq + 1)) {
    let nameEnd = eq;
    while (nameEnd > 0 && (text[nameEnd - 1] === " " || text[nameEnd - 1] === "\t")) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > 0 && isNameChar(text[nameStart - 1]!)) nameStart--;
    if (nameStart === nameEnd || !isCredentialName(text.slice(nameStart, nameEnd).replace(/\+/g, " "))) continue;
    if (strict) return true;
    if (hasLiteralValue(text, eq + 1)) return true;
  }
  return false;
}

/** An HCL function name (`getenv`, `urlescape`): lowercase, unlike most passwords. */
function isFunctionName(name: string): boolean {
  return /^[a-z_][a-z0-9_]*$/.test(name);
}

/** A parameter (`name=`) starts at `from`, as after the `&` that ends an empty value. */
function startsParameter(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isNameChar(text[i]!)) i++;
  return i > from && text[i] === "=";
}

/** The value after `=` is a literal: not empty, not an interpolation, not an HCL reference or call. */
function hasLiteralValue(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  if (i >= text.length) return false;
  let c = text[i]!;
  if (c === "#" || isSpace(c) || ((c === "&" || c === ";") && startsParameter(text, i + 1))) return false;
  if (c === '"' || c === "'") {
    const quote = c;
    i++;
    if (i >= text.length || text[i] === quote) return false;
    return !text.startsWith("${", i);
  }
  if (text.startsWith("${", i)) return false;
  // An HCL expression: a reference (var.x, local.x, data.x.y) or a function call (getenv("X")).
  let j = i;
  while (j < text.length && /[A-Za-z0-9_]/.test(text[j]!)) j++;
  c = text[j] ?? "";
  if (j > i && c === "(" && isFunctionName(text.slice(i, j)) && /["'a-z_)]/.test(text[j + 1] ?? "")) return false;
  if (j > i && c === "." && /^(var|local|data|each|module)$/.test(text.slice(i, j))) return false;
  return true;
}

/**
 * Go MySQL driver DSNs: `user:password@protocol(address)/db` or `user:password@/db`. One pass:
 * for each word (between blanks and quotes), the first colon that does not start `://`; a
 * qualifying `@` then has a password between the two.
 */
function mysqlDsnPassword(text: string): boolean {
  let wordStart = 0;
  let colon = -1;
  let skip = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // In a URL, a query parameter's value starts a new word (`?dsn=user:pass@tcp(db)/app`).
    if (endsUrlInText(c) || (skip && (c === "?" || c === "&" || c === ";"))) {
      wordStart = i + 1;
      colon = -1;
      skip = false;
      continue;
    }
    if (c === ":" && colon === -1 && !skip) {
      if (text.startsWith("//", i + 1)) skip = true;
      else if (i - wordStart === 4 && text.slice(wordStart, i).toLowerCase() === "jdbc") skip = true;
      else colon = i;
    } else if (c === "@" && colon !== -1 && !skip && i > colon + 1 && !isTemplated(text, colon + 1, i)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9]/.test(text[j]!)) j++;
      if (text[j] === "(" || (j === i + 1 && text[j] === "/")) return true;
    }
  }
  return false;
}

/** `jdbc:oracle:thin:user/password@host`. */
function oracleThinPassword(text: string): boolean {
  const prefix = "jdbc:oracle:thin:";
  const lower = text.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(prefix, from);
    if (at === -1) return false;
    let slash = -1;
    let lastAt = -1;
    let i = at + prefix.length;
    for (; i < lower.length && !endsUrlInText(lower[i]!); i++) {
      if (lower[i] === "/" && slash === -1) slash = i;
      else if (lower[i] === "@") lastAt = i;
    }
    // `user/password@`: a slash before the last `@`, not the `//` of `@//host`.
    if (slash !== -1 && lastAt > slash + 1 && lower[slash + 1] !== "/") return true;
    from = i;
  }
}

/** `%XX` escapes of ASCII characters decoded; anything else left as written. */
function percentDecoded(text: string): string {
  return text.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
