/**
 * Tag pinning against the Atlas Registry: resolves the latest tag (the newest commit on the
 * first-parent history that exists as a tag) and verifies written tags. Used at render time
 * (pin.mode render, pin.verify) and by the `pin` verb (pin.mode write). Loaded only when a target
 * needs the registry: it brings the HTTP client.
 *
 * What it reads and asks comes in `PinDeps` (src/gather/pin-deps.ts wires the real ones: the
 * HTTP client with its tag cache, the token, git), so tests can run it against stand-ins.
 */

import { formatProblem, type Problem, quote, UserError } from "../common/errors.js";
import { environmentOf, type RunPlace } from "../common/run-place.js";
import type { YamlSource } from "../project/yaml-source.js";
import { isFloating, type PinNeed } from "../render/pin-plan.js";
import { defaultEndpoint, type Lookup, type RegistryClient, RegistryError, type RegistryOptions } from "./client.js";
import type { DirState } from "./dir-state.js";
import { normalise, registryUrlsVariable, trustedEndpoints } from "./endpoints.js";
import { type History, tagFor } from "./git-history.js";

type Env = Readonly<Record<string, string | undefined>>;

/** What pinning reads and asks, injected. */
export interface PinDeps {
  /** The variables pinning reads: ARGOCD_ATLAS_REGISTRY_URLS, the proxy variables, the client's time limits. */
  env: Env;
  /** Where this run happens, so that advice fits. */
  place: RunPlace;
  /** The Atlas Cloud token (read once, after every endpoint is found trusted). */
  readToken(): Promise<string>;
  /** A registry client for one endpoint. */
  client(options: RegistryOptions): RegistryClient;
  /** The first-parent history of `revision` in the repository at `repoRoot`, newest first. */
  history(repoRoot: string, revision: string, count: number): Promise<History>;
}

export interface PinContext {
  repoRoot: string;
  /** The revision being rendered (ARGOCD_APP_REVISION); HEAD when unknown. */
  revision?: string;
  source: YamlSource;
}

export interface Resolution {
  need: PinNeed;
  tag: string;
  /** For a resolved tag: the revision whose history was searched. */
  revision?: string;
  state: DirState;
  /** For pin.mode write: the directory at the tag written now (absent when none is written). */
  current?: Lookup;
}

export interface PinResults {
  resolutions: Resolution[];
  warnings: Problem[];
  /** Requests sent to the registry (for diagnostics and benchmarks). */
  requests: number;
}

export async function runPins(needs: readonly PinNeed[], ctx: PinContext, deps: PinDeps): Promise<PinResults> {
  const { env } = deps;
  checkEndpoints(needs, ctx, deps);
  const proxy = { http: proxyVariable(env, "http_proxy"), https: proxyVariable(env, "https_proxy"), noProxy: proxyVariable(env, "no_proxy") };
  const token = await deps.readToken();
  const clients = new Map<string, RegistryClient>();
  const clientFor = (need: PinNeed) => {
    const endpoint = endpointOf(need);
    let client = clients.get(endpoint);
    if (!client) {
      client = deps.client({
        endpoint,
        token,
        userAgent: `argocd-atlas (Node.js ${process.version})`,
        requestTimeoutMs: knob(env, "ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS", 10_000),
        budgetMs: knob(env, "ARGOCD_ATLAS_REGISTRY_BUDGET_MS", 30_000),
        maxResponseBytes: 32 * 1024 * 1024,
        concurrency: 6,
        attempts: 3,
        proxy,
      });
      clients.set(endpoint, client);
    }
    return client;
  };
  try {
    const resolving = needs.filter((n) => n.action === "resolve");
    const { commits: history, cutShort } =
      resolving.length > 0
        ? await deps.history(ctx.repoRoot, ctx.revision ?? "HEAD", Math.max(...resolving.map((n) => n.pin.candidates)))
        : { commits: [], cutShort: false };
    const problems: Problem[] = [];
    const warnings: Problem[] = [];
    const resolutions = await Promise.all(
      needs.map(async (need): Promise<Resolution | undefined> => {
        const client = clientFor(need);
        const scope = `database ${quote(need.target.database)} in environment ${quote(need.target.environment)}`;
        if (need.action === "verify") {
          const tag = need.target.settings.dir!.remote!.tag!;
          const lookup = await client.dirState(need.name, tag);
          if (lookup.found) return { need, tag, state: lookup.state };
          problems.push(
            ctx.source.problem(
              need.target.origin(["dir", "remote", "tag"]),
              `${scope}: tag ${quote(tag)} does not exist for directory ${quote(need.name)} in the Atlas Registry: check the tag (CI pushes <directory>:<commit SHA>)`,
            ),
          );
          return undefined;
        }
        const candidates = history.slice(0, need.pin.candidates);
        const found = await newestExisting(
          client,
          need.name,
          candidates.map((sha) => tagFor(need.pin.tagFormat, sha)),
        );
        if (!found && cutShort) {
          problems.push(
            ctx.source.problem(
              need.target.origin(["pin"]),
              `${scope}: ${candidates.length === 1 ? "the only commit of this shallow clone is not" : `none of the ${candidates.length} commits of this shallow clone is`} a tag of directory ${quote(need.name)}: the repository's clone depth in Argo CD cuts the history short; remove the depth setting, or make it at least pin.candidates (${need.pin.candidates})`,
            ),
          );
          return undefined;
        }
        if (!found) {
          const searched = candidates.length;
          const of = `of the first-parent history of ${short(history[0])}`;
          const range =
            searched < need.pin.candidates
              ? searched === 1
                ? `the only commit ${of}`
                : `all ${searched} commits ${of}`
              : `${searched === 1 ? "the newest commit" : `the last ${searched} commits`} ${of} (pin.candidates: ${need.pin.candidates})`;
          const widen = searched < need.pin.candidates ? "" : `, or search further back by raising pin.candidates above ${need.pin.candidates}`;
          problems.push(
            ctx.source.problem(
              need.target.origin(["pin"]),
              `${scope}: searched ${range} and none is a tag of directory ${quote(need.name)} (format ${need.pin.tagFormat}): push it from CI (atlas migrate push ${need.name}:<commit SHA>, as the Atlas GitHub Action does on the default branch), check pin.tagFormat${widen}`,
            ),
          );
          return undefined;
        }
        const latest = await client.dirState(need.name);
        if (latest.found && latest.state.sum !== found.state.sum) {
          warnings.push(
            ctx.source.problem(
              need.target.origin(["pin"]),
              `warning: ${scope}: pinned ${found.tag}, the newest tag on this history, but the registry's latest version of ${quote(need.name)} differs (pushed from another branch, or from a newer commit)`,
            ),
          );
        }
        const written = need.target.settings.dir?.remote?.tag;
        const current = need.pin.mode === "write" && !isFloating(written) && written !== found.tag ? await client.dirState(need.name, written) : undefined;
        return { need, tag: found.tag, revision: history[0], state: found.state, ...(current && { current }) };
      }),
    );
    if (problems.length > 0) throw new UserError(problems);
    return {
      resolutions: resolutions.filter((r): r is Resolution => r !== undefined),
      warnings,
      requests: [...clients.values()].reduce((n, c) => n + c.requests, 0),
    };
  } catch (e) {
    if (e instanceof RegistryError) throw new UserError({ source: "tag pinning", message: e.message });
    throw e;
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
}

function endpointOf(need: PinNeed): string {
  return need.target.settings.cloud?.url ?? defaultEndpoint;
}

/** Refuses, before the token is read, every cloud.url the sidecar does not trust with it. */
function checkEndpoints(needs: readonly PinNeed[], ctx: PinContext, deps: PinDeps): void {
  const trusted = trustedEndpoints(deps.env);
  const problems = new Map<string, Problem>();
  for (const need of needs) {
    const endpoint = endpointOf(need);
    if (trusted.has(normalise(endpoint) ?? endpoint)) continue;
    const problem = ctx.source.problem(
      need.target.origin(["cloud", "url"]),
      `the plugin sends its Atlas Cloud token only to ${defaultEndpoint} and the URLs listed in ${registryUrlsVariable}: add ${endpoint} to ${registryUrlsVariable} in ${environmentOf(deps.place)}, or remove cloud.url`,
    );
    problems.set(formatProblem(problem), problem);
  }
  if (problems.size > 0) throw new UserError([...problems.values()]);
}

/** The first of `tags` (newest first) that exists: one round trip per tag tried. */
async function newestExisting(client: RegistryClient, name: string, tags: readonly string[]): Promise<{ tag: string; state: DirState } | undefined> {
  for (const tag of tags) {
    const lookup: Lookup = await client.dirState(name, tag);
    if (lookup.found) return { tag, state: lookup.state };
  }
  return undefined;
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : "HEAD";
}

/**
 * A proxy variable, lower-case name first; "" when unset. A proxy without a scheme
 * (`proxy.example:3128`) is taken as http://, as curl does; anything else that is not an
 * http(s) URL is refused, naming the variable but not its value (which may hold a password).
 */
function proxyVariable(env: Env, name: string): string {
  const [variable, value] = env[name] !== undefined ? [name, env[name]!] : [name.toUpperCase(), env[name.toUpperCase()] ?? ""];
  if (value === "" || name === "no_proxy") return value;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  if (!normalise(url)) throw new UserError({ source: variable, message: "is not a proxy URL: set it to http://host:port (or https://), or unset it" });
  if (!decodableUserinfo(url)) {
    throw new UserError({ source: variable, message: "the proxy's user or password holds a % not followed by two hex digits: percent-encode it (% as %25)" });
  }
  return url;
}

/** The user information is sent decoded in Proxy-Authorization: it must decode. */
function decodableUserinfo(url: string): boolean {
  const { username, password } = new URL(url);
  try {
    decodeURIComponent(username);
    decodeURIComponent(password);
    return true;
  } catch {
    return false;
  }
}

function knob(env: Env, name: string, fallback: number): number {
  const value = Number(env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
