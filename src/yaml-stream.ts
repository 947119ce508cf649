/**
 * Deterministic YAML for Kubernetes objects: fixed key order (apiVersion, kind, metadata, then
 * alphabetical), no timestamps, documents separated by `---`. Scalars are quoted wherever a
 * YAML 1.1 reader (Argo CD's Go YAML) could take them for something else (`yes`, `010`, `1:20`).
 */
import { stringify } from "yaml";

const topOrder = ["apiVersion", "kind", "metadata", "immutable", "spec", "data"];
const metadataOrder = ["name", "namespace", "labels", "annotations"];

export function toYamlStream(objects: readonly object[]): string {
  return objects.map((o) => `---\n${toYaml(canonical(o, topOrder))}`).join("");
}

function toYaml(value: unknown): string {
  return stringify(value, {
    version: "1.1",
    lineWidth: 0,
    minContentWidth: 0,
    blockQuote: "literal",
    aliasDuplicateObjects: false,
  });
}

function canonical(value: unknown, order?: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const rank = (k: string) => {
    const i = order?.indexOf(k) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, k === "metadata" && order === topOrder ? metadataOrder : undefined)]));
}
