/**
 * Property test: objects of any shape, and near-valid AtlasMigration/AtlasSchema objects with randomly
 * broken fields, go through both health.lua scripts under the restricted Lua 5.1 harness and in Argo CD's
 * gopher-lua VM (test/go/luavm). Both VMs must give the same result; every run must return a table with an
 * allowed status and a string message, never raise an error, never call a stale or not-ready object Healthy,
 * and report a terminating object without Argo CD's hook finalizer as pending deletion.
 *
 * The objects come from a seeded generator: FUZZ_SEED and FUZZ_RUNS/FUZZ_SCALE (test/fuzz-budget.ts) explore more. A failure prints
 * the seed, the object and its own seed; keep every failing object as a case in the kind's health_test.yaml.
 */
import assert from "node:assert/strict";
import { it } from "node:test";
import { healthKinds, readHealthScripts } from "../src/health/install-files.js";
import { fuzzRuns, fuzzSeed } from "./fuzz-budget.js";
import {
  type HealthCase,
  isRecord,
  type LuaOutcome,
  OPERATOR_REASONS,
  observable,
  outcomeProblem,
  runHealthChecks,
  runHealthChecksInArgoVM,
} from "./health-harness.js";

// Its own base seed (FUZZ_SEED shifts it), so the objects are the ones its health_test.yaml cases came from.
const SEED = 20250113 + fuzzSeed();
const OBJECTS = fuzzRuns(3000);

/** mulberry32: a small, fast 32-bit PRNG, deterministic for a seed. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(items.length)] as T;
  }
}

// Every reason the operator sets, of both kinds, and one it may add later.
const REASONS = [...new Set([...OPERATOR_REASONS.AtlasMigration, ...OPERATOR_REASONS.AtlasSchema]), "SomethingNew"];
const WORDS = [
  "",
  "True",
  "False",
  "Unknown",
  "Ready",
  "Stalled",
  ...REASONS.slice(0, 6),
  "3",
  "-1",
  "nan",
  "inf",
  "0x10",
  " ",
  "\n",
  "%s",
  "..",
  "é中文",
  "\u0000",
  '"quote\\',
  "__index",
  "No migration applied yet",
];
const KEYS = [
  "type",
  "status",
  "reason",
  "message",
  "observedGeneration",
  "conditions",
  "generation",
  "metadata",
  "spec",
  "failed",
  "backoffLimit",
  "approvalUrl",
  "planLink",
  "planURL",
  "lastAppliedVersion",
  "deletionTimestamp",
  "finalizers",
  "__index",
  "1",
];
const NUMBERS = [-1, 0, 1, 2, 3, 20, 21, 0.5, -2.5, 1e-300, 1e300, 2 ** 31, 2 ** 53, -(2 ** 53)];

function randomText(random: Random): string {
  if (random.chance(0.6)) return random.pick(WORDS);
  let text = "";
  for (let i = random.int(12); i > 0; i--) text += String.fromCharCode(random.int(0x250));
  return text;
}

function randomScalar(random: Random): unknown {
  switch (random.int(5)) {
    case 0:
      return random.pick([null, true, false]);
    case 1:
      return random.pick(NUMBERS);
    case 2:
      return random.int(2000) - 1000;
    default:
      return randomText(random);
  }
}

/** Any JSON value, nested up to `depth` levels. */
function randomValue(random: Random, depth: number): unknown {
  const kind = depth <= 0 ? 0 : random.int(4);
  if (kind <= 1) return randomScalar(random);
  if (kind === 2) return Array.from({ length: random.int(5) }, () => randomValue(random, depth - 1));
  const object: Record<string, unknown> = {};
  for (let i = random.int(6); i > 0; i--) {
    object[random.chance(0.8) ? random.pick(KEYS) : randomText(random)] = randomValue(random, depth - 1);
  }
  return object;
}

/** A plausible object as the operator writes it, for a random kind and state. */
function plausibleObject(random: Random): Record<string, unknown> {
  const kind = random.pick(healthKinds);
  const generation = 1 + random.int(6);
  const observed = random.chance(0.2) ? undefined : generation - random.int(2);
  const reason = random.pick(REASONS);
  const ready = reason === "Applied" ? random.pick(["True", "True", "Unknown"]) : random.pick(["False", "False", "Unknown"]);
  const condition = (type: string, status: string): Record<string, unknown> => ({
    lastTransitionTime: "2025-01-14T09:13:02Z",
    message: random.chance(0.5) ? "" : randomText(random),
    observedGeneration: observed,
    reason,
    status,
    type,
  });
  const conditions = [condition("Ready", ready)];
  if (random.chance(0.7)) {
    conditions.push(condition("Reconciling", random.pick(["True", "False"])), condition("Stalled", random.pick(["True", "False"])));
  }
  const metadata: Record<string, unknown> = { name: "orders", namespace: "shop", generation };
  if (random.chance(0.1)) {
    metadata.deletionTimestamp = "2025-01-15T10:00:00Z";
    metadata.finalizers = random.pick([[], ["example.com/backup"], [HOOK_FINALIZER], ["example.com/backup", HOOK_FINALIZER]]);
  }
  return {
    apiVersion: "db.atlasgo.io/v1alpha1",
    kind,
    metadata,
    spec: { backoffLimit: random.pick([undefined, 0, 3, 20, -1]), dir: { remote: { name: "orders", tag: "1" } } },
    status: {
      approvalUrl: random.chance(0.3) ? "https://acme.atlasgo.cloud/deployments/1" : undefined,
      conditions,
      failed: random.int(30),
      lastAppliedVersion: random.chance(0.7) ? "20250114091200" : undefined,
      observedGeneration: observed ?? random.pick([undefined, -1]),
      planLink: random.chance(0.3) ? "https://acme.atlasgo.cloud/plans/1" : "",
    },
  };
}

/** Every container and the key or index of each value inside it, for mutation. */
function slots(value: unknown, found: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push([value, index]);
      slots(item, found);
    });
  } else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      found.push([value, key]);
      slots(item, found);
    }
  }
  return found;
}

/** Breaks a few fields of `object`: removes them or puts values of any type in their place. */
function mutate(random: Random, object: Record<string, unknown>): void {
  for (let i = random.int(4); i > 0; i--) {
    const all = slots(object);
    if (all.length === 0) return;
    const [container, key] = random.pick(all);
    const replacement = random.chance(0.25) ? undefined : randomValue(random, random.int(3));
    if (Array.isArray(container) && typeof key === "number") {
      container[key] = replacement;
    } else if (!Array.isArray(container) && typeof key === "string") {
      if (replacement === undefined) delete container[key];
      else container[key] = replacement;
    }
  }
}

function randomObject(random: Random): unknown {
  const roll = random.next();
  if (roll < 0.05) return randomScalar(random);
  if (roll < 0.35) return randomValue(random, 1 + random.int(5));
  const object = plausibleObject(random);
  mutate(random, object);
  return object;
}

const HOOK_FINALIZER = "argocd.argoproj.io/hook-finalizer";

const wholeAtLeastOne = (value: unknown): number | undefined => (typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : undefined);
const get = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

/** Safety properties beyond a valid result, judged from the object as Lua sees it. */
function propertyProblem(obj: unknown, outcome: LuaOutcome): string | undefined {
  if (!outcome.ok) return undefined;
  const metadata = get(obj, "metadata");
  const deleting = get(metadata, "deletionTimestamp") !== undefined && get(metadata, "deletionTimestamp") !== null;
  const finalizers = get(metadata, "finalizers");
  const hook = Array.isArray(finalizers) && finalizers.includes(HOOK_FINALIZER);
  const message = outcome.message ?? "";
  if (deleting && !hook) {
    return outcome.status === "Progressing" && message.startsWith("Pending deletion")
      ? undefined
      : "a terminating object must be Progressing, pending deletion";
  }
  if (outcome.status !== "Healthy") return undefined;
  const conditions = get(get(obj, "status"), "conditions");
  const items = Array.isArray(conditions) ? conditions.filter((item) => item !== null && item !== undefined) : [];
  const ready = items.find((item) => get(item, "type") === "Ready");
  if (get(ready, "status") !== "True") return "Healthy without a Ready=True condition";
  const generation = wholeAtLeastOne(get(metadata, "generation"));
  // Marking an object with finalizers for deletion bumps its generation once, without a spec change.
  const wanted = generation !== undefined && deleting ? generation - 1 : generation;
  const seen = [get(get(obj, "status"), "observedGeneration"), get(ready, "observedGeneration")]
    .map(wholeAtLeastOne)
    .filter((generation) => generation !== undefined);
  if (wanted !== undefined && seen.some((generation) => generation < wanted)) return "Healthy while stale";
  return undefined;
}

it(`both health.lua scripts handle ${OBJECTS} random objects (seed ${SEED})`, async () => {
  const scripts = readHealthScripts();
  const cases = Array.from({ length: OBJECTS }, (_, index) => {
    const objectSeed = (SEED + Math.imul(index, 0x9e3779b1)) >>> 0;
    // A JSON round trip drops undefined fields: they are absent from a live object.
    const obj = JSON.parse(JSON.stringify(randomObject(new Random(objectSeed)) ?? null)) as unknown;
    return healthKinds.map((kind): HealthCase & { objectSeed: number } => ({ kind, obj, objectSeed }));
  }).flat();

  const outcomes = runHealthChecks(scripts, cases);
  const inArgoVM = runHealthChecksInArgoVM(scripts, cases);

  const failures = cases.flatMap((testCase, index) => {
    const outcome = outcomes[index];
    const argo = inArgoVM[index];
    const problem =
      outcome === undefined || argo === undefined
        ? "no outcome"
        : (outcomeProblem(outcome) ??
          propertyProblem(testCase.obj, outcome) ??
          (JSON.stringify(observable(argo)) === JSON.stringify(observable(outcome)) ? undefined : `gopher-lua differs: ${JSON.stringify(argo)}`));
    if (problem === undefined) return [];
    return [
      `${testCase.kind}, object seed ${testCase.objectSeed}: ${problem}\n` + `  result: ${JSON.stringify(outcome)}\n  object: ${JSON.stringify(testCase.obj)}`,
    ];
  });
  assert.deepEqual(failures, [], `seed ${SEED}: ${failures.length} of ${cases.length} runs failed; the first ones:\n${failures.slice(0, 5).join("\n")}`);
});
