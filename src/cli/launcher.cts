/**
 * The installed `argocd-atlas` command. Argo CD starts a new process for every render, so start-up
 * time matters: this runs the single-file bundle (argocd-atlas.cjs, next to this file) with V8's
 * code cache for it, made at build time by running a render (see scripts/bundle.ts). Without a
 * cache, or with one V8 rejects (another Node.js version), the bundle is simply compiled as usual.
 * Before any of that, `generate` waits for its turn among the sidecar's renders (src/cli/render-slots.cts).
 */
import fs = require("node:fs");
import os = require("node:os");
import path = require("node:path");
import vm = require("node:vm");
import slots = require("./render-slots.cjs");

/** Renders at once in one sidecar, by default; sized in bench/concurrency.ts. */
const defaultMaxRenders = 4;
/** How long a render waits for a slot: well inside Argo CD's 60 s deadline for the whole request. */
const defaultRenderWaitMs = 30_000;

/** A non-negative whole number from the environment, else the default. */
function knob(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === "" ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

// `generate` (what Argo CD runs per request) first takes one of the sidecar's render slots,
// before anything heavy is loaded, so a refresh storm queues here instead of exhausting memory.
if (process.argv[2] === "generate") {
  const limit = knob("ARGOCD_ATLAS_MAX_RENDERS", defaultMaxRenders);
  const waitMs = knob("ARGOCD_ATLAS_RENDER_WAIT_MS", defaultRenderWaitMs);
  let slot: ReturnType<typeof slots.acquireSlot> | undefined;
  try {
    const uid = typeof process.getuid === "function" ? process.getuid() : "user";
    slot = slots.acquireSlot({ dir: path.join(os.tmpdir(), `argocd-atlas-renders-${uid}`), limit, waitMs });
  } catch (e) {
    // No usable /tmp: render without the limit rather than not at all (the sidecar log says so).
    process.stderr.write(`argocd-atlas: warning: renders are not limited (${(e as { code?: string }).code ?? String(e)} on the temporary directory)\n`);
  }
  if (slot?.held && slot.waitedMs > 0 && process.env.ARGOCD_ATLAS_DEBUG) {
    process.stderr.write(`argocd-atlas: waited ${slot.waitedMs} ms for a render slot (ARGOCD_ATLAS_MAX_RENDERS=${limit})\n`);
  }
  if (slot && !slot.held) {
    process.stderr.write(
      `argocd-atlas: ${slot.ahead} render${slot.ahead === 1 ? " was" : "s were"} ahead of this one in the sidecar for ${(slot.waitedMs / 1000).toFixed(slot.waitedMs < 10_000 ? 1 : 0)} s (ARGOCD_ATLAS_MAX_RENDERS=${limit}): gave up to stay within Argo CD's deadline; refresh the Application again, and see "Many Applications at once" in the plugin's README\n`,
    );
    process.exit(1);
  }
}

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
// The image's build checks that its own Node.js accepts the cache it made.
if (process.env.ARGOCD_ATLAS_REQUIRE_CODE_CACHE === "1" && (cachedData === undefined || script.cachedDataRejected)) {
  process.stderr.write(
    `argocd-atlas: the code cache ${cachedData === undefined ? "is missing" : `was made by another Node.js than ${process.version}`}: run npm run build with this Node.js\n`,
  );
  process.exit(1);
}
// import() inside a vm.Script needs an experimental flag on Node.js 20: lend the bundle ours
// (for the ESM-only Kubernetes client; see src/common/esm-import.ts).
(globalThis as { argocdAtlasImport?: (specifier: string) => Promise<unknown> }).argocdAtlasImport = (specifier) => import(specifier);
if (process.env.ARGOCD_ATLAS_WRITE_CODE_CACHE === "1") {
  // After the run, so the cache also holds the functions the run compiled.
  process.once("beforeExit", () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, require, bundleModule, bundle, __dirname);
