/**
 * Reads the in-repo migration directories a render plan needs: each dir.path resolved inside the
 * repository, listed and read with the repository's limits, then checked by the pure
 * src/render/migration-dir.ts.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { displayPath, type Repo, readRepoFile, resolveDirInRepo } from "../argocd/repository.js";
import { UserError } from "../common/errors.js";
import { checkMigrationDir, type DirData, type DirReader } from "../render/migration-dir.js";
import type { RenderPlan } from "../render/render.js";
import type { Workspace } from "./workspace.js";

/** The directory `dir` (absolute, inside the repository) as a reader for the checks. */
export function repoDirReader(repo: Repo, dir: string): DirReader {
  return {
    display: (name) => displayPath(repo, name === undefined ? dir : join(dir, name)),
    list: (sub) => {
      try {
        return readdirSync(sub === undefined ? dir : join(dir, sub), { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
      } catch {
        return undefined;
      }
    },
    read: (name, maxBytes, tooLarge) => readRepoFile(repo, join(dir, name), maxBytes, tooLarge),
  };
}

/** Reads and checks the migration directory `dir` (absolute, inside the repository). */
export function readMigrationDir(repo: Repo, dir: string): DirData {
  return checkMigrationDir(repoDirReader(repo, dir));
}

/**
 * The contents of every directory of the plan, by dir.path as written. A directory is read once
 * per workspace (several environments, several databases), whatever path leads to it.
 */
export function gatherDirs(ws: Workspace, plan: RenderPlan): Map<string, DirData> {
  const found = new Map<string, DirData>();
  for (const { path, at } of plan.dirs) {
    const resolved = resolveDirInRepo(ws.repo, dirname(ws.projectFile), path);
    if ("error" in resolved) throw new UserError(plan.loaded.source.problem(at, resolved.error));
    let data = ws.dirs.get(resolved.abs);
    if (!data) {
      data = readMigrationDir(ws.repo, resolved.abs);
      ws.dirs.set(resolved.abs, data);
    }
    found.set(path, data);
  }
  return found;
}
