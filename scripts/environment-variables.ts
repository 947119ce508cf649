/**
 * Every environment variable argocd-atlas reads, for the reference in docs/cli.md.
 * test/cli-docs.test.ts scans src/ for variables the code reads and fails on one missing here.
 */
import { tokenSources, tokenVariableDescription } from "../src/registry/token-sources.js";

export interface EnvironmentVariable {
  /** `PARAM_<NAME>` stands for a family. */
  readonly name: string;
  /** Who sets it, where. */
  readonly setBy: "Argo CD" | "you" | "the system";
  readonly readBy: string;
  readonly description: string;
}

export const environmentVariables: readonly EnvironmentVariable[] = [
  {
    name: "ARGOCD_APP_PARAMETERS",
    setBy: "Argo CD",
    readBy: "generate",
    description: "The Application's plugin parameters as JSON; absent when the Application has no plugin block (the plugin was discovered).",
  },
  {
    name: "PARAM_<NAME>",
    setBy: "Argo CD",
    readBy: "generate",
    description: "One parameter, derived from the same list (lossy); read only when ARGOCD_APP_PARAMETERS is absent.",
  },
  {
    name: "ARGOCD_ENV_<NAME>",
    setBy: "Argo CD",
    readBy: "generate",
    description: "A plugin env entry of the Application (spec.source.plugin.env), e.g. ARGOCD_ENV_ATLAS_ENVIRONMENT.",
  },
  {
    name: "ARGOCD_APP_NAMESPACE",
    setBy: "Argo CD",
    readBy: "generate",
    description: "The destination namespace: the namespace of every object that does not set its own. render: --namespace.",
  },
  {
    name: "ARGOCD_APP_NAME",
    setBy: "Argo CD",
    readBy: "generate",
    description: "The Application's name; the output does not depend on it. render: --app-name.",
  },
  {
    name: "ARGOCD_APP_REVISION",
    setBy: "Argo CD",
    readBy: "generate",
    description: "The commit being rendered, where tag pinning starts its search. render: --revision.",
  },
  // The token's sources, in the order they are tried.
  ...tokenSources.map(
    (s): EnvironmentVariable => ({
      name: s.variable,
      setBy: "you",
      readBy: "generate, render, pin",
      description: tokenVariableDescription(s.variable),
    }),
  ),
  {
    name: "ARGOCD_ATLAS_REGISTRY_URLS",
    setBy: "you",
    readBy: "generate, render, pin",
    description: "Registry endpoints besides Atlas Cloud that the token may be sent to (a project's cloud.url), separated by commas or spaces.",
  },
  {
    name: "ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS",
    setBy: "you",
    readBy: "generate, render, pin",
    description: "Time limit of one registry request. Default 10000.",
  },
  {
    name: "ARGOCD_ATLAS_REGISTRY_BUDGET_MS",
    setBy: "you",
    readBy: "generate, render, pin",
    description: "Time limit of all registry requests of a run. Default 30000.",
  },
  {
    name: "HTTPS_PROXY",
    setBy: "you",
    readBy: "generate, render, pin",
    description: "Proxy for registry requests (also https_proxy); the token travels inside a CONNECT tunnel.",
  },
  { name: "HTTP_PROXY", setBy: "you", readBy: "generate, render, pin", description: "Proxy for a registry endpoint on http:// (also http_proxy)." },
  { name: "NO_PROXY", setBy: "you", readBy: "generate, render, pin", description: "Hosts reached without the proxy (also no_proxy)." },
  {
    name: "XDG_CACHE_HOME",
    setBy: "the system",
    readBy: "generate, render, pin",
    description: "Where confirmed registry tags are remembered (argocd-atlas/ below it); else $HOME/.cache.",
  },
  {
    name: "HOME",
    setBy: "the system",
    readBy: "all verbs",
    description: "The tag cache's fallback, the default kubeconfig (~/.kube/config) and git's home. /tmp in the sidecar.",
  },
  { name: "PATH", setBy: "the system", readBy: "generate, render, pin", description: "Where git is found (tag pinning reads the checkout's history)." },
  {
    name: "KUBECONFIG",
    setBy: "you",
    readBy: "doctor, ATLAS_TOKEN_SECRET",
    description: "The kubeconfig file(s), separated by ':'. Default ~/.kube/config. doctor: --kubeconfig.",
  },
  {
    name: "KUBERNETES_SERVICE_HOST",
    setBy: "the system",
    readBy: "ATLAS_TOKEN_SECRET",
    description: "Set in a pod: the Secret is read with the pod's service account.",
  },
  {
    name: "ARGOCD_ATLAS_KUBE_TIMEOUT_MS",
    setBy: "you",
    readBy: "doctor, ATLAS_TOKEN_SECRET",
    description: "Time limit of one Kubernetes API request. Default 10000.",
  },
  {
    name: "ARGOCD_APP_SOURCE_PATH",
    setBy: "Argo CD",
    readBy: "generate",
    description:
      "The Application's path in its repository: the repository root is the working directory less this path (a .git above the checkout is never used).",
  },
  {
    name: "ARGOCD_ATLAS_MAX_RENDERS",
    setBy: "you",
    readBy: "generate",
    description:
      "Renders at once in one sidecar (default 4; 0: no limit); more wait their turn, first come first served (plugin/README.md: Many Applications at once).",
  },
  {
    name: "ARGOCD_ATLAS_RENDER_WAIT_MS",
    setBy: "you",
    readBy: "generate",
    description: "How long a render waits for its turn before it fails with one line (default 30000, half of Argo CD's 60 s deadline).",
  },
  {
    name: "ARGOCD_ATLAS_REQUIRE_CODE_CACHE",
    setBy: "you",
    readBy: "all verbs",
    description: "When 1, fail unless the start-up code cache was made by this Node.js (the image build checks this).",
  },
  {
    name: "ARGOCD_ATLAS_DEBUG",
    setBy: "you",
    readBy: "all verbs",
    description: "When set (to anything), an internal error (exit 70) also prints its stack trace, for a bug report.",
  },
  {
    name: "ARGOCD_ATLAS_WRITE_CODE_CACHE",
    setBy: "you",
    readBy: "the launcher",
    description: "Build only: `npm run build` sets it to 1 for its warm-up render, which writes V8's code cache next to the bundle.",
  },
];
