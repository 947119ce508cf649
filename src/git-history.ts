/**
 * The candidate tags for pinning: commit SHAs on the first-parent history of the repository that
 * holds the project file, newest first, starting at the revision being rendered. This follows the
 * convention of Atlas's CI integration, which pushes the directory on every merge to the main
 * branch tagged with the merge commit's SHA.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { quoted } from "./credential-shapes.js";
import { UserError } from "./errors.js";

export interface History {
  /** Newest first, at most the count asked for. */
  commits: string[];
  /** The clone is shallow and its history ended before the count asked for. */
  cutShort: boolean;
}

export async function firstParentHistory(repoRoot: string, revision: string, count: number): Promise<History> {
  const source = "tag pinning";
  if (!existsSync(join(repoRoot, ".git"))) {
    throw new UserError({
      source,
      message: `needs the repository history, but ${repoRoot} has no .git: Argo CD sends it unless tar exclusions or manifest-generate-paths leave it out; locally, run inside a git clone`,
    });
  }
  if (!/^(HEAD|[0-9a-fA-F]{4,64})$/.test(revision)) {
    throw new UserError({ source, message: `revision ${quoted(revision)} is not a commit SHA` });
  }
  const output = await new Promise<string>((resolve, reject) =>
    execFile(
      "git",
      ["-c", `safe.directory=${repoRoot}`, "rev-list", "--first-parent", `--max-count=${count}`, "--end-of-options", revision, "--"],
      { cwd: repoRoot, timeout: 10_000, maxBuffer: 4 * 1024 * 1024, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return reject(new UserError({ source, message: "git is not installed: tag pinning reads the repository history with git" }));
        }
        const detail = stderr.split("\n")[0]?.replace(/^fatal: /, "") || error.message;
        reject(new UserError({ source, message: `cannot read the history of ${revision} (${detail}): is that commit in the repository?` }));
      },
    ),
  );
  const commits = output.split("\n").filter((line) => /^[0-9a-f]{40}$/.test(line));
  return { commits, cutShort: commits.length < count && existsSync(join(repoRoot, ".git", "shallow")) };
}

/** The tag CI gives a commit: `{sha}` is the full SHA, `{sha:N}` its first N hex digits. */
export function tagFor(format: string, sha: string): string {
  return format.replace(/\{sha(?::(\d+))?\}/, (_all, n: string | undefined) => (n ? sha.slice(0, Number(n)) : sha));
}
