/**
 * The command line: every verb's help, the option rules of the verb table (both spellings of a
 * value, repeated options, did-you-mean) and `validate -e`, `init` as a user meets them.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parseArgsFor } from "../src/cli/args.js";
import { overview, type VerbSpec, verbNames, verbTable, verbUsage } from "../src/cli/verbs.js";
import { environmentOf, kubeReaderAdvice, placeOfVerb, reachAdvice, runPlace, tokenAdvice, tokenFileAdvice, withRunPlace } from "../src/common/run-place.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import { repoRoot, run, tempRepo } from "./run.js";

const usageError = (verb: string, message: string) => `argocd-atlas ${verb}: ${message} (run \`argocd-atlas ${verb} --help\` for usage)\n`;

describe("help", () => {
  for (const verb of verbNames) {
    it(`${verb}: --help, -h and help ${verb} print the same usage, exit 0`, async () => {
      const expected = verbUsage(verb);
      for (const args of [
        [verb, "--help"],
        [verb, "-h"],
        ["help", verb],
        [verb, "--namespace", "x", "--help"],
      ]) {
        assert.deepEqual(await run(args, { cwd: repoRoot }), { code: 0, stdout: expected, stderr: "" }, args.join(" "));
      }
    });

    it(`${verb}: the usage has a synopsis, every option with its default, and two examples`, () => {
      const text = verbUsage(verb);
      const spec: VerbSpec = verbTable[verb];
      assert.match(text, new RegExp(`^Usage:\\n  argocd-atlas ${verb}`, "m"));
      for (const [name, option] of Object.entries(spec.options)) {
        assert.ok(text.includes(`--${name}`), name);
        assert.ok(option.default !== undefined && text.includes(`default: ${option.default}`), `${name} has a default`);
        if (option.short) assert.ok(text.includes(`-${option.short}, --${name}`), name);
      }
      assert.equal(spec.examples.length, 2);
      for (const [, command] of spec.examples) assert.ok(text.includes(`  ${command}\n`) || text.endsWith(`  ${command}\n`));
    });
  }

  it("help, -h and --help alone list every verb", async () => {
    for (const args of [["help"], ["-h"], ["--help"]]) {
      const r = await run(args, { cwd: repoRoot });
      assert.deepEqual(r, { code: 0, stdout: overview(), stderr: "" });
    }
    for (const verb of verbNames) assert.match(overview(), new RegExp(`^  ${verb} +\\S`, "m"));
  });

  it("help of an unknown verb suggests the nearest", async () => {
    assert.deepEqual(await run(["help", "valdate"], { cwd: repoRoot }), {
      code: 2,
      stdout: "",
      stderr: 'argocd-atlas help: unknown verb "valdate": did you mean validate? (run `argocd-atlas help` for usage)\n',
    });
  });
});

describe("command-line errors", () => {
  const cases: [string[], string][] = [
    [["valdiate"], 'argocd-atlas: unknown verb "valdiate": did you mean validate? (run `argocd-atlas help` for usage)\n'],
    [["render", "--namespce", "x"], usageError("render", "unknown option --namespce: did you mean --namespace?")],
    [["render", "--env", "x"], usageError("render", "unknown option --env: did you mean --environment?")],
    [
      ["render", "--zzz"],
      usageError("render", "unknown option --zzz: the options are --environment, --namespace, --app-name, --revision, --param, --plugin-env"),
    ],
    [["render", "-x"], usageError("render", "unknown option -x: the options are --environment, --namespace, --app-name, --revision, --param, --plugin-env")],
    [["render", "-n", "a", "--namespace=b"], usageError("render", '--namespace is given twice ("a", then "b"): give it once')],
    [["render", "-e", "a", "-e", "a"], usageError("render", '--environment is given twice ("a", then "a"): give it once')],
    [["init", "--force", "--force"], usageError("init", "--force is given twice: give it once")],
    [["render", "--param", "environment=a", "--param", "environment=b"], usageError("render", '--param "environment" is given twice: give it once')],
    [
      ["render", "-e", "a", "--param", "environment=a"],
      usageError("render", "--environment and --param environment= both set the environment: give one of them"),
    ],
    [["init", "--force=yes"], usageError("init", '--force takes no value, got "--force=yes": write --force alone')],
    [["render", "--namespace"], usageError("render", "--namespace needs a value: --namespace NS")],
    [["render", "-n", "--revision", "x"], usageError("render", "-n needs a value: -n NS")],
    [["render", "a", "b"], usageError("render", 'takes one PATH at most, got "b" too')],
    [["schema", "x"], usageError("schema", 'takes no arguments, got "x"')],
    [["version", "--short"], usageError("version", "takes no options, got --short")],
    [[], "argocd-atlas: missing verb: argocd-atlas VERB [arguments] [options] (run `argocd-atlas help` for usage)\n"],
  ];
  for (const [args, stderr] of cases) {
    it(`${args.join(" ") || "(nothing)"}: exit 2, our own wording`, async () => {
      assert.deepEqual(await run(args, { cwd: repoRoot }), { code: 2, stdout: "", stderr });
    });
  }
});

describe("option rules, for every option of the verb table", () => {
  for (const verb of verbNames) {
    const spec: VerbSpec = verbTable[verb];
    for (const [name, option] of Object.entries(spec.options)) {
      const forms = [`--${name}`, ...(option.short ? [`-${option.short}`] : [])];
      if (option.type === "boolean") {
        it(`${verb} --${name}: a flag, true when given`, () => {
          for (const form of forms) assert.deepEqual(parseArgsFor(spec, [form]).values, { [name]: true });
        });
        continue;
      }
      it(`${verb} --${name}: "--opt value", "--opt=value", "-s value", "-svalue" are the same`, () => {
        const spellings = forms.flatMap((f) => (f.startsWith("--") ? [[f, "v=1"], [`${f}=v=1`]] : [[f, "v=1"], [`${f}v=1`], [`${f}=v=1`]]));
        for (const args of spellings) {
          assert.deepEqual(
            parseArgsFor(spec, [...args, "here"]),
            { values: { [name]: option.multiple ? ["v=1"] : "v=1" }, positionals: spec.operand ? ["here"] : ["here"] },
            args.join(" "),
          );
        }
      });
      it(`${verb} --${name}: ${option.multiple ? "repeatable, in order" : "twice is an error"}`, () => {
        const args = [`--${name}`, "a", `--${name}=b`];
        if (option.multiple) assert.deepEqual(parseArgsFor(spec, args).values, { [name]: ["a", "b"] });
        else assert.throws(() => parseArgsFor(spec, args), { name: "UsageError", message: `--${name} is given twice ("a", then "b"): give it once` });
      });
    }
  }

  it("-- ends the options", () => {
    assert.deepEqual(parseArgsFor(verbTable.render, ["--", "-e"]), { values: {}, positionals: ["-e"] });
  });
});

describe("validate -e", () => {
  it("checks one environment, and suggests a near name", async () => {
    const repo = tempRepo({}, join(repoRoot, "examples/in-repo"));
    try {
      const one = await run(["validate", "deploy", "-e", "prod"], { cwd: repo.dir });
      assert.deepEqual(one, { code: 0, stdout: "deploy/atlas.project.yaml: ok\n  prod: 2 AtlasMigrations, 1 ConfigMap\n", stderr: "" });
      const typo = await run(["validate", "deploy", "--environment=prd"], { cwd: repo.dir });
      assert.deepEqual(typo, {
        code: 1,
        stdout: "",
        stderr: '--environment: environment "prd" is not defined in deploy/atlas.project.yaml: did you mean "prod"?\n',
      });
    } finally {
      repo.cleanup();
    }
  });
});

describe("init", () => {
  it("creates its directory; the starter validates and renders without a warning", async () => {
    const repo = tempRepo();
    try {
      const r = await run(["init", "deploy/db"], { cwd: repo.dir });
      assert.deepEqual(r, { code: 0, stdout: "wrote deploy/db/atlas.project.yaml\n", stderr: "" });
      assert.ok(existsSync(join(repo.dir, "deploy/db/atlas.project.yaml")));
      const validated = await run(["validate", "deploy/db"], { cwd: repo.dir });
      assert.deepEqual(validated, {
        code: 0,
        stdout: "deploy/db/atlas.project.yaml: ok\n  staging: 1 AtlasMigration, 0 ConfigMaps\n  prod: 1 AtlasMigration, 0 ConfigMaps\n",
        stderr: "",
      });
      for (const environment of ["staging", "prod"]) {
        const rendered = await run(["render", "deploy/db", "-e", environment, "-n", "shop"], { cwd: repo.dir });
        assert.equal(rendered.stderr, "", environment);
        assert.equal(rendered.code, 0);
        assert.match(rendered.stdout, /^kind: AtlasMigration$/m);
      }
      const again = await run(["init", "deploy/db"], { cwd: repo.dir });
      assert.deepEqual(again, { code: 1, stdout: "", stderr: "deploy/db/atlas.project.yaml: already exists: edit it, or pass --force to replace it\n" });
      assert.equal((await run(["init", "deploy/db", "--force"], { cwd: repo.dir })).code, 0);
    } finally {
      repo.cleanup();
    }
  });

  it("says so when a file stands in the way of its directory", async () => {
    const repo = tempRepo({ deploy: "not a directory" });
    try {
      const r = await run(["init", "deploy/db"], { cwd: repo.dir });
      assert.equal(r.code, 1);
      assert.equal(r.stderr, "deploy/db/atlas.project.yaml: cannot write it: a file stands where a directory of its path should be\n");
      assert.equal(readFileSync(join(repo.dir, "deploy"), "utf8"), "not a directory");
    } finally {
      repo.cleanup();
    }
  });
});

describe("fuzz budget (test/fuzz-budget.ts)", () => {
  it("defaults, scales, and an exact count wins", () => {
    assert.equal(fuzzRuns(150, {}), 150);
    assert.equal(fuzzRuns(150, { FUZZ_SCALE: "50" }), 7500);
    assert.equal(fuzzRuns(150, { FUZZ_SCALE: "50", FUZZ_RUNS: "1" }), 1);
    assert.equal(fuzzSeed({}), 1);
    assert.equal(fuzzSeed({ FUZZ_SEED: "42" }), 42);
    assert.throws(() => fuzzRuns(150, { FUZZ_RUNS: "lots" }), { message: 'FUZZ_RUNS must be a whole number of at least 1, got "lots"' });
    assert.throws(() => fuzzSeed({ FUZZ_SEED: "0" }), /FUZZ_SEED must be/);
  });
});

describe("where a verb runs (src/common/run-place.ts)", () => {
  it("generate and parameters run in Argo CD's sidecar, every other verb locally", () => {
    for (const verb of verbNames) assert.equal(placeOfVerb(verb), verb === "generate" || verb === "parameters" ? "argocd" : "local", verb);
  });

  it("a verb's place holds through its awaits, apart from another run's", async () => {
    const seen: string[] = [];
    const probe = async (label: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push(`${label} ${runPlace()}`);
    };
    await Promise.all([withRunPlace("argocd", () => probe("a")), withRunPlace("local", () => probe("b")), probe("c")]);
    assert.deepEqual(seen.sort(), ["a argocd", "b local", "c local"]);
  });

  it("advice follows the place", () => {
    assert.match(tokenAdvice("argocd"), /^give the plugin's sidecar ATLAS_TOKEN/);
    assert.match(tokenAdvice("local"), /^set ATLAS_TOKEN in this shell/);
    assert.doesNotMatch(reachAdvice("local"), /repo-server/);
    assert.doesNotMatch(kubeReaderAdvice("local"), /service account/);
    assert.doesNotMatch(tokenFileAdvice("local"), /mount/);
    assert.equal(environmentOf("argocd"), "the plugin's sidecar environment");
    assert.equal(environmentOf("local"), "this shell's environment");
  });
});
