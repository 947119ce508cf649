/**
 * A strict reader for the uncompressed tar archives the Atlas Registry returns (Atlas writes
 * them with Go's archive/tar: a 512-byte header per file, content padded to 512 bytes, two zero
 * blocks at the end). Only regular files at the top level are accepted; anything else, a bad
 * header checksum or sizes running past the end is an error. Pure.
 */

export interface TarEntry {
  name: string;
  bytes: Uint8Array;
}

const block = 512;

export function readTar(archive: Uint8Array, limits: { maxEntries: number }): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + block <= archive.length) {
    const header = archive.subarray(offset, offset + block);
    if (header.every((b) => b === 0)) return entries;
    if (!checksumMatches(header)) throw new Error(`bad header checksum at byte ${offset}`);
    const name = cString(header.subarray(0, 100));
    const prefix = cString(header.subarray(345, 500));
    const type = header[156];
    const size = octal(header.subarray(124, 136), "size");
    const start = offset + block;
    if (start + size > archive.length) throw new Error(`${name}: content runs past the end of the archive`);
    // Type '0' (or NUL, from old writers) is a regular file; PAX/GNU extension headers are refused.
    if (type !== 0x30 && type !== 0) throw new Error(`${name}: not a regular file (tar type ${String.fromCharCode(type ?? 0)})`);
    const full = prefix ? `${prefix}/${name}` : name;
    if (full === "" || full.includes("/") || full === "." || full === "..") throw new Error(`unexpected file name ${JSON.stringify(full)}`);
    entries.push({ name: full, bytes: archive.subarray(start, start + size) });
    if (entries.length > limits.maxEntries) throw new Error(`more than ${limits.maxEntries} files`);
    offset = start + Math.ceil(size / block) * block;
  }
  throw new Error("the archive ends without its end-of-archive marker");
}

function checksumMatches(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return octal(header.subarray(148, 156), "checksum") === sum;
}

function octal(field: Uint8Array, what: string): number {
  const text = cString(field).trim();
  if (!/^[0-7]+$/.test(text)) throw new Error(`bad ${what} field`);
  return parseInt(text, 8);
}

function cString(field: Uint8Array): string {
  const end = field.indexOf(0);
  return Buffer.from(field.subarray(0, end === -1 ? field.length : end)).toString("utf8");
}

/** Writes a tar archive like Atlas's ArchiveDir does (used by tests and the registry stand-in). */
export function writeTar(entries: readonly TarEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const { name, bytes } of entries) {
    const header = new Uint8Array(block);
    header.set(Buffer.from(name, "utf8").subarray(0, 100), 0);
    const field = (at: number, width: number, value: number) =>
      header.set(Buffer.from(`${value.toString(8).padStart(width - 1, "0")}\0`), at);
    field(100, 8, 0o600);
    field(108, 8, 0);
    field(116, 8, 0);
    field(124, 12, bytes.length);
    field(136, 12, 0);
    header[156] = 0x30;
    header.set(Buffer.from("ustar\0" + "00"), 257);
    header.fill(0x20, 148, 156);
    const sum = header.reduce((a, b) => a + b, 0);
    header.set(Buffer.from(`${sum.toString(8).padStart(6, "0")}\0 `), 148);
    parts.push(header, bytes, new Uint8Array((block - (bytes.length % block)) % block));
  }
  parts.push(new Uint8Array(block * 2));
  return Buffer.concat(parts);
}
