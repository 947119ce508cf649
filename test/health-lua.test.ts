import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { packageRoot } from "../src/common/package-root.js";
import { healthKinds, readHealthScripts } from "../src/health/install-files.js";
import { isRecord, type LuaOutcome, loadScriptTests, OPERATOR_REASONS, outcomeProblem, runHealthChecks, type ScriptTest } from "./health-harness.js";

const root = packageRoot();
const scripts = readHealthScripts(root);
const { tests, unusedTestdata } = await loadScriptTests(root);

describe("health.lua cases from health_test.yaml, under Lua 5.1 with Argo CD's default libraries", () => {
  let outcomes: LuaOutcome[] = [];
  before(() => {
    outcomes = runHealthChecks(scripts, tests);
  });
  for (const [index, test] of tests.entries()) {
    it(`${test.kind} ${test.inputPath}`, () => {
      const outcome = outcomes[index];
      assert.ok(outcome !== undefined, "no outcome");
      assert.equal(outcomeProblem(outcome), undefined);
      assert.ok(outcome.ok);
      assert.deepEqual({ status: outcome.status, message: outcome.message }, test.expected);
    });
  }
});

describe("health_test.yaml coverage", () => {
  it("uses every testdata file", () => {
    assert.deepEqual(unusedTestdata, []);
  });

  for (const kind of healthKinds) {
    it(`${kind}: has a case for every reason the operator sets`, () => {
      const covered = new Set(tests.filter((test) => test.kind === kind).map(readyReason));
      assert.deepEqual(
        OPERATOR_REASONS[kind].filter((reason) => !covered.has(reason)),
        [],
      );
    });
  }

  it("has a case for every row of the behaviour table in lua-health/README.md", () => {
    // Each row's status and each message template of it (`<...>` stands for any text) must be
    // expected by at least one case, so the table cannot promise what no test checks.
    const readme = readFileSync(new URL("lua-health/README.md", root), "utf8");
    const table = readme.slice(readme.indexOf("| Object | Status | Message |"));
    const lines = table.split("\n");
    const end = lines.findIndex((line) => !line.startsWith("|"));
    const rows = lines.slice(0, end).filter((line) => line.startsWith("| ") && !line.startsWith("| Object"));
    const uncovered: string[] = [];
    for (const row of rows) {
      const [object, status, message] = row.split(" | ").map((cell) => cell.replace(/^\| |\s*\|$/g, ""));
      const templates = [...message!.matchAll(/`([^`]*)`/g)].map((m) => m[1]!).filter((t) => / |^</.test(t));
      const kinds = /^AtlasMigration/.test(object!) ? ["AtlasMigration"] : /^AtlasSchema/.test(object!) ? ["AtlasSchema"] : healthKinds;
      for (const template of templates.length > 0 ? templates : ["<any>"]) {
        const pattern = new RegExp(
          `^${template
            .split(/<[^>]+>/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("[\\s\\S]+")}$`,
        );
        if (!tests.some((t) => kinds.includes(t.kind) && t.expected.status === status && pattern.test(t.expected.message)))
          uncovered.push(`${object}: ${status} ${template}`);
      }
    }
    assert.ok(rows.length >= 15, `read ${rows.length} rows`);
    assert.deepEqual(uncovered, []);
  });

  it("expects only statuses the scripts may return", () => {
    const statuses = new Set(tests.map((test) => test.expected.status));
    assert.deepEqual([...statuses].sort(), ["Degraded", "Healthy", "Progressing", "Suspended"]);
  });
});

describe("health.lua needs nothing beyond Argo CD's default libraries", () => {
  for (const kind of healthKinds) {
    it(`${kind}: names no other library, calls no string methods and uses no %`, () => {
      const code = scripts[kind].replace(/"(?:[^"\\\n]|\\.)*"/g, '""').replace(/--.*$/gm, "");
      assert.deepEqual(code.match(/\b(string|math|os|io|debug|package|require|load|loadstring|dofile|getfenv|setfenv|print)\b/g), null);
      assert.deepEqual(code.match(/[\w\])]:\w+\s*[("{]/g), null);
      // Older gopher-lua releases (Debian's 2017 snapshot among them) compute % differently from Lua 5.1.
      assert.deepEqual(code.match(/%/g), null);
    });
  }
});

describe("the Lua harness", () => {
  const run = (script: string): LuaOutcome => {
    const [outcome] = runHealthChecks({ AtlasMigration: script, AtlasSchema: script }, [
      { kind: "AtlasMigration", obj: { a: [1, null, "x"], b: null, c: {}, d: 2.5 } },
    ]);
    assert.ok(outcome !== undefined);
    return outcome;
  };

  it("offers only base functions and table, and no string methods", () => {
    const outcome = run(`
      local present = {}
      for _, name in ipairs({ "string", "math", "os", "io", "debug", "package", "require", "load", "loadstring",
          "dofile", "loadfile", "print", "getfenv", "setfenv", "module", "collectgarbage" }) do
        if _G[name] ~= nil then table.insert(present, name) end
      end
      local methods = pcall(function() return ("x"):upper() end)
      return { status = "Healthy", message = table.concat(present, ",") .. "|" .. tostring(methods) }
    `);
    assert.ok(outcome.ok);
    assert.equal(outcome.message, "|false");
  });

  it("passes obj the way Argo CD converts JSON", () => {
    const outcome = run(`
      return { status = "Healthy", message = tostring(#obj.a) .. " " .. obj.a[2] .. " " .. tostring(obj.b)
        .. " " .. type(obj.c) .. " " .. tostring(obj.d) }
    `);
    assert.ok(outcome.ok);
    assert.equal(outcome.message, "2 x nil table 2.5");
  });

  it("reports errors and endless loops instead of hanging", () => {
    const failed = run(`error("boom")`);
    assert.ok(!failed.ok && failed.error.includes("boom"));
    const looped = run(`while true do end`);
    assert.ok(!looped.ok && looped.error.includes("instruction limit"));
  });
});

function readyReason(test: ScriptTest): string | undefined {
  const status = isRecord(test.obj) ? test.obj.status : undefined;
  const conditions = isRecord(status) ? status.conditions : undefined;
  if (!Array.isArray(conditions)) return undefined;
  const ready: unknown = conditions.find((condition) => isRecord(condition) && condition.type === "Ready");
  return isRecord(ready) && typeof ready.reason === "string" ? ready.reason : undefined;
}
