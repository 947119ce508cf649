/**
 * Every health_test.yaml case in both Lua VMs: C Lua 5.1 with Argo CD's default libraries (test/fixtures/
 * health/run-health.lua) and gopher-lua set up the way Argo CD sets up its VM for argocd-cm scripts
 * (test/go/luavm). Both must return exactly the expected {status, message}, and so the same result.
 *
 * gopher-lua: Debian's golang-github-yuin-gopher-lua-dev 0.0~git20170915.0.eb1c729 (Argo CD vendors v1.1.2;
 * see test/go/luavm/main.go for where the two differ and what the helper does about it).
 */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { packageRoot } from "../src/common/package-root.js";
import { readHealthScripts } from "../src/health/install-files.js";
import { type LuaOutcome, loadScriptTests, observable, runHealthChecks, runHealthChecksInArgoVM } from "./health-harness.js";

const root = packageRoot();
const scripts = readHealthScripts(root);
const { tests } = await loadScriptTests(root);

describe("health_test.yaml cases in C Lua and in Argo CD's gopher-lua VM", () => {
  let inC: LuaOutcome[] = [];
  let inArgo: LuaOutcome[] = [];
  before(() => {
    inC = runHealthChecks(scripts, tests);
    inArgo = runHealthChecksInArgoVM(scripts, tests);
  });

  it("runs every case in both", () => {
    assert.equal(inC.length, tests.length);
    assert.equal(inArgo.length, tests.length);
    assert.ok(tests.length > 100, `only ${tests.length} cases`);
  });

  for (const [index, test] of tests.entries()) {
    it(`${test.kind} ${test.inputPath}`, () => {
      const expected = { type: "table", ...test.expected };
      assert.deepEqual(observable(inArgo[index]), expected, "gopher-lua (Argo CD's VM)");
      assert.deepEqual(observable(inC[index]), expected, "C Lua 5.1");
    });
  }
});

describe("the gopher-lua harness", () => {
  const run = (script: string, obj: unknown): LuaOutcome => {
    const [outcome] = runHealthChecksInArgoVM({ AtlasMigration: script, AtlasSchema: script }, [{ kind: "AtlasMigration", obj }]);
    assert.ok(outcome !== undefined);
    return outcome;
  };

  it("opens only package, base and table, like Argo CD for an argocd-cm script", () => {
    const outcome = run(
      `local present = {}
      for _, name in ipairs({ "string", "math", "os", "io", "debug", "coroutine", "channel" }) do
        if _G[name] ~= nil then table.insert(present, name) end
      end
      local methods = pcall(function() return ("x"):upper() end)
      local os = require("os")
      return { status = "Healthy", message = table.concat(present, ",") .. "|" .. tostring(methods) .. "|"
        .. type(os.time) .. type(os.date) .. type(os.exit) .. "|" .. type(require) .. type(package) .. type(table.time) }`,
      {},
    );
    assert.deepEqual(observable(outcome), { type: "table", status: "Healthy", message: "|false|functionfunctionnil|functiontablenil" });
  });

  it("passes obj the way Argo CD converts JSON", () => {
    const outcome = run(
      `return { status = "Healthy", message = tostring(#obj.a) .. " " .. obj.a[2] .. " " .. tostring(obj.b)
        .. " " .. type(obj.c) .. " " .. tostring(obj.d) .. " " .. tostring(obj.e) }`,
      { a: [1, null, "x"], b: null, c: {}, d: 2.5, e: 3 },
    );
    assert.deepEqual(observable(outcome), { type: "table", status: "Healthy", message: "2 x nil table 2.5 3" });
  });

  it("reports errors and stops endless loops", () => {
    const failed = run(`error("boom")`, {});
    assert.ok(!failed.ok && failed.error.includes("boom"));
    const looped = run(`while true do end`, {});
    assert.ok(!looped.ok);
  });
});
