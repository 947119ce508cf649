/**
 * Where this run happens, so that advice fits: `generate` and `parameters` are run by Argo CD in
 * the plugin's sidecar; every other verb by a person or a CI job on their own machine, where
 * "give the sidecar ATLAS_TOKEN" or "check that the repo-server can reach it" would be wrong.
 *
 * main() runs each verb inside `withRunPlace`; a message site anywhere below asks `runPlace()`
 * (or uses the advice helpers here) without the place being threaded through every call.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { tokenVariableList } from "../registry/token-sources.js";

export type RunPlace = "argocd" | "local";

const current = new AsyncLocalStorage<RunPlace>();

/** The verbs Argo CD runs. */
const argocdVerbs: ReadonlySet<string> = new Set(["generate", "parameters"]);

export function placeOfVerb(verb: string): RunPlace {
  return argocdVerbs.has(verb) ? "argocd" : "local";
}

export function withRunPlace<T>(place: RunPlace, run: () => Promise<T>): Promise<T> {
  return current.run(place, run);
}

/** The place of the verb being run; "local" outside a verb (a library caller, a test). */
export function runPlace(): RunPlace {
  return current.getStore() ?? "local";
}

/**
 * Each piece of advice that depends on the place, in both wordings: the one decision every
 * helper below makes is `advice[topic][place]`.
 */
const advice = {
  token: {
    argocd: `give the plugin's sidecar ${tokenVariableList} (see docs/pinning.md)`,
    local:
      "set ATLAS_TOKEN in this shell (e.g. ATLAS_TOKEN=$(atlas cloud token) or from your secret store), or ATLAS_TOKEN_FILE to a file holding it (see docs/pinning.md)",
  },
  tokenFile: {
    argocd: "mount the Secret holding the Atlas Cloud token there (see the install files)",
    local: "check the path, or set ATLAS_TOKEN in this shell instead",
  },
  reach: {
    argocd: "check that the repo-server can reach it (network policies, egress proxy: HTTPS_PROXY in the sidecar)",
    local: "check that this machine can reach it (network, VPN, HTTPS_PROXY in this shell)",
  },
  kubeReader: {
    argocd: "the repo-server's service account needs get on it, and its token must be mounted (automountServiceAccountToken)",
    local: "the user of your kubeconfig context needs get on it (kubectl auth can-i get secret/NAME -n NAMESPACE)",
  },
  environment: {
    argocd: "the plugin's sidecar environment",
    local: "this shell's environment",
  },
} as const satisfies Record<string, Record<RunPlace, string>>;

/** Where the Atlas Cloud token should be set, for "needs an Atlas Cloud token: <this>". */
export function tokenAdvice(place: RunPlace = runPlace()): string {
  return advice.token[place];
}

/** What to do when ATLAS_TOKEN_FILE cannot be read. */
export function tokenFileAdvice(place: RunPlace = runPlace()): string {
  return advice.tokenFile[place];
}

/** What to check when an endpoint cannot be reached, for "...: <this>". */
export function reachAdvice(place: RunPlace = runPlace()): string {
  return advice.reach[place];
}

/** Who needs `get` on a Secret read with the Kubernetes API. */
export function kubeReaderAdvice(place: RunPlace = runPlace()): string {
  return advice.kubeReader[place];
}

/** Where a variable such as ARGOCD_ATLAS_REGISTRY_URLS is set. */
export function environmentOf(place: RunPlace = runPlace()): string {
  return advice.environment[place];
}
