/**
 * The candidate tags for pinning: commit SHAs on the first-parent history of the repository that
 * holds the project file, newest first, starting at the revision being rendered. This follows the
 * convention of Atlas's CI integration, which pushes the directory on every merge to the main
 * branch tagged with the merge commit's SHA.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { quote, UserError } from "../common/errors.js";
import type { RunPlace } from "../common/run-place.js";

export interface History {
  /** Newest first, at most the count asked for. */
  commits: string[];
  /** The clone is shallow and its history ended before the count asked for. */
  cutShort: boolean;
}

/** What running git needs from the caller: where it runs (for advice) and git's own environment. */
export interface GitContext {
  place: RunPlace;
  /** Where git is found. */
  path: string;
  /** git's HOME (its global configuration). */
  home: string;
}

export async function firstParentHistory(repoRoot: string, revision: string, count: number, git: GitContext): Promise<History> {
  const source = "tag pinning";
  if (!existsSync(join(repoRoot, ".git"))) {
    throw new UserError({
      source,
      // Under Argo CD the root is a temporary directory, new on every render: not worth naming.
      message: `needs the repository history, but ${git.place === "argocd" ? "the checkout" : repoRoot} has no .git: Argo CD sends it unless tar exclusions or manifest-generate-paths leave it out; locally, run inside a git clone`,
    });
  }
  if (historyExcluded(join(repoRoot, ".git"))) {
    throw new UserError({
      source,
      message:
        "needs the repository history, but the checkout's .git is empty: history excluded by tar exclusions (a pattern such as .git/* in reposerver.plugin.tar.exclusions of argocd-cmd-params-cm, or the repo-server's --plugin-tar-exclude); remove that pattern so Argo CD sends .git, or use pin.mode write, which pins in CI and needs no history at render time",
    });
  }
  if (!/^(HEAD|[0-9a-fA-F]{4,64})$/.test(revision)) {
    throw new UserError({ source, message: `revision ${quote(revision)} is not a commit SHA` });
  }
  const output = await new Promise<string>((resolve, reject) =>
    execFile(
      "git",
      ["-c", `safe.directory=${repoRoot}`, "rev-list", "--first-parent", `--max-count=${count}`, "--end-of-options", revision, "--"],
      {
        cwd: repoRoot,
        timeout: 10_000,
        maxBuffer: 4 * 1024 * 1024,
        env: { PATH: git.path, HOME: git.home, GIT_TERMINAL_PROMPT: "0" },
      },
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

/**
 * A .git directory without what git needs (HEAD, objects): what Argo CD sends when tar exclusions
 * such as `.git/*` drop its contents but keep the directory. (A .git file, as in a worktree, is
 * left to git.)
 */
function historyExcluded(dotGit: string): boolean {
  try {
    if (!statSync(dotGit).isDirectory()) return false;
    const names = readdirSync(dotGit);
    return !names.includes("HEAD") || !names.includes("objects");
  } catch {
    return false;
  }
}

/** The tag CI gives a commit: `{sha}` is the full SHA, `{sha:N}` its first N hex digits. */
export function tagFor(format: string, sha: string): string {
  return format.replace(/\{sha(?::(\d+))?\}/, (_all, n: string | undefined) => (n ? sha.slice(0, Number(n)) : sha));
}
