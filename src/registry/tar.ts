/**
 * A strict reader for the uncompressed tar archives the Atlas Registry returns. Atlas writes them
 * with Go's archive/tar (migrate.ArchiveDir: a header with the name, mode 0600 and size per file),
 * which picks the format per file: a plain USTAR header when the name fits in its 100 bytes and is
 * ASCII, else a PAX extended header (type `x`, a `path` record) before it. This reader takes what
 * Go's reader takes for such archives: USTAR, PAX `x` records (`path`, `size`) and GNU long
 * names (type `L`). Only regular files at the top level are accepted; a link, a directory or
 * special file, a path with a `/` or equal to `.` or `..`, a bad header checksum, sizes running
 * past the end or a missing end-of-archive marker is an error. Pure.
 */

export interface TarEntry {
  name: string;
  bytes: Uint8Array;
}

const block = 512;
/** Go's limit for the data of a PAX or GNU long-name header. */
const maxSpecialBytes = 1024 * 1024;

export function readTar(archive: Uint8Array, limits: { maxEntries: number }): TarEntry[] {
  const entries: TarEntry[] = [];
  /** Records of the PAX header that applies to the next file (the last one wins, as in Go). */
  let pax: Map<string, string> | undefined;
  let longName = "";
  let offset = 0;
  while (offset + block <= archive.length) {
    const header = archive.subarray(offset, offset + block);
    if (isZero(header)) {
      // The end-of-archive marker: two zero blocks (or one at the very end, which Go accepts too).
      const next = archive.subarray(offset + block, offset + 2 * block);
      if (!isZero(next) || (next.length > 0 && next.length < block)) throw new Error(`a zero block followed by data at byte ${offset}`);
      if (pax || longName !== "") throw new Error("the archive ends after an extended header, without its file");
      return entries;
    }
    if (!checksumMatches(header)) throw new Error(`bad header checksum at byte ${offset}`);
    const magic = text(header.subarray(257, 263), false);
    const gnu = magic === "ustar " && text(header.subarray(263, 265), false) === " \0";
    const ustar = magic === "ustar\0";
    // Numeric fields Go's reader parses (and refuses the header for when they are not numbers).
    for (const [at, width, what] of [
      [100, 8, "mode"],
      [108, 8, "uid"],
      [116, 8, "gid"],
      [136, 12, "mtime"],
    ] as const)
      octal(header.subarray(at, at + width), what);
    if (ustar || gnu) for (const at of [329, 337]) octal(header.subarray(at, at + 8), "device number");
    const type = header[156]!;
    const start = offset + block;
    let size = octal(header.subarray(124, 136), "size");
    // A PAX size record sizes the file it describes, not another extended header.
    if (![0x78, 0x67, 0x4c, 0x4b].includes(type) && pax?.get("size")) size = paxNumber(pax.get("size")!, "size");
    const headerName = () => {
      const name = text(header.subarray(0, 100));
      // A USTAR prefix (131 bytes in the star variant, which ends its header with "tar").
      const star = text(header.subarray(508, 512), false) === "tar\0";
      const prefix = ustar ? text(header.subarray(345, star ? 476 : 500)) : "";
      return prefix ? `${prefix}/${name}` : name;
    };
    if (start + size > archive.length) throw new Error(`${headerName()}: content runs past the end of the archive`);
    const content = archive.subarray(start, start + size);
    offset = start + Math.ceil(size / block) * block;

    if (type === 0x78 /* x: PAX extended header for the next file */) {
      if (size > maxSpecialBytes) throw new Error(`a PAX header of ${size} bytes`);
      pax = parsePax(content);
      continue;
    }
    if (type === 0x4c /* L: GNU long name for the next file */ || type === 0x4b /* K: GNU long link name */) {
      if (size > maxSpecialBytes) throw new Error(`a GNU long-name header of ${size} bytes`);
      if (type === 0x4c) longName = text(content);
      continue;
    }
    // As Go merges them: the PAX path, unless a GNU long name follows it.
    const full = longName || pax?.get("path") || headerName();
    pax = undefined;
    longName = "";
    // Type '0' (or NUL, from old writers) is a regular file; links, directories and devices are refused.
    if (type !== 0x30 && type !== 0) throw new Error(`${JSON.stringify(full)}: not a regular file (tar type ${JSON.stringify(String.fromCharCode(type))})`);
    if (full === "" || full.includes("/") || full.includes("\0") || full === "." || full === "..")
      throw new Error(`unexpected file name ${JSON.stringify(full)}`);
    entries.push({ name: full, bytes: content });
    if (entries.length > limits.maxEntries) throw new Error(`more than ${limits.maxEntries} files`);
  }
  throw new Error("the archive ends without its end-of-archive marker");
}

function isZero(b: Uint8Array): boolean {
  return b.every((x) => x === 0);
}

/** PAX records: `<length> <key>=<value>\n`, where the length counts the whole record. */
function parsePax(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const digits = space === -1 ? "" : Buffer.from(data.subarray(at, space)).toString("latin1");
    const length = /^[1-9][0-9]{0,6}$/.test(digits) ? Number(digits) : NaN;
    if (!(length > space - at + 1) || at + length > data.length || data[at + length - 1] !== 0x0a) throw new Error("bad PAX record");
    const record = Buffer.from(data.subarray(space + 1, at + length - 1)).toString("utf8");
    const eq = record.indexOf("=");
    if (eq <= 0) throw new Error("bad PAX record");
    const key = record.slice(0, eq);
    const value = record.slice(eq + 1);
    if (["path", "linkpath", "uname", "gname"].includes(key) ? value.includes("\0") : key.includes("\0")) throw new Error("bad PAX record");
    if (key.startsWith("GNU.sparse")) throw new Error("a sparse file");
    // Go refuses the file when one of these records does not parse (an empty value is ignored).
    if (value !== "" && ["uid", "gid", "size"].includes(key)) paxNumber(value, key);
    if (value !== "" && ["atime", "mtime", "ctime"].includes(key) && !/^[+-]?[0-9]{1,18}(\.[0-9]*)?$/.test(value)) throw new Error(`bad PAX ${key} record`);
    records.set(key, value);
    at += length;
  }
  return records;
}

function paxNumber(value: string, key: string): number {
  if (!/^[+-]?[0-9]{1,15}$/.test(value) || (key === "size" && value.startsWith("-"))) throw new Error(`bad PAX ${key} record`);
  return Number(value);
}

/** The header checksum, as Go checks it: the unsigned or the signed sum of its bytes, the field itself as spaces. */
function checksumMatches(header: Uint8Array): boolean {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < block; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : header[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  const sum = octal(header.subarray(148, 156), "checksum");
  return sum === unsigned || sum === signed;
}

/**
 * An octal field as Go reads it: spaces and NULs around it are padding, and it ends at a NUL
 * inside; empty is 0. (Go also reads base-256 numbers, which Atlas's small files never need.)
 */
function octal(field: Uint8Array, what: string): number {
  if ((field[0]! & 0x80) !== 0) throw new Error(`a base-256 ${what} field`);
  const digits = text(field, false).replace(/^[ \0]+|[ \0]+$/g, "");
  if (digits === "") return 0;
  const value = digits.split("\0")[0]!;
  if (!/^[0-7]+$/.test(value)) throw new Error(`bad ${what} field`);
  return parseInt(value, 8);
}

/** A NUL-terminated field; `cut: false` keeps it whole. */
function text(field: Uint8Array, cut = true): string {
  const end = cut ? field.indexOf(0) : -1;
  return Buffer.from(field.subarray(0, end === -1 ? field.length : end)).toString(cut ? "utf8" : "latin1");
}
