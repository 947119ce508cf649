/**
 * atlas.sum, the integrity file of an Atlas migration directory, computed and verified the way
 * Atlas does (ariga/atlas sql/migrate/dir.go: NewHashFile, HashFile.Sum, UnmarshalText, Validate).
 *
 * One running SHA-256 over the directory: for each *.sql file in byte order of its name, the name
 * is hashed, then (unless the file starts with an `atlas:sum ignore` directive) its bytes, and
 * the entry records the running digest so far. The first line is a digest over all entries.
 */
import { sha256 } from "./sha256.js";

export interface MigrationFile {
  name: string;
  bytes: Uint8Array;
}

export interface SumEntry {
  name: string;
  hash: string;
}

/** Atlas's directive syntax (first line only: `[ -~]` excludes line breaks). */
const directive = /^([ -~]*)atlas:(\w+)(?: +([ -~]*))*/;

/** Compares names by their UTF-8 bytes, as Go's string order does. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

export function computeEntries(files: readonly MigrationFile[]): SumEntry[] {
  const sorted = [...files].sort((a, b) => byteOrder(a.name, b.name));
  const running = sha256();
  const entries: SumEntry[] = [];
  for (const file of sorted) {
    running.update(file.name, "utf8");
    if (isSumIgnored(file.bytes)) continue;
    running.update(file.bytes);
    entries.push({ name: file.name, hash: running.copy().digest("base64") });
  }
  return entries;
}

function isSumIgnored(bytes: Uint8Array): boolean {
  // Only the first line can match (`[ -~]` excludes line breaks): decode just that line.
  const end = bytes.indexOf(0x0a);
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, end === -1 ? bytes.byteLength : end).toString("latin1");
  const m = directive.exec(head);
  return m !== null && m[2] === "sum" && m[3] === "ignore";
}

export function totalSum(entries: readonly SumEntry[]): string {
  const h = sha256();
  for (const e of entries) {
    h.update(e.name, "utf8");
    h.update(e.hash, "utf8");
  }
  return h.digest("base64");
}

/** The text `atlas migrate hash` writes. */
export function formatSumFile(entries: readonly SumEntry[]): string {
  return `h1:${totalSum(entries)}\n${entries.map((e) => `${e.name} h1:${e.hash}\n`).join("")}`;
}

export type SumVerdict =
  | { ok: true }
  | { ok: false; reason: "format"; line: number }
  | { ok: false; reason: "tampered" }
  | { ok: false; reason: "mismatch"; file?: string; detail: string };

/**
 * Verifies atlas.sum text against the files, like `atlas migrate apply` does: the file must parse
 * and its first line must match its entries; then its sum must equal the directory's.
 */
export function verifySumFile(text: string, files: readonly MigrationFile[]): SumVerdict {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const clean = lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const stored: SumEntry[] = [];
  for (let i = 1; i < clean.length; i++) {
    const at = clean[i]!.indexOf("h1:");
    if (at === -1) return { ok: false, reason: "format", line: i + 1 };
    stored.push({ name: clean[i]!.slice(0, at).trim(), hash: clean[i]!.slice(at + 3) });
  }
  const head = (clean[0] ?? "").replace(/^h1:/, "");
  if (head !== totalSum(stored)) return { ok: false, reason: "tampered" };
  const actual = computeEntries(files);
  if (totalSum(stored) === totalSum(actual)) return { ok: true };
  return { ok: false, reason: "mismatch", ...firstDifference(stored, actual) };
}

function firstDifference(stored: readonly SumEntry[], actual: readonly SumEntry[]): { file?: string; detail: string } {
  const storedNames = new Map(stored.map((e) => [e.name, e]));
  const actualNames = new Set(actual.map((e) => e.name));
  for (let i = 0; i < Math.max(stored.length, actual.length); i++) {
    const s = stored[i];
    const a = actual[i];
    if (a && !storedNames.has(a.name)) return { file: a.name, detail: `${a.name} is not in atlas.sum (added after hashing?)` };
    if (s && !actualNames.has(s.name)) return { file: s.name, detail: `${s.name} is listed in atlas.sum but missing` };
    if (s && a && s.name === a.name && s.hash !== a.hash) {
      return { file: a.name, detail: `${a.name} differs from its atlas.sum entry (edited after hashing, or an earlier file changed)` };
    }
  }
  return { detail: "the file order differs from atlas.sum" };
}
