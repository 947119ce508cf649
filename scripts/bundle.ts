/**
 * `npm run build`: the CLI as one CommonJS file (dist/argocd-atlas.cjs), its launcher
 * (dist/cli.cjs, the package's bin) and V8's code cache for the bundle, made by running a render
 * of a small project that exercises the whole generate path.
 *
 * One file instead of a tree of modules saves the module loader's work on every start; the code
 * cache saves compiling it. The Kubernetes client stays outside the bundle: only the paths that
 * use it load it. (Tag pinning speaks HTTP with Node.js's own modules, so nothing to load.)
 */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { packageRoot } from "../src/common/package-root.js";

const root = packageRoot().pathname;
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });

const common = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "warning" } as const;
await build({
  ...common,
  entryPoints: [join(root, "src/cli/cli.ts")],
  outfile: join(dist, "argocd-atlas.cjs"),
  external: ["@kubernetes/client-node"],
  minifyWhitespace: true,
  minifySyntax: true,
  // The bundle is CommonJS: give the sources' import.meta.url its meaning there.
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({ ...common, entryPoints: [join(root, "src/cli/launcher.cts")], outfile: join(dist, "cli.cjs"), banner: { js: "#!/usr/bin/env node" } });
chmodSync(join(dist, "cli.cjs"), 0o755);

// Warm-up render: the example with an in-repo directory, copied so nothing is written in the tree.
const warm = mkdtempSync(join(tmpdir(), "argocd-atlas-warm-"));
try {
  cpSync(join(root, "examples/in-repo"), warm, { recursive: true });
  mkdirSync(join(warm, ".git"));
  const run = spawnSync(process.execPath, [join(dist, "cli.cjs"), "render", join(warm, "deploy"), "--environment", "prod"], {
    env: { ...process.env, ARGOCD_ATLAS_WRITE_CODE_CACHE: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`warm-up render failed: ${run.stderr}`);
  // The cache is only worth shipping if the Node.js that made it (the image's own, in the
  // Dockerfile's build stage) accepts it.
  const check = spawnSync(process.execPath, [join(dist, "cli.cjs"), "version"], {
    env: { ...process.env, ARGOCD_ATLAS_REQUIRE_CODE_CACHE: "1" },
    encoding: "utf8",
  });
  if (check.status !== 0) throw new Error(`the code cache is not accepted: ${check.stderr}`);
} finally {
  rmSync(warm, { recursive: true, force: true });
}
console.log("built dist/cli.cjs, dist/argocd-atlas.cjs and its code cache");
