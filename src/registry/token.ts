/**
 * Reads the Atlas Cloud token for tag pinning from the first source of src/registry/token-sources.ts
 * that is set. The token is never printed; messages name only where it was looked for.
 */
import { existsSync, readFileSync } from "node:fs";
import { quote, UserError } from "../common/errors.js";
import { importEsm } from "../common/esm-import.js";
import { kubeRequestTimeout, timedConfiguration } from "../common/kube-api.js";
import { kubeReaderAdvice, tokenAdvice, tokenFileAdvice } from "../common/run-place.js";
import { chosenTokenSource, malformedSecretReference, secretReference, type TokenSourceKind } from "./token-sources.js";

type Env = Readonly<Record<string, string | undefined>>;

/** How each kind of source is read, given the variable (for messages) and its value. */
const readers: Record<TokenSourceKind, (variable: string, value: string, env: Env) => Promise<string>> = {
  value: async (variable, value) => sendable(value.trim(), variable, "the variable"),
  file: readTokenFile,
  secret: readTokenSecret,
};

export async function readToken(env: Env): Promise<string> {
  const source = chosenTokenSource((variable) => env[variable]);
  if (source) return readers[source.kind](source.variable, env[source.variable]!, env);
  throw new UserError({
    source: "tag pinning",
    message: `needs an Atlas Cloud token: ${tokenAdvice()}`,
  });
}

async function readTokenFile(source: string, path: string): Promise<string> {
  const file = shownPath(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UserError({
      source,
      message: `cannot read ${file} (${(e as { code?: string }).code ?? "error"}): ${tokenFileAdvice()}`,
    });
  }
  const token = text.trim();
  if (token === "") throw new UserError({ source, message: `${file} is empty: it must hold the Atlas Cloud token` });
  return sendable(token, source, file);
}

/**
 * ATLAS_TOKEN_FILE as a message shows it: a path is shown (quoted, cut); a value without a `/` may
 * be the token itself, put there by mistake, and is not.
 */
function shownPath(value: string): string {
  return value.includes("/") ? quote(value) : "the file it names (a value without a '/', not shown: is it the token itself? put that in ATLAS_TOKEN)";
}

async function readTokenSecret(source: string, reference: string, env: Env): Promise<string> {
  const parsed = secretReference(reference);
  if (!parsed) throw new UserError({ source, message: malformedSecretReference });
  const { namespace, name, key } = parsed;
  const k8s = await importEsm<typeof import("@kubernetes/client-node")>("@kubernetes/client-node");
  // In the sidecar: the pod's service account; locally: KUBECONFIG or ~/.kube/config.
  const config = new k8s.KubeConfig();
  let server: string | undefined;
  try {
    config.loadFromDefault();
    server = config.getCurrentCluster()?.server;
  } catch {
    server = undefined;
  }
  // Without a kubeconfig or a service account, the client falls back to http://localhost:8080.
  const inCluster = existsSync("/var/run/secrets/kubernetes.io/serviceaccount/token");
  if (!server || (server === "http://localhost:8080" && !inCluster && !env.KUBECONFIG)) {
    const why = env.KUBECONFIG
      ? "the kubeconfig KUBECONFIG names cannot be loaded"
      : env.KUBERNETES_SERVICE_HOST
        ? "the pod has no service account token mounted (automountServiceAccountToken)"
        : "there is no kubeconfig and no service account";
    throw new UserError({ source, message: `no Kubernetes API to read the Secret from: ${why}; mount the token as a file and use ATLAS_TOKEN_FILE instead` });
  }
  const timeoutMs = kubeRequestTimeout(env);
  const what = `Secret ${namespace}/${name}`;
  let data: Record<string, string> | undefined;
  try {
    const secret = await new k8s.CoreV1Api(timedConfiguration(k8s, config, server, timeoutMs)).readNamespacedSecret({ name, namespace });
    data = secret.data;
  } catch (e) {
    const error = e as { code?: number; name?: string };
    const message =
      error instanceof k8s.ApiException
        ? error.code === 404
          ? `${what} does not exist: create it, or correct ${source}`
          : error.code === 401 || error.code === 403
            ? `the Kubernetes API refused to read ${what} (HTTP ${error.code}): ${kubeReaderAdvice()}`
            : `the Kubernetes API answered HTTP ${error.code} when reading ${what}`
        : error.name === "AbortError"
          ? `no answer from the Kubernetes API within ${timeoutMs / 1000} s when reading ${what}`
          : `cannot reach the Kubernetes API to read ${what}`;
    throw new UserError({ source, message });
  }
  const value = data?.[key];
  if (value === undefined) throw new UserError({ source, message: `Secret ${namespace}/${name} has no key ${quote(key)}` });
  const token = Buffer.from(value, "base64").toString("utf8").trim();
  if (token === "") throw new UserError({ source, message: `key ${quote(key)} of Secret ${namespace}/${name} is empty` });
  return sendable(token, source, `key ${quote(key)} of Secret ${namespace}/${name}`);
}

/**
 * The token goes into an HTTP header, where a line break or another control character is not
 * allowed (and a line break could smuggle in a header of its own): refused before any request,
 * naming where the token came from and the kind of character, never the token.
 */
export function sendable(token: string, source: string, holder: string): string {
  const at = token.search(/[^\x21-\x7e]/);
  if (at === -1) return token;
  const code = token.charCodeAt(at);
  const kind =
    code === 0x0a || code === 0x0d
      ? "a line break"
      : code === 0x20 || code === 0x09
        ? "white space"
        : code < 0x20 || code === 0x7f
          ? "a control character"
          : "a character outside printable ASCII";
  throw new UserError({
    source,
    message: `${holder} holds ${kind} at character ${at + 1} of the token, which an HTTP header cannot carry: it must hold the Atlas Cloud token alone, on one line`,
  });
}
