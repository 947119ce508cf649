/**
 * Reads the in-repo migration directories a render plan needs: each dir.path resolved inside the
 * repository, listed and read with the repository's limits, then checked by the pure
 * src/render/migration-dir.ts.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { displayPath, type Repo, readRepoFile, resolveDirInRepo } from "../argocd/repository.js";
import { type Problem, UserError } from "../common/errors.js";
import { checkMigrationDir, type DirData, type DirReader } from "../render/migration-dir.js";
import { dirBytes, maxRenderedBytes, type RenderPlan } from "../render/render.js";
import type { Workspace } from "./workspace.js";

/** The directory `dir` (absolute, inside the repository) as a reader for the checks. */
function repoDirReader(repo: Repo, dir: string): DirReader {
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
 * The contents of the directories of the plan, by dir.path as written, read in the plan's order
 * (so the first problem is the first database's). A directory is read once per workspace
 * (several environments, several databases), whatever path leads to it. Once the output would
 * pass its bound, the rest is left unread: the render stops at that database with the problem.
 */
export function gatherDirs(ws: Workspace, plan: RenderPlan): Map<string, DirData> {
  const found = new Map<string, DirData>();
  let total = plan.settingsBytes;
  for (const { path, at } of plan.dirs) {
    let data = found.get(path);
    if (!data) {
      data = readPlannedDir(ws, path, (message) => plan.loaded.source.problem(at, message));
      found.set(path, data);
    }
    total += dirBytes(data);
    if (total > maxRenderedBytes) break;
  }
  return found;
}

/** The directory at dir.path `path`, from the workspace's cache or read now; `blame` places a path that leads nowhere readable. */
function readPlannedDir(ws: Workspace, path: string, blame: (message: string) => Problem): DirData {
  const resolved = resolveDirInRepo(ws.repo, dirname(ws.projectFile), path);
  if ("error" in resolved) throw new UserError(blame(resolved.error));
  let data = ws.dirs.get(resolved.abs);
  if (!data) {
    data = readMigrationDir(ws.repo, resolved.abs);
    ws.dirs.set(resolved.abs, data);
  }
  return data;
}
