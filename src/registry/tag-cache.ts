/**
 * Tags the registry confirmed, remembered across runs (Argo CD starts a process per render, and
 * many Applications render the same commit). A pushed tag does not change, so a confirmed one can
 * be trusted; absent tags and the floating latest are never cached. Entries are keyed by
 * endpoint, token identity (a hash, never the token), directory and tag.
 *
 * Best effort: a missing, unreadable or corrupt cache is an empty one, and a read-only
 * filesystem just means nothing is remembered.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import type { DirState } from "./dir-state.js";

export interface TagCache {
  get(name: string, tag: string): DirState | undefined;
  set(name: string, tag: string, state: DirState): void;
}

const maxEntries = 5000;

type Entries = Record<string, DirState>;

export function fileTagCache(dir: string, endpoint: string, token: string): TagCache {
  const file = join(dir, "registry-tags-v1.json");
  const identity = createHash("sha256").update(endpoint).update("\0").update(token).digest("hex").slice(0, 32);
  const key = (name: string, tag: string) => `${identity} ${name} ${tag}`;
  let entries: Entries | undefined;
  const load = (): Entries => {
    if (entries) return entries;
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
      entries = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Entries) : {};
    } catch {
      entries = {};
    }
    return entries;
  };
  return {
    get(name, tag) {
      const hit = load()[key(name, tag)];
      return hit && typeof hit.sum === "string" && typeof hit.latest === "string" ? { sum: hit.sum, latest: hit.latest } : undefined;
    },
    set(name, tag, state) {
      const all = load();
      all[key(name, tag)] = state;
      const keys = Object.keys(all);
      for (const old of keys.slice(0, Math.max(0, keys.length - maxEntries))) delete all[old];
      try {
        makeDirectories(dir);
        const temp = `${file}.${randomBytes(6).toString("hex")}`;
        writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
        renameSync(temp, file);
      } catch {
        // Read-only or full filesystem: nothing remembered, nothing broken.
      }
    },
  };
}

/** $XDG_CACHE_HOME/argocd-atlas, else $HOME/.cache/argocd-atlas (HOME=/tmp in the sidecar). */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  // Relative paths are ignored, as the XDG specification says (they would land in the checkout).
  const absolute = (p: string | undefined) => (p && isAbsolute(p) ? p : undefined);
  const base = absolute(env.XDG_CACHE_HOME) ?? (absolute(env.HOME) ? join(env.HOME!, ".cache") : undefined);
  return base ? join(base, "argocd-atlas") : undefined;
}

/**
 * `mkdir -p`, one level at a time and bounded: Node.js 20's recursive mkdir can spin for ever
 * where a parent refuses in an unusual way (a path under /proc). Throws when a level cannot be made.
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && missing.length < 64; at = dirname(at)) missing.push(at);
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
}
