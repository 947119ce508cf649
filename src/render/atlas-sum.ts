/**
 * atlas.sum, the integrity file of an Atlas migration directory, computed and verified the way
 * Atlas does (ariga/atlas sql/migrate/dir.go: NewHashFile, HashFile.Sum, UnmarshalText, Validate).
 *
 * One running SHA-256 over the directory: for each *.sql file in byte order of its name, the name
 * is hashed, then (unless the file starts with an `atlas:sum ignore` directive) its bytes, and
 * the entry records the running digest so far. The first line is a digest over all entries.
 */
import { sha256 } from "../common/sha256.js";

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
  | { ok: false; reason: "line-too-long"; line: number }
  | { ok: false; reason: "tampered" }
  | { ok: false; reason: "mismatch"; file?: string; detail: string };

/** bufio.Scanner's default token limit: a longer line (without its `\n`) stops Atlas's reader. */
export const maxSumLineBytes = 64 * 1024 - 1;

/**
 * Verifies atlas.sum text against the files, like `atlas migrate apply` does (HashFile.UnmarshalText,
 * then Validate): lines are split like bufio.ScanLines (`\n`, one trailing `\r` dropped, no empty
 * last line), an entry is `<name>h1:<hash>` split at the first `h1:` with the name trimmed by Go's
 * strings.TrimSpace, and the first line, less an `h1:` prefix, must be the total of the entries.
 */
export function verifySumFile(text: string, files: readonly MigrationFile[]): SumVerdict {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  let tooLong = 0;
  const clean: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    // The scanner stops at a line longer than its buffer; what was read before still counts.
    if (lines[i]!.length > maxSumLineBytes / 3 && Buffer.byteLength(lines[i]!) > maxSumLineBytes) {
      tooLong = i + 1;
      break;
    }
    clean.push(lines[i]!.endsWith("\r") ? lines[i]!.slice(0, -1) : lines[i]!);
  }
  const stored: SumEntry[] = [];
  for (let i = 1; i < clean.length; i++) {
    const at = clean[i]!.indexOf("h1:");
    if (at === -1) return { ok: false, reason: "format", line: i + 1 };
    stored.push({ name: goTrimSpace(clean[i]!.slice(0, at)), hash: clean[i]!.slice(at + 3) });
  }
  if (tooLong === 1) {
    // Go's scanner then yields the first 64 KiB of that line as the next line, an entry, and the
    // first line reads as empty: a format error, or else a mismatch.
    const chunk = Buffer.from(lines[0]!).subarray(0, maxSumLineBytes + 1);
    return chunk.includes("h1:") ? { ok: false, reason: "tampered" } : { ok: false, reason: "format", line: 1 };
  }
  const head = (clean[0] ?? "").replace(/^h1:/, "");
  if (head !== totalSum(stored)) return { ok: false, reason: "tampered" };
  if (tooLong !== 0) return { ok: false, reason: "line-too-long", line: tooLong };
  const actual = computeEntries(files);
  if (totalSum(stored) === totalSum(actual)) return { ok: true };
  return { ok: false, reason: "mismatch", ...firstDifference(stored, actual) };
}

/**
 * Go's strings.TrimSpace: unicode.IsSpace at both ends. Unlike JavaScript's trim() it removes
 * U+0085 (NEL) and keeps U+FEFF.
 */
const goSpace = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

export function goTrimSpace(s: string): string {
  // Index loops, not /\s+$/: that regex is quadratic on a long run of inner blanks.
  let start = 0;
  let end = s.length;
  while (start < end && goSpace.test(s[start]!)) start++;
  while (end > start && goSpace.test(s[end - 1]!)) end--;
  return s.slice(start, end);
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
