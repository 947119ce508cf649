/**
 * SHA-256, with node:crypto loaded on first use: a render without an in-repo directory never
 * hashes anything, and loading the module costs about 2 ms of a start-up Argo CD pays per render.
 */
import type { Hash } from "node:crypto";

export function sha256(): Hash {
  return process.getBuiltinModule("node:crypto").createHash("sha256");
}
