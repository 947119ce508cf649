/**
 * One version, set in package.json, and everything that names it: the image tag in the install
 * files, the Dockerfile's VERSION, the JSON Schema's `$id` and the editor modeline of project
 * files (pinned to the release tag, never to a branch). `npm run gen` stamps the version into
 * these files (they are generated files, so a drift test keeps them equal), and `npm version`
 * runs it through the `version` script, adding the stamped files to the version commit.
 *
 * The plugin name is not versioned: plugin.yaml sets no spec.version, so Applications name
 * `argocd-atlas` whatever the release.
 */
import { readFileSync } from "node:fs";

export const repository = "argocd-atlas/argocd-atlas";
export const imageRepository = "ghcr.io/argocd-atlas/argocd-atlas";

/** The schema of a release, where editors fetch it from (the tag `v<version>`). */
export function projectSchemaUrl(version: string): string {
  return `https://raw.githubusercontent.com/${repository}/v${version}/schema/atlas.project.schema.json`;
}

/** Files that name the release; each is rewritten by stampVersion. */
export const versionedFiles = [
  "README.md",
  "docs/cli.md",
  "docs/install.md",
  "docs/project-file.md",
  "plugin/Dockerfile",
  "plugin/README.md",
  "plugin/kustomize/repo-server-sidecar.yaml",
  "plugin/helm/values.yaml",
  "examples/tutorial/manifests/atlas.project.yaml",
  "examples/in-repo/deploy/atlas.project.yaml",
  "test/import/tutorial/atlas.project.yaml.golden",
  "test/import/in-repo/atlas.project.yaml.golden",
] as const;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const semver = "\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?";

/** The text with every mention of a release replaced by `version`. */
export function stampVersion(text: string, version: string): string {
  return (
    text
      // The image: ghcr.io/argocd-atlas/argocd-atlas:0.1.0 (a digest after it stays as written).
      .replace(new RegExp(`(${escaped(imageRepository)}:)${semver}\\b`, "g"), `$1${version}`)
      // The schema URL, on any ref (main, v0.0.9).
      .replace(
        new RegExp(`https://raw\\.githubusercontent\\.com/${escaped(repository)}/[^/\\s]+/schema/atlas\\.project\\.schema\\.json`, "g"),
        projectSchemaUrl(version),
      )
      // The Dockerfile's default and the build commands' --build-arg.
      .replace(new RegExp(`(ARG VERSION=)${semver}`, "g"), `$1${version}`)
      .replace(new RegExp(`(--build-arg VERSION=)${semver}`, "g"), `$1${version}`)
      // A kustomize images: override of our image.
      .replace(new RegExp(`(newName: [^\\n]*\\n\\s*newTag: )${semver}`, "g"), `$1${version}`)
  );
}

/** The version in package.json (the build reads it from the file, not from an import). */
export function packageJsonVersion(root: URL): string {
  return (JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string }).version;
}

/** src/generated/release.ts: the version and schema URL for the code that needs them at run time. */
export function releaseModule(version: string): string {
  return [
    "// Generated from package.json by `npm run gen`. Do not edit.",
    `export const releaseVersion = ${JSON.stringify(version)};`,
    `export const projectSchemaUrl = ${JSON.stringify(projectSchemaUrl(version))};`,
    "",
  ].join("\n");
}
