/**
 * Deterministic YAML for Kubernetes objects: fixed key order (apiVersion, kind, metadata, then
 * alphabetical), no timestamps, documents separated by `---`.
 *
 * A small emitter of our own rather than a general one: the objects hold only mappings, lists,
 * strings, integers and booleans, and the rules that matter are few. A string is written plain
 * only when every YAML 1.1 and 1.2 reader takes it for that same string (Argo CD reads with Go's
 * YAML 1.1 rules, where `yes`, `on`, `010` and `1:20` are not strings); multi-line text is a
 * literal block; anything else is double-quoted with JSON escapes, which YAML shares.
 */

const topOrder = ["apiVersion", "kind", "metadata", "immutable", "spec", "data"];
const metadataOrder = ["name", "namespace", "labels", "annotations"];

export function toYamlStream(objects: readonly object[]): string {
  return objects.map((o) => `---\n${mapping(o as Record<string, unknown>, "", topOrder)}`).join("");
}

function mapping(value: Record<string, unknown>, indent: string, order?: readonly string[]): string {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  if (keys.length === 0) return `${indent}{}\n`;
  const rank = (k: string) => {
    const i = order?.indexOf(k) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  keys.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return keys
    .map((k) => entry(`${indent}${scalar(k, indent, true)}:`, value[k], indent, order === topOrder && k === "metadata" ? metadataOrder : undefined))
    .join("");
}

/** `head` is `key:` or `-`; the value follows on the same line or, for collections, indented below. */
function entry(head: string, value: unknown, indent: string, order?: readonly string[]): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length === 0 ? `${head} []\n` : `${head}\n${sequence(value, inner)}`;
  if (value !== null && typeof value === "object") {
    const body = value as Record<string, unknown>;
    return Object.keys(body).length === 0 ? `${head} {}\n` : `${head}\n${mapping(body, inner, order)}`;
  }
  return `${head} ${scalar(value, indent, false)}\n`;
}

function sequence(items: readonly unknown[], indent: string): string {
  return items
    .map((item) => {
      if (item !== null && typeof item === "object" && !Array.isArray(item) && Object.keys(item).length > 0) {
        // `- key: value` with the other keys aligned under the first.
        const body = mapping(item as Record<string, unknown>, `${indent}  `);
        return `${indent}- ${body.slice(indent.length + 2)}`;
      }
      return entry(`${indent}-`, item, indent);
    })
    .join("");
}

/** A string as a one-line YAML scalar: plain when every reader takes it for that string, else quoted. */
export function yamlString(value: string): string {
  return isPlainSafe(value) ? value : doubleQuoted(value);
}

function scalar(value: unknown, indent: string, isKey: boolean): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (typeof value !== "string") throw new Error(`cannot write a ${value === null ? "null" : typeof value} as YAML`);
  if (isPlainSafe(value)) return value;
  if (!isKey && value.includes("\n") && /[^\n]/.test(value) && isLiteralSafe(value)) return literal(value, indent);
  return doubleQuoted(value);
}

/** Words that YAML 1.1 or 1.2 resolves to booleans or null, and the 1.1 merge and value keys. */
const reserved = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|<<|=)$/;
/**
 * Numbers in any YAML 1.1 or 1.2 form (010, 0x1F, 1_000, 1:20, 1e3, .5, .inf) and dates, and
 * strings some readers mistake for them (e4).
 */
const numberLike = /^[-+]?([0-9_.:]+([eE][-+]?[0-9]+)?|[0-9_.:]*[eE][-+]?[0-9]+|0[xXbBoO].*|\.(inf|Inf|INF|nan|NaN|NAN))$|^\d{4}-\d\d?-\d\d?/;

function isPlainSafe(s: string): boolean {
  // A trailing ':' would start a mapping.
  // Go's readers drop every '_' before trying a number (6.5e+1_0 is a float to them).
  return /^[A-Za-z0-9_./][-A-Za-z0-9_./:@+]*$/.test(s) && !s.endsWith(":") && !reserved.test(s) && !numberLike.test(s) && !numberLike.test(s.replace(/_/g, ""));
}

/**
 * Printable text without carriage returns, characters YAML treats as line breaks, or lines of
 * only blanks (whose blanks readers may take for indentation).
 */
function isLiteralSafe(s: string): boolean {
  return !/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|(^|\n)[ \t]+(\n|$)/.test(s);
}

function literal(s: string, indent: string): string {
  // Anchored at the start of the run of line breaks: `\n*$` alone retries from every position (quadratic).
  const trailing = /(?<!\n)\n*$/.exec(s)![0].length;
  const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
  // A first line starting with a space would be read as deeper indentation, and Go's reader
  // refuses a tab where it is still looking for the indentation: state the indentation explicitly.
  const indicator = /^[ \t\n]/.test(s) ? "2" : "";
  const body = trailing === 0 ? s : s.slice(0, s.length - 1);
  const inner = `${indent}  `;
  const lines = body.split("\n").map((line) => (line === "" ? "" : `${inner}${line}`));
  return `|${indicator}${chomp}\n${lines.join("\n")}`;
}

function doubleQuoted(s: string): string {
  // Go's readers refuse a surrogate escape; the output gate (output-checks.ts) refuses such strings first.
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s)) throw new Error("cannot write a lone surrogate as YAML");
  // JSON's escapes are YAML's; also escape what YAML does not allow unescaped (DEL, C1 controls,
  // U+FFFE, U+FFFF) or would take as a line break or a BOM.
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
