import { isDeepStrictEqual } from "node:util";
import { isMap, isScalar, LineCounter, type Node, parseDocument, Scalar, type YAMLMap } from "yaml";
import { yamlString } from "../render/yaml-stream.js";

export interface StringEdit {
  path: readonly string[];
  value: string;
}

/** An edit this text cannot take (an alias or a scalar where a mapping should be): `path` says where. */
export class YamlEditError extends Error {
  constructor(
    readonly path: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = "YamlEditError";
  }
}

/**
 * Sets strings in a YAML text by editing the text itself, so comments, quoting, flow style and
 * alignment everywhere else stay byte for byte (a parse-and-print round trip would restyle the
 * whole file). An edited value keeps its quoting style (double, single or plain, where the new
 * value can be written so), and inserted lines end as the file's lines do (CRLF or LF). The
 * result is parsed back and checked to differ from the input only there.
 */
export function setStringsInText(text: string, edits: readonly StringEdit[]): string {
  // One edit at a time, each checked, so a refusal names the edit that cannot be made alone.
  return edits.reduce((current, edit) => {
    const edited = setOne(current, edit.path, edit.value);
    checkOnlyChanges(current, edited, edit);
    return edited;
  }, text);
}
function setOne(text: string, path: readonly string[], value: string): string {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: true });
  if (doc.errors.length > 0) throw new Error("cannot edit a YAML text with errors");
  const eol = lineEnding(text);

  // Walk down as far as the path exists.
  let node: unknown = doc.contents;
  let depth = 0;
  /** Inside a flow collection, where a plain value cannot hold `,[]{}`. */
  let flow = false;
  while (depth < path.length && isMap(node)) {
    if ((node as YAMLMap).flow) flow = true;
    const pair = (node as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === path[depth]);
    if (!pair || pair.value === null) break;
    node = pair.value;
    depth++;
  }

  const written = inFlow(yamlString(value), value, flow || (isMap(node) && Boolean((node as YAMLMap).flow)));
  let edited: string;
  if (depth === path.length) {
    if (!isScalar(node) || !node.range) throw new YamlEditError(path, "is not a plain value (an alias, a mapping or a list)");
    // A block scalar's range takes in the line break that ends it: keep that.
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    const breakLength = text[node.range[1] - 1] !== "\n" ? 0 : text[node.range[1] - 2] === "\r" ? 2 : 1;
    const end = block ? node.range[1] - breakLength : node.range[1];
    edited = splice(text, node.range[0], end, inFlow(inStyle(value, node.type), value, flow));
  } else {
    if (!isMap(node) || !(node as Node).range)
      throw new YamlEditError(path.slice(0, depth), "is not a mapping written out in this file (an alias or a plain value)");
    const map = node as YAMLMap;
    const rest = path.slice(depth);
    const [start, end] = map.range!;
    if (map.flow && map.items.length > 0) {
      // `{a: 1}` -> `{a: 1, b: {c: value}}`
      const close = text.lastIndexOf("}", end - 1);
      const nested = rest.reduceRight((inner, key) => `${yamlString(key)}: ${inner === written ? inner : `{${inner}}`}`, written);
      edited = splice(text, close, close, `, ${nested}`);
    } else {
      const column = map.flow ? lineIndent(text, start) + 2 : lines.linePos(start).col - 1;
      const block = rest.map((key, i) => `${" ".repeat(column + 2 * i)}${yamlString(key)}:${i === rest.length - 1 ? ` ${written}` : ""}`).join(eol);
      if (map.flow) {
        // An empty `{}`: replace it (and the blank before it) with the block, on the next lines.
        const from = text.slice(0, start).trimEnd().length;
        edited = splice(text, from, end, `${eol}${block}`);
      } else {
        // After the line holding the end of the mapping's last entry (and its comment).
        const lineEnd = text.indexOf("\n", Math.max(start, end - 1));
        const at = lineEnd === -1 ? text.length : lineEnd + 1;
        edited = splice(text, at, at, `${lineEnd === -1 ? eol : ""}${block}${eol}`);
      }
    }
  }
  return edited;
}

/** The file's line ending: CRLF when its first line break is one, else LF. */
function lineEnding(text: string): string {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}

/**
 * `value` written in the style the old value was: double-quoted, single-quoted (when nothing in
 * it needs an escape) or plain (when it reads back as the same string); else as yamlString writes it.
 */
function inStyle(value: string, style: Scalar.Type | undefined): string {
  const written = yamlString(value);
  if (style === Scalar.QUOTE_DOUBLE) return written.startsWith('"') ? written : JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return written;
}

/** A plain value with a flow indicator, double-quoted where it stands in a flow collection. */
function inFlow(written: string, value: string, flow: boolean): string {
  return flow && !/^["']/.test(written) && /[,[\]{}]/.test(written) ? JSON.stringify(value) : written;
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** The indentation of the line holding `offset` (where the key of a `key: {}` starts). */
function lineIndent(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^ */.exec(text.slice(lineStart))![0].length;
}

function checkOnlyChanges(before: string, after: string, { path, value }: StringEdit): void {
  const expected = parseDocument(before).toJS() as Record<string, unknown>;
  let node = expected;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  const doc = parseDocument(after);
  if (doc.errors.length > 0 || !isDeepStrictEqual(doc.toJS(), expected)) {
    throw new YamlEditError(path, "cannot be changed alone here (it is shared through a YAML anchor or alias, or written in a form pin cannot edit)");
  }
}
