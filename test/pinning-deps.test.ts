/**
 * Tag pinning with its dependencies replaced: an in-memory registry, a fixed history, a token
 * without a file or a variable. The real wiring (HTTP, git, the token's sources) is tested end to
 * end in pinning.test.ts; this checks what runPins decides from what they answer.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatProblem, type UserError } from "../src/common/errors.js";
import { parseProject } from "../src/project/project-file.js";
import type { Lookup, RegistryClient, RegistryOptions } from "../src/registry/client.js";
import type { DirState } from "../src/registry/dir-state.js";
import { type PinDeps, runPins } from "../src/registry/pinning.js";
import { planRender } from "../src/render/render.js";

const shas = ["c".repeat(40), "b".repeat(40), "a".repeat(40)];

/** A registry holding `tags` (directory:tag -> state; directory alone for its latest). */
function fakeDeps(tags: Record<string, DirState>, env: Record<string, string> = {}) {
  const asked: string[] = [];
  const clients: RegistryOptions[] = [];
  const deps: PinDeps = {
    env,
    place: "argocd",
    readToken: async () => "token-from-the-test",
    client: (options) => {
      clients.push(options);
      const client: RegistryClient = {
        requests: 0,
        dirState: async (name, tag): Promise<Lookup> => {
          const key = tag === undefined ? name : `${name}:${tag}`;
          asked.push(key);
          const state = tags[key];
          return state ? { found: true, state } : { found: false };
        },
        close: async () => {},
      };
      return client;
    },
    history: async (_root, revision, count) => {
      assert.equal(revision, "HEAD");
      return { commits: shas.slice(0, count), cutShort: false };
    },
  };
  return { deps, asked, clients };
}

function needsOf(text: string, environment = "prod") {
  const loaded = parseProject("atlas.project.yaml", text);
  const plan = planRender(loaded, environment);
  assert.ok(plan.ok);
  return { needs: plan.value.pins, source: loaded.source };
}

const project = (cloud = "") => `version: 1
databases:
  billing:
    urlFrom: {secretKeyRef: {name: db, key: url}}
    cloud: {${cloud}tokenFrom: {secretKeyRef: {name: atlas, key: token}}}
    dir: {remote: {name: billing}}
    pin: {mode: render}
environments:
  prod: {}
`;

describe("runPins with injected dependencies", () => {
  it("resolves the newest commit that is a tag, and warns when the registry's latest differs", async () => {
    const { needs, source } = needsOf(project());
    const older: DirState = { sum: "h1:old", latest: "1_a.sql" };
    const newer: DirState = { sum: "h1:new", latest: "2_b.sql" };
    const { deps, asked, clients } = fakeDeps({ [`billing:${shas[1]}`]: older, billing: newer });
    const results = await runPins(needs, { repoRoot: "/repo", source }, deps);
    assert.deepEqual(
      results.resolutions.map((r) => [r.need.target.database, r.tag, r.revision, r.state]),
      [["billing", shas[1], shas[0], older]],
    );
    assert.deepEqual(asked, [`billing:${shas[0]}`, `billing:${shas[1]}`, "billing"]);
    assert.deepEqual(results.warnings.map(formatProblem), [
      `atlas.project.yaml:7:10: databases.billing.pin: warning: database "billing" in environment "prod": pinned ${shas[1]}, the newest tag on this history, but the registry's latest version of "billing" differs (pushed from another branch, or from a newer commit)`,
    ]);
    assert.deepEqual(
      clients.map((c) => [c.endpoint, c.token, c.requestTimeoutMs, c.budgetMs]),
      [["https://api.atlasgo.cloud/query", "token-from-the-test", 10_000, 30_000]],
    );
  });

  it("takes the client's time limits from the injected environment", async () => {
    const { needs, source } = needsOf(project());
    const state: DirState = { sum: "h1:x", latest: "1_a.sql" };
    const { deps, clients } = fakeDeps(
      { [`billing:${shas[0]}`]: state, billing: state },
      { ARGOCD_ATLAS_REGISTRY_TIMEOUT_MS: "500", ARGOCD_ATLAS_REGISTRY_BUDGET_MS: "2000" },
    );
    await runPins(needs, { repoRoot: "/repo", source }, deps);
    assert.deepEqual(
      clients.map((c) => [c.requestTimeoutMs, c.budgetMs]),
      [[500, 2000]],
    );
  });

  it("refuses an untrusted cloud.url before the token is read, with the advice of the run place", async () => {
    const { needs, source } = needsOf(project("url: 'https://elsewhere.example/query', "));
    const { deps } = fakeDeps({});
    let tokenRead = false;
    await assert.rejects(
      runPins(
        needs,
        { repoRoot: "/repo", source },
        {
          ...deps,
          readToken: async () => {
            tokenRead = true;
            return "t";
          },
        },
      ),
      (e: UserError) => {
        assert.deepEqual(e.problems.map(formatProblem), [
          "atlas.project.yaml:5:18: databases.billing.cloud.url: the plugin sends its Atlas Cloud token only to https://api.atlasgo.cloud/query and the URLs listed in ARGOCD_ATLAS_REGISTRY_URLS: add https://elsewhere.example/query to ARGOCD_ATLAS_REGISTRY_URLS in the plugin's sidecar environment, or remove cloud.url",
        ]);
        return true;
      },
    );
    assert.equal(tokenRead, false);
  });
});
