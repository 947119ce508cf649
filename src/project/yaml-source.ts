/**
 * Parses one YAML document defensively and keeps what is needed to point at a field:
 * every problem is reported with the line and column of the node it is about.
 *
 * One YAML, whatever the file says: always YAML 1.2 with the core schema. Directives (%YAML 1.1
 * would switch to other rules), merge keys (`<<`) and tags other than `!!str` are refused. A key is
 * the text written: `0x1f:` is the key "0x1f", never 31; `true:`, `~:` and `1e3:` likewise.
 * Strings hold only characters every reader of our output reads as written: no control characters
 * but tab, line feed and carriage return, no NEL, LS or PS (line breaks to YAML 1.1 readers such as
 * Argo CD's), no byte-order mark inside the text, no U+FFFE/U+FFFF, no lone surrogates (which a
 * `"\ud800"` escape would make).
 */
import { Alias, type Document, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, type Node, type Pair, parseDocument, Scalar, type YAMLMap } from "yaml";
import { type DocPath, type Problem, UserError } from "../common/errors.js";

/** Aliases a document may expand; enough for sharing a block or two, far from an alias bomb. */
const maxAliasCount = 50;

/** Nesting a project file never needs; deeper documents would only exhaust the stack. */
const maxDepth = 100;

export interface YamlSource {
  /** How the file is named in messages. */
  readonly name: string;
  readonly text: string;
  readonly value: unknown;
  /** A problem about the node at `path` (or its key, which is where "unknown field" points). */
  problem(path: DocPath, message: string, at?: "key" | "value"): Problem;
}

const yamlErrorText: Record<string, string> = {
  DUPLICATE_KEY: "duplicate key: each key may appear only once in a mapping",
  MULTIPLE_DOCS: "more than one YAML document: the file must hold exactly one",
  TAB_AS_INDENT: "tab used for indentation: indent with spaces",
  TAG_RESOLVE_FAILED: "YAML tags are not supported here: remove the tag",
  BAD_ALIAS: "an alias must refer to an anchor defined before it",
  BAD_DIRECTIVE: "invalid YAML: a project file takes no directives (it is always read as YAML 1.2): remove the line",
  BAD_DQ_ESCAPE: "invalid YAML: invalid escape sequence in a double-quoted string: write \\\\ for a backslash, or use single quotes",
};

/** Decodes a file's bytes as UTF-8, refusing anything else with the position of the first bad byte. */
export function decodeYamlBytes(name: string, bytes: Uint8Array): string {
  // A byte-order mark of UTF-16/32, or NUL bytes among the first characters of a text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 4).includes(0)) {
    throw new UserError({ source: name, line: 1, column: 1, message: "the file is UTF-16 or UTF-32: save it as UTF-8" });
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const line = bytes.subarray(0, lineStart).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    const column = Buffer.from(bytes.subarray(lineStart, bad)).toString("utf8").length + 1;
    throw new UserError({ source: name, line, column, message: "not valid UTF-8: save the file as UTF-8" });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

export function parseYamlDocument(name: string, text: string): YamlSource {
  const lines = new LineCounter();
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  // YAML allows no control characters but tab and line breaks (and a leading byte-order mark);
  // NEL, LS and PS are line breaks to YAML 1.1 readers and text to YAML 1.2 ones.
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/.exec(text.replace(/^\ufeff/, " "));
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found by duplicateKeys below: the parser's own check is quadratic.
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, resolveKnownTags: false, uniqueKeys: false });
  } catch (e) {
    if (e instanceof RangeError) {
      throw new UserError({
        source: name,
        line: 1,
        column: 1,
        message: `invalid YAML: nested too deeply to read (a project file needs far fewer than ${maxDepth} levels)`,
      });
    }
    throw e;
  }
  if (control) throw new UserError({ source: name, ...at(control.index), message: `invalid YAML: ${characterText(control[0])} is not allowed: remove it` });
  const directive = directiveProblem(doc, text);
  if (directive) throw new UserError({ source: name, ...at(directive.offset ?? 0), message: directive.message });
  // Keys as written, before duplicates are looked for: `0x1f` and `31` are two keys.
  keysAsWritten(doc);
  const syntax = [
    ...[...doc.errors, ...doc.warnings].map((e) => ({ offset: e.pos[0], message: yamlErrorText[e.code] ?? `invalid YAML: ${firstSentence(e.message)}` })),
    ...duplicateKeys(doc).map((key) => ({ offset: key.range![0], message: yamlErrorText.DUPLICATE_KEY! })),
  ].sort((a, b) => a.offset - b.offset);
  if (syntax.length > 0) throw new UserError(syntax.map((e) => ({ source: name, ...at(e.offset), message: e.message })));
  const shape = shapeProblem(doc) ?? tagProblem(doc, text);
  if (shape) throw new UserError({ source: name, ...at(shape.offset ?? shape.node?.range?.[0] ?? 0), message: shape.message });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (e) {
    if (e instanceof ReferenceError) {
      throw new UserError({
        source: name,
        line: 1,
        column: 1,
        message: `YAML aliases expand too far (more than ${maxAliasCount} expansions): write the values out or share fewer of them`,
      });
    }
    throw e;
  }
  return {
    name,
    text,
    value,
    problem(path, message, which = "value") {
      const node = findNode(doc, path, which);
      const range = node?.range;
      return range ? { source: name, ...at(range[0]), path, message } : { source: name, path, message };
    },
  };
}

interface Located {
  node?: Node;
  offset?: number;
  message: string;
}

/** Characters our output could not carry as written (see the module comment); tested on every string. */
const unreadable =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function characterText(c: string): string {
  const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  if (c >= "\ud800" && c <= "\udfff") return `a lone surrogate (${code}, half of a character; an escape such as \\ud800 makes one)`;
  if (c === "\u0085" || c === "\u2028" || c === "\u2029") return `${code} (a line break to YAML 1.1 readers such as Argo CD's)`;
  if (c === "\ufeff") return `${code} (a byte-order mark, allowed only as the file's first character)`;
  return c === "\ufffe" || c === "\uffff" ? `non-character ${code}` : `control character ${code}`;
}

/** %YAML and %TAG are valid YAML, but would change how this file reads: refused. */
function directiveProblem(doc: Document, text: string): Located | undefined {
  const customTags = Object.entries(doc.directives?.tags ?? {}).some(([handle, prefix]) => handle !== "!!" || prefix !== "tag:yaml.org,2002:");
  const which = doc.directives?.yaml.explicit ? "YAML" : customTags ? "TAG" : undefined;
  if (!which) return undefined;
  const offset = new RegExp(`^%${which}\\b`, "m").exec(text)?.index ?? 0;
  return which === "YAML"
    ? { offset, message: "invalid YAML: the %YAML directive is not supported: a project file is always read as YAML 1.2 (core schema); remove the line" }
    : { offset, message: "invalid YAML: %TAG directives are not supported: remove the line and the tags that use it" };
}

/** Makes every scalar key the text it was written as (the core schema would make `0x1f` a number). */
function keysAsWritten(doc: Document): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isMap(node) && !isSeq(node)) continue;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key;
        if (isScalar(key) && typeof key.value !== "string" && key.source !== undefined && key.source !== "" && key.tag === undefined) key.value = key.source;
        stack.push(item.key, item.value);
      } else stack.push(item);
    }
  }
}

/**
 * Tags: only `!!str` (a string, as a core-schema reader would also take it). Others would make
 * types this file never holds (!!binary, !!set, !!timestamp...) or, verbatim or through %TAG, hide
 * which type is meant. Looked for with the lexer, which sees how a tag was written, and only
 * when the document has a tag at all.
 */
function tagProblem(doc: Document, text: string): Located | undefined {
  let tagged = false;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0 && !tagged) {
    const node = stack.pop();
    if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag !== undefined) tagged = true;
    else if (isMap(node) || isSeq(node)) for (const item of node.items) isPair(item) ? stack.push(item.key, item.value) : stack.push(item);
  }
  if (!tagged) return undefined;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer's one-character markers of document, flow end and scalar are not source text.
    if (token === "\u0002" || token === "\u0018" || token === "\u001f") continue;
    if (token.startsWith("!") && token !== "!!str") {
      return {
        offset,
        message: `YAML tag ${token.length > 40 ? `${token.slice(0, 40)}…` : token} is not supported: a project file holds strings, numbers, booleans, mappings and lists; remove the tag (quote a value to make it a string)`,
      };
    }
    offset += token.length;
  }
  return undefined;
}

/**
 * What a project file may not be, found without recursion before the document is converted:
 * nesting deeper than maxDepth, keys that are not scalars (JavaScript objects would stringify
 * them), merge keys, aliases to anchors not defined before them, strings
 * holding a character from `unreadable`.
 */
function shapeProblem(doc: Document): Located | undefined {
  // The walk meets nodes out of order: keep the problem written first.
  let first: Located | undefined;
  const offset = (p: Located) => p.offset ?? p.node?.range?.[0] ?? 0;
  const stack: Array<[unknown, number]> = [[doc.contents, 0]];
  while (stack.length > 0) {
    const found = shapeStep(doc, stack);
    if (found && (!first || offset(found) < offset(first))) first = found;
    if (found?.stop) break;
  }
  return first;
}

/** Looks at the next node of the walk, and queues its children. */
function shapeStep(doc: Document, stack: Array<[unknown, number]>): (Located & { stop?: boolean }) | undefined {
  const [node, depth] = stack.pop()!;
  if (node instanceof Alias && node.resolve(doc) === undefined) {
    return { node, message: `invalid YAML: alias *${node.source} refers to no anchor defined before it` };
  }
  if (isScalar(node)) {
    if (typeof node.value === "string") {
      const bad = unreadable.exec(node.value);
      if (bad)
        return {
          node,
          offset: (node.range?.[0] ?? 0) + (node.type === Scalar.PLAIN ? bad.index : 0),
          message: `invalid YAML: ${characterText(bad[0])} is not allowed in a string: remove it`,
        };
    }
    return undefined;
  }
  if (!isMap(node) && !isSeq(node)) return undefined;
  if (depth >= maxDepth) return { node, stop: true, message: `invalid YAML: nested more than ${maxDepth} levels deep: a project file needs far fewer` };
  for (const item of node.items) {
    if (isPair(item)) {
      if (!isScalar(item.key) || item.key.value === null) {
        return { node: (item.key as Node | null) ?? node, message: "invalid YAML: a key must be a plain string, not a mapping, a list or null" };
      }
      if (item.key.value === "<<" && item.key.type === Scalar.PLAIN) {
        return {
          node: item.key,
          message: "invalid YAML: merge keys (<<) are not supported: write the keys out (an anchor and alias can share a whole mapping)",
        };
      }
      stack.push([item.key, depth + 1], [item.value, depth + 1]);
    } else stack.push([item, depth + 1]);
  }
  return undefined;
}

/** The keys that repeat an earlier key of their mapping (as JavaScript objects would merge them). */
function duplicateKeys(doc: Document): Node[] {
  const found: Node[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isMap(node) && !isSeq(node)) continue;
    const keys = new Set<string>();
    for (const item of node.items) {
      if (isPair(item)) {
        if (isScalar(item.key) && item.key.range) {
          const key = String(item.key.value);
          if (keys.has(key)) found.push(item.key);
          keys.add(key);
        }
        stack.push(item.value);
      } else stack.push(item);
    }
  }
  return found;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i;
    i += length;
  }
  return -1;
}

/** Each mapping's pairs by key, built on the first look-up: finding many problems stays linear. */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      // The first of duplicate keys, as the parser would have reported it.
      if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** The deepest node along `path` (so a missing field points at its parent mapping). */
function findNode(doc: Document, path: DocPath, which: "key" | "value"): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (node instanceof Alias) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = pairOf(node, String(seg));
      if (!pair) return found;
      const last = i === path.length - 1;
      if (last && which === "key" && isScalar(pair.key)) return pair.key;
      // `key:` with no value has no value node: point at the key.
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
    } else {
      return found;
    }
    if (node && typeof node === "object" && "range" in node) found = node as Node;
    else return found;
  }
  return found;
}

/** The parser's message without its position or the source text it quotes (which may hold a secret). */
function firstSentence(message: string): string {
  if (message.includes("Maximum call stack size exceeded")) return `nested too deeply to read (a project file needs far fewer than ${maxDepth} levels)`;
  return (
    message
      .split("\n")[0]!
      .replace(/ at line \d+, column \d+.*$/, "")
      // What follows a colon is the parser quoting the file ("Not a YAML token: <text>"); a colon
      // after a space is the YAML indicator itself ("Missing , or : between flow map items").
      .replace(/(?<! ):\s.*$/, "")
      // Messages that name the offending text without a colon.
      .replace(/^Unexpected (?!,).* in (flow map|flow sequence|collection)$/, "Unexpected token in $1")
      .replace(/^Anchors and tags must be after the .* indicator$/, "Anchors and tags must be after the indicator")
  );
}
