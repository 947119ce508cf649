import { execFileSync } from "node:child_process";

/**
 * Runs git in `dir` for a repository built by a test or benchmark: a fixed identity and dates (so
 * the same steps give the same SHAs), `dir` as HOME (no user configuration), no signing. Throws,
 * with git's message, when git fails.
 */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: dir, GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z", GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z" },
  }).trim();
}
