/**
 * The one place `doctor` talks to Kubernetes: loads the kubeconfig (from KUBECONFIG or
 * ~/.kube/config, as kubectl does, but read from the verb's Io rather than the process), and
 * reads single objects, each answer turned into a Lookup. Problems with the connection itself
 * (no kubeconfig, unreachable server, rejected credentials) end the run as a UserError of one
 * line, with any credential of the kubeconfig masked.
 *
 * @kubernetes/client-node is heavy, so it is imported here, on first use, and nothing on the
 * render path imports this module.
 */
import { existsSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { quote, UserError } from "../common/errors.js";
import { importEsm } from "../common/esm-import.js";
import { kubeRequestTimeout, timedConfiguration } from "../common/kube-api.js";
import type { CustomResourceDefinition } from "./crds.js";
import type { Lookup } from "./findings.js";
import type { ConfigMap, Deployment, SecretKeys } from "./objects.js";

type Env = Readonly<Record<string, string | undefined>>;
type K8s = typeof import("@kubernetes/client-node");
type KubeConfig = InstanceType<K8s["KubeConfig"]>;

export interface ConnectOptions {
  env: Env;
  cwd: string;
  /** --kubeconfig */
  kubeconfig?: string;
  /** --context */
  context?: string;
}

export interface Cluster {
  /** The context used, and the namespace it sets (if any). */
  context: string;
  namespace?: string;
  crd(name: string): Promise<Lookup<CustomResourceDefinition>>;
  deployment(namespace: string, name: string): Promise<Lookup<Deployment>>;
  configMap(namespace: string, name: string): Promise<Lookup<ConfigMap>>;
  /** Only the names of the Secret's keys: the values are dropped as soon as the answer arrives. */
  secretKeys(namespace: string, name: string): Promise<Lookup<SecretKeys>>;
}

/** Loads the kubeconfig and prepares the clients; sends nothing yet. */
export async function connect(options: ConnectOptions): Promise<Cluster> {
  const files = kubeconfigFiles(options);
  const k8s = await importEsm<K8s>("@kubernetes/client-node");
  const config = loadKubeconfig(k8s, files);
  if (options.context !== undefined) {
    if (!config.getContextObject(options.context)) {
      const names = config.getContexts().map((c) => c.name);
      throw new UserError({
        source: "--context",
        message: `no context ${quote(options.context)} in the kubeconfig (it has ${names.length > 0 ? names.join(", ") : "none"})`,
      });
    }
    config.setCurrentContext(options.context);
  }
  const contextName = config.getCurrentContext();
  const context = contextName ? config.getContextObject(contextName) : null;
  if (!context) {
    throw new UserError({
      source: files.join(delimiter),
      message: "no current context: pass --context NAME, or choose one with kubectl config use-context NAME",
    });
  }
  const cluster = config.getCurrentCluster();
  if (!cluster) {
    throw new UserError({ source: `context ${quote(context.name)}`, message: `names cluster ${quote(context.cluster)}, which the kubeconfig does not define` });
  }

  const server = displayServer(cluster.server);
  const timeoutMs = kubeRequestTimeout(options.env);
  const mask = masker(config);
  const where = `context ${quote(context.name)}`;
  const configuration = timedConfiguration(k8s, config, cluster.server, timeoutMs);
  const core = new k8s.CoreV1Api(configuration);
  const apps = new k8s.AppsV1Api(configuration);
  const extensions = new k8s.ApiextensionsV1Api(configuration);

  const lookup = async <T>(read: () => Promise<T>): Promise<Lookup<T>> => {
    try {
      return { status: "found", object: await read() };
    } catch (e) {
      if (e instanceof k8s.ApiException) {
        const code = (e as { code: number }).code;
        if (code === 404) return { status: "missing" };
        if (code === 403) return { status: "forbidden" };
        if (code === 401) {
          const user = context.user ? ` of user ${quote(context.user)}` : "";
          throw new UserError({
            source: where,
            message: `the API server at ${server} rejected the credentials${user} (401 Unauthorized): log in again, or renew them in the kubeconfig`,
          });
        }
        return { status: "failed", code };
      }
      throw new UserError({ source: where, message: mask(connectionProblem(e, server, timeoutMs)) });
    }
  };

  return {
    context: context.name,
    ...(context.namespace && { namespace: context.namespace }),
    crd: (name) => lookup(async () => (await extensions.readCustomResourceDefinition({ name })) as CustomResourceDefinition),
    deployment: (namespace, name) => lookup(async () => (await apps.readNamespacedDeployment({ name, namespace })) as Deployment),
    configMap: (namespace, name) => lookup(async () => ({ data: (await core.readNamespacedConfigMap({ name, namespace })).data ?? {} })),
    secretKeys: (namespace, name) =>
      lookup(async () => {
        const secret = await core.readNamespacedSecret({ name, namespace });
        const keys = Object.keys(secret.data ?? {});
        secret.data = undefined;
        return { keys };
      }),
  };
}

/** The files to load, as kubectl picks them: --kubeconfig, else KUBECONFIG's existing files, else ~/.kube/config. */
function kubeconfigFiles(options: ConnectOptions): string[] {
  if (options.kubeconfig !== undefined) {
    const file = resolve(options.cwd, options.kubeconfig);
    if (!existsSync(file)) throw new UserError({ source: "--kubeconfig", message: `${file} does not exist` });
    return [file];
  }
  const list = options.env.KUBECONFIG;
  if (list) {
    const files = list
      .split(delimiter)
      .filter((f) => f !== "")
      .map((f) => resolve(options.cwd, f));
    const existing = files.filter((f) => existsSync(f));
    if (existing.length === 0) {
      throw new UserError({
        source: "KUBECONFIG",
        message: `${files.length === 1 ? `${files[0]} does not exist` : `none of its files exists (${files.join(", ")})`}: point it at your kubeconfig`,
      });
    }
    return existing;
  }
  const home = options.env.HOME;
  const fallback = home ? join(home, ".kube", "config") : undefined;
  if (!fallback || !existsSync(fallback)) {
    throw new UserError({
      source: "kubeconfig",
      message: `none found: KUBECONFIG is not set and ${fallback ?? "~/.kube/config (HOME is not set)"} does not exist; point KUBECONFIG or --kubeconfig at the kubeconfig of your cluster`,
    });
  }
  return [fallback];
}

/** Loads and merges the files; for a name defined twice, the first file wins (as in kubectl). */
function loadKubeconfig(k8s: K8s, files: readonly string[]): KubeConfig {
  const loaded = files.map((file) => {
    const config = new k8s.KubeConfig();
    try {
      config.loadFromFile(file);
    } catch (e) {
      // A YAML error's message quotes the file around the error, which may hold a credential.
      const error = e as { name?: string; mark?: { line?: number }; message?: string };
      const message =
        error.name === "YAMLException"
          ? `not valid YAML${error.mark?.line === undefined ? "" : ` (line ${error.mark.line + 1})`}`
          : `not a usable kubeconfig: ${firstLine(error.message)}`;
      throw new UserError({ source: file, message });
    }
    return config;
  });
  const first = <T extends { name: string }>(lists: T[][]): T[] => {
    const out = new Map<string, T>();
    for (const item of lists.flat()) if (!out.has(item.name)) out.set(item.name, item);
    return [...out.values()];
  };
  const merged = new k8s.KubeConfig();
  merged.loadFromOptions({
    clusters: first(loaded.map((c) => c.clusters)),
    users: first(loaded.map((c) => c.users)),
    contexts: first(loaded.map((c) => c.contexts)),
    currentContext: loaded.map((c) => c.currentContext).find((c) => c) ?? "",
  });
  return merged;
}

/** A one-line reason for a request that got no HTTP answer. */
function connectionProblem(e: unknown, server: string, timeoutMs: number): string {
  const error = e as { name?: string; code?: string; message?: string };
  const fix = "check that the cluster is up and that this is the context you mean (--context)";
  if (error.name === "AbortError") return `no answer from the API server at ${server} within ${timeoutMs / 1000} s: ${fix}`;
  if (error.name === "FetchError" && error.code) {
    const reasons: Record<string, string> = {
      ECONNREFUSED: "connection refused",
      ENOTFOUND: "host not found",
      EAI_AGAIN: "host name lookup failed",
      ETIMEDOUT: "connection timed out",
      EHOSTUNREACH: "host unreachable",
      ECONNRESET: "connection reset",
    };
    const reason = reasons[error.code];
    if (reason) return `cannot reach the API server at ${server}: ${reason} (${error.code}): ${fix}`;
    if (/CERT|SIGNATURE|TLS|SSL/.test(error.code)) {
      return `cannot reach the API server at ${server}: TLS verification failed (${error.code}): check certificate-authority of the cluster in the kubeconfig`;
    }
    return `cannot reach the API server at ${server} (${error.code}): ${fix}`;
  }
  return `cannot talk to the API server at ${server}: ${firstLine(error.message)}`;
}

function firstLine(text: string | undefined): string {
  return (text ?? "unknown error").split("\n")[0]!.trim();
}

/** The server URL without user information. */
function displayServer(server: string): string {
  try {
    const url = new URL(server);
    url.username = "";
    url.password = "";
    return url.href.replace(/\/$/, "");
  } catch {
    return server;
  }
}

/** Replaces every credential of the current user found in a message. */
function masker(config: KubeConfig): (text: string) => string {
  const user = config.getCurrentUser();
  const secrets = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === "string" && value.length >= 4) secrets.add(value);
    else if (value && typeof value === "object") for (const v of Object.values(value)) collect(v);
  };
  // Exec plugins: only their env values (command and args are no secret, and messages name them).
  if (user) collect([user.token, user.password, user.keyData, user.authProvider?.config, user.exec?.env]);
  return (text) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join("<redacted>");
    return out;
  };
}
