/**
 * The ApplicationSets of plugin/examples (applicationset*.yaml), checked offline as far as their
 * shape allows: the ApplicationSet fields Argo CD reads (argoproj.io/v1alpha1, list and matrix
 * generators, a Go template), then every Application they generate, as test/install-files.test.ts
 * checks the example Applications: the plugin source names the plugin and passes only announced
 * parameters, its path holds atlas.project.yaml, and the environment it passes is one of that
 * file's environments, each of which gets exactly one Application and renders.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { parameterSpecs, pluginName } from "../src/argocd/plugin-inputs.js";
import { renderEnvironment } from "../src/gather/render-environment.js";
import { openWorkspace } from "../src/gather/workspace.js";
import { projectFileName } from "../src/project/schema.js";
import { environmentNames } from "../src/render/render.js";
import { repoRoot } from "./run.js";

type Obj = Record<string, any>;

/** The directory of this repository each ApplicationSet's repoURL stands for. */
const repositories: Record<string, string> = {
  "https://github.com/argocd-atlas/argocd-atlas": ".",
};

const specFields = [
  "generators",
  "template",
  "goTemplate",
  "goTemplateOptions",
  "syncPolicy",
  "strategy",
  "preservedFields",
  "ignoreApplicationDifferences",
  "templatePatch",
];
const dnsLabel = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function readYaml(path: string): Obj {
  const docs = parseAllDocuments(readFileSync(join(repoRoot, path), "utf8"), { uniqueKeys: true });
  assert.equal(docs.length, 1, `${path}: expected one YAML document`);
  assert.deepEqual(docs[0]!.errors.map(String), [], `${path}: YAML errors`);
  return docs[0]!.toJS() as Obj;
}

/** The parameter sets a generator yields: list elements, or the product of a matrix's two generators. */
function parameterSets(generator: Obj, where: string): Record<string, string>[] {
  const kinds = Object.keys(generator).filter((k) => k !== "selector");
  assert.equal(kinds.length, 1, `${where}: one generator kind per entry`);
  if (generator.list) {
    assert.deepEqual(Object.keys(generator.list), ["elements"], `${where}: a list generator holds elements`);
    const elements = generator.list.elements as Obj[];
    assert.ok(Array.isArray(elements) && elements.length > 0, `${where}: elements is a non-empty list`);
    for (const e of elements) for (const v of Object.values(e)) assert.equal(typeof v, "string", `${where}: element values are strings`);
    return elements as Record<string, string>[];
  }
  if (generator.matrix) {
    const children = generator.matrix.generators as Obj[];
    assert.ok(Array.isArray(children) && children.length === 2, `${where}: a matrix combines two generators`);
    const [a, b] = children.map((g, i) => parameterSets(g, `${where}.matrix.generators[${i}]`));
    return a!.flatMap((x) => b!.map((y) => ({ ...x, ...y })));
  }
  throw new assert.AssertionError({ message: `${where}: only list and matrix generators can be checked offline, found ${kinds[0]}` });
}

/** The template with `{{.key}}` replaced, as a Go template with missingkey=error would. */
function instantiate(template: unknown, params: Record<string, string>): unknown {
  if (typeof template === "string") {
    const out = template.replace(/\{\{\s*\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, key: string) => {
      assert.ok(Object.hasOwn(params, key), `template names {{.${key}}}, which no generator sets`);
      return params[key]!;
    });
    assert.ok(!out.includes("{{"), `only {{.key}} is used in templates: ${template}`);
    return out;
  }
  if (Array.isArray(template)) return template.map((t) => instantiate(t, params));
  if (template !== null && typeof template === "object") return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, instantiate(v, params)]));
  return template;
}

describe("plugin/examples ApplicationSets", () => {
  const files = readdirSync(join(repoRoot, "plugin/examples")).filter((f) => /^applicationset.*\.yaml$/.test(f));

  it("there is at least one", () => assert.ok(files.length > 0));

  for (const file of files) {
    it(`${file} creates one Application per environment of its project file, each rendering it`, async () => {
      const set = readYaml(`plugin/examples/${file}`);
      assert.equal(set.apiVersion, "argoproj.io/v1alpha1");
      assert.equal(set.kind, "ApplicationSet");
      assert.equal(set.metadata.namespace, "argocd");
      assert.match(set.metadata.name, dnsSubdomain);
      for (const key of Object.keys(set.spec)) assert.ok(specFields.includes(key), `spec.${key} is an ApplicationSet field`);
      assert.equal(set.spec.goTemplate, true, "templates are Go templates ({{.environment}})");
      assert.ok(set.spec.goTemplateOptions?.includes("missingkey=error"), "a misspelt parameter fails instead of rendering empty");
      assert.deepEqual(Object.keys(set.spec.template).sort(), ["metadata", "spec"]);

      const generated = (set.spec.generators as Obj[]).flatMap((g, i) => parameterSets(g, `spec.generators[${i}]`));
      const apps = generated.map((params) => ({ params, app: instantiate(set.spec.template, params) as Obj }));
      const names = apps.map((a) => a.app.metadata.name as string);
      assert.equal(new Set(names).size, names.length, "each Application has its own name");

      const byProject = new Map<string, string[]>();
      for (const { params, app } of apps) {
        assert.match(app.metadata.name, dnsSubdomain);
        const sources: Obj[] = app.spec.sources;
        const pluginSources = sources.filter((s) => s.plugin);
        assert.equal(pluginSources.length, 1, "one source renders with the plugin");
        const source = pluginSources[0]!;
        assert.equal(source.plugin.name, pluginName);
        const repository = repositories[source.repoURL];
        assert.ok(repository, `${source.repoURL} stands for a directory of this repository`);
        const projectFile = join(repoRoot, repository, source.path, projectFileName);
        assert.ok(existsSync(projectFile), `${source.path} holds ${projectFileName}`);
        for (const other of sources.filter((s) => s !== source)) {
          assert.equal(other.repoURL, source.repoURL);
          assert.ok(existsSync(join(repoRoot, repository, other.path)), `${other.path} exists`);
          if (other.path === source.path) assert.equal(other.directory?.exclude, projectFileName);
        }
        for (const parameter of source.plugin.parameters ?? []) {
          assert.ok(
            parameterSpecs.some((p) => p.name === parameter.name),
            `parameter ${parameter.name} is one the plugin announces`,
          );
          assert.deepEqual(Object.keys(parameter).sort(), ["name", "string"]);
        }
        const environment: string = (source.plugin.parameters as Obj[]).find((p) => p.name === "environment")?.string;
        assert.equal(environment, params.environment, "the environment parameter is the generator's");
        assert.match(app.spec.destination.namespace, dnsLabel);
        assert.equal(typeof app.spec.destination.server, "string");
        byProject.set(projectFile, [...(byProject.get(projectFile) ?? []), environment]);
      }

      for (const [projectFile, listed] of byProject) {
        const ws = openWorkspace(projectFile, repoRoot);
        const defined = environmentNames(ws.loaded.project);
        for (const env of listed) assert.ok(defined.includes(env), `environment ${env} is defined in ${projectFile}`);
        assert.deepEqual([...listed].sort(), [...defined].sort(), "one Application per environment of the project file");
        // Offline, as validate renders: every environment the ApplicationSet names renders.
        for (const env of listed) await renderEnvironment(ws, env, {});
      }
    });
  }
});
