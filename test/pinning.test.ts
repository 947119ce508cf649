/**
 * Tag pinning against a registry stand-in on 127.0.0.1 and real Git repositories built here:
 * first-parent history with a merge commit, a tag not pushed yet, the short-SHA convention,
 * render-time pinning, verification, write-back pinning and every failure of the registry.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { Rand } from "./fuzz-helpers.js";
import { git } from "./git.js";
import { askOracle } from "./go-oracle.js";
import { type Files, type StandIn, type StandInOptions, startRegistry } from "./registry-stand-in.js";
import { type RunResult, run, runBuilt } from "./run.js";

const token = "aci_test_token_0123456789";

/** Migration directory versions, as CI would push them. */
const v1: Files = { "1_init.sql": "CREATE TABLE t (id int);\n" };
const v2: Files = { ...v1, "2_add_c.sql": "ALTER TABLE t ADD COLUMN c int;\n" };
const v3: Files = { ...v2, "3_add_d.sql": "ALTER TABLE t ADD COLUMN d int;\n" };

interface History {
  dir: string;
  /** c1 <- c2 <- m3 (merge of feature f1) <- c4 = HEAD; the first-parent history is c4, m3, c2, c1. */
  sha: { c1: string; c2: string; f1: string; m3: string; c4: string };
  cleanup(): void;
}

function buildHistory(): History {
  const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-git-"));
  const commit = (message: string) => {
    writeFileSync(join(dir, "CHANGELOG"), `${message}\n`, { flag: "a" });
    git(dir, "add", "CHANGELOG");
    git(dir, "commit", "-q", "-m", message);
    return git(dir, "rev-parse", "HEAD");
  };
  git(dir, "init", "-q", "-b", "main");
  const c1 = commit("c1");
  const c2 = commit("c2");
  git(dir, "checkout", "-q", "-b", "feature");
  const f1 = commit("f1");
  git(dir, "checkout", "-q", "main");
  git(dir, "merge", "-q", "--no-ff", "-m", "m3", "feature");
  const m3 = git(dir, "rev-parse", "HEAD");
  const c4 = commit("c4");
  return { dir, sha: { c1, c2, f1, m3, c4 }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function project(url: string, pin: string, remote = "{name: billing}"): string {
  return `version: 1
defaults:
  urlFrom: {secretKeyRef: {name: billing-db, key: url}}
  cloud:
    url: ${url}
    project: shop
    tokenFrom: {secretKeyRef: {name: atlas-credentials, key: token}}
  pin: ${pin}
databases:
  billing:
    dir: {remote: ${remote}}
environments:
  prod: {}
`;
}

function manifests(r: RunResult): Record<string, any>[] {
  assert.equal(r.code, 0, r.stderr);
  return parseAllDocuments(r.stdout).map((d) => d.toJS() as Record<string, any>);
}

/** Short timeouts, for the tests of what they bound; the others keep the defaults, so a slow machine cannot turn a success into a retry. */
const fast = { ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS: "300", ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "3000" };

/** The distinct (directory, tag) lookups the registry received, in the order first asked: a retry does not change it. */
const lookups = (r: StandIn, label: (tag: string) => string = (t) => t) => [
  ...new Set(r.requests.map((q) => (q.tag === undefined ? "(latest)" : label(q.tag)))),
];
/** The stand-in is not Atlas Cloud: the sidecar must list it before the token is sent there. */
const trust = (url: string) => ({ ARGOCD_ATLAS_REGISTRY_URLS: url });

describe("tag pinning", () => {
  let history: History;
  let registry: StandIn | undefined;
  before(() => {
    history = buildHistory();
  });
  after(() => history.cleanup());

  async function withRegistry(options: Partial<StandInOptions>, projectText: string, body: (r: StandIn) => Promise<void>) {
    const { sha } = history;
    registry = await startRegistry({
      token,
      // CI pushed c1, c2, the merge m3 and, from a pull request, f1; c4 is not pushed yet.
      tags: { billing: { [sha.c1]: v1, [sha.c2]: v2, [sha.f1]: v2, [sha.m3]: v3 } },
      latest: { billing: v3 },
      ...options,
    });
    writeFileSync(join(history.dir, "atlas.project.yaml"), projectText.replace("REGISTRY", registry.url));
    try {
      await body(registry);
    } finally {
      await registry.close();
      rmSync(join(history.dir, "atlas.project.yaml"), { force: true });
    }
  }

  const render = (env: Record<string, string> = {}) =>
    run(["generate"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop", ...env } });

  it("pins the newest first-parent commit that was pushed, skipping a commit not pushed yet and branch commits", async () => {
    await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
      const result = await render({ ARGOCD_APP_REVISION: history.sha.c4 });
      const [migration] = manifests(result);
      assert.deepEqual(migration!.spec.dir, { remote: { name: "billing", tag: history.sha.m3 } });
      assert.deepEqual(migration!.metadata.annotations, {
        "argocd-atlas.io/tag-resolved-for-revision": history.sha.c4,
        "argocd-atlas.io/tag-resolved-from": "latest",
        "argocd.argoproj.io/sync-wave": "-1",
      });
      assert.equal(result.stderr, "");
      // c4 (not pushed), m3 (found), then the floating latest to compare.
      assert.deepEqual(lookups(r), [history.sha.c4, history.sha.m3, "(latest)"]);
      assert.ok(r.requests.every((q) => q.authorization === `Bearer ${token}`));
    });
  });

  it("pins through the built CLI with nothing on stderr (no runtime warnings)", async () => {
    await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
      const result = await runBuilt(["generate"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop" } });
      assert.equal(result.stderr, "");
      assert.equal(manifests(result)[0]!.spec.dir.remote.tag, history.sha.m3);
    });
  });

  it("reads the token from a Kubernetes Secret (ATLAS_TOKEN_SECRET), through the built CLI", async () => {
    const secrets: Record<string, Record<string, string>> = { "argocd/atlas-registry-token": { token: Buffer.from(token).toString("base64") } };
    const api = createServer((req, res) => {
      if (req.url?.includes("/secrets/hangs")) return; // accepts the request, never answers
      if (req.url?.includes("/secrets/forbidden")) {
        res.writeHead(403, { "content-type": "application/json" });
        return res.end(JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Failure", reason: "Forbidden", code: 403 }));
      }
      const m = /^\/api\/v1\/namespaces\/([^/]+)\/secrets\/([^/?]+)/.exec(req.url ?? "");
      const data = m && req.headers.authorization === "Bearer kube-token" ? secrets[`${m[1]}/${m[2]}`] : undefined;
      res.writeHead(data ? 200 : 404, { "content-type": "application/json" });
      res.end(
        JSON.stringify(
          data
            ? { apiVersion: "v1", kind: "Secret", metadata: { name: m![2], namespace: m![1] }, data }
            : { kind: "Status", apiVersion: "v1", status: "Failure", reason: "NotFound", code: 404 },
        ),
      );
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    const kubeconfig = join(history.dir, ".git", "kubeconfig");
    writeFileSync(
      kubeconfig,
      `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "http://127.0.0.1:${(api.address() as AddressInfo).port}", insecure-skip-tls-verify: true}}]\nusers: [{name: u, user: {token: kube-token}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
    );
    try {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
        const env = { ...trust(registry!.url), KUBECONFIG: kubeconfig, ATLAS_TOKEN_SECRET: "argocd/atlas-registry-token/token", ARGOCD_APP_NAMESPACE: "shop" };
        const ok = await runBuilt(["generate"], { cwd: history.dir, env });
        assert.equal(ok.stderr, "");
        assert.equal(manifests(ok)[0]!.spec.dir.remote.tag, history.sha.m3);
        const missing = await runBuilt(["generate"], { cwd: history.dir, env: { ...env, ATLAS_TOKEN_SECRET: "argocd/atlas-registry-token/other" } });
        assert.deepEqual(missing, { code: 1, stdout: "", stderr: 'ATLAS_TOKEN_SECRET: Secret argocd/atlas-registry-token has no key "other"\n' });
        const absent = await runBuilt(["generate"], { cwd: history.dir, env: { ...env, ATLAS_TOKEN_SECRET: "argocd/nope/token" } });
        assert.deepEqual(absent, {
          code: 1,
          stdout: "",
          stderr: "ATLAS_TOKEN_SECRET: Secret argocd/nope does not exist: create it, or correct ATLAS_TOKEN_SECRET\n",
        });
        const forbidden = await runBuilt(["generate"], { cwd: history.dir, env: { ...env, ATLAS_TOKEN_SECRET: "argocd/forbidden/token" } });
        assert.deepEqual(forbidden, {
          code: 1,
          stdout: "",
          stderr:
            "ATLAS_TOKEN_SECRET: the Kubernetes API refused to read Secret argocd/forbidden (HTTP 403): the repo-server's service account needs get on it, and its token must be mounted (automountServiceAccountToken)\n",
        });
        const hangs = await runBuilt(["generate"], {
          cwd: history.dir,
          env: { ...env, ATLAS_TOKEN_SECRET: "argocd/hangs/token", ARGOCD_ATLAS_KUBE_TIMEOUT_MS: "300" },
        });
        assert.deepEqual(hangs, {
          code: 1,
          stdout: "",
          stderr: "ATLAS_TOKEN_SECRET: no answer from the Kubernetes API within 0.3 s when reading Secret argocd/hangs\n",
        });
      });
    } finally {
      await new Promise<void>((resolve) => api.close(() => resolve()));
    }
  });

  it("goes through the proxy of HTTP_PROXY / HTTPS_PROXY, except for NO_PROXY hosts", async () => {
    const tunnels: string[] = [];
    const proxy = createServer((_req, res) => res.writeHead(502).end());
    const tunnel = (req: import("node:http").IncomingMessage, client: Socket, head: Buffer) => {
      tunnels.push(req.url ?? "");
      const [host, port] = (req.url ?? "").split(":");
      const upstream = connect(Number(port), host, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    };
    proxy.on("connect", tunnel);
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
        const viaProxy = await render({ ARGOCD_APP_REVISION: history.sha.c4, HTTP_PROXY: proxyUrl });
        assert.equal(manifests(viaProxy)[0]!.spec.dir.remote.tag, history.sha.m3);
        const registryHost = new URL(r.url).host;
        assert.ok(tunnels.length > 0 && tunnels.every((t) => t === registryHost), `tunnels: ${tunnels.join(", ")}`);
        tunnels.length = 0;
        const bypassed = await render({ ARGOCD_APP_REVISION: history.sha.c4, http_proxy: proxyUrl, no_proxy: "127.0.0.1" });
        assert.equal(manifests(bypassed)[0]!.spec.dir.remote.tag, history.sha.m3);
        assert.deepEqual(tunnels, []);
        // A proxy that refuses the tunnel is named as the cause.
        proxy.removeAllListeners("connect");
        proxy.on("connect", (_req, client: Socket) => client.end("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n"));
        const refused = await render({ ARGOCD_APP_REVISION: history.sha.c4, HTTP_PROXY: proxyUrl, ...fast });
        assert.match(
          refused.stderr,
          /: the proxy refused the tunnel \(HTTP 407: check the credentials in the proxy variable\) when asking for billing at tag [0-9a-f]{40}, after 3 attempts; check that the repo-server can reach it \(network policies, egress proxy: HTTPS_PROXY in the sidecar\)\n$/,
        );
        proxy.removeAllListeners("connect");
        proxy.on("connect", tunnel);
        // Without a scheme, as curl takes it: http://.
        const bare = await render({ ARGOCD_APP_REVISION: history.sha.c4, HTTP_PROXY: proxyUrl.replace("http://", "") });
        assert.equal(manifests(bare)[0]!.spec.dir.remote.tag, history.sha.m3);
        assert.ok(tunnels.length > 0);
      });
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it("says why there is no Kubernetes API for ATLAS_TOKEN_SECRET", {
    skip: existsSync("/var/run/secrets/kubernetes.io/serviceaccount/token") && "runs inside a pod",
  }, async () => {
    await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
      const base = { ...trust(r.url), HOME: "/nonexistent", ATLAS_TOKEN_SECRET: "argocd/atlas-registry-token/token", ARGOCD_APP_NAMESPACE: "shop" };
      const fix = "mount the token as a file and use ATLAS_TOKEN_FILE instead";
      assert.deepEqual(await runBuilt(["generate"], { cwd: history.dir, env: base }), {
        code: 1,
        stdout: "",
        stderr: `ATLAS_TOKEN_SECRET: no Kubernetes API to read the Secret from: there is no kubeconfig and no service account; ${fix}\n`,
      });
      assert.deepEqual(await runBuilt(["generate"], { cwd: history.dir, env: { ...base, KUBERNETES_SERVICE_HOST: "10.0.0.1" } }), {
        code: 1,
        stdout: "",
        stderr: `ATLAS_TOKEN_SECRET: no Kubernetes API to read the Secret from: the pod has no service account token mounted (automountServiceAccountToken); ${fix}\n`,
      });
      assert.equal(r.requests.length, 0);
    });
  });

  it("starts from the revision Argo CD renders (ARGOCD_APP_REVISION), else HEAD", async () => {
    await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
      const [atC2] = manifests(await render({ ARGOCD_APP_REVISION: history.sha.c2 }));
      assert.equal(atC2!.spec.dir.remote.tag, history.sha.c2);
      assert.equal(atC2!.metadata.annotations["argocd-atlas.io/tag-resolved-for-revision"], history.sha.c2);
      const [atHead] = manifests(await render());
      assert.equal(atHead!.spec.dir.remote.tag, history.sha.m3);
    });
  });

  it("warns when the pinned version differs from the registry's floating latest", async () => {
    await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
      const result = await render({ ARGOCD_APP_REVISION: history.sha.c2 });
      assert.equal(
        result.stderr,
        `atlas.project.yaml:8:8: defaults.pin: warning: database "billing" in environment "prod": pinned ${history.sha.c2}, the newest tag on this history, but the registry's latest version of "billing" differs (pushed from another branch, or from a newer commit)\n`,
      );
    });
  });

  it("follows a short-SHA tag convention", async () => {
    const short = (sha: string) => sha.slice(0, 7);
    await withRegistry(
      { tags: { billing: { [short(history.sha.c2)]: v2, [short(history.sha.m3)]: v3 } } },
      project("REGISTRY", '{mode: render, tagFormat: "{sha:7}"}'),
      async (r) => {
        const [migration] = manifests(await render());
        assert.equal(migration!.spec.dir.remote.tag, short(history.sha.m3));
        assert.deepEqual(lookups(r), [short(history.sha.c4), short(history.sha.m3), "(latest)"]);
      },
    );
  });

  it("fails with the fix when no candidate was pushed", async () => {
    await withRegistry({ tags: { billing: {} } }, project("REGISTRY", "{mode: render, candidates: 3}"), async () => {
      const result = await render();
      assert.equal(result.stdout, "");
      assert.equal(result.code, 1);
      assert.equal(
        result.stderr,
        `atlas.project.yaml:8:8: defaults.pin: database "billing" in environment "prod": searched the last 3 commits of the first-parent history of ${history.sha.c4.slice(0, 12)} (pin.candidates: 3) and none is a tag of directory "billing" (format {sha}): push it from CI (atlas migrate push billing:<commit SHA>, as the Atlas GitHub Action does on the default branch), check pin.tagFormat, or search further back by raising pin.candidates above 3\n`,
      );
      // The whole history searched: raising the limit would not help.
      const all = await render({ ARGOCD_APP_REVISION: history.sha.c2 });
      assert.equal(
        all.stderr,
        `atlas.project.yaml:8:8: defaults.pin: database "billing" in environment "prod": searched all 2 commits of the first-parent history of ${history.sha.c2.slice(0, 12)} and none is a tag of directory "billing" (format {sha}): push it from CI (atlas migrate push billing:<commit SHA>, as the Atlas GitHub Action does on the default branch), check pin.tagFormat\n`,
      );
    });
  });

  describe("the repository under Argo CD: the working directory less ARGOCD_APP_SOURCE_PATH", () => {
    /** A checkout unpacked inside another git repository (whose history must never be used), the app at deploy/. */
    function nested(dotGit: "empty" | "none" | "clone") {
      const outer = mkdtempSync(join(tmpdir(), "argocd-atlas-outer-"));
      git(outer, "init", "-q", "-b", "main");
      git(outer, "commit", "-q", "--allow-empty", "-m", "outer");
      const checkout = join(outer, "cmp-server", "workdir");
      if (dotGit === "clone") git(outer, "clone", "-q", `file://${history.dir}`, checkout);
      mkdirSync(join(checkout, "deploy"), { recursive: true });
      if (dotGit === "empty") mkdirSync(join(checkout, ".git"));
      return { outer, app: join(checkout, "deploy"), cleanup: () => rmSync(outer, { recursive: true, force: true }) };
    }

    for (const [dotGit, expected] of [
      [
        "empty",
        "tag pinning: needs the repository history, but the checkout's .git is empty: history excluded by tar exclusions (a pattern such as .git/* in reposerver.plugin.tar.exclusions of argocd-cmd-params-cm, or the repo-server's --plugin-tar-exclude); remove that pattern so Argo CD sends .git, or use pin.mode write, which pins in CI and needs no history at render time\n",
      ],
      [
        "none",
        "tag pinning: needs the repository history, but the checkout has no .git: Argo CD sends it unless tar exclusions or manifest-generate-paths leave it out; locally, run inside a git clone\n",
      ],
    ] as const) {
      it(`a checkout with ${dotGit === "empty" ? "an empty .git (tar exclusion .git/*)" : "no .git"}, inside another repository: says so, never uses the outer history`, async () => {
        await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
          const { app, cleanup } = nested(dotGit);
          try {
            writeFileSync(join(app, "atlas.project.yaml"), project(r.url, "{mode: render}"));
            const result = await run(["generate"], {
              cwd: app,
              env: { ...trust(r.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_SOURCE_PATH: "./deploy/" },
            });
            assert.deepEqual(result, { code: 1, stdout: "", stderr: expected });
            assert.equal(r.requests.length, 0);
          } finally {
            cleanup();
          }
        });
      });
    }

    it("a full checkout: pins from its own history", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
        const { app, cleanup } = nested("clone");
        try {
          writeFileSync(join(app, "atlas.project.yaml"), project(r.url, "{mode: render}"));
          const result = await run(["generate"], {
            cwd: app,
            env: { ...trust(r.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_SOURCE_PATH: "deploy" },
          });
          assert.equal(manifests(result)[0]!.spec.dir.remote.tag, history.sha.m3);
        } finally {
          cleanup();
        }
      });
    });
  });

  it("verifies an explicit tag, without resolving", async () => {
    await withRegistry({}, project("REGISTRY", "{verify: true}", `{name: billing, tag: ${history.sha.c2}}`), async (r) => {
      const [migration] = manifests(await render());
      assert.equal(migration!.spec.dir.remote.tag, history.sha.c2);
      assert.equal(migration!.metadata.annotations["argocd-atlas.io/tag-resolved-from"], undefined);
      assert.deepEqual(lookups(r), [history.sha.c2]);
    });
  });

  it("fails the render on a typo in a verified tag", async () => {
    await withRegistry({}, project("REGISTRY", "{verify: true}", "{name: billing, tag: 0deadbeef}"), async () => {
      const result = await render();
      assert.deepEqual(result, {
        code: 1,
        stdout: "",
        stderr:
          'atlas.project.yaml:11:40: databases.billing.dir.remote.tag: database "billing" in environment "prod": tag "0deadbeef" does not exist for directory "billing" in the Atlas Registry: check the tag (CI pushes <directory>:<commit SHA>)\n',
      });
    });
  });

  it("renders a floating tag without a request, warning that the operator will not pick up pushes", async () => {
    await withRegistry({}, project("REGISTRY", "{mode: off}", "{name: billing, tag: latest}"), async (r) => {
      const result = await render();
      const [migration] = manifests(result);
      assert.equal(migration!.spec.dir.remote.tag, "latest");
      assert.equal(
        result.stderr,
        'atlas.project.yaml:11:19: databases.billing.dir.remote: warning: database "billing" in environment "prod" follows the floating latest version of "billing", which the operator never re-applies after a new push: pin a tag (dir.remote.tag), or set pin.mode: render or write\n',
      );
      assert.equal(r.requests.length, 0, "no registry without a request");
    });
  });

  it("looks up each distinct (directory, tag) once per run, and remembers confirmed tags across runs", async () => {
    const text = `${project("REGISTRY", "{mode: render}").replace("environments:", "  billing-replica:\n    dir: {remote: {name: billing}}\nenvironments:")}`;
    const home = mkdtempSync(join(tmpdir(), "argocd-atlas-home-"));
    try {
      await withRegistry({}, text, async (r) => {
        const docs = manifests(await render({ HOME: home }));
        assert.equal(docs.length, 2);
        assert.deepEqual(lookups(r), [history.sha.c4, history.sha.m3, "(latest)"]);
        r.requests.length = 0;
        manifests(await render({ HOME: home }));
        // m3 comes from the cache; c4 (absent) and the floating latest are asked again.
        assert.deepEqual(lookups(r), [history.sha.c4, "(latest)"]);
        const cache = readFileSync(join(home, ".cache/argocd-atlas/registry-tags-v1.json"), "utf8");
        assert.equal(cache.includes(token), false, "the cache holds no token");
      });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  describe("failures: one line naming what was tried and the fix, nothing on stdout, no token", () => {
    const failure = async (options: Partial<StandInOptions>, env: Record<string, string>, expected: string | RegExp) => {
      await withRegistry(options, project("REGISTRY", "{mode: render}"), async () => {
        const result = await render({ ...fast, ...env });
        assert.equal(result.stdout, "");
        assert.equal(result.code, 1);
        if (typeof expected === "string") assert.equal(result.stderr, `${expected}\n`);
        else assert.match(result.stderr, expected);
        assert.equal(result.stderr.split("\n").length, 2, "one line");
        assert.equal(result.stderr.includes(token), false);
      });
    };

    it("no token", async () => {
      await failure(
        {},
        { ATLAS_TOKEN: "" },
        "tag pinning: needs an Atlas Cloud token: give the plugin's sidecar ATLAS_TOKEN, ATLAS_TOKEN_FILE or ATLAS_TOKEN_SECRET (see docs/pinning.md)",
      );
    });

    it("an unreadable token file", async () => {
      await failure(
        {},
        { ATLAS_TOKEN: "", ATLAS_TOKEN_FILE: "/nonexistent/token" },
        'ATLAS_TOKEN_FILE: cannot read "/nonexistent/token" (ENOENT): mount the Secret holding the Atlas Cloud token there (see the install files)',
      );
    });

    it("the token put in ATLAS_TOKEN_FILE or ATLAS_TOKEN_SECRET by mistake is not echoed", async () => {
      await failure(
        {},
        { ATLAS_TOKEN: "", ATLAS_TOKEN_FILE: token },
        "ATLAS_TOKEN_FILE: cannot read the file it names (a value without a '/', not shown: is it the token itself? put that in ATLAS_TOKEN) (ENOENT): mount the Secret holding the Atlas Cloud token there (see the install files)",
      );
      await failure(
        {},
        { ATLAS_TOKEN: "", ATLAS_TOKEN_SECRET: token },
        "ATLAS_TOKEN_SECRET: must be <namespace>/<name>/<key> of the Secret holding the token (the value is not shown)",
      );
    });

    it("401 unauthorized", async () => {
      await failure(
        {},
        { ATLAS_TOKEN: "aci_wrong" },
        new RegExp(
          `^tag pinning: Atlas Registry http://127\\.0\\.0\\.1:\\d+/query: the token was refused \\(HTTP 401\\) when asking for billing at tag ${history.sha.c4}; check the Atlas Cloud token given to the plugin \\(ATLAS_TOKEN or ATLAS_TOKEN_FILE\\)\\n$`,
        ),
      );
    });

    it("403 forbidden", async () => {
      await failure({ respond: () => ({ status: 403, body: '{"errors":[{"message":"forbidden"}]}' }) }, {}, /the token was refused \(HTTP 403\)/);
    });

    it("a server that never answers: the request timeout, then retries, then a clear error", async () => {
      await failure(
        { respond: () => "hang" },
        {},
        new RegExp(
          `^tag pinning: Atlas Registry http://127\\.0\\.0\\.1:\\d+/query: no answer within 0\\.3 s when asking for billing at tag ${history.sha.c4}, after 3 attempts; check that the repo-server can reach it \\(network policies, egress proxy: HTTPS_PROXY in the sidecar\\)\\n$`,
        ),
      );
    });

    it("a server that answers a byte at a time: the request timeout applies, not only the budget", async () => {
      await failure(
        { respond: () => "trickle" },
        { ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "600000" },
        /: no answer within 0\.3 s when asking for billing at tag [0-9a-f]{40}, after 3 attempts; check that the repo-server can reach it \(network policies, egress proxy: HTTPS_PROXY in the sidecar\)\n$/,
      );
    });

    // A lookup that hangs for good: were the definite error held back, the test would never end.
    it("a definite error is not held back by a lookup still waiting", { timeout: 120_000 }, async () => {
      const text = project("REGISTRY", "{mode: render}").replace("environments:", "  orders:\n    dir: {remote: {name: orders}}\nenvironments:");
      await withRegistry(
        { respond: (q) => (q.name === "orders" ? "hang" : { status: 200, body: '{"errors":[{"message":"internal: database is locked"}],"data":null}' }) },
        text,
        async () => {
          const result = await render({ ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS: "3600000", ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "3600000" });
          assert.equal(result.code, 1);
          assert.match(result.stderr, /the registry answered "internal: database is locked"/);
        },
      );
    });

    it("the total budget", async () => {
      await failure(
        { respond: () => "hang" },
        { ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS: "5000", ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "500" },
        /ran out of its 0\.5 s budget after 1 request; the registry is slow or unreachable/,
      );
    });

    it("the budget also stops a retry that starts after it ran out", async () => {
      await failure(
        { respond: (_q, n) => (n <= 2 ? { status: 503, body: "busy" } : "hang") },
        { ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS: "5000", ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "600" },
        /ran out of its 0\.6 s budget after 3 requests; the registry is slow or unreachable\n$/,
      );
    });

    it("a proxy variable that is not a URL, without echoing it", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
        const result = await render({ HTTPS_PROXY: "ftp://user:s3cret@proxy.example" });
        assert.deepEqual(result, { code: 1, stdout: "", stderr: "HTTPS_PROXY: is not a proxy URL: set it to http://host:port (or https://), or unset it\n" });
      });
    });

    it("a proxy user or password that does not decode, without echoing it or trying to connect", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
        const result = await render({ HTTPS_PROXY: "http://us%zzer:s3cret%zz@127.0.0.1:9" });
        assert.deepEqual(result, {
          code: 1,
          stdout: "",
          stderr: "HTTPS_PROXY: the proxy's user or password holds a % not followed by two hex digits: percent-encode it (% as %25)\n",
        });
      });
    });

    it("connection resets: closed before an answer, not a connection that could not be made", async () => {
      await failure(
        { respond: () => "reset" },
        {},
        /: the connection was closed before an answer came \(ECONNRESET\) when asking for billing at tag [0-9a-f]{40}, after 3 attempts/,
      );
    });

    it("a connection dropped in the middle of the answer says so", async () => {
      await failure(
        { respond: () => "drop" },
        {},
        /: the connection was dropped in the middle of the answer \(HTTP 200, after 10 of 100 bytes\) when asking for billing at tag [0-9a-f]{40}, after 3 attempts; check that the repo-server can reach it \(network policies, egress proxy: HTTPS_PROXY in the sidecar\)\n$/,
      );
    });

    it("an answer that is not HTTP says so", async () => {
      await failure(
        { respond: () => "garbage" },
        {},
        /: the answer is not valid HTTP \(HPE_[A-Z_]+\); is the endpoint right\? when asking for billing at tag [0-9a-f]{40}, after 3 attempts/,
      );
    });

    it("a gzip-encoded answer the registry sent unasked is read", async () => {
      const { gzipSync } = await import("node:zlib");
      const { dirContent } = await import("./registry-stand-in.js");
      await withRegistry(
        {
          respond: (q) =>
            q.tag === history.sha.m3 || q.tag === undefined
              ? { status: 200, body: gzipSync(JSON.stringify({ data: { dirState: { content: dirContent(v3) } } })), headers: { "content-encoding": "gzip" } }
              : undefined,
        },
        project("REGISTRY", "{mode: render}"),
        async () => {
          assert.equal(manifests(await render({ ARGOCD_APP_REVISION: history.sha.c4 }))[0]!.spec.dir.remote.tag, history.sha.m3);
        },
      );
    });

    it("an answer declaring more than the size limit fails at its headers, without reading or retrying", async () => {
      // The stand-in never sends the body: only the declared length can end this before the timeout.
      await withRegistry({ respond: () => "huge" }, project("REGISTRY", "{mode: render}"), async (r) => {
        const result = await render({ ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS: "3600000", ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "3600000" });
        assert.deepEqual(
          { ...result, stderr: result.stderr.split(r.url).join("{registry}") },
          {
            code: 1,
            stdout: "",
            stderr: `tag pinning: Atlas Registry {registry}: the answer declares 67108864 bytes, over the limit of 33554432 when asking for billing at tag ${history.sha.c4}; is the endpoint right?\n`,
          },
        );
        assert.equal(r.requests.length, 1);
      });
    });

    it("a token holding a line break is refused before any request, naming where it came from", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
        const fromEnv = await render({ ATLAS_TOKEN: `${token}\r\nX-Injected: 1` });
        assert.deepEqual(fromEnv, {
          code: 1,
          stdout: "",
          stderr: `ATLAS_TOKEN: the variable holds a line break at character ${token.length + 1} of the token, which an HTTP header cannot carry: it must hold the Atlas Cloud token alone, on one line\n`,
        });
        const file = join(history.dir, ".git", "token-two-lines");
        writeFileSync(file, `${token}\nsecond line\n`);
        const fromFile = await render({ ATLAS_TOKEN: "", ATLAS_TOKEN_FILE: file });
        assert.deepEqual(fromFile, {
          code: 1,
          stdout: "",
          stderr: `ATLAS_TOKEN_FILE: ${JSON.stringify(file)} holds a line break at character ${token.length + 1} of the token, which an HTTP header cannot carry: it must hold the Atlas Cloud token alone, on one line\n`,
        });
        assert.equal(r.requests.length, 0);
      });
    });

    it("a cloud.url the sidecar does not trust: refused before the token is read or sent", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
        const result = await render({ ARGOCD_ATLAS_REGISTRY_URLS: "https://atlas.example.com/query" });
        assert.equal(result.stdout, "");
        assert.equal(result.code, 1);
        assert.equal(
          result.stderr,
          `atlas.project.yaml:5:10: defaults.cloud.url: the plugin sends its Atlas Cloud token only to https://api.atlasgo.cloud/query and the URLs listed in ARGOCD_ATLAS_REGISTRY_URLS: add ${r.url} to ARGOCD_ATLAS_REGISTRY_URLS in the plugin's sidecar environment, or remove cloud.url\n`,
        );
        assert.equal(r.requests.length, 0);
      });
    });

    it("a malformed ARGOCD_ATLAS_REGISTRY_URLS", async () => {
      await failure(
        {},
        { ARGOCD_ATLAS_REGISTRY_URLS: "atlas.example.com" },
        "ARGOCD_ATLAS_REGISTRY_URLS: entry 1 is not an http:// or https:// URL without user information: list the registry endpoints, e.g. https://atlas.example.com/query",
      );
    });

    it("an unreachable registry", async () => {
      const text = project("http://127.0.0.1:9/query", "{mode: render}");
      writeFileSync(join(history.dir, "atlas.project.yaml"), text);
      try {
        const result = await render(trust("http://127.0.0.1:9/query"));
        assert.equal(result.code, 1);
        assert.equal(result.stdout, "");
        assert.match(
          result.stderr,
          /^tag pinning: Atlas Registry http:\/\/127\.0\.0\.1:9\/query: cannot connect \(ECONNREFUSED\) when asking for billing at tag [0-9a-f]{40}, after 3 attempts; check that the repo-server can reach it \(network policies, egress proxy: HTTPS_PROXY in the sidecar\)\n$/,
        );
      } finally {
        rmSync(join(history.dir, "atlas.project.yaml"));
      }
    });

    it("a GraphQL error other than not found", async () => {
      await failure(
        { respond: () => ({ status: 200, body: '{"errors":[{"message":"internal: database is locked"}],"data":null}' }) },
        {},
        /the registry answered "internal: database is locked" for billing at tag/,
      );
    });

    // Whole, cut, upper-cased or base64-encoded: no part of the token is shown.
    for (const [how, echo] of [
      ["whole", (token: string) => token],
      ["cut", (token: string) => token.slice(3, -3)],
      ["upper-cased", (token: string) => token.toUpperCase()],
      ["base64-encoded", (token: string) => Buffer.from(token).toString("base64")],
    ] as const) {
      it(`a registry that echoes the token ${how} in its error`, async () => {
        await failure(
          {
            respond: (q) => ({
              status: 200,
              body: JSON.stringify({ errors: [{ message: `internal: bad token ${echo(String(q.authorization).replace(/^Bearer /, ""))}` }] }),
            }),
          },
          {},
          /the registry answered "\(a message holding part of the token, not shown\)" for billing at tag/,
        );
      });
    }

    it("a 200 answer that says the token was not found is no missing tag", async () => {
      await failure(
        { respond: () => ({ status: 200, body: JSON.stringify({ errors: [{ message: "project not found or token not found" }] }) }) },
        {},
        /the registry answered "project not found or token not found" for billing at tag/,
      );
    });

    it("malformed JSON", async () => {
      await failure(
        { respond: () => ({ status: 200, body: "<html>gateway</html>" }) },
        {},
        /the answer for billing at tag [0-9a-f]{40} is not JSON \(HTTP 200\); is the endpoint a GraphQL API\?/,
      );
    });

    it("an answer with neither data nor errors", async () => {
      await failure(
        { respond: () => ({ status: 200, body: '{"data":null}' }) },
        {},
        /the answer for billing at tag [0-9a-f]{40} is unusable: it has no data and no errors; is the endpoint a GraphQL API\?\n$/,
      );
    });

    it("an answer that is not an object", async () => {
      await failure({ respond: () => ({ status: 200, body: "null" }) }, {}, /is unusable: not a GraphQL response object; is the endpoint a GraphQL API\?\n$/);
    });

    it("errors that are not a list", async () => {
      await failure(
        { respond: () => ({ status: 200, body: '{"errors":"dir not found"}' }) },
        {},
        /is unusable: its errors field is not a list; is the endpoint a GraphQL API\?\n$/,
      );
    });

    it("a redirect", async () => {
      await failure(
        { respond: () => ({ status: 307, body: "", headers: { location: "https://elsewhere.example/query" } }) },
        {},
        /is not JSON \(HTTP 307\); redirects are not followed: set cloud\.url to the final address\n$/,
      );
    });

    it("content that is not base64", async () => {
      await failure(
        { respond: () => ({ status: 200, body: '{"data":{"dirState":{"content":"%%%"}}}' }) },
        {},
        /is unusable: the directory content is not base64/,
      );
    });

    it("content that is not a tar archive", async () => {
      await failure(
        { respond: () => ({ status: 200, body: JSON.stringify({ data: { dirState: { content: Buffer.alloc(1024, 7).toString("base64") } } }) }) },
        {},
        /is unusable: the directory content is not a valid tar archive \(bad checksum field\)/,
      );
    });

    it("a directory whose atlas.sum does not match its files (a lying registry)", async () => {
      const { dirContent } = await import("./registry-stand-in.js");
      const good = Buffer.from(dirContent(v2), "base64");
      // Flip a byte of the first SQL file's content (after the atlas.sum entry).
      const at = good.indexOf(Buffer.from("CREATE TABLE"));
      good[at] = "c".charCodeAt(0);
      await failure(
        { respond: () => ({ status: 200, body: JSON.stringify({ data: { dirState: { content: good.toString("base64") } } }) }) },
        {},
        /is unusable: the directory's atlas\.sum does not match its files/,
      );
    });

    it("a directory with no migration files (it would pass for any version)", async () => {
      const { dirContent } = await import("./registry-stand-in.js");
      await failure(
        { respond: () => ({ status: 200, body: JSON.stringify({ data: { dirState: { content: dirContent({}) } } }) }) },
        {},
        /is unusable: the directory has no migration files\n$/,
      );
    });

    it("a shallow clone whose history ends before a pushed commit", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async (r) => {
        const shallow = mkdtempSync(join(tmpdir(), "argocd-atlas-shallow-"));
        try {
          git(shallow, "clone", "-q", "--depth", "1", `file://${history.dir}`, ".");
          writeFileSync(join(shallow, "atlas.project.yaml"), project(r.url, "{mode: render}"));
          const result = await run(["generate"], { cwd: shallow, env: { ...trust(r.url), ATLAS_TOKEN: token, ...fast } });
          assert.deepEqual(result, {
            code: 1,
            stdout: "",
            stderr:
              'atlas.project.yaml:8:8: defaults.pin: database "billing" in environment "prod": the only commit of this shallow clone is not a tag of directory "billing": the repository\'s clone depth in Argo CD cuts the history short; remove the depth setting, or make it at least pin.candidates (50)\n',
          });
        } finally {
          rmSync(shallow, { recursive: true, force: true });
        }
      });
    });

    it("no .git", async () => {
      const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-nogit-"));
      try {
        writeFileSync(join(dir, "atlas.project.yaml"), project("http://127.0.0.1:9/query", "{mode: render}"));
        const result = await run(["generate"], { cwd: dir, env: { ...trust("http://127.0.0.1:9/query"), ATLAS_TOKEN: token } });
        assert.equal(result.code, 1);
        assert.equal(
          result.stderr,
          `tag pinning: needs the repository history, but the checkout has no .git: Argo CD sends it unless tar exclusions or manifest-generate-paths leave it out; locally, run inside a git clone\n`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it("retries many lookups at once without a word on stderr", async () => {
      const names = Array.from({ length: 12 }, (_, i) => `dir${i}`);
      const text = project("REGISTRY", "{mode: render}").replace(
        "databases:\n  billing:\n    dir: {remote: {name: billing}}\n",
        `databases:\n${names.map((n) => `  ${n}:\n    dir: {remote: {name: ${n}}}\n`).join("")}`,
      );
      const tags = Object.fromEntries(names.map((n) => [n, { [history.sha.c4]: v1 }]));
      await withRegistry({ tags, latest: {}, respond: (_q, n) => (n <= 12 ? { status: 503, body: "busy" } : undefined) }, text, async (r) => {
        // As a process: Node.js prints its own warnings (a listener leak, say) on stderr.
        const result = await runBuilt(["generate"], {
          cwd: history.dir,
          env: { ...trust(r.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_REVISION: history.sha.c4 },
        });
        assert.equal(result.stderr, "");
        assert.equal(manifests(result).length, 12);
      });
    });

    it("retries 5xx and 429, then succeeds", async () => {
      await withRegistry(
        {
          respond: (_q, n) =>
            n === 1 ? { status: 503, body: "busy" } : n === 2 ? { status: 429, body: "slow down", headers: { "retry-after": "0" } } : undefined,
        },
        project("REGISTRY", "{mode: render}"),
        async (r) => {
          const [migration] = manifests(await render());
          assert.equal(migration!.spec.dir.remote.tag, history.sha.m3);
          // The 503 and the 429 were answers to the first lookup, asked again each time.
          assert.deepEqual(
            r.requests.slice(0, 3).map((q) => q.tag),
            [history.sha.c4, history.sha.c4, history.sha.c4],
          );
          assert.deepEqual(lookups(r), [history.sha.c4, history.sha.m3, "(latest)"]);
        },
      );
    });
  });

  describe("bad registry answers (test/corpus-registry): exit 1, nothing on stdout, the golden line", () => {
    // Each file: `# expect: <stderr line>`, `# status: <HTTP status>`, then the body every request
    // gets. In the expected line, {registry} stands for the stand-in's URL and {tag} for the first
    // candidate. UPDATE_GOLDEN=1 rewrites the expected lines.
    const dir = join(import.meta.dirname, "corpus-registry");
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      it(file, async () => {
        const text = readFileSync(join(dir, file), "utf8");
        const [, expectLine, statusLine] = /^# expect: (.*)\n# status: (\d+)\n/.exec(text)!;
        const body = text.slice(text.indexOf("\n", text.indexOf("# status:")) + 1);
        await withRegistry({ respond: () => ({ status: Number(statusLine), body }) }, project("REGISTRY", "{mode: render}"), async (r) => {
          const result = await render({ ARGOCD_APP_REVISION: history.sha.c4 });
          const line = result.stderr.replace(/\n$/, "").split(r.url).join("{registry}").split(history.sha.c4).join("{tag}");
          if (process.env.UPDATE_GOLDEN === "1") writeFileSync(join(dir, file), text.replace(/^# expect: .*\n/, `# expect: ${line}\n`));
          assert.deepEqual({ code: result.code, stdout: result.stdout, stderr: line }, { code: 1, stdout: "", stderr: expectLine });
          assert.ok(!result.stderr.includes(token));
        });
      });
    }
  });

  describe("pin (write-back)", () => {
    const writeProject = (tag: string) =>
      project("REGISTRY", "{mode: write}").replace(
        "environments:\n  prod: {}\n",
        `environments:\n  prod:   # production\n    databases:\n      billing:\n        dir: {remote: {tag: ${tag}}}   # pinned by argocd-atlas pin\n  staging: {}\n`,
      );

    it("writes the latest tags into the file, changing only those values, and prints what changed", async () => {
      await withRegistry({}, writeProject(history.sha.c2), async (r) => {
        const result = await run(["pin"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token } });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(
          result.stdout,
          `environments.prod.databases.billing.dir.remote.tag: ${history.sha.c2} -> ${history.sha.m3}\n` +
            `environments.staging.databases.billing.dir.remote.tag: (none) -> ${history.sha.m3}\n` +
            "wrote atlas.project.yaml\n",
        );
        const text = readFileSync(join(history.dir, "atlas.project.yaml"), "utf8");
        assert.equal(
          text,
          writeProject(history.sha.m3)
            .replace("REGISTRY", r.url)
            .replace("  staging: {}\n", `  staging:\n    databases:\n      billing:\n        dir:\n          remote:\n            tag: ${history.sha.m3}\n`),
        );
        const again = await run(["pin", "--check"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token } });
        assert.deepEqual(again, {
          code: 0,
          stdout: `environments.prod.databases.billing.dir.remote.tag: ${history.sha.m3} (up to date)\nenvironments.staging.databases.billing.dir.remote.tag: ${history.sha.m3} (up to date)\n`,
          stderr: "",
        });
      });
    });

    it("keeps a CRLF file CRLF and a quoted tag quoted", async () => {
      const crlf = (text: string) => text.replaceAll("\n", "\r\n");
      await withRegistry({}, crlf(writeProject(`'${history.sha.c2}'`)), async (r) => {
        const result = await run(["pin"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token } });
        assert.equal(result.code, 0, result.stderr);
        assert.equal(
          readFileSync(join(history.dir, "atlas.project.yaml"), "utf8"),
          crlf(
            writeProject(`'${history.sha.m3}'`)
              .replace("REGISTRY", r.url)
              .replace("  staging: {}\n", `  staging:\n    databases:\n      billing:\n        dir:\n          remote:\n            tag: ${history.sha.m3}\n`),
          ),
        );
      });
    });

    it("--check exits 3 when a pin is behind and writes nothing", async () => {
      await withRegistry({}, writeProject(history.sha.c2), async () => {
        const before = readFileSync(join(history.dir, "atlas.project.yaml"), "utf8");
        const result = await run(["pin", "--check", "-e", "prod"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token } });
        assert.deepEqual(result, {
          code: 3,
          stdout: `environments.prod.databases.billing.dir.remote.tag: ${history.sha.c2} -> ${history.sha.m3} (behind)\n`,
          stderr: "",
        });
        assert.equal(readFileSync(join(history.dir, "atlas.project.yaml"), "utf8"), before);
      });
    });

    it("never moves a pin to an older directory version unless --allow-older", async () => {
      await withRegistry({}, writeProject(history.sha.m3), async () => {
        const result = await run(["pin", "-e", "prod", "--revision", history.sha.c2], {
          cwd: history.dir,
          env: { ...trust(registry!.url), ATLAS_TOKEN: token },
        });
        assert.equal(result.code, 1);
        assert.equal(result.stdout, "");
        assert.equal(
          result.stderr,
          `atlas.project.yaml:8:8: defaults.pin: warning: database "billing" in environment "prod": pinned ${history.sha.c2}, the newest tag on this history, but the registry's latest version of "billing" differs (pushed from another branch, or from a newer commit)\n` +
            `atlas.project.yaml:16:29: environments.prod.databases.billing.dir.remote.tag: database "billing" in environment "prod": the latest tag ${history.sha.c2} (up to 2_add_c.sql) is older than the pinned ${history.sha.m3} (up to 3_add_d.sql); moving back makes the operator refuse a migrate down: pass --allow-older if intended\n`,
        );
        const allowed = await run(["pin", "-e", "prod", "--revision", history.sha.c2, "--allow-older"], {
          cwd: history.dir,
          env: { ...trust(registry!.url), ATLAS_TOKEN: token },
        });
        assert.equal(allowed.code, 0, allowed.stderr);
        assert.match(readFileSync(join(history.dir, "atlas.project.yaml"), "utf8"), new RegExp(`tag: ${history.sha.c2}}}   # pinned by argocd-atlas pin`));
      });
    });

    it("refuses, before printing or writing anything, a tag it can only reach through an alias", async () => {
      const text = writeProject(history.sha.c2)
        .replace("  prod:   # production\n", "  prod: &prod   # production\n")
        .replace("  staging: {}\n", "  staging: *prod\n");
      await withRegistry({}, text, async () => {
        const before = readFileSync(join(history.dir, "atlas.project.yaml"), "utf8");
        const result = await run(["pin"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token } });
        assert.deepEqual(result, {
          code: 1,
          stdout: "",
          stderr:
            "atlas.project.yaml:17:12: environments.staging: is not a mapping written out in this file (an alias or a plain value): pin cannot write the tag here; write environments.staging out as a plain mapping and rerun\n",
        });
        assert.equal(readFileSync(join(history.dir, "atlas.project.yaml"), "utf8"), before);
      });
    });

    it("says when there is nothing to pin", async () => {
      await withRegistry({}, project("REGISTRY", "{mode: render}"), async () => {
        const result = await run(["pin"], { cwd: history.dir, env: { ...trust(registry!.url), ATLAS_TOKEN: token } });
        assert.deepEqual(result, { code: 0, stdout: "nothing to pin: no database in prod has pin.mode write\n", stderr: "" });
      });
    });
  });
});

describe("tokens an HTTP header can carry (generated)", () => {
  it("refuses every token holding a byte outside printable ASCII, naming the source and never the token", async () => {
    const { sendable } = await import("../src/registry/token.js");
    const { UserError } = await import("../src/common/errors.js");
    const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join("");
    const bad = ["\r", "\n", "\r\n", "\0", "\t", " ", "\x7f", "\x1b", "é", "\u2028", "\ud83d\ude00"];
    for (let seed = 1; seed <= 300; seed++) {
      const r = new Rand(seed);
      const good = r.chars(printable, 1, 60);
      assert.equal(sendable(good, "ATLAS_TOKEN", "the variable"), good, `seed ${seed}`);
      const at = r.int(0, good.length);
      const token = good.slice(0, at) + r.pick(bad) + good.slice(at);
      assert.throws(
        () => sendable(token, "ATLAS_TOKEN_FILE", "/var/run/atlas/token"),
        (e: unknown) =>
          e instanceof UserError &&
          e.message.startsWith(`ATLAS_TOKEN_FILE: /var/run/atlas/token holds `) &&
          e.message.includes(` at character ${at + 1} of the token`) &&
          !e.message.includes(good.length >= 4 ? good : "\u0000"),
        `seed ${seed}`,
      );
    }
  });
});

describe("NO_PROXY as curl reads it", () => {
  it("exempts hosts, subdomains, ports and everything for *", async () => {
    const { exempted } = await import("../src/registry/http.js");
    const cases: Array<[string, string, boolean]> = [
      ["https://api.atlasgo.cloud/query", "", false],
      ["https://api.atlasgo.cloud/query", "*", true],
      ["https://api.atlasgo.cloud/query", "atlasgo.cloud", true],
      ["https://api.atlasgo.cloud/query", ".atlasgo.cloud", true],
      ["https://api.atlasgo.cloud/query", "*.atlasgo.cloud", true],
      ["https://api.atlasgo.cloud/query", "go.cloud", false],
      ["https://api.atlasgo.cloud/query", "example.com, api.atlasgo.cloud:443", true],
      ["https://api.atlasgo.cloud/query", "api.atlasgo.cloud:8443", false],
      ["http://127.0.0.1:8080/query", "localhost 127.0.0.1", true],
      ["http://[::1]:8080/query", "[::1]", true],
      ["http://API.Example.COM/query", "api.example.com", true],
    ];
    for (const [url, noProxy, expected] of cases) assert.equal(exempted(new URL(url), noProxy), expected, `${url} with NO_PROXY=${noProxy}`);
  });
});

/**
 * Registry archives as Atlas writes them: with Go's archive/tar (test/go/tar; Go 1.19 from
 * Debian's golang-go, whose USTAR/PAX choice is the one current Go still makes), USTAR headers
 * for short ASCII names and PAX `path` records for long (over 100 bytes) or non-ASCII ones.
 */
describe("registry archives written by Go's archive/tar (generated)", () => {
  type GoRead = { entries?: Array<{ name: string; type: string; data: string }>; error?: string };
  const goRead = (archives: readonly Buffer[]) =>
    askOracle<{ read: GoRead[] }>("tar", JSON.stringify({ read: archives.map((a) => a.toString("base64")) })).read;
  const goWrite = (dirs: ReadonlyArray<ReadonlyArray<{ name: string; data?: string; type?: string; linkname?: string }>>) =>
    askOracle<{ written: Array<string | null> }>(
      "tar",
      JSON.stringify({ write: dirs.map((d) => d.map((f) => ({ ...f, data: Buffer.from(f.data ?? "").toString("base64") }))) }),
    ).written.map((w) => Buffer.from(w ?? "", "base64"));

  /** A migration file name: ASCII or not, short or over the 100 bytes of a USTAR name, and the lengths around 100 bytes. */
  function fileName(r: Rand): string {
    const ascii = "abcdefghijklmnopqrstuvwxyz_0123456789-";
    const wide = ["é", "ß", "ж", "日本", "ü", "😀", "ñ"];
    const version = String(r.int(1, 99999999999999));
    const exact = r.chance(0.3) ? r.pick([99, 100, 101, 155, 156, 255]) : undefined;
    let desc = r.chars(ascii, 1, r.pick([8, 40, 120, 200]));
    if (r.chance(0.35)) desc = desc.slice(0, r.int(0, desc.length)) + r.pick(wide) + desc.slice(r.int(0, desc.length));
    let name = `${version}_${desc}.sql`;
    if (exact !== undefined) name = `${version}_${"x".repeat(Math.max(1, exact - version.length - 5))}.sql`;
    return name;
  }

  function directory(r: Rand): Files {
    const files: Files = {};
    for (let n = r.int(1, 5); n > 0; n--) files[fileName(r)] = `-- ${r.chars("abc ;\n", 0, 40)}\nSELECT ${r.int(0, 999)};\n`;
    return files;
  }

  it("reads every archive Go writes for a directory exactly as Go reads it back, and verifies its atlas.sum", async () => {
    const { readTar } = await import("../src/registry/tar.js");
    const { decodeDirState } = await import("../src/registry/dir-state.js");
    const { byteOrder } = await import("../src/render/atlas-sum.js");
    const { goArchives } = await import("./registry-stand-in.js");
    const r = new Rand(20261130);
    const dirs = Array.from({ length: 150 }, () => directory(r));
    const contents = goArchives(dirs);
    const archives = contents.map((c) => Buffer.from(c, "base64"));
    assert.ok(
      archives.some((a) => a.includes(Buffer.from("PaxHeaders.0/"))),
      "some archives hold PAX headers",
    );
    const theirs = goRead(archives);
    archives.forEach((archive, i) => {
      const ours = readTar(archive, { maxEntries: 100 }).map((e) => ({ name: e.name, type: "0", data: Buffer.from(e.bytes).toString("base64") }));
      assert.deepEqual(ours, theirs[i]!.entries, `directory ${i}: ${Object.keys(dirs[i]!).join(", ")}`);
      const state = decodeDirState(contents[i]);
      assert.ok(!("error" in state), `directory ${i}: ${"error" in state ? state.error : ""}`);
      assert.equal(state.latest, Object.keys(dirs[i]!).sort(byteOrder).at(-1));
    });
  });

  it("accepts a damaged archive only where Go's reader reads the same files from it", async () => {
    const { readTar } = await import("../src/registry/tar.js");
    const { goArchives } = await import("./registry-stand-in.js");
    const r = new Rand(7);
    const bases = goArchives(Array.from({ length: 20 }, () => directory(r))).map((c) => Buffer.from(c, "base64"));
    const resum = (a: Buffer, at: number) => {
      a.fill(0x20, at + 148, at + 156);
      let sum = 0;
      for (let i = at; i < at + 512; i++) sum += a[i]!;
      a.write(`${sum.toString(8).padStart(6, "0")}\0 `, at + 148, "latin1");
    };
    const headers = (a: Buffer) => {
      const at: number[] = [];
      for (let o = 0; o + 512 <= a.length && !a.subarray(o, o + 512).every((b) => b === 0); ) {
        at.push(o);
        o += 512 + Math.ceil(parseInt(a.subarray(o + 124, o + 135).toString("latin1"), 8) / 512) * 512;
      }
      return at;
    };
    const mutants: Buffer[] = [];
    for (let i = 0; i < 400; i++) {
      const a = Buffer.from(r.pick(bases));
      const at = r.pick(headers(a));
      switch (r.int(0, 4)) {
        case 0: // a random byte anywhere
          a[r.int(0, a.length - 1)] = r.int(0, 255);
          break;
        case 1: // cut short
          mutants.push(a.subarray(0, r.int(0, a.length - 1)));
          continue;
        case 2: // another entry type, with a valid checksum
          a[at + 156] = r.pick([..."1234567gxLKSV"].map((c) => c.charCodeAt(0)));
          resum(a, at);
          break;
        case 3: // a byte of a header, with a valid checksum
          a[at + r.int(0, 511)] = r.pick([0, 0x2e, 0x2f, 0x30, 0x37, 0x41, 0xff]);
          if (!(a[at + 148] === 0x20 && r.chance(0.1))) resum(a, at);
          break;
        default: {
          // a path record (or a name) that leaves the directory
          const pax = a.indexOf(" path=", at);
          if (pax !== -1 && a[at + 156] === 0x78) a.write(r.pick(["../", "a/", "/x", "./"]), pax + 6, "latin1");
          else {
            a.write(r.pick(["../", "a/", "/"]), at, "latin1");
            resum(a, at);
          }
        }
      }
      mutants.push(a);
    }
    const theirs = goRead(mutants);
    let accepted = 0;
    mutants.forEach((m, i) => {
      let ours: { name: string; type: string; data: string }[];
      try {
        ours = readTar(m, { maxEntries: 100 }).map((e) => ({ name: e.name, type: "0", data: Buffer.from(e.bytes).toString("base64") }));
      } catch {
        return;
      }
      accepted++;
      assert.deepEqual(ours, theirs[i]!.entries, `mutant ${i}: Go ${theirs[i]!.error ?? "reads other files"}`);
    });
    assert.ok(accepted > 0 && accepted < mutants.length, `${accepted} of ${mutants.length} accepted`);
  });

  it("refuses a directory holding a file twice", async () => {
    const { decodeDirState } = await import("../src/registry/dir-state.js");
    const [archive] = goWrite([
      [
        { name: "atlas.sum", data: "h1:x\n" },
        { name: "1_a.sql", data: "SELECT 1;\n" },
        { name: "1_a.sql", data: "DROP TABLE t;\n" },
      ],
    ]);
    assert.deepEqual(decodeDirState(archive!.toString("base64")), { error: 'the directory holds "1_a.sql" twice' });
  });

  it("refuses links, directories, special files and paths that leave the directory, PAX or not", async () => {
    const { readTar } = await import("../src/registry/tar.js");
    const long = `${"1".repeat(14)}_${"x".repeat(110)}.sql`;
    const cases: Array<[{ name: string; type?: string; linkname?: string }, string]> = [
      [{ name: "1_a.sql", type: "2", linkname: "../../etc/passwd" }, '"1_a.sql": not a regular file (tar type "2")'],
      [{ name: "1_a.sql", type: "1", linkname: "atlas.sum" }, '"1_a.sql": not a regular file (tar type "1")'],
      [{ name: long, type: "2", linkname: `/${long}` }, `${JSON.stringify(long)}: not a regular file (tar type "2")`],
      [{ name: "migrations/", type: "5" }, '"migrations/": not a regular file (tar type "5")'],
      [{ name: "null", type: "3" }, '"null": not a regular file (tar type "3")'],
      [{ name: "fifo", type: "6" }, '"fifo": not a regular file (tar type "6")'],
      [{ name: "../1_a.sql" }, 'unexpected file name "../1_a.sql"'],
      [{ name: "sub/1_a.sql" }, 'unexpected file name "sub/1_a.sql"'],
      [{ name: `../${long}` }, `unexpected file name ${JSON.stringify(`../${long}`)}`],
      [{ name: `../é.sql` }, 'unexpected file name "../é.sql"'],
      [{ name: ".." }, 'unexpected file name ".."'],
    ];
    const archives = goWrite(cases.map(([file]) => [{ name: "atlas.sum", data: "h1:x\n" }, file]));
    archives.forEach((archive, i) => {
      assert.ok(archive.length > 0, `Go writes case ${i}`);
      assert.throws(() => readTar(archive, { maxEntries: 100 }), { message: cases[i]![1] }, `case ${i}`);
    });
  });
});

describe("a pinned directory whose archive holds PAX headers", () => {
  it("pins and verifies it", async () => {
    const { dir, sha } = (() => {
      const d = mkdtempSync(join(tmpdir(), "argocd-atlas-git-"));
      git(d, "init", "-q", "-b", "main");
      git(d, "commit", "-q", "--allow-empty", "-m", "c1");
      return { dir: d, sha: git(d, "rev-parse", "HEAD") };
    })();
    const files: Files = {
      "20261130000001_initial.sql": "CREATE TABLE t (id int);\n",
      [`20261130000002_${"add_a_column_with_a_long_name_".repeat(4)}.sql`]: "ALTER TABLE t ADD COLUMN c int;\n",
      "20261130000003_café.sql": "SELECT 1;\n",
    };
    const registry = await startRegistry({ token, tags: { billing: { [sha]: files } }, latest: { billing: files } });
    try {
      const env = { ...trust(registry.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_REVISION: sha };
      writeFileSync(join(dir, "atlas.project.yaml"), project(registry.url, "{mode: render}"));
      const resolved = await run(["generate"], { cwd: dir, env });
      assert.equal(resolved.stderr, "");
      assert.equal(manifests(resolved)[0]!.spec.dir.remote.tag, sha);
      writeFileSync(join(dir, "atlas.project.yaml"), project(registry.url, "{verify: true}", `{name: billing, tag: "${sha}"}`));
      const verified = await run(["generate"], { cwd: dir, env });
      assert.equal(verified.stderr, "");
      assert.equal(manifests(verified)[0]!.spec.dir.remote.tag, sha);
    } finally {
      await registry.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Every registry fault is a class: whatever a server answers (status, headers, body, encoding,
 * a connection dropped anywhere), a lookup either finds a directory that verifies, finds none,
 * or fails with one line that names what happened and never the token. Generated answers, sent
 * as raw bytes by a server on 127.0.0.1 that closes each connection after its answer.
 */
describe("generated registry faults", () => {
  it("end in a verified directory, none, or one clean line", { timeout: 120_000 }, async () => {
    const { createServer: createTcpServer } = await import("node:net");
    const { brotliCompressSync, gzipSync, deflateSync } = await import("node:zlib");
    const { registryClient, RegistryError } = await import("../src/registry/client.js");
    const { dirContent } = await import("./registry-stand-in.js");
    const r = new Rand(424242);
    const good = dirContent(v2);
    const bodies: Array<() => Buffer> = [
      () => Buffer.from(JSON.stringify({ data: { dirState: { content: good } } })),
      () => Buffer.from(JSON.stringify({ data: { dirState: null } })),
      () =>
        Buffer.from(JSON.stringify({ errors: [{ message: r.pick(["dir not found", "unauthorized", `token ${token} rejected`, "line\nbreak"]) }], data: null })),
      () =>
        Buffer.from(
          JSON.stringify({
            data: {
              dirState: {
                content: r.pick(["", "AAAA", good.slice(0, r.int(0, good.length)), Buffer.from(good, "base64").subarray(0, 700).toString("base64")]),
              },
            },
          }),
        ),
      () => Buffer.from(JSON.stringify(r.pick([null, [], 42, "x", { data: 1 }, { errors: {} }, { errors: [null] }]))),
      () => Buffer.from(JSON.stringify({ data: { dirState: { content: good } } }).slice(0, r.int(0, 80))),
      () => Buffer.from(Array.from({ length: r.int(0, 300) }, () => r.int(0, 255))),
      () => Buffer.from(`<html><body>${token}</body></html>`),
    ];
    type Answer = Buffer | "hang" | "close";
    const answer = (): Answer => {
      const shape = r.int(0, 19);
      if (shape === 0) return "hang";
      if (shape === 1) return "close";
      if (shape === 2)
        return Buffer.from(
          r.pick([
            "garbage\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n",
            "HTTP/1.1 999\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
          ]),
        );
      let body = r.pick(bodies)();
      const headers: string[] = [`Content-Type: ${r.pick(["application/json", "text/html"])}`];
      const encoding = r.pick(["", "", "", "gzip", "deflate", "br", "bogus"]);
      if (encoding === "gzip") body = r.chance(0.8) ? gzipSync(body) : body;
      if (encoding === "deflate") body = deflateSync(body);
      if (encoding === "br") body = brotliCompressSync(body);
      if (encoding) headers.push(`Content-Encoding: ${encoding}`);
      const length = r.pick(["exact", "exact", "exact", "short", "long", "huge", "none"]);
      if (length === "exact") headers.push(`Content-Length: ${body.length}`);
      if (length === "short") headers.push(`Content-Length: ${Math.max(0, body.length - r.int(1, 20))}`);
      if (length === "long") headers.push(`Content-Length: ${body.length + r.int(1, 500)}`);
      if (length === "huge") headers.push(`Content-Length: ${64 * 1024 * 1024}`);
      if (r.chance(0.1)) headers.push(`Retry-After: ${r.pick(["0", "1", "soon", "-5"])}`);
      const status = r.pick([200, 200, 200, 201, 204, 301, 400, 401, 403, 404, 429, 500, 503]);
      const cut = r.chance(0.1) ? r.int(0, body.length) : body.length;
      return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} X\r\n${headers.join("\r\n")}\r\nConnection: close\r\n\r\n`), body.subarray(0, cut)]);
    };

    const queue: Answer[] = [];
    const sockets = new Set<import("node:net").Socket>();
    const server = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
      let received = Buffer.alloc(0);
      socket.on("data", (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const end = received.indexOf("\r\n\r\n");
        const length = Number(/content-length: (\d+)/i.exec(received.subarray(0, end).toString())?.[1] ?? 0);
        if (end === -1 || received.length < end + 4 + length) return;
        received = Buffer.alloc(0);
        const next = queue.shift() ?? "close";
        if (next === "hang") return;
        if (next === "close") return socket.destroy();
        socket.end(next);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/query`;
    const outcomes = new Map<string, number>();
    try {
      for (let i = 0; i < 150; i++) {
        queue.length = 0;
        queue.push(answer());
        const client = registryClient({
          endpoint: url,
          token,
          userAgent: "test",
          requestTimeoutMs: 250,
          budgetMs: 5000,
          maxResponseBytes: 32 * 1024 * 1024,
          concurrency: 1,
          attempts: 1,
          proxy: { http: "", https: "", noProxy: "" },
        });
        try {
          const lookup = await client.dirState("billing", "v2");
          if (lookup.found) assert.equal(lookup.state.latest, "2_add_c.sql", `case ${i}`);
          outcomes.set(lookup.found ? "found" : "none", (outcomes.get(lookup.found ? "found" : "none") ?? 0) + 1);
        } catch (e) {
          assert.ok(e instanceof RegistryError, `case ${i}: ${(e as Error)?.stack}`);
          assert.ok(!e.message.includes("\n") && !e.message.includes(token), `case ${i}: ${e.message}`);
          assert.match(e.message, /^Atlas Registry http:\/\/127\.0\.0\.1:\d+\/query: /, `case ${i}`);
          const kind = e.message
            .replace(/^Atlas Registry \S+: /, "")
            .replace(/[0-9a-f]{40}|\d+/g, "N")
            .slice(0, 40);
          outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
        } finally {
          await client.close();
        }
      }
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    assert.ok((outcomes.get("found") ?? 0) > 0 && outcomes.size > 8, JSON.stringify([...outcomes]));
  });
});

describe("first-parent resolution over generated histories", () => {
  it("pins the newest pushed commit of the first-parent history within pin.candidates, or says how far it searched", { timeout: 120_000 }, async () => {
    const { tagFor } = await import("../src/registry/git-history.js");
    const r = new Rand(2026);
    const dir = mkdtempSync(join(tmpdir(), "argocd-atlas-git-"));
    let n = 0;
    const commit = () => git(dir, "commit", "-q", "--allow-empty", "-m", `c${n++}`);
    git(dir, "init", "-q", "-b", "main");
    commit();
    // Main-line commits, merges of short branches (--no-ff: their commits leave the first-parent
    // line), and fast-forwarded branches (their commits join it).
    for (let step = 0; step < 14; step++) {
      const kind = r.int(0, 9);
      if (kind < 6) {
        commit();
        continue;
      }
      git(dir, "checkout", "-q", "-b", `b${step}`);
      for (let i = r.int(1, 3); i > 0; i--) commit();
      git(dir, "checkout", "-q", "main");
      if (kind < 9 && r.chance(0.7)) commit();
      git(dir, "merge", "-q", kind < 9 ? "--no-ff" : "--ff-only", "-m", `merge b${step}`, `b${step}`);
    }
    const parents = new Map(
      git(dir, "log", "--all", "--format=%H %P")
        .split("\n")
        .map((line) => line.split(" "))
        .map(([sha, ...ps]) => [sha!, ps] as const),
    );
    const all = [...parents.keys()];
    const firstParents = (from: string) => {
      const line: string[] = [];
      for (let at: string | undefined = from; at; at = parents.get(at)![0]) line.push(at);
      return line;
    };
    const tags: Record<string, Files> = {};
    const registry = await startRegistry({ token, tags: { billing: tags }, latest: { billing: v1 } });
    try {
      for (let trial = 0; trial < 16; trial++) {
        const format = r.pick(["{sha}", "{sha:7}", "{sha:12}"]);
        const candidates = r.int(1, 16);
        const revision = r.chance(0.7) ? git(dir, "rev-parse", "HEAD") : r.pick(all);
        const pushed = new Set(all.filter(() => r.chance(0.25)));
        for (const key of Object.keys(tags)) delete tags[key];
        for (const sha of pushed) tags[tagFor(format, sha)] = v1;
        const line = firstParents(revision);
        const searched = line.slice(0, candidates);
        const expected = searched.find((sha) => pushed.has(sha));
        writeFileSync(join(dir, "atlas.project.yaml"), project(registry.url, `{mode: render, candidates: ${candidates}, tagFormat: "${format}"}`));
        const result = await run(["generate"], {
          cwd: dir,
          env: { ...trust(registry.url), ATLAS_TOKEN: token, ARGOCD_APP_NAMESPACE: "shop", ARGOCD_APP_REVISION: revision },
        });
        const where = `trial ${trial}: candidates ${candidates}, format ${format}, revision ${revision}`;
        if (expected) {
          assert.equal(manifests(result)[0]!.spec.dir.remote.tag, tagFor(format, expected), where);
        } else {
          assert.equal(result.code, 1, where);
          const range =
            searched.length < candidates
              ? searched.length === 1
                ? "the only commit"
                : `all ${searched.length} commits`
              : searched.length === 1
                ? "the newest commit"
                : `the last ${searched.length} commits`;
          assert.match(
            result.stderr,
            new RegExp(
              `: searched ${range} of the first-parent history of ${revision.slice(0, 12)}${searched.length < candidates ? "" : ` \\(pin\\.candidates: ${candidates}\\)`} and none is a tag of directory "billing"`,
            ),
            where,
          );
        }
      }
    } finally {
      await registry.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("openRepo under Argo CD", () => {
  it("takes the working directory less ARGOCD_APP_SOURCE_PATH, however the path is written", async () => {
    const { openRepo } = await import("../src/argocd/repository.js");
    const { realpathSync } = await import("node:fs");
    const outer = realpathSync(mkdtempSync(join(tmpdir(), "argocd-atlas-repo-")));
    try {
      mkdirSync(join(outer, ".git"));
      const checkout = join(outer, "work");
      const app = join(checkout, "apps", "shop");
      mkdirSync(app, { recursive: true });
      const rootFor = (sourcePath: string | undefined, cwd = app) =>
        openRepo(cwd, cwd, sourcePath === undefined ? {} : { ARGOCD_APP_SOURCE_PATH: sourcePath }).root;
      for (const written of ["apps/shop", "./apps/shop", "apps/shop/", "apps//shop", "/apps/shop", "apps/x/../shop"])
        assert.equal(rootFor(written), checkout, written);
      for (const written of [".", "", "./", "/"]) assert.equal(rootFor(written, checkout), checkout, JSON.stringify(written));
      // Outside Argo CD, or a path the working directory does not end with: the nearest .git.
      assert.equal(rootFor(undefined), outer);
      assert.equal(rootFor("other/shop"), outer);
      assert.equal(rootFor("work/apps/shop/deeper"), outer);
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });
});
