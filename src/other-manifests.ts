/**
 * Kubernetes manifests next to atlas.project.yaml. The plugin renders only the project file, so
 * whatever those files define would be missing from the Application's manifests and, with
 * pruning, deleted from the cluster. Argo CD also picks a plugin by discovery before it looks for
 * plain manifests, kustomize or Helm: installing the plugin switches an existing Application
 * whose directory gains an atlas.project.yaml to the plugin.
 *
 * The files are the ones a directory source would render, as Argo CD picks them: the top level
 * (not recursive, its default), names ending in .yaml, .yml, .json or .jsonnet (case matters),
 * symlinks followed, files holding `+argocd:skip-file-rendering` left out; plus kustomize's and
 * Helm's own files. Cheap when, as usual, there is nothing but the project file.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserError, type Problem } from "./errors.js";
import { projectFileName } from "./project-schema.js";
import { displayPath, type Repo } from "./repo.js";

const toolFiles = new Set(["kustomization.yaml", "kustomization.yml", "Kustomization", "Chart.yaml"]);
const manifestName = /\.(yaml|yml|json|jsonnet)$/;
const skipMarker = "+argocd:skip-file-rendering";
/** Bounds on the work: files looked at, and bytes read of each. */
const maxFiles = 1000;
const maxBytes = 2 * 1024 * 1024;

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
  const [these, define, them] = others.length > 1 ? ["these files", "define", "them a source of their own"] : ["this file", "defines", "it a source of its own"];
  if (discovered) {
    throw new UserError({
      source,
      message: `a Kubernetes manifest next to ${projectFileName}${more}, and the Application uses argocd-atlas by discovery: argocd-atlas renders only ${projectFileName}, so Argo CD would prune what ${these} ${define}; move ${projectFileName} to a directory of its own and make that a second source of the Application (README: Keeping the application in the same sync)`,
    });
  }
  return { source, message: `warning: argocd-atlas renders only ${projectFileName}, not this manifest${more}: give ${them} in the Application, or Argo CD prunes what ${these} ${define}` };
}

/** The names of the files in `dir` that Argo CD would otherwise have rendered, sorted. */
export function otherManifests(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const candidates = names.filter((n) => n !== projectFileName && (toolFiles.has(n) || manifestName.test(n))).sort().slice(0, maxFiles);
  return candidates.filter((name) => {
    const file = join(dir, name);
    const size = regularFileSize(file);
    if (size === undefined) return false;
    if (toolFiles.has(name) || name.endsWith(".jsonnet")) return true;
    const text = readHead(file, size);
    if (text.includes(skipMarker)) return false;
    return name.endsWith(".json") ? isJsonManifest(text) : isYamlManifest(text);
  });
}

/** The size of a regular file, through symlinks (as Argo CD reads them); undefined for anything else. */
function regularFileSize(file: string): number | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

function isYamlManifest(text: string): boolean {
  const body = text.replace(/^\ufeff/, "");
  return /^apiVersion:/m.test(body) && /^kind:/m.test(body);
}

/** A JSON object with apiVersion and kind (Argo CD decodes one object per .json file). */
function isJsonManifest(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\ufeff/, ""));
    const o = value as Record<string, unknown> | null;
    return o !== null && typeof o === "object" && typeof o.apiVersion === "string" && typeof o.kind === "string";
  } catch {
    return false;
  }
}

/** The first `maxBytes` of a file of `size` bytes. */
function readHead(file: string, size: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    const buffer = Buffer.alloc(Math.min(maxBytes, size));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n).toString("utf8");
  } catch {
    return "";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
