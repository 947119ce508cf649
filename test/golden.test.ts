/**
 * Golden cases: the exact stdout, stderr and exit code of a command on a prepared repository.
 *
 * test/cases/<name>/        a feature case
 *   case.yaml               optional: args (default [render, .]), env, cwd (app path in the repo),
 *                           from (a directory of this repository to start from), exit (default 0)
 *   repo/                   files of the repository (a .git directory is added)
 *   stdout.golden, stderr.golden   expected output (a missing file means: empty)
 *
 * test/corpus/<name>.yaml   a bad input: the file is atlas.project.yaml of an otherwise empty
 *                           repository; its first line is `# expect: <the one stderr line>`, and
 *                           optional `# args: [...]` / `# env: {...}` lines follow. The command
 *                           must exit 1 with nothing on stdout.
 *
 * UPDATE_GOLDEN=1 rewrites the expectations from the actual output (review the diff!).
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { repoRoot, run, tempRepo } from "./run.js";

const update = process.env.UPDATE_GOLDEN === "1";

interface CaseSpec {
  args?: string[];
  env?: Record<string, string>;
  cwd?: string;
  from?: string;
  exit?: number;
  symlinks?: Record<string, string>;
}

function expectGolden(file: string, actual: string): void {
  if (update) {
    if (actual === "") {
      if (existsSync(file)) writeFileSync(file, "");
    } else writeFileSync(file, actual);
    return;
  }
  const expected = existsSync(file) ? readFileSync(file, "utf8") : "";
  assert.equal(actual, expected, `${file} differs`);
}

describe("feature cases (test/cases)", () => {
  const base = join(repoRoot, "test/cases");
  for (const name of readdirSync(base).sort()) {
    it(name, async () => {
      const dir = join(base, name);
      const spec = (existsSync(join(dir, "case.yaml")) ? parse(readFileSync(join(dir, "case.yaml"), "utf8")) : {}) as CaseSpec;
      const repo = tempRepo(
        Object.fromEntries(Object.entries(spec.symlinks ?? {}).map(([path, target]) => [path, { symlink: target }])),
        spec.from ? join(repoRoot, spec.from) : join(dir, "repo"),
      );
      try {
        const result = await run(spec.args ?? ["render", "."], { cwd: join(repo.dir, spec.cwd ?? "."), env: spec.env });
        expectGolden(join(dir, "stdout.golden"), result.stdout);
        expectGolden(join(dir, "stderr.golden"), result.stderr);
        assert.equal(result.code, spec.exit ?? 0, `exit code; stderr: ${result.stderr}`);
      } finally {
        repo.cleanup();
      }
    });
  }
});

describe("bad inputs (test/corpus)", () => {
  const base = join(repoRoot, "test/corpus");
  for (const name of readdirSync(base)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    it(name, async () => {
      const file = join(base, name);
      const text = readFileSync(file, "utf8");
      const header = (key: string) => new RegExp(`^# ${key}: (.*)$`, "m").exec(text.split("\n").slice(0, 4).join("\n"))?.[1];
      const expected = header("expect");
      assert.ok(expected !== undefined || update, `${name}: first line must be "# expect: <stderr line>"`);
      const args = header("args");
      const env = header("env");
      const repo = tempRepo({ "atlas.project.yaml": text });
      try {
        const result = await run(args ? (JSON.parse(args) as string[]) : ["render", ".", "-e", "prod"], {
          cwd: repo.dir,
          env: env ? (JSON.parse(env) as Record<string, string>) : {},
        });
        if (update) {
          const line = result.stderr.trimEnd();
          writeFileSync(file, expected === undefined ? `# expect: ${line}\n${text}` : text.replace(`# expect: ${expected}`, `# expect: ${line}`));
          return;
        }
        assert.equal(result.stdout, "", "nothing on stdout");
        assert.equal(result.stderr, `${expected}\n`, "exactly the expected stderr line");
        assert.equal(result.code, 1, "exit code 1");
      } finally {
        repo.cleanup();
      }
    });
  }
});
