/**
 * Kubernetes manifests next to atlas.project.yaml. The plugin renders only the project file, so
 * whatever those files define would be missing from the Application's manifests and, with
 * pruning, deleted from the cluster. Argo CD also picks a plugin by discovery before it looks for
 * plain manifests, kustomize or Helm: installing the plugin switches an existing Application
 * whose directory gains an atlas.project.yaml to the plugin.
 *
 * Only the top level is looked at (as a directory source does by default), regular files only,
 * and only their first 64 KiB: cheap when, as usual, there is nothing but the project file.
 */
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError, type Problem } from "./errors.js";
import { projectFileName } from "./project-schema.js";
import { displayPath, type Repo } from "./repo.js";

const toolFiles = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]);
const head = 64 * 1024;
const maxFiles = 200;

/**
 * Manifests next to the project file: an error when Argo CD chose the plugin by discovery (the
 * Application would lose them), else a warning to print (a second source may render them).
 */
export function checkOtherManifests(repo: Repo, projectFile: string, discovered: boolean): Problem | undefined {
  const dir = dirname(projectFile);
  const others = otherManifests(dir);
  if (others.length === 0) return undefined;
  // Named after the first; the others are counted.
  const source = displayPath(repo, join(dir, others[0]!));
  const more = others.length > 1 ? ` (and ${others.length - 1} more file${others.length > 2 ? "s" : ""} here)` : "";
  if (discovered) {
    throw new UserError({
      source,
      message: `a Kubernetes manifest next to ${projectFileName}${more}, and the Application uses argocd-atlas by discovery: argocd-atlas renders only ${projectFileName}, so Argo CD would prune what these files define; move ${projectFileName} to a directory of its own and make that a second source of the Application (README: Keeping the application in the same sync)`,
    });
  }
  return { source, message: `warning: argocd-atlas renders only ${projectFileName}, not this manifest${more}: give them a source of their own in the Application, or Argo CD prunes what they define` };
}

/** The names of the files in `dir` that Argo CD would otherwise have rendered, sorted. */
export function otherManifests(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const candidates = entries
    .filter((e) => e.isFile() && e.name !== projectFileName && (toolFiles.has(e.name) || /\.(ya?ml|json)$/i.test(e.name)))
    .map((e) => e.name)
    .sort()
    .slice(0, maxFiles);
  return candidates.filter((name) => toolFiles.has(name) || looksLikeManifest(readHead(join(dir, name))));
}

function looksLikeManifest(text: string): boolean {
  const yaml = /^apiVersion:/m.test(text) && /^kind:/m.test(text);
  const json = /"apiVersion"\s*:/.test(text) && /"kind"\s*:/.test(text);
  return yaml || json;
}

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(head);
    const n = readSync(fd, buffer, 0, head, 0);
    return buffer.subarray(0, n).toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
