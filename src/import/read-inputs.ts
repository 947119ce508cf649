/**
 * The inputs of `import`: files, directories (the files directly in them, as `kubectl apply -f`
 * reads them) and stdin, each a YAML stream of Kubernetes objects. Every document is read with
 * the project file's defensive reader (yaml-source.ts), so a problem names its file, line and
 * column, counted in the whole stream.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";
import { readRepoFile } from "../argocd/repository.js";
import { type DocPath, type Problem, UserError } from "../common/errors.js";
import { decodeYamlBytes, parseYamlDocument, type YamlSource } from "../project/yaml-source.js";
import { byteOrder } from "../render/atlas-sum.js";

/** Far above a `kustomize build` of a large environment, far below trouble. */
export const maxInputBytes = 16 * 1024 * 1024;

const manifestFile = /\.(ya?ml|json)$/;

/** One Kubernetes object of the input. */
export interface InputObject {
  value: Record<string, unknown>;
  /** The document it was read from. */
  source: YamlSource;
  /** Path of the object inside its document (`["items", 3]` for an item of a List). */
  base: DocPath;
  /** `file:line` of the object, for listings. */
  where: string;
}

/** One named input: a file, a directory or stdin, and the text of each file. */
export interface InputText {
  name: string;
  text: string;
}

/** The texts one input argument names: the file itself, or the manifest files directly in a directory. */
export function readInputPath(written: string, cwd: string): InputText[] {
  const abs = resolve(cwd, written);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(abs).isDirectory();
  } catch {
    throw new UserError({ source: written, message: "not found: name a file or directory of manifests, or - for stdin" });
  }
  // Inputs may live anywhere (a build output in /tmp): only the size cap and the regular-file check apply.
  const anywhere = { root: "/", cwd, marked: true };
  const read = (file: string, shown: string): InputText => ({ name: shown, text: decodeYamlBytes(shown, readRepoFile(anywhere, file, maxInputBytes)) });
  if (!isDirectory) return [read(abs, written)];
  const names = readdirSync(abs, { withFileTypes: true })
    .filter((e) => !e.isDirectory() && manifestFile.test(e.name))
    .map((e) => e.name)
    .sort(byteOrder);
  if (names.length === 0)
    throw new UserError({ source: written, message: "holds no *.yaml, *.yml or *.json file: name a directory of manifests, or pipe them in with -" });
  return names.map((n) => read(join(abs, n), `${written.replace(/\/+$/, "")}/${n}`));
}

/** The objects of a YAML stream, each with a reader that places problems in the whole stream. */
export function objectsOf(input: InputText): InputObject[] {
  const out: InputObject[] = [];
  const lineStarts = [0];
  for (let i = input.text.indexOf("\n"); i !== -1; i = input.text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const doc of parseAllDocuments(input.text, { uniqueKeys: false })) {
    const contents = doc.contents;
    const start = contents?.range?.[0] ?? doc.range[0];
    const end = Math.max(contents?.range?.[2] ?? doc.range[2], start);
    const line = lineOf(start);
    // The document alone, from the start of its first line (what precedes it on that line blanked).
    const slice = " ".repeat(start - lineStarts[line]!) + input.text.slice(start, end);
    const source = shifted(input.name, slice, line, doc.errors.length > 0 ? doc.errors[0]!.pos[0] : undefined, lineOf);
    const value = source.value;
    if (value === null || value === undefined) continue;
    const where = `${input.name}:${line + 1}`;
    if (!isMapping(value)) {
      throw new UserError(source.problem([], "not a Kubernetes object (a mapping with apiVersion and kind)"));
    }
    if (value.kind === "List" && Array.isArray(value.items)) {
      value.items.forEach((item, i) => {
        if (!isMapping(item)) throw new UserError(source.problem(["items", i], "not a Kubernetes object (a mapping with apiVersion and kind)"));
        out.push({ value: item, source, base: ["items", i], where });
      });
    } else out.push({ value, source, base: [], where });
  }
  return out;
}

/** A document read on its own, with its problems moved to their place in the stream. */
function shifted(name: string, slice: string, lineOffset: number, streamError: number | undefined, lineOf: (offset: number) => number): YamlSource {
  const move = (p: Problem): Problem => (p.line === undefined ? p : { ...p, line: p.line + lineOffset });
  let source: YamlSource;
  try {
    source = parseYamlDocument(name, slice);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.problems.map(move));
    throw e;
  }
  if (streamError !== undefined) {
    // An error the document alone does not show (a bad directive between documents).
    throw new UserError({ source: name, line: lineOf(streamError) + 1, column: 1, message: "invalid YAML between documents: fix the separator or directive" });
  }
  return { ...source, problem: (path, message, at) => move(source.problem(path, message, at)) };
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
