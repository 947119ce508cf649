/**
 * Runs the health.lua scripts under a real Lua 5.1 interpreter with only the libraries Argo CD gives an
 * argocd-cm health check (see test/fixtures/health/run-health.lua), and reads the scripts' own
 * health_test.yaml cases. Shared by the health-lua*.test.ts files; not a test file itself.
 */
import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type HealthKind, type HealthScripts, healthKinds, healthScriptPath } from "../src/health/install-files.js";
import { askOracle } from "./go-oracle.js";

/** The statuses the scripts may return (Argo CD also knows Missing and Unknown, which they never use). */
export const HEALTH_STATUSES: readonly string[] = ["Healthy", "Progressing", "Degraded", "Suspended"];

export interface HealthCase {
  readonly kind: HealthKind;
  /** The live object, as JSON-like data. */
  readonly obj: unknown;
}

/** What a script run produced: `ok: false` when it raised an error. */
export type LuaOutcome =
  | {
      readonly ok: true;
      /** Lua type of the returned value. */
      readonly type: string;
      /** status and message when they were strings, else null (their Lua types are in statusType/messageType). */
      readonly status: string | null;
      readonly statusType?: string;
      readonly message: string | null;
      readonly messageType?: string;
    }
  | { readonly ok: false; readonly error: string };

const DRIVER = fileURLToPath(new URL("fixtures/health/run-health.lua", import.meta.url));

let checkedInterpreter: string | undefined;

/** The Lua 5.1 interpreter: $LUA51 or lua5.1 on PATH. Throws, saying how to install it, when there is none. */
export function luaInterpreter(): string {
  if (checkedInterpreter !== undefined) return checkedInterpreter;
  const lua = process.env.LUA51 ?? "lua5.1";
  const probe = spawnSync(lua, ["-v"], { encoding: "utf8" });
  const banner = `${probe.stdout ?? ""}${probe.stderr ?? ""}`;
  if (probe.error !== undefined || !banner.includes("Lua 5.1")) {
    const found = probe.error !== undefined ? `cannot run ${lua} (${probe.error.message})` : `${lua} is not Lua 5.1`;
    throw new Error(
      `${found}. The health check tests run the scripts under Lua 5.1, the language version of Argo CD's ` +
        "Lua VM. Install it (Debian/Ubuntu: apt-get install lua5.1; Alpine: apk add lua5.1; Fedora: " +
        "dnf install compat-lua) or set LUA51 to the path of a Lua 5.1 interpreter.",
    );
  }
  checkedInterpreter = lua;
  return lua;
}

/** Runs every case through its kind's script, all in one Lua process; one outcome per case, in order. */
export function runHealthChecks(scripts: HealthScripts, cases: readonly HealthCase[]): LuaOutcome[] {
  const chunk =
    "return {\n" +
    `scripts = {${healthKinds.map((kind) => `[${luaString(kind)}] = ${luaString(scripts[kind])}`).join(", ")}},\n` +
    "cases = {\n" +
    cases.map((c) => `{script = ${luaString(c.kind)}, obj = function() return ${luaLiteral(c.obj)} end},\n`).join("") +
    "},\n}\n";
  const run = spawnSync(luaInterpreter(), [DRIVER], { input: chunk, encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.error !== undefined || run.status !== 0) {
    throw new Error(`lua driver failed (${run.error?.message ?? `exit ${String(run.status)}`}):\n${run.stderr}`);
  }
  const lines = run.stdout.split("\n").filter((line) => line !== "");
  if (lines.length !== cases.length) {
    throw new Error(`lua driver printed ${lines.length} results for ${cases.length} cases:\n${run.stderr}`);
  }
  return lines.map((line) => JSON.parse(line) as LuaOutcome);
}

/** What test/go/luavm answers for one case. */
type ArgoVMOutcome = { ok: true; type: string; value?: unknown } | { ok: false; error: string };

/**
 * Runs every case through its kind's script in gopher-lua, set up as Argo CD sets up its VM for an argocd-cm
 * health script (test/go/luavm), all in one process with a fresh Lua state per case; one outcome per case,
 * in order, in the same form as runHealthChecks.
 */
export function runHealthChecksInArgoVM(scripts: HealthScripts, cases: readonly HealthCase[]): LuaOutcome[] {
  const request = { scripts, cases: cases.map((c) => ({ script: c.kind, obj: c.obj ?? null })) };
  const answers = askOracle<ArgoVMOutcome[]>("luavm", JSON.stringify(request));
  if (answers.length !== cases.length) throw new Error(`luavm answered ${answers.length} of ${cases.length} cases`);
  return answers.map((answer): LuaOutcome => {
    if (!answer.ok) return { ok: false, error: answer.error };
    if (answer.type !== "table") return { ok: true, type: answer.type, status: null, message: null };
    const field = (key: string): { text: string | null; type: string } => {
      const value = isRecord(answer.value) ? answer.value[key] : undefined;
      return { text: typeof value === "string" ? value : null, type: jsonLuaType(value) };
    };
    const status = field("status");
    const message = field("message");
    return { ok: true, type: "table", status: status.text, statusType: status.type, message: message.text, messageType: message.type };
  });
}

/** The Lua type a JSON value came from (a number's or a table's exact Lua type is not needed here). */
function jsonLuaType(value: unknown): string {
  if (value === undefined || value === null) return "nil";
  if (typeof value === "object") return "table";
  return typeof value;
}

/** What Argo CD takes from a run: the returned type, status and message, or that it failed (error texts differ between VMs). */
export function observable(outcome: LuaOutcome | undefined): unknown {
  if (outcome === undefined) return "no outcome";
  if (!outcome.ok) return "error";
  return { type: outcome.type, status: outcome.status, message: outcome.message };
}

/** Why an outcome is not a health status Argo CD accepts from these scripts, or undefined when it is one. */
export function outcomeProblem(outcome: LuaOutcome): string | undefined {
  if (!outcome.ok) return `Lua error: ${outcome.error}`;
  if (outcome.type !== "table") return `returned a ${outcome.type}, not a table`;
  if (outcome.status === null) return `status is a ${outcome.statusType ?? "?"}, not a string`;
  if (!HEALTH_STATUSES.includes(outcome.status)) return `status ${JSON.stringify(outcome.status)} is not allowed`;
  if (outcome.message === null) return `message is a ${outcome.messageType ?? "?"}, not a string`;
  return undefined;
}

/**
 * A Lua expression building the table Argo CD hands a script as `obj`: objects become tables with string
 * keys, arrays become sequences, numbers stay numbers, and JSON nulls vanish (a key with null is absent; a
 * null array item is skipped, as gopher-lua's LTable.Append does). Empty arrays and maps are both `{}`.
 */
export function luaLiteral(value: unknown): string {
  if (value === null || value === undefined) return "nil";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new Error(`JSON has no ${String(value)}`);
      // JavaScript prints the shortest text that reads back as the same double, which Lua's strtod reads too.
      return Object.is(value, -0) ? "0" : String(value);
    case "string":
      return luaString(value);
    case "object": {
      const items = Array.isArray(value)
        ? value.filter((item) => item !== null && item !== undefined).map(luaLiteral)
        : Object.entries(value)
            .filter(([, item]) => item !== null && item !== undefined)
            .map(([key, item]) => `[${luaString(key)}] = ${luaLiteral(item)}`);
      return `{${items.join(", ")}}`;
    }
    default:
      throw new Error(`cannot pass a ${typeof value} to Lua`);
  }
}

/** A Lua string literal of the UTF-8 bytes of `text`; anything but printable ASCII as a \ddd escape. */
export function luaString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, "utf8")) {
    const printable = byte >= 0x20 && byte < 0x7f && byte !== 0x22 && byte !== 0x5c;
    out += printable ? String.fromCharCode(byte) : `\\${String(byte).padStart(3, "0")}`;
  }
  return `${out}"`;
}

/** One case of a kind's health_test.yaml, with its input object read from testdata/. */
export interface ScriptTest {
  readonly kind: HealthKind;
  readonly inputPath: string;
  readonly expected: { readonly status: string; readonly message: string };
  readonly obj: unknown;
}

/** The health_test.yaml cases of every kind, plus the testdata files of each kind no case uses. */
export async function loadScriptTests(root: URL): Promise<{ tests: ScriptTest[]; unusedTestdata: string[] }> {
  const tests: ScriptTest[] = [];
  const unusedTestdata: string[] = [];
  for (const kind of healthKinds) {
    const dirPath = healthScriptPath(kind).replace(/health\.lua$/, "");
    const dir = new URL(dirPath, root);
    const file = `${dirPath}health_test.yaml`;
    const doc: unknown = parse(await readFile(new URL(file, root), "utf8"));
    const cases = isRecord(doc) && Array.isArray(doc.tests) ? doc.tests : undefined;
    if (cases === undefined) throw new Error(`${file}: expected a "tests" list`);
    const used = new Set<string>();
    for (const [index, item] of cases.entries()) {
      const health = isRecord(item) ? item.healthStatus : undefined;
      const inputPath = isRecord(item) ? item.inputPath : undefined;
      if (typeof inputPath !== "string" || !isRecord(health) || typeof health.status !== "string" || typeof health.message !== "string") {
        throw new Error(`${file}: tests[${index}] needs inputPath and healthStatus {status, message} strings`);
      }
      used.add(inputPath);
      const obj: unknown = parse(await readFile(new URL(inputPath, dir), "utf8"));
      tests.push({ kind, inputPath, expected: { status: health.status, message: health.message }, obj });
    }
    for (const name of await readdir(new URL("testdata/", dir))) {
      if (!used.has(`testdata/${name}`)) unusedTestdata.push(`${kind}/testdata/${name}`);
    }
  }
  return { tests, unusedTestdata };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every Ready reason the Atlas Operator (v0.7.37) sets: api/v1alpha1/reason.go plus the reasons each
 * controller passes to SetNotReady. Each one needs a case in the kind's health_test.yaml.
 */
export const OPERATOR_REASONS: Record<HealthKind, readonly string[]> = {
  AtlasMigration: [
    "Applied",
    "Reconciling",
    "GettingDevDB",
    "ApprovalPending",
    "ReadingMigrationData",
    "CreatingWorkingDir",
    "CreatingAtlasClient",
    "Login",
    "WhoAmI",
    "Migrating",
    "ProtectedFlowError",
    "PlanRejected",
    "CopyingDirState",
    "StoringDirState",
  ],
  AtlasSchema: [
    "Applied",
    "Reconciling",
    "GettingDevDB",
    "ApprovalPending",
    "ReadSchema",
    "CreatingWorkingDir",
    "CreatingAtlasClient",
    "Login",
    "CalculatingHash",
    "WhoAmI",
    "ModifyingAtlasHCL",
    "LintPolicyError",
    "FirstRunDestructive",
    "VerifyingFirstRun",
    "SchemaInspect",
    "SchemaPush",
    "ListingPlans",
    "SchemaPlan",
    "ApplyingSchema",
  ],
};
