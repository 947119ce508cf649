/**
 * Which registry endpoints may receive the plugin's Atlas Cloud token. The token belongs to whoever
 * runs the sidecar, while `cloud.url` comes from the repository being rendered: if any URL were
 * accepted, any repository Argo CD renders could send the token to a server of its choosing.
 * Atlas Cloud's endpoint is always trusted; another one only when the sidecar's environment lists
 * it in ARGOCD_ATLAS_REGISTRY_URLS (separated by commas or white space).
 */
import { UserError } from "../common/errors.js";
import { defaultEndpoint } from "./client.js";

type Env = Readonly<Record<string, string | undefined>>;

export const registryUrlsVariable = "ARGOCD_ATLAS_REGISTRY_URLS";

/** The endpoints the token may be sent to, normalised (see `normalise`). */
export function trustedEndpoints(env: Env): Set<string> {
  const trusted = new Set([normalise(defaultEndpoint)!]);
  const entries = (env[registryUrlsVariable] ?? "").split(/[\s,]+/).filter((e) => e !== "");
  for (const [i, entry] of entries.entries()) {
    const url = normalise(entry);
    // The entry is not echoed: a mistyped list may hold a credential.
    if (!url || new URL(url).username !== "" || new URL(url).password !== "") {
      throw new UserError({
        source: registryUrlsVariable,
        message: `entry ${i + 1} is not an http:// or https:// URL without user information: list the registry endpoints, e.g. https://atlas.example.com/query`,
      });
    }
    trusted.add(url);
  }
  return trusted;
}

/** The URL in the form `trustedEndpoints` holds (scheme and host lower-cased, default port dropped), or undefined when it is not http(s). */
export function normalise(endpoint: string): string | undefined {
  try {
    const url = new URL(endpoint);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
