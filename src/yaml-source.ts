/**
 * Parses one YAML document defensively and keeps what is needed to point at a field:
 * every problem is reported with the line and column of the node it is about.
 */
import { Alias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { UserError, type DocPath, type Problem } from "./errors.js";

/** Aliases a document may expand; enough for sharing a block or two, far from an alias bomb. */
const maxAliasCount = 50;

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
};

export function parseYamlDocument(name: string, text: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, resolveKnownTags: false });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const syntax = [...doc.errors, ...doc.warnings];
  if (syntax.length > 0) {
    throw new UserError(
      syntax.map((e) => ({
        source: name,
        ...at(e.pos[0]),
        message: yamlErrorText[e.code] ?? `invalid YAML: ${firstSentence(e.message)}`,
      })),
    );
  }
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

/** The deepest node along `path` (so a missing field points at its parent mapping). */
function findNode(doc: Document, path: DocPath, which: "key" | "value"): Node | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = (doc.contents as Node | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (node instanceof Alias) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
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

function firstSentence(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+.*$/, "");
}
