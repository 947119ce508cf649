/**
 * Kubernetes manifests next to atlas.project.yaml. The plugin renders only the project file, so
 * whatever those files define would be missing from the Application's manifests and, with
 * pruning, deleted from the cluster. Argo CD also picks a plugin by discovery before it looks for
 * plain manifests, kustomize or Helm: installing the plugin switches an existing Application
 * whose directory gains an atlas.project.yaml to the plugin.
 *
 * The files are the ones Argo CD would read for that directory without the plugin
 * (argo-cd reposerver/repository/repository.go, findManifests and getPotentiallyValidManifestFile):
 * - the top level only: an Application that relies on discovery has no `directory` block, so
 *   `recurse` is off (a `directory` block would make the source a directory source, not the plugin's);
 * - names matching `^.*\.(yaml|yml|json|jsonnet)$` (case matters), symlinks followed to regular files;
 * - files containing `+argocd:skip-file-rendering` anywhere are left out;
 * - read as UTF-8, or UTF-16 when the file starts with its byte-order mark;
 * - a `.json` file holds one object; any other file is a YAML stream, or a stream of JSON values
 *   when it starts with `{`; an object with a `kind` is a resource;
 * - `.jsonnet` files are evaluated: counted without evaluating them.
 * Plus what would claim the directory for kustomize or Helm (argo-cd util/app/discovery): a file
 * named kustomization.yaml, kustomization.yml or Kustomization, or one whose name ends in Chart.yaml.
 *
 * A file is a manifest when one of its documents parses to a mapping (or a list of mappings)
 * with a non-empty string `kind` and `apiVersion`; text is never matched. Whatever cannot be
 * decided within the bounds (too many files, a file too large, YAML that does not parse but
 * names apiVersion and kind) counts as a manifest: a limit may only make the check refuse.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Alias, type Document, isAlias, isMap, isScalar, isSeq, type Node, parseAllDocuments } from "yaml";
import { type Problem, UserError } from "../common/errors.js";
import { projectFileName } from "../project/schema.js";
import { displayPath, type Repo } from "./repository.js";

const kustomizationNames = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization"]);
/** Go's `^.*\.(yaml|yml|json|jsonnet)$`: `.` does not match a line break. */
const manifestName = /^[^\n]*\.(yaml|yml|json|jsonnet)$/;
const skipMarker = "+argocd:skip-file-rendering";
/** Bounds on the work: files read, and the size of each. Past them a file counts as a manifest. */
export const maxFiles = 200;
export const maxBytes = 4 * 1024 * 1024;
/** Nesting of merge keys and lists followed to find `kind`; deeper counts as a manifest. */
const maxDepth = 20;

/** A file Argo CD would render (or that would claim the directory), and why it counts. */
export interface OtherManifest {
  name: string;
  /** Why it counts, when not because it parsed to a Kubernetes object. */
  why?: string;
}

export interface OtherManifestsOptions {
  /** The project says another source of the Application renders these files. */
  renderedByAnotherSource?: boolean;
}

/**
 * Manifests next to the project file: an error when Argo CD chose the plugin by discovery (the
 * Application would lose them), else a warning to print (a second source may render them),
 * unless the project says another source renders them.
 */
export function checkOtherManifests(repo: Repo, projectFile: string, discovered: boolean, options: OtherManifestsOptions = {}): Problem | undefined {
  if (!discovered && options.renderedByAnotherSource) return undefined;
  const dir = dirname(projectFile);
  const others = otherManifests(dir, (name) => displayPath(repo, join(dir, name)));
  if (others.length === 0) return undefined;
  // Named after the first; the others are counted.
  const first = others[0]!;
  const source = displayPath(repo, join(dir, first.name));
  const why = first.why ? ` (${first.why})` : "";
  const what = first.why ? `a file that may hold a Kubernetes manifest${why}` : "a Kubernetes manifest";
  const more = others.length > 1 ? ` (and ${others.length - 1} more file${others.length > 2 ? "s" : ""} here)` : "";
  const [these, define] = others.length > 1 ? ["these files", "define"] : ["this file", "defines"];
  if (discovered) {
    throw new UserError({
      source,
      message: `${what} next to ${projectFileName}${more}, and the Application uses argocd-atlas by discovery: argocd-atlas renders only ${projectFileName}, so Argo CD would prune what ${these} ${define}; move ${projectFileName} to a directory of its own and make that a second source of the Application (docs/applications.md: Keeping the application in the same sync)`,
    });
  }
  return {
    source,
    message: `warning: argocd-atlas renders only ${projectFileName}, not this manifest${why}${more}: give ${others.length > 1 ? "them" : "it"} a source of ${others.length > 1 ? "their" : "its"} own in the Application and set otherManifestsRenderedByAnotherSource: true in ${projectFileName}, or Argo CD prunes what ${these} ${define}`,
  };
}

/**
 * The files in `dir` that Argo CD would otherwise have rendered, sorted by name. `name` says how
 * a file is named in errors (a file the process may not read is the user's to fix).
 */
export function otherManifests(dir: string, nameOf: (file: string) => string = (f) => f): OtherManifest[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new UserError({
      source: nameOf("."),
      message: `cannot list the directory of ${projectFileName} (${errorCode(e)}): argocd-atlas must see every file there to know it drops none`,
    });
  }
  const candidates = names.filter((n) => n !== projectFileName && (isToolFile(n) || manifestName.test(n))).sort();
  const found: OtherManifest[] = [];
  candidates.forEach((name, i) => {
    if (i >= maxFiles) {
      found.push({ name, why: `more than ${maxFiles} files to read here: not read` });
      return;
    }
    const file = join(dir, name);
    const size = regularFileSize(file, nameOf(name));
    if (size === undefined) return;
    if (isToolFile(name)) {
      found.push({ name, why: name.endsWith("Chart.yaml") ? "a Helm chart" : "a kustomization" });
      return;
    }
    if (size > maxBytes) {
      found.push({ name, why: `larger than ${maxBytes / 1024 / 1024} MiB: not read` });
      return;
    }
    const text = readText(file, nameOf(name));
    if (text.includes(skipMarker)) return;
    if (name.endsWith(".jsonnet")) found.push({ name, why: "Jsonnet" });
    else {
      const verdict = name.endsWith(".json") ? jsonFileVerdict(text) : yamlFileVerdict(text);
      if (verdict !== false) found.push({ name, ...(verdict !== true && { why: verdict }) });
    }
  });
  return found;
}

function isToolFile(name: string): boolean {
  return kustomizationNames.has(name) || name.endsWith("Chart.yaml");
}

/**
 * The size of a regular file, through symlinks (as Argo CD reads them); undefined for anything
 * else, and for a symlink to nothing (Argo CD skips it). Any other failure is the user's to fix.
 */
function regularFileSize(file: string, name: string): number | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch (e) {
    if (errorCode(e) === "ENOENT") return undefined;
    throw new UserError({
      source: name,
      message: `cannot be read (${errorCode(e)}): argocd-atlas reads the files next to ${projectFileName} to know it drops none; check this one`,
    });
  }
}

/** A file's text as Argo CD decodes it: UTF-16 after its byte-order mark, else UTF-8 (its mark dropped). */
function readText(file: string, name: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      // Grown past the bound since it was measured: refuse, as for a large file.
      if (total > maxBytes) return "apiVersion: v1\nkind: TooLarge\n";
      chunks.push(buffer.subarray(0, n));
    }
    return decode(Buffer.concat(chunks));
  } catch (e) {
    throw new UserError({
      source: name,
      message: `cannot be read (${errorCode(e)}): argocd-atlas reads the files next to ${projectFileName} to know it drops none, and the sidecar runs it as uid 999, which must be able to read them; check its permissions`,
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return swapped.swap16().toString("utf16le");
  }
  return bytes.toString("utf8").replace(/^\ufeff/, "");
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : "error";
}

/** true: a manifest; a string: counted as one, for that reason; false: not a manifest. */
type Verdict = boolean | string;

/** A .json file: one JSON value (a list of objects too, which Argo CD would refuse rather than skip). */
function jsonFileVerdict(text: string): Verdict {
  const values = jsonValues(text);
  if (values !== undefined) return values.some(isResourceValue);
  // Not JSON: Argo CD fails the render on it, unless it reads it as YAML below.
  return yamlFileVerdict(text);
}

/** Any other file: a stream of JSON values when it starts with `{`, else a YAML stream. */
function yamlFileVerdict(text: string): Verdict {
  if (/^\s*\{/.test(text)) {
    const values = jsonValues(text);
    if (values?.some(isResourceValue)) return true;
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false }) as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [docs];
  } catch {
    return unreadable(text);
  }
  let broken = false;
  for (const doc of docs) {
    const verdict = nodeVerdict(doc, doc.contents, 0);
    if (verdict !== false) return verdict;
    if (doc.errors.length > 0) broken = true;
  }
  return broken ? unreadable(text) : false;
}

/** YAML that does not parse: counted when it names both fields anywhere (Argo CD may read it otherwise). */
function unreadable(text: string): Verdict {
  return /apiVersion/.test(text) && /kind/.test(text) ? "not valid YAML, and it names apiVersion and kind" : false;
}

/** A mapping with `kind` and `apiVersion`, or a list holding one (aliases and merge keys followed). */
function nodeVerdict(doc: Document, node: Node | null | undefined | unknown, depth: number): Verdict {
  if (depth > maxDepth) return "nested too deeply to read";
  const n = isAlias(node) ? (node as Alias).resolve(doc) : node;
  if (isSeq(n)) {
    for (const item of n.items) {
      const v = nodeVerdict(doc, item, depth + 1);
      if (v !== false) return v;
    }
    return false;
  }
  if (!isMap(n)) return false;
  const fields = new Map<string, unknown>();
  if (!collectFields(doc, n, fields, depth)) return "nested too deeply to read";
  return nonEmptyString(fields.get("kind")) && nonEmptyString(fields.get("apiVersion"));
}

/**
 * The scalar values of a mapping's keys into `out`, merge keys (`<<`) included, explicit keys
 * winning. false when the merges nest deeper than maxDepth.
 */
function collectFields(doc: Document, map: unknown, out: Map<string, unknown>, depth: number): boolean {
  if (depth > maxDepth) return false;
  const resolved = isAlias(map) ? (map as Alias).resolve(doc) : map;
  if (isSeq(resolved)) return resolved.items.every((item) => collectFields(doc, item, out, depth + 1));
  if (!isMap(resolved)) return true;
  const merged = new Map<string, unknown>();
  for (const pair of resolved.items) {
    const keyNode = isAlias(pair.key) ? (pair.key as Alias).resolve(doc) : pair.key;
    const key = isScalar(keyNode) ? keyNode.value : undefined;
    if (key === "<<" && isScalar(keyNode) && keyNode.type === "PLAIN") {
      if (!collectFields(doc, pair.value, merged, depth + 1)) return false;
      continue;
    }
    if (typeof key !== "string") continue;
    const valueNode = isAlias(pair.value) ? (pair.value as Alias).resolve(doc) : pair.value;
    out.set(key, isScalar(valueNode) ? valueNode.value : null);
  }
  for (const [k, v] of merged) if (!out.has(k)) out.set(k, v);
  return true;
}

function nonEmptyString(value: unknown): boolean {
  return typeof value === "string" && value !== "";
}

/** A JSON value with a non-empty string `kind` and `apiVersion`, or a list holding one. */
function isResourceValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isResourceValue);
  if (value === null || typeof value !== "object") return false;
  const o = value as Record<string, unknown>;
  return nonEmptyString(o.kind) && nonEmptyString(o.apiVersion);
}

/** The JSON values of `text` one after another (as Go's json.Decoder reads a stream), or undefined when it is not JSON. */
function jsonValues(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  let i = 0;
  const s = text;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) break;
    const end = jsonValueEnd(s, i);
    if (end === undefined) return undefined;
    try {
      values.push(JSON.parse(s.slice(i, end)));
    } catch {
      return undefined;
    }
    i = end;
  }
  return values;
}

/** Where the JSON value starting at `start` ends: brackets are matched outside strings; a scalar ends at whitespace or a bracket. */
function jsonValueEnd(s: string, start: number): number | undefined {
  const open = s[start];
  if (open !== "{" && open !== "[") {
    let j = start;
    if (open === '"') {
      for (j = start + 1; j < s.length && s[j] !== '"'; j++) if (s[j] === "\\") j++;
      return j < s.length ? j + 1 : undefined;
    }
    while (j < s.length && !/[\s{}[\]"]/.test(s[j]!)) j++;
    return j;
  }
  let depth = 0;
  let inString = false;
  for (let j = start; j < s.length; j++) {
    const c = s[j];
    if (inString) {
      if (c === "\\") j++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return undefined;
}
