/** What a verb may touch of its process: given explicitly, so tests can run verbs in-process. */
export interface Io {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** stdout: manifests only, for the rendering verbs. Written once, at the end. */
  out(text: string): void;
  /** stderr: problems and warnings, one line each. */
  err(text: string): void;
}

export function processIo(): Io {
  return {
    env: process.env,
    cwd: process.cwd(),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}
