/**
 * The two health.lua scripts share most of their code, so both are generated from one source: the shared
 * `lua-health/src/health.lua` with `{{Kind}}` in its header and a `-- {{kind-specific}}` line where the
 * kind's own definitions (`lua-health/src/<Kind>.lua`) go. Each generated script stays self-contained,
 * because Argo CD loads them one at a time. Rendering is pure; reading the sources is the only I/O.
 */
import { readFileSync } from "node:fs";
import { packageRoot } from "../common/package-root.js";
import { type HealthKind, type HealthScripts, healthKinds } from "./install-files.js";

export const sharedSourcePath = "lua-health/src/health.lua";
export const kindSourcePath = (kind: HealthKind): string => `lua-health/src/${kind}.lua`;

const KIND_MARKER = "-- {{kind-specific}}\n";

export interface ScriptSources {
  readonly shared: string;
  readonly kinds: Readonly<Record<HealthKind, string>>;
}

/** The health.lua of every kind. Throws when the shared source lacks its single insertion line. */
export function renderHealthScripts(sources: ScriptSources): HealthScripts {
  const parts = sources.shared.split(KIND_MARKER);
  if (parts.length !== 2) {
    throw new Error(`${sharedSourcePath}: needs exactly one line "${KIND_MARKER.trim()}", found ${parts.length - 1}`);
  }
  const render = (kind: HealthKind): string => `${parts[0]! + sources.kinds[kind].trimEnd()}\n${parts[1]!}`.replaceAll("{{Kind}}", kind);
  return { AtlasMigration: render("AtlasMigration"), AtlasSchema: render("AtlasSchema") };
}

/** Reads the shipped sources. */
export function readScriptSources(root: URL = packageRoot()): ScriptSources {
  const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
  const kinds = Object.fromEntries(healthKinds.map((kind) => [kind, read(kindSourcePath(kind))])) as Record<HealthKind, string>;
  return { shared: read(sharedSourcePath), kinds };
}
