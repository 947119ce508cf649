/**
 * What every use of the Kubernetes API here shares: a time limit on each request, so a server
 * that accepts the connection and never answers cannot hang a render or the terminal.
 * Callers import @kubernetes/client-node themselves, lazily (see src/common/esm-import.ts).
 */
type Env = Readonly<Record<string, string | undefined>>;
type K8s = typeof import("@kubernetes/client-node");
type KubeConfig = InstanceType<K8s["KubeConfig"]>;

/** Per-request time limit: ARGOCD_ATLAS_KUBE_TIMEOUT_MS, else 10 s. */
export function kubeRequestTimeout(env: Env): number {
  const n = Number(env.ARGOCD_ATLAS_KUBE_TIMEOUT_MS);
  return Number.isInteger(n) && n > 0 ? n : 10_000;
}

/** An API client configuration for the current cluster of `config` whose requests time out. */
export function timedConfiguration(k8s: K8s, config: KubeConfig, server: string, timeoutMs: number) {
  return k8s.createConfiguration({
    baseServer: new k8s.ServerConfiguration(server, {}),
    authMethods: { default: config },
    promiseMiddleware: [
      {
        pre: async (request) => {
          request.setSignal(AbortSignal.timeout(timeoutMs));
          return request;
        },
        post: async (response) => response,
      },
    ],
  });
}
