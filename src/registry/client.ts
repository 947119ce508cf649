/**
 * The Atlas Registry (Atlas Cloud's GraphQL API), spoken over Node.js's own HTTP client, limited to the public
 * `dirState` query: a directory by name and tag, or the floating latest without a tag.
 *
 * Bounded in every direction: a timeout per request and a total budget well under Argo CD's 60 s,
 * retries with backoff on connection errors, 429 and 5xx, a response size cap, a few requests in
 * flight, each (directory, tag) asked once per run, and confirmed tags remembered across runs.
 * The token is sent only in the Authorization header and never appears in a message.
 */

import { quote } from "../common/errors.js";
import { reachAdvice } from "../common/run-place.js";
import { type DirState, decodeDirState } from "./dir-state.js";
import { HttpFault, type Proxies, transport } from "./http.js";
import type { TagCache } from "./tag-cache.js";

export const defaultEndpoint = "https://api.atlasgo.cloud/query";

export interface RegistryOptions {
  endpoint: string;
  token: string;
  userAgent: string;
  /** Per request, including retries' individual attempts. */
  requestTimeoutMs: number;
  /** All requests of the run together. */
  budgetMs: number;
  maxResponseBytes: number;
  concurrency: number;
  attempts: number;
  cache?: TagCache;
  /** HTTP(S) proxies as curl reads them from HTTP_PROXY, HTTPS_PROXY and NO_PROXY; "" for none. */
  proxy: Proxies;
}

export type Lookup = { found: true; state: DirState } | { found: false };

/** A registry failure, already phrased for the user (one line, no secrets). */
export class RegistryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RegistryError";
  }
}

export interface RegistryClient {
  /** The directory at `tag`, or the floating latest when `tag` is undefined. */
  dirState(name: string, tag?: string): Promise<Lookup>;
  /** Requests sent so far (retries included). */
  readonly requests: number;
  close(): Promise<void>;
}

const query = "query dirState($input: DirStateInput!) { dirState(input: $input) { content } }";

export function registryClient(options: RegistryOptions): RegistryClient {
  const http = transport({ proxy: options.proxy, concurrency: options.concurrency, maxResponseBytes: options.maxResponseBytes });
  const budget = AbortSignal.timeout(options.budgetMs);
  /** Set by close(): what is still running is abandoned. */
  let closed = false;
  /** Retries waiting for their turn; close() ends their wait, so the process need not. */
  const waits = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waits.add(done);
    });
  const memo = new Map<string, Promise<Lookup>>();
  const slots = semaphore(options.concurrency);
  let requests = 0;

  const redact = (text: string) => (options.token && holdsPartOf(text, options.token) ? "(a message holding part of the token, not shown)" : text);
  const where = `Atlas Registry ${options.endpoint}`;

  async function attempt(body: string): Promise<{ status: number; text: string; retryAfterMs?: number }> {
    requests++;
    // One controller per request, aborted by its own timer or the budget. (A signal from
    // AbortSignal.any over AbortSignal.timeout can lose its timer to garbage collection on Node.js 20.)
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.requestTimeoutMs);
    const onBudget = () => controller.abort();
    if (budget.aborted) controller.abort();
    else budget.addEventListener("abort", onBudget, { once: true });
    try {
      const res = await http.post(
        options.endpoint,
        { authorization: `Bearer ${options.token}`, "content-type": "application/json", "user-agent": options.userAgent },
        body,
        controller.signal,
      );
      const retryAfter = Number(res.headers["retry-after"]);
      return { status: res.status, text: res.body.toString("utf8"), retryAfterMs: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined };
    } catch (e) {
      if (timedOut) throw Object.assign(new Error("request timed out"), { name: "TimeoutError" });
      throw e;
    } finally {
      clearTimeout(timer);
      budget.removeEventListener("abort", onBudget);
    }
  }

  async function post(input: Record<string, string>): Promise<Lookup> {
    const body = JSON.stringify({ query, variables: { input } });
    const what = input.tag === undefined ? `the latest version of ${input.name}` : `${input.name} at tag ${input.tag}`;
    let lastProblem = "";
    for (let n = 1; n <= options.attempts; n++) {
      if (closed) throw new RegistryError(`${where}: abandoned`);
      let answer: Awaited<ReturnType<typeof attempt>>;
      try {
        answer = await slots(() => attempt(body));
      } catch (e) {
        if (e instanceof HttpFault && e.definite) throw new RegistryError(`${where}: ${e.message} when asking for ${what}; is the endpoint right?`);
        if (budget.aborted) {
          throw new RegistryError(
            `${where}: tag resolution ran out of its ${seconds(options.budgetMs)} budget after ${requests} request${requests === 1 ? "" : "s"}; the registry is slow or unreachable`,
          );
        }
        lastProblem = describeNetworkError(e, options.requestTimeoutMs);
        if (n < options.attempts) await pause(backoffMs(n));
        continue;
      }
      const { status, text } = answer;
      if (status === 401 || status === 403) {
        throw new RegistryError(
          `${where}: the token was refused (HTTP ${status}) when asking for ${what}; check the Atlas Cloud token given to the plugin (ATLAS_TOKEN or ATLAS_TOKEN_FILE)`,
        );
      }
      if (status === 429 || status >= 500) {
        lastProblem = `HTTP ${status}`;
        if (n < options.attempts) await pause(backoffMs(n, answer.retryAfterMs));
        continue;
      }
      return interpret(status, text, what);
    }
    throw new RegistryError(
      `${where}: ${lastProblem} when asking for ${what}, after ${options.attempts} attempt${options.attempts === 1 ? "" : "s"}; ${reachAdvice()}`,
    );
  }

  function interpret(status: number, text: string, what: string): Lookup {
    let parsed: { data?: { dirState?: { content?: unknown } | null } | null; errors?: unknown };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      const redirect = status >= 300 && status < 400 ? "; redirects are not followed: set cloud.url to the final address" : "; is the endpoint a GraphQL API?";
      throw new RegistryError(`${where}: the answer for ${what} is not JSON (HTTP ${status})${redirect}`);
    }
    const unusable = (why: string) => new RegistryError(`${where}: the answer for ${what} is unusable: ${why}; is the endpoint a GraphQL API?`);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw unusable("not a GraphQL response object");
    if (parsed.errors !== undefined && parsed.errors !== null && !Array.isArray(parsed.errors)) throw unusable("its errors field is not a list");
    const errors = (parsed.errors ?? []) as Array<{ message?: unknown } | null>;
    if (errors.length > 0) {
      const message = errors.map((e) => String(e?.message ?? "")).join("; ");
      // Atlas Cloud reports an unknown directory or tag as a GraphQL error (HTTP 200).
      // Not when it speaks of the token or access: "token not found" is no missing tag.
      if (
        status === 200 &&
        /not.?found|does not exist|no such/i.test(message) &&
        !/token|unauthori[sz]ed|forbidden|permission|credential|auth/i.test(message)
      ) {
        return { found: false };
      }
      throw new RegistryError(`${where}: the registry answered ${quote(oneLine(redact(message)))} for ${what}`);
    }
    if (status !== 200) throw new RegistryError(`${where}: unexpected HTTP ${status} for ${what}`);
    if (parsed.data === null || typeof parsed.data !== "object") throw unusable("it has no data and no errors");
    const state = parsed.data.dirState;
    if (state === null || state === undefined) return { found: false };
    const decoded = decodeDirState(state.content);
    if ("error" in decoded) throw new RegistryError(`${where}: the answer for ${what} is unusable: ${decoded.error}`);
    return { found: true, state: decoded };
  }

  return {
    dirState(name, tag) {
      const key = JSON.stringify([name, tag ?? null]);
      let pending = memo.get(key);
      if (!pending) {
        const cached = tag === undefined ? undefined : options.cache?.get(name, tag);
        pending = cached
          ? Promise.resolve<Lookup>({ found: true, state: cached })
          : post(tag === undefined ? { name } : { name, tag }).then((lookup) => {
              if (lookup.found && tag !== undefined) options.cache?.set(name, tag, lookup.state);
              return lookup;
            });
        memo.set(key, pending);
      }
      return pending;
    },
    get requests() {
      return requests;
    },
    // Destroy, not close: after a failure, requests still in flight are abandoned, not awaited.
    close: () => {
      closed = true;
      for (const done of [...waits]) done();
      http.close();
      return Promise.resolve();
    },
  };
}

function describeNetworkError(e: unknown, timeoutMs: number): string {
  if (e instanceof HttpFault) return e.message;
  if ((e as { name?: string })?.name === "TimeoutError") return `no answer within ${seconds(timeoutMs)}`;
  const code = (e as { code?: string })?.code;
  return code ? `cannot connect (${code})` : "cannot connect";
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

/** The wait before retry `n` (1-based): 250 ms, 750 ms, ..., or what Retry-After asks, up to 5 s. */
function backoffMs(n: number, retryAfterMs?: number): number {
  return retryAfterMs !== undefined ? Math.min(retryAfterMs, 5000) : 250 * (2 * n - 1);
}

function semaphore(size: number) {
  let free = size;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (free === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    else free--;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/** Characters of the token in a row that make a registry message unfit to show. */
const tokenRun = 8;

/**
 * True when `text` holds `tokenRun` characters of the token in a row, in any case, or of its
 * base64 (a server may echo the token changed: cut, upper-cased, encoded). The message is then
 * not shown at all. Linear in practice: the text is capped, and the token has few windows.
 */
export function holdsPartOf(text: string, token: string): boolean {
  const haystack = text.slice(0, 64 * 1024).toLowerCase();
  for (const form of [token, Buffer.from(token).toString("base64"), Buffer.from(token).toString("base64url")]) {
    const lower = form.toLowerCase();
    if (lower.length < tokenRun) {
      if (haystack.includes(lower)) return true;
      continue;
    }
    for (let at = 0; at + tokenRun <= lower.length; at++) if (haystack.includes(lower.slice(at, at + tokenRun))) return true;
  }
  return false;
}
