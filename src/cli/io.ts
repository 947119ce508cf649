/** What a verb may touch of its process: given explicitly, so tests can run verbs in-process. */
import { writeSync } from "node:fs";
import { ExitCode } from "../common/errors.js";

export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** stdout: manifests only, for the rendering verbs. Written once, at the end. */
  out(text: string): void;
  /** stderr: problems and warnings, one line each. */
  err(text: string): void;
}

/**
 * The process's own streams, written synchronously. When stdout cannot take the output (the
 * reader is gone: EPIPE; the disk is full: ENOSPC), the process says so in one line on stderr
 * and exits with ExitCode.output: nothing is left to do once the output cannot be written.
 */
export function processIo(): Io {
  return {
    env: process.env,
    cwd: process.cwd(),
    out: (text) => {
      try {
        writeAll(1, text);
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        const why = code === "EPIPE" ? "the reader closed it" : code === "ENOSPC" ? "no space left on the device" : "the write failed";
        writeQuietly(`argocd-atlas: cannot write to stdout (${typeof code === "string" ? code : "error"}: ${why}); the output is incomplete\n`);
        process.exit(ExitCode.output);
      }
    },
    err: writeQuietly,
  };
}

/** stderr: a failure to write a problem is not a problem of its own. */
function writeQuietly(text: string): void {
  try {
    writeAll(2, text);
  } catch {
    // Nowhere left to say it.
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` to `fd`, waiting out a full non-blocking pipe (EAGAIN). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as { code?: unknown }).code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}
