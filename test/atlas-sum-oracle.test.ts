/**
 * atlas.sum against Atlas's own Go code (ariga.io/atlas/sql/migrate from Debian's
 * golang-ariga-atlas-dev 0.7.2; HashFile.UnmarshalText, NewHashFile, Validate): the real directories
 * Atlas hashed, then seeded random directories and sum files. Verdict and hash must agree.
 *
 * Where 0.7.2 and current upstream differ, the product follows upstream: with no atlas.sum, 0.7.2's
 * Validate looks at every directory entry and upstream only at *.sql files. That case never reaches
 * verifySumFile (readMigrationDir refuses a directory without *.sql files, and one without atlas.sum),
 * so the directories below always hold atlas.sum. atlas.sum that is not UTF-8 is refused before
 * parsing (a ConfigMap holds text) and is not generated here.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openRepo } from "../src/argocd/repository.js";
import { UserError } from "../src/common/errors.js";
import { readMigrationDir } from "../src/gather/migration-dirs.js";
import { computeEntries, formatSumFile, type MigrationFile, maxSumLineBytes, type SumVerdict, verifySumFile } from "../src/render/atlas-sum.js";
import { Rand } from "./fuzz-helpers.js";
import { askOracle } from "./go-oracle.js";

interface GoAnswer {
  validate: string;
  unmarshal: string;
  entries: Array<[string, string]> | null;
  checksum: string;
}

interface Case {
  label: string;
  files: MigrationFile[];
  sum: string;
}

/** What our verdict must be, given Atlas's. */
function goVerdict(a: GoAnswer): SumVerdict["ok"] | string {
  if (a.unmarshal === "checksum file format invalid") return "format";
  if (a.unmarshal === "checksum mismatch") return "tampered";
  if (a.unmarshal === "bufio.Scanner: token too long") return "line-too-long";
  assert.equal(a.unmarshal, "", `unexpected answer ${JSON.stringify(a)}`);
  if (a.validate === "checksum mismatch") return "mismatch";
  assert.equal(a.validate, "", `unexpected answer ${JSON.stringify(a)}`);
  return true;
}

/** Cases also read through readMigrationDir, the product's path. */
let throughProduct = 0;

/** Compares every case; returns the verdicts seen. */
function compare(cases: readonly Case[]): Set<string> {
  const seen = new Set<string>();
  const root = mkdtempSync(join(tmpdir(), "atlas-sum-oracle-"));
  try {
    const dirs = cases.map((c, i) => {
      const dir = join(root, String(i));
      mkdirSync(dir);
      for (const f of c.files) writeFileSync(join(dir, f.name), f.bytes);
      writeFileSync(join(dir, "atlas.sum"), c.sum);
      return dir;
    });
    const answers = askOracle<GoAnswer[]>("atlassum", JSON.stringify(dirs));
    cases.forEach((c, i) => {
      const a = answers[i]!;
      const ours = verifySumFile(c.sum, c.files);
      const context = `${c.label}: atlas.sum ${JSON.stringify(c.sum.length > 300 ? `${c.sum.slice(0, 300)}…` : c.sum)}`;
      assert.equal(ours.ok ? true : ours.reason, goVerdict(a), context);
      seen.add(String(goVerdict(a)));
      // The product's path too, where the directory can be a ConfigMap at all (keys, UTF-8 text).
      if (c.files.every((f) => /^(?!\.\.)[-._a-zA-Z0-9]+$/.test(f.name) && isUtf8(f.bytes)) && c.files.length > 0) {
        const accepted = (() => {
          try {
            readMigrationDir(openRepo(root, root), join(root, String(i)));
            return true;
          } catch (e) {
            if (e instanceof UserError) return false;
            throw e;
          }
        })();
        const layoutRefused = c.files.some((f) => f.name.endsWith(".down.sql")) || new Set(c.files.map((f) => f.name.split("_", 1)[0])).size < c.files.length;
        if (!layoutRefused) {
          assert.equal(accepted, goVerdict(a) === true, `${context}: readMigrationDir`);
          throughProduct++;
        }
      }
      assert.equal(formatSumFile(computeEntries(c.files)), Buffer.from(a.checksum, "base64").toString("utf8"), `${c.label}: the hash`);
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return seen;
}

const fixtures = join(import.meta.dirname, "fixtures/atlas-dirs");

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function fixtureCase(name: string): Case {
  const dir = join(fixtures, name);
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".sql"))
    .map((n) => ({ name: n, bytes: readFileSync(join(dir, n)) }));
  return { label: name, files, sum: readFileSync(join(dir, "atlas.sum"), "utf8") };
}

/** Blanks Go's TrimSpace removes, and some it keeps. */
const blanks = [" ", "\t", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2028", "\u3000", "\u200a", "\ufeff", "\u200b", "\u180e"];
const nameChars = ["a", "_", "-", ".", "0", "9", "h", "1", ":", "é", " "];

function randomFiles(r: Rand): MigrationFile[] {
  const files = new Map<string, Uint8Array>();
  for (let n = r.int(0, 5); n > 0; n--) {
    // Distinct versions mostly (7n..7n+6), a clash now and then.
    let name = `${r.chance(0.9) ? n * 7 + r.int(0, 6) : 1}_${Array.from({ length: r.int(0, 6) }, () => r.pick(nameChars)).join("")}.sql`;
    if (r.chance(0.1)) name = `${r.pick(["h1:", "x h1:", ".", "_"])}${name}`;
    const head = r.pick([
      "",
      "-- atlas:sum ignore\n",
      "-- atlas:sum ignore  \n",
      "-- atlas:sum ignore\r\n",
      "atlas:sum ignore",
      "-- atlas:sum  ignore\n",
      "-- atlas:sum ignore-me\n",
      "é -- atlas:sum ignore\n",
      "\n-- atlas:sum ignore\n",
    ]);
    const body = Array.from({ length: r.int(0, 4) }, () => r.pick(["SELECT 1;\n", "\r\n", "é😀", "\u0000", "\ufeff", "\t", "-- atlas:sum ignore\n"])).join("");
    const bytes = Buffer.from(head + body);
    // A byte that is not UTF-8 now and then: Atlas hashes bytes.
    files.set(name, r.chance(0.1) ? Buffer.concat([bytes, Buffer.from([0xff, 0xc3])]) : bytes);
  }
  return [...files].map(([name, bytes]) => ({ name, bytes }));
}

/** A valid atlas.sum, then up to three edits of the kinds a hand, an editor or a merge makes. */
function randomSum(r: Rand, files: readonly MigrationFile[]): string {
  let lines = formatSumFile(computeEntries(files)).split("\n");
  lines.pop();
  const edits = r.int(0, 3);
  for (let e = 0; e < edits; e++) {
    const i = r.int(0, lines.length - 1);
    const line = lines[i]!;
    switch (r.int(0, 11)) {
      case 0: // blanks around the name
        lines[i] = `${r.pick(blanks)}${line.replace(" h1:", `${r.pick(blanks)}${r.pick(blanks)}h1:`)}`;
        break;
      case 1: // CRLF
        lines = lines.map((l) => `${l}\r`);
        break;
      case 2: // a blank line
        lines.splice(i + 1, 0, r.pick(["", " ", "\r"]));
        break;
      case 3: // a line without h1:
        lines.splice(i + 1, 0, r.pick(["garbage", "x h2:abc", "h1"]));
        break;
      case 4: // first line without its prefix, or with blanks
        lines[0] = r.pick([lines[0]!.replace(/^h1:/, ""), `${lines[0]} `, ` ${lines[0]}`, `${lines[0]}\r\r`]);
        break;
      case 5: // a changed hash
        lines[i] = line.replace(/.=$/, "A=");
        break;
      case 6: // a line at, or past, the scanner's limit
        lines.splice(i, 0, `${"x".repeat(maxSumLineBytes - r.int(0, 2) + r.int(0, 2) - 4)} h1:`);
        break;
      case 7: // a long name of multi-byte characters near the limit
        lines.splice(i, 0, `${"é".repeat(Math.floor(maxSumLineBytes / 2) - r.int(0, 3))}h1:`);
        break;
      case 8: // a duplicated entry
        lines.splice(i, 0, line);
        break;
      case 9: // h1: twice
        lines[i] = line.replace(" h1:", " h1:h1:");
        break;
      case 10: // dropped entry
        if (i > 0) lines.splice(i, 1);
        break;
      default: // recompute the first line after the edits: a well-formed but stale file
        break;
    }
  }
  if (r.chance(0.3)) {
    // A consistent file: recompute the first line from the entries as written.
    const entries = lines.slice(1).map((l) => {
      const at = l.replace(/\r$/, "").indexOf("h1:");
      return at === -1 ? null : { name: l.slice(0, at).trim(), hash: l.replace(/\r$/, "").slice(at + 3) };
    });
    if (entries.every((e) => e !== null)) lines[0] = formatSumFile(entries as Array<{ name: string; hash: string }>).split("\n", 1)[0]!;
  }
  const text = lines.join("\n");
  return r.pick([`${text}\n`, text, `${text}\n\n`, `${text}\r\n`]);
}

describe("atlas.sum as Atlas's Go code reads it (golang-ariga-atlas-dev 0.7.2)", () => {
  it("agrees on the directories Atlas hashed", () => {
    compare(
      readdirSync(fixtures)
        .filter((n) => !n.endsWith(".md"))
        .sort()
        .map(fixtureCase),
    );
  });

  it("agrees on 400 random directories and hand-edited sum files (seeds 1..400)", () => {
    const cases: Case[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const r = new Rand(seed);
      const files = randomFiles(r);
      cases.push({ label: `seed ${seed}`, files, sum: randomSum(r, files) });
    }
    const before = throughProduct;
    assert.deepEqual([...compare(cases)].sort(), ["format", "mismatch", "tampered", "true"], "every verdict occurs");
    assert.ok(throughProduct - before >= 40, `only ${throughProduct - before} cases read through readMigrationDir`);
  });

  it("agrees at bufio.Scanner's 64 KiB line limit, on every line", () => {
    const files = [{ name: "1_a.sql", bytes: Buffer.from("SELECT 1;\n") }];
    const valid = formatSumFile(computeEntries(files));
    const cases: Case[] = [];
    for (const extra of [-2, -1, 0, 1, 2]) {
      const long = (prefix: string) => prefix + "x".repeat(maxSumLineBytes + extra - Buffer.byteLength(prefix));
      const labels = (where: string) => `${where}, ${maxSumLineBytes + extra} bytes`;
      cases.push(
        { label: labels("a last line"), files, sum: `${valid}${long("y h1:")}` },
        { label: labels("a last line with LF"), files, sum: `${valid}${long("y h1:")}\n` },
        { label: labels("a last line with CRLF"), files, sum: `${valid}${long("y h1:")}\r\n` },
        { label: labels("a middle line"), files, sum: `${valid}${long("é h1:")}\n${valid.split("\n")[1]}\n` },
        { label: labels("the first line"), files, sum: `${long("h1:")}\n${valid.split("\n")[1]}\n` },
        { label: labels("the first line, h1: past the limit"), files, sum: `${long("")}h1:\n` },
        { label: labels("the first line, h1: before the limit"), files, sum: `${long(`${"x".repeat(100)}h1:`)}\n` },
      );
    }
    assert.ok(compare(cases).has("line-too-long"));
  });
});
