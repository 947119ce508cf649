/**
 * Checks an in-repo Atlas migration directory (top-level *.sql files and atlas.sum) the way
 * `atlas migrate apply` would, and returns the ConfigMap data the operator reads. Problems name
 * the file and the fix. Pure: the directory is read through a `DirReader` (the repository's, in
 * src/gather/migration-dirs.ts; an in-memory one in tests).
 */

import { type Problem, UserError } from "../common/errors.js";
import { configMapKeyPattern, dataKeyMaxLength } from "../common/names.js";
import { byteOrder, type MigrationFile, maxSumLineBytes, verifySumFile } from "./atlas-sum.js";
import { configMapDataLimitBytes } from "./output-schemas.js";

export const sumFileName = "atlas.sum";

/** Migration files as ConfigMap data: file name -> UTF-8 text, atlas.sum included. */
export type DirData = Readonly<Record<string, string>>;

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

/** One migration directory, as the checks see it. */
export interface DirReader {
  /** How the directory (no name) or one of its entries is named in messages. */
  display(name?: string): string;
  /** The entries of the directory, or of its subdirectory `sub`; undefined when it cannot be listed. */
  list(sub?: string): readonly DirEntry[] | undefined;
  /**
   * The bytes of the entry `name`; a file over `maxBytes` is refused with `tooLarge()` as the
   * message (an unreadable file with the reader's own UserError).
   */
  read(name: string, maxBytes: number, tooLarge: () => string): Uint8Array;
}

/** apimachinery's IsConfigMapKey. */
const configMapKey = new RegExp(configMapKeyPattern);
/** Keeps a leading byte-order mark: Atlas hashes the bytes, so the ConfigMap must hold them all. */
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function checkMigrationDir(dir: DirReader): DirData {
  const problem = (file: string | undefined, message: string): Problem => ({ source: dir.display(file), message });
  const list = (sub: string | undefined, onError: () => Problem): readonly DirEntry[] => {
    const entries = dir.list(sub);
    if (entries === undefined) throw new UserError(onError());
    return entries;
  };
  const entries = list(undefined, () => problem(undefined, "is not a readable directory: point dir.path at an Atlas migration directory"));
  const sqlNames = entries.filter((e) => e.name.endsWith(".sql") && !e.isDirectory).map((e) => e.name);
  if (sqlNames.length === 0) {
    const nested = entries.some((e) => e.isDirectory && list(e.name, () => problem(e.name, "is not readable")).some((n) => n.name.endsWith(".sql")));
    throw new UserError(
      problem(
        undefined,
        nested
          ? "no migration files at the top level, only in subdirectories: Atlas reads only top-level *.sql files; point dir.path at the directory that holds atlas.sum"
          : "no migration files (*.sql) in this directory: point dir.path at an Atlas migration directory",
      ),
    );
  }
  checkAtlasLayout(sqlNames.sort(byteOrder), problem);
  let total = 0;
  const read = (name: string): Uint8Array => {
    const bytes = dir.read(name, configMapDataLimitBytes, tooBig);
    total += bytes.byteLength;
    if (total > configMapDataLimitBytes) throw new UserError(problem(undefined, tooBig()));
    return bytes;
  };
  const files: MigrationFile[] = [];
  const data: Record<string, string> = {};
  for (const name of sqlNames) {
    if (name.length > dataKeyMaxLength)
      throw new UserError(problem(name, `file name is longer than the ${dataKeyMaxLength} characters of a ConfigMap key: rename the file`));
    if (!configMapKey.test(name)) {
      throw new UserError(
        problem(
          name,
          name.startsWith("..")
            ? "file name is not a valid ConfigMap key: it may not start with '..'; rename the file"
            : "file name is not a valid ConfigMap key: use only letters, digits, '-', '_' and '.'",
        ),
      );
    }
    const bytes = read(name);
    files.push({ name, bytes });
    data[name] = decodeText(bytes, () => problem(name, "not valid UTF-8: a ConfigMap holds text; save the file as UTF-8 and rerun `atlas migrate hash`"));
  }
  if (!entries.some((e) => e.name === sumFileName)) {
    throw new UserError(problem(sumFileName, "missing: run `atlas migrate hash` in this directory and commit atlas.sum"));
  }
  data[sumFileName] = decodeText(read(sumFileName), () => problem(sumFileName, "not valid UTF-8: regenerate it with `atlas migrate hash`"));
  if (data[sumFileName] === "") throw new UserError(problem(sumFileName, "is empty: run `atlas migrate hash` in this directory and commit atlas.sum"));
  const verdict = verifySumFile(data[sumFileName]!, files);
  if (!verdict.ok) {
    const fix = "run `atlas migrate hash` if the change is intended, and commit atlas.sum";
    switch (verdict.reason) {
      case "format":
        throw new UserError({ ...problem(sumFileName, `not in atlas.sum format: ${fix}`), line: verdict.line, column: 1 });
      case "line-too-long":
        throw new UserError({ ...problem(sumFileName, `line longer than the ${maxSumLineBytes} bytes Atlas reads: ${fix}`), line: verdict.line, column: 1 });
      case "tampered":
        throw new UserError(problem(sumFileName, `edited by hand (its first line does not match its entries): ${fix}`));
      case "mismatch":
        throw new UserError(problem(sumFileName, `checksum mismatch: ${verdict.detail}; ${fix}`));
    }
  }
  return data;
}

/**
 * The operator applies every top-level .sql file, in file-name order, as a forward migration
 * identified by its version (the name up to the first '_'). Other tools' layouts would apply
 * wrongly (a golang-migrate down file right before its up file, Flyway's V10 before V2) and two
 * files of one version clash in the revisions table: refuse them before atlas.sum is even read,
 * since `atlas migrate hash` would bless them.
 */
function checkAtlasLayout(names: readonly string[], problem: (file: string | undefined, message: string) => Problem): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    if (name.endsWith(".down.sql")) {
      throw new UserError(
        problem(
          name,
          "a down migration (the golang-migrate layout): the Atlas Operator applies every .sql file forward; convert the directory with `atlas migrate import --from file://<dir>?format=golang-migrate`",
        ),
      );
    }
    if (/^[VUR][0-9._]*__/.test(name)) {
      throw new UserError(
        problem(
          name,
          "a Flyway migration file: the Atlas Operator expects <version>_<name>.sql; convert the directory with `atlas migrate import --from file://<dir>?format=flyway`",
        ),
      );
    }
    const version = name.slice(0, -".sql".length).split("_", 1)[0]!;
    const other = seen.get(version);
    if (other !== undefined) {
      throw new UserError(
        problem(
          name,
          `has the same version (${version}) as ${other}: Atlas records applied migrations by version; give one of them a new version (\`atlas migrate new\` names files <timestamp>_<name>.sql)`,
        ),
      );
    }
    seen.set(version, name);
  }
}

function tooBig(): string {
  return `the migration files exceed the ${configMapDataLimitBytes} bytes a ConfigMap can hold: squash old files into a checkpoint (\`atlas migrate checkpoint\`), or push the directory to the Atlas Registry and use dir.remote`;
}

function decodeText(bytes: Uint8Array, onError: () => Problem): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new UserError(onError());
  }
}
