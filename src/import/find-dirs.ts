/**
 * Finds the in-repo Atlas migration directory whose files a ConfigMap holds, so an imported
 * ConfigMap-backed directory can become `dir.path` again: the directories holding an atlas.sum
 * identical to the ConfigMap's, then read the way a render reads them and compared file by file.
 */
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Repo } from "../argocd/repository.js";
import { UserError } from "../common/errors.js";
import { readMigrationDir } from "../gather/migration-dirs.js";
import { byteOrder } from "../render/atlas-sum.js";
import { type DirData, sumFileName } from "../render/migration-dir.js";

/** Bounds the walk: a repository with more directories than this is searched only in part. */
const maxDirectories = 20_000;

export class DirFinder {
  private sums?: string[];
  constructor(private readonly repo: Repo) {}

  /** The directory (absolute) holding exactly `data`, nearest to `fromDir` first; undefined when none does. */
  find(data: Readonly<Record<string, string>>, fromDir: string): { abs: string; data: DirData } | undefined {
    const sum = data[sumFileName];
    if (sum === undefined) return undefined;
    const candidates = this.directoriesWithSum()
      .filter((dir) => readText(join(dir, sumFileName)) === sum)
      .sort((a, b) => relative(fromDir, a).split(sep).length - relative(fromDir, b).split(sep).length || byteOrder(a, b));
    for (const dir of candidates) {
      try {
        const found = readMigrationDir(this.repo, dir);
        if (isDeepStrictEqual({ ...found }, { ...data })) return { abs: dir, data: found };
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
      }
    }
    return undefined;
  }

  private directoriesWithSum(): string[] {
    if (this.sums) return this.sums;
    const found: string[] = [];
    const queue = [this.repo.root];
    for (let visited = 0; queue.length > 0 && visited < maxDirectories; visited++) {
      const dir = queue.shift()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") queue.push(join(dir, e.name));
        else if (e.isFile() && e.name === sumFileName) found.push(dir);
      }
    }
    this.sums = found;
    return found;
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
