/**
 * Opens a project for rendering: finds the repository that holds the project file (the
 * boundary every later read stays inside) and reads the file, size-capped, into a parsed
 * project (src/project/project-file.ts).
 */
import { existsSync, lstatSync } from "node:fs";
import { dirname, relative } from "node:path";
import { displayPath, openRepo, type Repo, readRepoFile } from "../argocd/repository.js";
import { UserError } from "../common/errors.js";
import { type LoadedProject, maxProjectFileBytes, parseProject } from "../project/project-file.js";
import { projectFileName } from "../project/schema.js";
import { decodeYamlBytes } from "../project/yaml-source.js";
import type { DirData } from "../render/migration-dir.js";

export interface Workspace {
  repo: Repo;
  projectFile: string;
  loaded: LoadedProject;
  /** In-repo directories already read, by absolute path. */
  dirs: Map<string, DirData>;
}

export function openWorkspace(projectFile: string, cwd: string, env?: Readonly<Record<string, string | undefined>>): Workspace {
  // A dangling or looping symlink is not "missing": readRepoFile says what it is.
  if (!existsSync(projectFile) && !isSymlink(projectFile)) {
    throw new UserError({
      source: relative(cwd, projectFile) || projectFile,
      message: `file not found: the plugin renders a directory holding ${projectFileName} (run \`argocd-atlas init\` to write one)`,
    });
  }
  const repo = openRepo(dirname(projectFile), cwd, env);
  return { repo, projectFile, loaded: loadProject(repo, projectFile), dirs: new Map() };
}

/** Reads and parses the project file `file` of `repo`. */
function loadProject(repo: Repo, file: string): LoadedProject {
  const name = displayPath(repo, file);
  return parseProject(name, decodeYamlBytes(name, readRepoFile(repo, file, maxProjectFileBytes)));
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
