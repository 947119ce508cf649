/**
 * Targets in, Kubernetes objects out: an AtlasMigration per target and, for an in-repo
 * directory, a ConfigMap named after its content (so a changed directory changes the
 * AtlasMigration spec and the operator re-applies). Pure.
 */

import { syncOptionsAnnotation, syncWaveAnnotation } from "../common/names.js";
import { sha256 } from "../common/sha256.js";
import { type RenderInput, type SettingField, settingDefault, specFields } from "../project/fields.js";
import type { ScopeSettings } from "../project/scopes.js";
import type { DirData } from "./migration-dir.js";
import type { Target } from "./resolve.js";

/** One wave before the application's resources (wave 0): the application waits for the migration. */
export const defaultSyncWave = settingDefault<number>("syncWave");

/** apimachinery's TotalAnnotationSizeLimitB: the keys and values of an object's annotations, in bytes. */
export const annotationLimitBytes = 256 * 1024;

export const lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";

/**
 * Client-side apply (kubectl's, and Argo CD's by default) copies the whole object into the
 * last-applied-configuration annotation, which counts against the annotation limit: an object
 * whose copy would pass this size is applied server-side instead. The rest of the limit is left
 * for what Argo CD adds before applying (its tracking annotation, in the object and in the copy).
 */
const serverSideApplyAboveBytes = 200 * 1024;

export interface RenderContext {
  /** Namespace for targets that set none (the Application's destination namespace). */
  namespace?: string;
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** The objects of one target, ConfigMap first. `dirData` is required when the target has dir.path. */
export function targetManifests(target: Target, context: RenderContext, dirData?: DirData): Manifest[] {
  const s = target.settings;
  const namespace = s.namespace ?? context.namespace;
  const metadata = (name: string) => ({
    name,
    ...(namespace !== undefined && { namespace }),
    ...(s.labels && Object.keys(s.labels).length > 0 && { labels: { ...s.labels } }),
    annotations: { ...s.annotations, [syncWaveAnnotation]: String(s.syncWave ?? defaultSyncWave) },
  });

  const objects: Manifest[] = [];
  let configMapName: string | undefined;
  if (s.dir?.path !== undefined) {
    if (!dirData) throw new Error(`targetManifests: no directory content for ${target.database}`);
    configMapName = `${target.name}-migrations-${contentHash(dirData)}`;
    objects.push({ apiVersion: "v1", kind: "ConfigMap", metadata: metadata(configMapName), immutable: true, data: { ...dirData } });
  }

  const spec = specOf(s, configMapName === undefined ? {} : { configMapName });
  objects.push({ apiVersion: "db.atlasgo.io/v1alpha1", kind: "AtlasMigration", metadata: metadata(target.name), spec });
  for (const object of objects) if (lastAppliedAnnotationBytes(object) > serverSideApplyAboveBytes) applyServerSide(object);
  return objects;
}

/**
 * An AtlasMigration's spec from merged settings: each spec field of the settings table (or of
 * `fields`), in its order, as its `render` writes it; absent values and empty strings left out.
 */
export function specOf(settings: ScopeSettings, input: RenderInput, fields: readonly SettingField[] = specFields): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.lands !== "spec") continue;
    const setting = (settings as Record<string, unknown>)[field.key];
    const value = field.render ? field.render(setting as never, input) : setting;
    if (value !== undefined && value !== "") spec[field.key] = value;
  }
  return spec;
}

/** Keeps the user's sync options, whatever they said of ServerSideApply. */
function applyServerSide(object: Manifest): void {
  const annotations = (object.metadata.annotations ??= {});
  const options = (annotations[syncOptionsAnnotation] ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "" && !o.startsWith("ServerSideApply="));
  annotations[syncOptionsAnnotation] = [...options, "ServerSideApply=true"].join(",");
}

/** The bytes annotations count against annotationLimitBytes (as ValidateAnnotations sums them). */
export function annotationBytes(annotations: Readonly<Record<string, string>> | undefined): number {
  let n = 0;
  for (const [key, value] of Object.entries(annotations ?? {})) n += Buffer.byteLength(key) + Buffer.byteLength(value);
  return n;
}

/**
 * The annotations' size once client-side apply has added its copy of the object: the object as
 * Go's encoding/json writes it (kubectl's GetModifiedConfiguration), which escapes <, > and & as
 * \u003c (6 bytes for 1), U+2028 and U+2029 as \u2028 (6 for 3), and, before Go 1.22, \b and \f
 * as \u0008 (6 for 2), then a newline.
 */
export function lastAppliedAnnotationBytes(object: Manifest): number {
  const json = JSON.stringify(object);
  let extra = 1;
  // Escapes are matched whole, so the `b` of an escaped backslash followed by `b` is no \b.
  for (const [m] of json.matchAll(/\\(?:u[0-9a-f]{4}|.)|[<>&\u2028\u2029]/g))
    extra += m === "\\b" || m === "\\f" ? 4 : m === "\u2028" || m === "\u2029" ? 3 : m.length === 1 ? 5 : 0;
  return annotationBytes(object.metadata.annotations) + Buffer.byteLength(lastAppliedAnnotation) + Buffer.byteLength(json) + extra;
}

/** First 10 hex digits of a SHA-256 over the sorted entries: stable, and changes with any byte. */
export function contentHash(data: DirData): string {
  const h = sha256();
  for (const key of Object.keys(data).sort()) {
    h.update(key).update("\0").update(data[key]!).update("\0");
  }
  return h.digest("hex").slice(0, 10);
}
