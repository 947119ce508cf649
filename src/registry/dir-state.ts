/**
 * The content of a migration directory as the registry's dirState returns it: base64 of a tar
 * holding atlas.sum and the *.sql files. Decoded and checked like a directory in the repository:
 * a registry answer that does not verify is refused rather than trusted. Pure.
 */
import { byteOrder, computeEntries, type MigrationFile, totalSum, verifySumFile } from "../render/atlas-sum.js";
import { readTar, type TarEntry } from "./tar.js";

export interface DirState {
  /** The h1 sum of the directory (the first line of atlas.sum): equal sums, equal directories. */
  sum: string;
  /** The last migration file in Atlas's order: the directory's version. */
  latest: string;
}

export function decodeDirState(content: unknown): DirState | { error: string } {
  if (content === undefined || content === null) return { error: "the directory content is missing" };
  if (typeof content !== "string") return { error: `the directory content is a ${typeof content}, not a base64 string` };
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) return { error: "the directory content is not base64" };
  const bytes = Buffer.from(content, "base64");
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { error: "the directory content is gzip-compressed, where dirState gives a plain tar archive" };
  let entries: TarEntry[];
  try {
    entries = readTar(bytes, { maxEntries: 100_000 });
  } catch (e) {
    return { error: `the directory content is not a valid tar archive (${(e as Error).message})` };
  }
  const seen = new Set<string>();
  for (const { name } of entries) {
    // Atlas would keep the last copy; which one the registry meant cannot be known.
    if (seen.has(name)) return { error: `the directory holds ${JSON.stringify(name)} twice` };
    seen.add(name);
  }
  const sumFile = entries.find((e) => e.name === "atlas.sum");
  const sql: MigrationFile[] = entries.filter((e) => e.name.endsWith(".sql"));
  if (!sumFile) return { error: "the directory has no atlas.sum" };
  const verdict = verifySumFile(Buffer.from(sumFile.bytes).toString("utf8"), sql);
  if (!verdict.ok) return { error: "the directory's atlas.sum does not match its files" };
  // A pushed directory holds at least one migration; an empty one would pass for any version.
  if (sql.length === 0) return { error: "the directory has no migration files" };
  const names = sql.map((f) => f.name).sort(byteOrder);
  return { sum: totalSum(computeEntries(sql)), latest: names[names.length - 1]! };
}
