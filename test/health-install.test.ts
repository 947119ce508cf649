import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { healthConfigData, installFilePaths, readHealthScripts, renderInstallFiles } from "../src/health/install-files.js";
import { readScriptSources, renderHealthScripts } from "../src/health/script-sources.js";

const scripts = readHealthScripts();
const files = renderInstallFiles(scripts);
const rendered = (path: string): string => {
  const file = files.find((f) => f.path === path);
  assert.ok(file, `no rendered ${path}`);
  return file.text;
};

describe("lua-health/install", () => {
  for (const file of files) {
    it(`${file.path} starts by saying it is generated and how to regenerate it`, () => {
      assert.match(file.text, /^# Generated from lua-health\/db\.atlasgo\.io\/\*\/health\.lua; do not edit\.\n# Regenerate with `npm run gen`\.\n/);
    });
  }

  it("argocd-cm patch: a ConfigMap patch carrying each script verbatim under its health key", () => {
    const patch: unknown = parse(rendered(installFilePaths.kustomize));
    assert.deepEqual(patch, {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: {
        name: "argocd-cm",
        namespace: "argocd",
        labels: { "app.kubernetes.io/name": "argocd-cm", "app.kubernetes.io/part-of": "argocd" },
      },
      data: {
        "resource.customizations.health.db.atlasgo.io_AtlasMigration": scripts.AtlasMigration,
        "resource.customizations.health.db.atlasgo.io_AtlasSchema": scripts.AtlasSchema,
      },
    });
  });

  it("Helm values: the same entries under configs.cm", () => {
    const values: unknown = parse(rendered(installFilePaths.helm));
    assert.deepEqual(values, { configs: { cm: healthConfigData(scripts) } });
  });

  it("writes the scripts as literal blocks", () => {
    const key = "resource.customizations.health.db.atlasgo.io_AtlasSchema";
    assert.ok(rendered(installFilePaths.kustomize).includes(`\n  ${key}: |\n    -- Argo CD health check`));
    assert.ok(rendered(installFilePaths.helm).includes(`\n    ${key}: |\n      -- Argo CD health check`));
  });

  it("refuses scripts a literal block cannot carry unchanged", () => {
    assert.throws(() => renderInstallFiles({ AtlasMigration: "return {}", AtlasSchema: " x\r\n\n" }), {
      message:
        "cannot render the health install files:\n" +
        "  lua-health/db.atlasgo.io/AtlasMigration/health.lua: must end with exactly one newline\n" +
        "  lua-health/db.atlasgo.io/AtlasSchema/health.lua: must end with exactly one newline\n" +
        "  lua-health/db.atlasgo.io/AtlasSchema/health.lua: must not contain carriage returns\n" +
        "  lua-health/db.atlasgo.io/AtlasSchema/health.lua: must not start with whitespace",
    });
  });
});

describe("lua-health/src: both scripts from one source", () => {
  const sources = readScriptSources();

  it("each shipped health.lua is the shared source with its kind's part in place", () => {
    assert.deepEqual(renderHealthScripts(sources), scripts);
    for (const kind of ["AtlasMigration", "AtlasSchema"] as const) {
      assert.ok(scripts[kind].startsWith(`-- Argo CD health check for Atlas Operator ${kind} resources`));
      assert.ok(scripts[kind].includes(sources.kinds[kind].trimEnd()));
      assert.ok(!scripts[kind].includes("{{"), "no placeholder left");
    }
  });

  it("the kinds' parts define the same names, so the shared code finds them in both", () => {
    const names = (part: string): string[] => [...part.matchAll(/^local (?:function )?(\w+)/gm)].map((m) => m[1]!).sort();
    const shared = ["FAILURE_REASONS", "appliedMessage", "approvalLink", "hasRetryLimit", "neverRetried"];
    for (const part of Object.values(sources.kinds))
      assert.deepEqual(
        names(part).filter((n) => shared.includes(n)),
        shared,
      );
  });

  it("refuses a shared source without exactly one insertion line", () => {
    const message = 'lua-health/src/health.lua: needs exactly one line "-- {{kind-specific}}", found 0';
    assert.throws(() => renderHealthScripts({ ...sources, shared: "return 1\n" }), { message });
  });
});
