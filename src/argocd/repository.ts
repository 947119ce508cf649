/**
 * The repository boundary. Argo CD hands the plugin a copy of the whole repository; the plugin
 * reads only inside it: paths that climb out with `..`, absolute paths and symlinks that resolve
 * outside are refused, and only regular files of bounded size are read.
 */
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import { UserError } from "../common/errors.js";
import { projectFileName } from "../project/schema.js";

export interface Repo {
  /**
   * Real path of the repository root. Under Argo CD: the working directory (the app path) less
   * ARGOCD_APP_SOURCE_PATH, which is where the plugin server unpacked the checkout. Elsewhere: the
   * nearest ancestor holding `.git`, else the project directory.
   */
  readonly root: string;
  /** False when no `.git` was found and the project directory stands for the repository. */
  readonly marked: boolean;
  /** Directory that file names in messages are relative to. */
  readonly cwd: string;
}

export function openRepo(projectDir: string, cwd: string, env: Readonly<Record<string, string | undefined>> = {}): Repo {
  const start = realpathSync(projectDir);
  const checkout = argoCheckout(cwd, env.ARGOCD_APP_SOURCE_PATH);
  // Never a .git above the checkout: that belongs to whatever holds the plugin's temporary directory.
  if (checkout && isInside(checkout, start)) return { root: checkout, cwd, marked: true };
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return { root: dir, cwd, marked: true };
    if (dirname(dir) === dir) return { root: start, cwd, marked: false };
  }
}

/**
 * The root of the checkout Argo CD's plugin server unpacked: it runs the plugin in
 * <checkout>/<app path>, and passes the app path (the Application's spec.source.path, as written)
 * in ARGOCD_APP_SOURCE_PATH. Undefined outside Argo CD, or when the working directory does not
 * end with that path.
 */
function argoCheckout(cwd: string, sourcePath: string | undefined): string | undefined {
  if (sourcePath === undefined) return undefined;
  const app = posix.normalize(`/${sourcePath}`).replace(/\/+$/, "");
  let real: string;
  try {
    real = realpathSync(cwd);
  } catch {
    return undefined;
  }
  if (app === "") return real;
  const tail = app.split("/").join(sep);
  return real.endsWith(tail) && real.length > tail.length ? real.slice(0, real.length - tail.length) || sep : undefined;
}

/**
 * How a file is named in messages: relative to the working directory (`../migrations/atlas.sum`
 * from the app path), so messages are the same in every checkout and name no temporary directory.
 */
export function displayPath(repo: Repo, abs: string): string {
  const rel = relative(repo.cwd, abs);
  return rel === "" ? "." : isAbsolute(rel) ? abs : rel;
}

export function isInside(root: string, abs: string): boolean {
  const rel = relative(root, abs);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/**
 * Resolves a directory path written in the project file (relative to `fromDir`) and checks that
 * it stays in the repository, lexically and after following symlinks. Returns an error message otherwise.
 */
export function resolveDirInRepo(repo: Repo, fromDir: string, written: string): { abs: string } | { error: string } {
  if (isAbsolute(written)) return { error: "must be relative to the directory of atlas.project.yaml, not absolute" };
  const abs = resolve(fromDir, written);
  if (!isInside(repo.root, abs)) {
    return {
      error: repo.marked
        ? "leaves the repository: keep migration directories inside it"
        : `leaves the directory of ${projectFileName}, which stands for the repository since no .git was found above it: keep .git in the checkout (Argo CD sends it), or the migrations inside that directory`,
    };
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    return { error: missing(e, `not found: ${displayPath(repo, abs)} does not exist`) };
  }
  if (!isInside(repo.root, real)) return { error: "goes through a symlink that leads outside the repository: commit the directory itself" };
  if (!statSync(real).isDirectory()) return { error: "is not a directory: point dir.path at an Atlas migration directory" };
  return { abs: real };
}

/**
 * Reads a regular file inside the repository, refusing symlinks out of it and files over
 * `maxBytes` (with `tooLargeHint` as the message, when given).
 */
export function readRepoFile(repo: Repo, abs: string, maxBytes: number, tooLargeHint?: () => string): Buffer {
  const name = displayPath(repo, abs);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    throw new UserError({ source: name, message: missing(e, "file not found") });
  }
  if (!isInside(repo.root, real)) {
    throw new UserError({ source: name, message: "is a symlink to outside the repository: commit the file itself" });
  }
  const stat = statSync(real);
  if (!stat.isFile()) throw new UserError({ source: name, message: "is not a regular file" });
  if (stat.size > maxBytes) throw new UserError({ source: name, message: tooLargeHint?.() ?? tooLarge(stat.size, maxBytes) });
  // Read one byte more than stat promised, so a file growing underneath cannot blow the limit.
  const fd = openSync(real, "r");
  try {
    const buf = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    for (let n: number; length < buf.length && (n = readSync(fd, buf, length, buf.length - length, null)) > 0; ) length += n;
    if (length > stat.size) throw new UserError({ source: name, message: "file changed while it was read: try again" });
    return buf.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Why a path could not be resolved: a symlink loop, or `otherwise`. */
function missing(error: unknown, otherwise: string): string {
  return (error as { code?: string }).code === "ELOOP" ? "is a symlink loop: replace the symlink with the file or directory itself" : otherwise;
}

function tooLarge(size: number, limit: number): string {
  return `file is too large (${size} bytes; the limit is ${limit} bytes)`;
}
