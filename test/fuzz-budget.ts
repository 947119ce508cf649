/**
 * The budget of the seeded property tests and fuzzers, read in one place.
 *
 * `npm test` runs each with its own default: bounded, and seeded, so every run tries the same
 * inputs and a failure reproduces. `npm run fuzz` runs them longer (FUZZ_SCALE=50 unless set):
 *
 *   FUZZ_SCALE=N   multiply every test's default number of runs by N (default 1)
 *   FUZZ_RUNS=N    run exactly N (overrides the scale; with FUZZ_SEED, to rerun one failure)
 *   FUZZ_SEED=N    the first seed (default 1)
 *
 * A test asks `fuzzRuns(150)` for its count and `fuzzSeed()` for its first seed.
 */

type Env = Readonly<Record<string, string | undefined>>;

function positiveInteger(env: Env, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === "") return undefined;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got ${JSON.stringify(text)}`);
  return n;
}

/** How many runs a test with `defaultRuns` makes under the current budget. */
export function fuzzRuns(defaultRuns: number, env: Env = process.env): number {
  return positiveInteger(env, "FUZZ_RUNS") ?? defaultRuns * (positiveInteger(env, "FUZZ_SCALE") ?? 1);
}

/** The first seed. */
export function fuzzSeed(env: Env = process.env): number {
  return positiveInteger(env, "FUZZ_SEED") ?? 1;
}
