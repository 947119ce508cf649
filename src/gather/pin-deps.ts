/**
 * The real things tag pinning reads and asks (see PinDeps in src/registry/pinning.ts): the
 * Atlas Registry over HTTP with the tag cache on disk, the token from where the environment says,
 * the repository history from git. Loaded with pinning, only when a target needs the registry.
 */
import { runPlace } from "../common/run-place.js";
import { registryClient } from "../registry/client.js";
import { firstParentHistory } from "../registry/git-history.js";
import type { PinDeps } from "../registry/pinning.js";
import { defaultCacheDir, fileTagCache } from "../registry/tag-cache.js";
import { readToken } from "../registry/token.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Pinning's dependencies for a run with the environment `env` (the verb's). */
export function defaultPinDeps(env: Env): PinDeps {
  const cacheDir = defaultCacheDir(env);
  const place = runPlace();
  return {
    env,
    place,
    readToken: () => readToken(env),
    client: (options) => registryClient({ ...options, ...(cacheDir && { cache: fileTagCache(cacheDir, options.endpoint, options.token) }) }),
    // git runs with this process's PATH and HOME (not the verb's environment, which is Argo CD's inputs for render).
    history: (repoRoot, revision, count) =>
      firstParentHistory(repoRoot, revision, count, { place, path: process.env.PATH ?? "", home: process.env.HOME ?? "/tmp" }),
  };
}
