/**
 * `npm run release-files -- --digest sha256:<hex> [--out DIR]`: the files a release attaches,
 * with the image pinned to the digest the release workflow pushed (`<image>:<version>@<digest>`),
 * so an install gets exactly the image that was built, whatever happens to the tag later.
 *
 *   argocd-atlas-kustomize.tar.gz       plugin/kustomize: kustomization.yaml and every patch it
 *                                       lists, the sidecar patch digest-pinned
 *   argocd-atlas-helm-values.yaml       plugin/helm/values.yaml, digest-pinned
 *   argocd-atlas-health-helm-values.yaml  the health checks for the argo-cd chart
 *   argocd-atlas-notifications-helm-values.yaml  the notifications for the argo-cd chart
 *   atlas.project.schema.json           the project file's JSON Schema
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { packageRoot } from "../src/common/package-root.js";
import { imageRepository, packageJsonVersion } from "./release.js";

const root = packageRoot();
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

/** `image: ghcr.io/...:<version>` -> `image: ghcr.io/...:<version>@<digest>`. */
export function pinImage(text: string, version: string, digest: string): string {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`a digest is sha256:<64 hex digits>, got ${JSON.stringify(digest)}`);
  const tagged = `${imageRepository}:${version}`;
  if (!text.includes(`image: ${tagged}\n`)) throw new Error(`no "image: ${tagged}" to pin`);
  return text.replaceAll(`image: ${tagged}\n`, `image: ${tagged}@${digest}\n`);
}

/** The attached files' contents by name (the kustomize directory as its files, tarred by main). */
export function releaseFiles(version: string, digest: string): { files: Map<string, string>; kustomize: Map<string, string> } {
  // Every file the kustomization lists goes along, so the archive installs as the directory does.
  const kustomization = read("plugin/kustomize/kustomization.yaml");
  const patches = (parse(kustomization) as { patches: { path: string }[] }).patches.map((p) => p.path);
  const kustomize = new Map([["kustomization.yaml", kustomization]]);
  for (const path of patches) {
    const text = read(`plugin/kustomize/${path}`);
    kustomize.set(path, path === "repo-server-sidecar.yaml" ? pinImage(text, version, digest) : text);
  }
  const files = new Map([
    ["argocd-atlas-helm-values.yaml", pinImage(read("plugin/helm/values.yaml"), version, digest)],
    ["argocd-atlas-health-helm-values.yaml", read("lua-health/install/helm-values.yaml")],
    ["argocd-atlas-notifications-helm-values.yaml", read("lua-health/install/notifications-helm-values.yaml")],
    ["atlas.project.schema.json", read("schema/atlas.project.schema.json")],
  ]);
  return { files, kustomize };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { digest: { type: "string" }, out: { type: "string", default: "dist/release" } } });
  if (!values.digest) throw new Error("usage: npm run release-files -- --digest sha256:<hex> [--out DIR]");
  const version = packageJsonVersion(root);
  const { files, kustomize } = releaseFiles(version, values.digest);
  const out = values.out!;
  mkdirSync(out, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  const staging = mkdtempSync(join(tmpdir(), "argocd-atlas-release-"));
  try {
    mkdirSync(join(staging, "kustomize"));
    for (const [name, text] of kustomize) writeFileSync(join(staging, "kustomize", name), text);
    const tar = spawnSync("tar", ["-czf", resolve(out, "argocd-atlas-kustomize.tar.gz"), "-C", staging, "kustomize"], { stdio: "inherit" });
    if (tar.status !== 0) throw new Error("tar failed");
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(`wrote the release files of ${version} (${imageRepository}:${version}@${values.digest}) to ${out}`);
}
