import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { computeEntries, formatSumFile, type MigrationFile, maxSumLineBytes, verifySumFile } from "../src/render/atlas-sum.js";

/** Directories whose atlas.sum Atlas itself wrote (see the README there). */
const testdata = join(import.meta.dirname, "fixtures/atlas-dirs");

function sqlFiles(dir: string): MigrationFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith(".sql"))
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

const file = (name: string, text: string): MigrationFile => ({ name, bytes: Buffer.from(text) });

describe("atlas.sum", () => {
  for (const name of readdirSync(testdata)
    .filter((n) => !n.endsWith(".md"))
    .sort()) {
    it(`reproduces the atlas.sum Atlas wrote for ${name}, byte for byte`, () => {
      const dir = join(testdata, name);
      const sum = readFileSync(join(dir, "atlas.sum"), "utf8");
      assert.equal(formatSumFile(computeEntries(sqlFiles(dir))), sum);
      assert.deepEqual(verifySumFile(sum, sqlFiles(dir)), { ok: true });
    });
  }

  it("computes the worked example", () => {
    const files = [file("2_add_c.sql", "ALTER TABLE t ADD COLUMN c int;\n"), file("1_init.sql", "CREATE TABLE t (id int);\n")];
    assert.equal(
      formatSumFile(computeEntries(files)),
      "h1:YJAtPvWh+tmW0MJxbbhndQ0GrCUzeJIzfe8bhr0eKH4=\n" +
        "1_init.sql h1:CljdN0mRRypLgnOb0bKKlZ2rGT42jXDb5lFPkN5gFHI=\n" +
        "2_add_c.sql h1:kzugh3PrFyNB9sOB2vtmUop2IwIneLxA/5J+4SQyGXM=\n",
    );
  });

  it("orders files by the bytes of their names (10 before 9)", () => {
    const entries = computeEntries([file("9_b.sql", "b"), file("10_a.sql", "a")]);
    assert.deepEqual(
      entries.map((e) => e.name),
      ["10_a.sql", "9_b.sql"],
    );
  });

  it("leaves out a file marked `atlas:sum ignore`, but hashes its name", () => {
    const ignored = file("2_seed.sql", "-- atlas:sum ignore\nINSERT INTO t VALUES (1);\n");
    const base = [file("1_init.sql", "CREATE TABLE t (id int);\n"), file("3_more.sql", "SELECT 1;\n")];
    const withIgnored = computeEntries([...base, ignored]);
    assert.deepEqual(
      withIgnored.map((e) => e.name),
      ["1_init.sql", "3_more.sql"],
    );
    assert.notEqual(withIgnored[1]!.hash, computeEntries(base)[1]!.hash, "the ignored file's name still feeds the running hash");
    const edited = computeEntries([...base, file("2_seed.sql", "-- atlas:sum ignore\nINSERT INTO t VALUES (2);\n")]);
    assert.deepEqual(edited, withIgnored, "its content does not");
  });

  it("reads the directive only on the first line", () => {
    const late = computeEntries([file("1_a.sql", "SELECT 1;\n-- atlas:sum ignore\n")]);
    assert.equal(late.length, 1);
    const other = computeEntries([file("1_a.sql", "-- atlas:sum ignore-me\n")]);
    assert.equal(other.length, 1, "the argument must be exactly `ignore`");
  });

  it("accepts CRLF line endings in atlas.sum, as Go's line scanner does", () => {
    const files = [file("1_a.sql", "SELECT 1;\n")];
    const sum = formatSumFile(computeEntries(files)).replace(/\n/g, "\r\n");
    assert.deepEqual(verifySumFile(sum, files), { ok: true });
  });

  it("reports a line without h1: as a format error with its line number", () => {
    const files = [file("1_a.sql", "SELECT 1;\n")];
    const sum = formatSumFile(computeEntries(files)).replace("\n", "\ngarbage\n");
    assert.deepEqual(verifySumFile(sum, files), { ok: false, reason: "format", line: 2 });
  });

  it("reports an empty atlas.sum as edited", () => {
    assert.deepEqual(verifySumFile("", [file("1_a.sql", "x")]), { ok: false, reason: "tampered" });
  });

  it("names the first file that differs", () => {
    const files = [file("1_a.sql", "a"), file("2_b.sql", "b")];
    const sum = formatSumFile(computeEntries(files));
    const verdict = verifySumFile(sum, [file("1_a.sql", "a"), file("2_b.sql", "B")]);
    assert.equal(verdict.ok ? "" : verdict.reason === "mismatch" ? verdict.file : "", "2_b.sql");
  });
});

describe("atlas.sum lines as Go reads them", () => {
  const files = [file("1_a.sql", "SELECT 1;\n")];
  const entry = formatSumFile(computeEntries(files)).split("\n")[1]!;

  it("trims U+0085 and U+00A0 around a name, as strings.TrimSpace does", () => {
    const sum = (line: string) => `${formatSumFile([{ name: "1_a.sql", hash: line.slice(line.indexOf("h1:") + 3) }]).split("\n")[0]}\n${line}\n`;
    assert.deepEqual(verifySumFile(sum(`\u0085${entry.replace(" h1:", "\u00a0h1:")}`), files), { ok: true });
  });

  it("keeps U+FEFF in a name (Go does not count it as space), so the entry names another file", () => {
    const line = `\ufeff${entry}`;
    const head = formatSumFile([{ name: "\ufeff1_a.sql", hash: entry.slice(entry.indexOf("h1:") + 3) }]).split("\n")[0];
    const verdict = verifySumFile(`${head}\n${line}\n`, files);
    assert.equal(verdict.ok ? "ok" : verdict.reason, "mismatch");
  });

  it("stops at a line longer than 64 KiB, like bufio.Scanner", () => {
    const sum = `${formatSumFile(computeEntries(files))}${"x".repeat(maxSumLineBytes + 1)}\n`;
    assert.deepEqual(verifySumFile(sum, files), { ok: false, reason: "line-too-long", line: 3 });
    assert.deepEqual(verifySumFile(`${formatSumFile(computeEntries(files))}${"x".repeat(maxSumLineBytes - 3)}h1:\n`, files).ok, false);
  });
});
