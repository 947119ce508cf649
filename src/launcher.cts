/**
 * The installed `argocd-atlas` command. Argo CD starts a new process for every render, so start-up
 * time matters: this runs the single-file bundle (argocd-atlas.cjs, next to this file) with V8's
 * code cache for it, made at build time by running a render (see src/build/bundle.ts). Without a
 * cache, or with one V8 rejects (another Node.js version), the bundle is simply compiled as usual.
 */
import fs = require("node:fs");
import path = require("node:path");
import vm = require("node:vm");

const bundle = path.join(__dirname, "argocd-atlas.cjs");
const cacheFile = `${bundle}.cache`;

let cachedData: Buffer | undefined;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(bundle, "utf8")}\n})`, {
  filename: bundle,
  cachedData,
});
// import() inside a vm.Script needs an experimental flag on Node.js 20: lend the bundle ours
// (for the ESM-only Kubernetes client; see src/esm-import.ts).
(globalThis as { argocdAtlasImport?: (specifier: string) => Promise<unknown> }).argocdAtlasImport = (specifier) => import(specifier);
if (process.env.ARGOCD_ATLAS_WRITE_CODE_CACHE === "1") {
  // After the run, so the cache also holds the functions the run compiled.
  process.once("beforeExit", () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, require, bundleModule, bundle, __dirname);
