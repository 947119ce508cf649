/**
 * The notification triggers and templates we ship, evaluated by the real engines (test/go/notify): trigger
 * conditions with the expression engine, templates with Go's text/template, both read from the generated
 * argocd-notifications-cm data as the notifications engine reads it. Fixtures are Applications whose
 * status.resources[] carry the health of every health_test.yaml case, as Argo CD records it.
 *
 * Expression engine: Debian's golang-github-antonmedv-expr-dev 1.8.9 (Argo CD now uses its successor
 * expr-lang/expr 1.17, which keeps the syntax used here). YAML: golang-k8s-sigs-yaml-dev 1.3.0.
 *
 * docs/notifications.md shows what a user receives, rendered here: UPDATE_GOLDEN=1 rewrites its generated part.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { before, describe, it } from "node:test";
import { parse } from "yaml";
import { packageRoot } from "../src/common/package-root.js";
import type { HealthKind } from "../src/health/install-files.js";
import {
  APPLIED_PREFIX,
  APPROVAL_PREFIX,
  atlasNotifications,
  HEALTH_PERSIST_KEY,
  notificationConfigData,
  notificationInstallPaths,
  renderNotificationInstallFiles,
} from "../src/health/notifications.js";
import { askOracle } from "./go-oracle.js";
import { isRecord, loadScriptTests, type ScriptTest } from "./health-harness.js";

const root = packageRoot();
const { tests } = await loadScriptTests(root);
const files = renderNotificationInstallFiles();
const fileText = (path: string): string => files.find((f) => f.path === path)!.text;
const SERVICE_TYPES = ["slack", "email"] as const;
const CONTEXT = { argocdUrl: "https://argocd.example.com" };

/** Every argocd-notifications-cm entry we ship, read back from the kustomize patches (default and opt-in). */
const shippedData: Record<string, string> = {};
for (const path of [notificationInstallPaths.kustomize, notificationInstallPaths.kustomizeApplied]) {
  const patch: unknown = parse(fileText(path));
  assert.ok(isRecord(patch) && isRecord(patch.data));
  Object.assign(shippedData, patch.data);
}

interface ConditionAnswer {
  readonly triggered: boolean;
  readonly oncePer?: string;
  readonly error?: string;
}
interface Rendering {
  readonly message: string;
  readonly emailSubject: string;
  readonly error?: string;
}
interface CaseAnswer {
  readonly name: string;
  readonly results: Record<string, ConditionAnswer[]>;
  readonly rendered: Record<string, Record<string, Rendering>>;
}
interface Answer {
  readonly triggers: Record<string, { when?: string; oncePer?: string; send?: string[] }[]>;
  readonly cases: CaseAnswer[];
}

function ask(cases: { name: string; app: unknown }[], options: { renderAll?: boolean; context?: object } = {}): Answer {
  return askOracle<Answer>(
    "notify",
    JSON.stringify({ data: shippedData, context: options.context ?? CONTEXT, serviceTypes: SERVICE_TYPES, renderAll: options.renderAll ?? false, cases }),
  );
}

/** An Atlas resource as Argo CD lists it in app.status.resources, with a health case's expected health. */
function resourceOf(test: ScriptTest): Record<string, unknown> {
  const metadata = isRecord(test.obj) && isRecord(test.obj.metadata) ? test.obj.metadata : {};
  const text = (value: unknown, fallback: string): string => (typeof value === "string" && value !== "" ? value : fallback);
  return {
    group: "db.atlasgo.io",
    version: "v1alpha1",
    kind: test.kind,
    namespace: text(metadata.namespace, "shop"),
    name: text(metadata.name, test.kind === "AtlasMigration" ? "orders-db" : "orders-schema"),
    status: "Synced",
    // Argo CD leaves an empty message out.
    health: { status: test.expected.status, ...(test.expected.message !== "" && { message: test.expected.message }) },
  };
}

const deployment = {
  group: "apps",
  version: "v1",
  kind: "Deployment",
  namespace: "shop",
  name: "orders-api",
  status: "Synced",
  health: { status: "Healthy" },
};

function application(resources: unknown[], status: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: { name: "shop", namespace: "argocd" },
    spec: {
      project: "default",
      destination: { server: "https://kubernetes.default.svc", namespace: "shop" },
      source: { repoURL: "https://git.example.com/shop/deploy.git", path: "db", targetRevision: "main" },
    },
    status: { resources, sync: { status: "Synced", revision: "4f1c7e2a9b3d5f6e8c0a1b2c3d4e5f6a7b8c9d0e" }, ...status },
  };
}

const testName = (test: ScriptTest): string => `${test.kind}/${test.inputPath.replace(/^testdata\/|\.yaml$/g, "")}`;
const findTest = (kind: HealthKind, name: string): ScriptTest => {
  const test = tests.find((t) => t.kind === kind && t.inputPath === `testdata/${name}.yaml`);
  assert.ok(test, `no health case ${kind} ${name}`);
  return test;
};

/** The cases each trigger must fire for; all other health cases must not fire it. */
const EXPECTED: Record<string, (test: ScriptTest) => boolean> = {
  // Awaiting approval: the Suspended cases (a plan waits for approval), both kinds.
  "on-atlas-approval-needed": (test) => test.expected.status === "Suspended",
  // Gave up: the operator will not try again by itself.
  "on-atlas-gave-up": (test) =>
    [
      "AtlasMigration/backoff-gave-up",
      "AtlasMigration/backoff-custom-limit-gave-up",
      "AtlasMigration/backoff-negative-limit",
      "AtlasMigration/backoff-negative-limit-large",
      "AtlasMigration/hook-deleting-gave-up",
      "AtlasSchema/lint-policy-error",
      "AtlasSchema/first-run-destructive",
      "AtlasSchema/verifying-first-run",
      "AtlasSchema/schema-inspect",
      "AtlasSchema/schema-push",
      "AtlasSchema/listing-plans",
      "AtlasSchema/schema-plan",
      "AtlasSchema/applying-schema",
      "AtlasSchema/applying-schema-beyond-limit",
      "AtlasSchema/backoff-gave-up",
      "AtlasSchema/backoff-custom-limit-gave-up",
      "AtlasSchema/hook-deleting-gave-up",
      "AtlasSchema/applying-schema-unexpected-reports-gave-up",
    ].includes(testName(test)),
  // Applied: an AtlasMigration that reports its version.
  "on-atlas-migration-applied": (test) =>
    [
      "AtlasMigration/healthy",
      "AtlasMigration/healthy-old-operator",
      "AtlasMigration/healthy-old-operator-new-crd",
      "AtlasMigration/malformed-generation-string",
      "AtlasMigration/malformed-generation-fraction",
      "AtlasMigration/hook-deleting-applied",
      "AtlasMigration/hook-deleting-applied-reconciled",
    ].includes(testName(test)),
};

describe("notification triggers on every health case, in the expression engine", () => {
  let answer: Answer;
  before(() => {
    answer = ask(
      tests.map((test) => ({ name: testName(test), app: application([deployment, resourceOf(test)]) })),
      { renderAll: true },
    );
  });

  it("reads every trigger as the engine does: a when, an oncePer and templates that exist", () => {
    const names = atlasNotifications.map((n) => n.trigger.name).sort();
    assert.deepEqual(Object.keys(answer.triggers).sort(), names);
    for (const conditions of Object.values(answer.triggers)) {
      assert.equal(conditions.length, 1);
      // A misspelt key (`condition:` for `when:`) would leave `when` empty: the engine then never fires.
      assert.ok(conditions[0]!.when, "when");
      assert.ok(conditions[0]!.oncePer, "oncePer");
    }
  });

  for (const [trigger, expected] of Object.entries(EXPECTED)) {
    it(`${trigger} fires exactly for its cases`, () => {
      const fired = answer.cases.filter((c) => c.results[trigger]?.[0]?.triggered).map((c) => c.name);
      const wanted = tests.filter(expected).map(testName);
      assert.ok(wanted.length >= 3, `only ${wanted.length} cases`);
      assert.deepEqual(fired, wanted);
    });
  }

  it("evaluates without errors, and every template renders for every case", () => {
    const problems = answer.cases.flatMap((c) => [
      ...Object.entries(c.results).flatMap(([trigger, results]) => results.filter((r) => r.error).map((r) => `${c.name} ${trigger}: ${r.error}`)),
      ...Object.entries(c.rendered).flatMap(([template, byService]) =>
        Object.entries(byService)
          .filter(([, r]) => r.error || r.message.includes("<no value>"))
          .map(([service, r]) => `${c.name} ${template} ${service}: ${r.error ?? r.message}`),
      ),
    ]);
    assert.deepEqual(problems, []);
  });

  it("lists in each message exactly the resources the trigger fired for", () => {
    for (const c of answer.cases) {
      for (const { trigger, template } of atlasNotifications) {
        const listed = c.rendered[template.name]?.email?.message.includes("What: ") ?? false;
        assert.equal(listed, c.results[trigger.name]?.[0]?.triggered ?? false, `${c.name} ${template.name}`);
      }
    }
  });

  it("puts the approval URL and the version from the health message into the message", () => {
    const rendered = (name: string, template: string): string => answer.cases.find((c) => c.name === name)!.rendered[template]!.email!.message;
    const approval = findTest("AtlasMigration", "approval-pending").expected.message.slice(APPROVAL_PREFIX.length);
    assert.ok(approval.startsWith("https://"));
    assert.ok(rendered("AtlasMigration/approval-pending", "atlas-approval-needed").includes(`Approve or reject the plan: ${approval}\n`));
    const version = findTest("AtlasMigration", "healthy").expected.message.slice(APPLIED_PREFIX.length);
    assert.ok(rendered("AtlasMigration/healthy", "atlas-migration-applied").includes(`database at version ${version}\n`));
  });
});

describe("notification triggers on Applications of other shapes", () => {
  const approval = findTest("AtlasMigration", "approval-pending");
  const gaveUp = findTest("AtlasMigration", "backoff-gave-up");
  const shapes: { name: string; app: unknown }[] = [
    { name: "just created, no status", app: { ...application([]), status: undefined } },
    { name: "no resources yet", app: application([], { resources: undefined }) },
    // Argo CD 3.x without controller.resource.health.persist: resources carry no health.
    { name: "health not persisted", app: application([{ ...resourceOf(approval), health: undefined }], { resourceHealthSource: "appTree" }) },
    {
      name: "another kind suspended",
      app: application([{ ...deployment, kind: "Rollout", group: "argoproj.io", health: { status: "Suspended", message: `${APPROVAL_PREFIX}x` } }]),
    },
    { name: "retrying failure", app: application([resourceOf(findTest("AtlasMigration", "migrating"))]) },
  ];
  let answer: Answer;
  before(() => {
    answer = ask(
      shapes.map((s) => ({ name: s.name, app: JSON.parse(JSON.stringify(s.app)) as unknown })),
      { renderAll: true },
    );
  });

  it("fires nothing, and fails nowhere", () => {
    for (const c of answer.cases) {
      for (const [trigger, results] of Object.entries(c.results)) {
        assert.deepEqual(results, [{ triggered: false }], `${c.name}: ${trigger}`);
      }
      for (const [template, byService] of Object.entries(c.rendered)) {
        for (const [service, r] of Object.entries(byService)) assert.equal(r.error, undefined, `${c.name} ${template} ${service}`);
      }
    }
  });

  it("notifies once per state: a refresh keeps the oncePer key, a new plan or failure changes it", () => {
    const laterApproval = { ...resourceOf(approval), health: { status: "Suspended", message: `${APPROVAL_PREFIX}https://acme.atlasgo.cloud/deployments/2` } };
    const moreFailures = {
      ...resourceOf(gaveUp),
      health: { status: "Degraded", message: gaveUp.expected.message.replace("after 21 failed", "after 22 failed") },
    };
    const states = ask([
      { name: "a", app: application([resourceOf(approval), resourceOf(gaveUp)]) },
      { name: "a, refreshed", app: application([resourceOf(approval), resourceOf(gaveUp)], { reconciledAt: "2025-01-15T10:03:00Z" }) },
      { name: "b", app: application([laterApproval, moreFailures]) },
    ]).cases;
    const key = (c: CaseAnswer, trigger: string): string | undefined => c.results[trigger]?.[0]?.oncePer;
    for (const trigger of ["on-atlas-approval-needed", "on-atlas-gave-up"]) {
      assert.ok(key(states[0]!, trigger));
      assert.equal(key(states[1]!, trigger), key(states[0]!, trigger), trigger);
      assert.notEqual(key(states[2]!, trigger), key(states[0]!, trigger), trigger);
    }
  });
});

describe("notification install files", () => {
  const helmData = (path: string): Record<string, unknown> => {
    const values: unknown = parse(fileText(path));
    assert.ok(isRecord(values) && isRecord(values.notifications));
    return { ...(values.notifications.triggers as object), ...(values.notifications.templates as object) };
  };

  it("Helm values carry the same triggers and templates as the kustomize patches", () => {
    assert.deepEqual({ ...helmData(notificationInstallPaths.helm), ...helmData(notificationInstallPaths.helmApplied) }, shippedData);
    const defaults = notificationConfigData(atlasNotifications.filter((n) => n.installedByDefault));
    assert.deepEqual(helmData(notificationInstallPaths.helm), { ...defaults.triggers, ...defaults.templates });
  });

  it("the applied notification is opt-in: only in its own files", () => {
    const applied = atlasNotifications.filter((n) => !n.installedByDefault).map((n) => n.trigger.name);
    assert.deepEqual(applied, ["on-atlas-migration-applied"]);
    assert.ok(!fileText(notificationInstallPaths.kustomize).includes("on-atlas-migration-applied"));
    assert.ok(!fileText(notificationInstallPaths.helm).includes("on-atlas-migration-applied"));
  });

  it("turns on the health persistence the triggers read, in both routes", () => {
    const params: unknown = parse(fileText(notificationInstallPaths.kustomizeParams));
    assert.ok(isRecord(params) && isRecord(params.metadata) && isRecord(params.data));
    assert.equal(params.metadata.name, "argocd-cmd-params-cm");
    assert.deepEqual(params.data, { [HEALTH_PERSIST_KEY]: "true" });
    const values: unknown = parse(fileText(notificationInstallPaths.helm));
    assert.deepEqual(isRecord(values) && values.configs, { params: { [HEALTH_PERSIST_KEY]: "true" } });
  });

  it("the install overlay applies the default notifications and the setting", () => {
    const kustomization: unknown = parse(readFileSync(new URL("plugin/kustomize/kustomization.yaml", root), "utf8"));
    assert.ok(isRecord(kustomization) && Array.isArray(kustomization.patches));
    const patches = kustomization.patches as { path: string; target: { kind: string; name: string } }[];
    assert.deepEqual(
      patches.filter((p) => p.path.startsWith("argocd-notifications") || p.path.startsWith("argocd-cmd-params")),
      [
        { path: "argocd-notifications-cm.yaml", target: { kind: "ConfigMap", name: "argocd-notifications-cm" } },
        { path: "argocd-cmd-params-cm.yaml", target: { kind: "ConfigMap", name: "argocd-cmd-params-cm" } },
      ],
    );
  });
});

describe("docs/notifications.md", () => {
  const docsPath = new URL("docs/notifications.md", root);
  const BEGIN = "<!-- BEGIN rendered: generated by test/health-notifications.test.ts from the health test cases; UPDATE_GOLDEN=1 rewrites it -->";
  const END = "<!-- END rendered -->";
  const examples: { trigger: string; title: string; resources: () => unknown[] }[] = [
    {
      trigger: "on-atlas-approval-needed",
      title: "A migration awaiting approval",
      resources: () => [deployment, resourceOf(findTest("AtlasMigration", "approval-pending"))],
    },
    {
      trigger: "on-atlas-gave-up",
      title: "A migration and a schema change the operator gave up on",
      resources: () => [deployment, resourceOf(findTest("AtlasMigration", "backoff-gave-up")), resourceOf(findTest("AtlasSchema", "first-run-destructive"))],
    },
    {
      trigger: "on-atlas-migration-applied",
      title: "A migration applied (opt-in)",
      resources: () => [deployment, resourceOf(findTest("AtlasMigration", "healthy"))],
    },
  ];

  it("shows the message each trigger sends, as rendered from the health test cases", () => {
    const answer = ask(examples.map((e) => ({ name: e.trigger, app: application(e.resources()) })));
    const sections = examples.map((example, index) => {
      const c = answer.cases[index]!;
      assert.equal(c.results[example.trigger]?.[0]?.triggered, true, example.trigger);
      const notification = atlasNotifications.find((n) => n.trigger.name === example.trigger)!;
      const rendered = c.rendered[notification.template.name]!;
      const fence = (text: string): string => `\`\`\`text\n${text.replace(/\n*$/, "\n")}\`\`\``;
      return [
        `### ${example.title}: \`${example.trigger}\``,
        "",
        `${notification.trigger.description}. Template \`${notification.template.name}\`.`,
        "",
        "Slack:",
        "",
        fence(rendered.slack!.message),
        "",
        `Email, subject \`${rendered.email!.emailSubject}\`:`,
        "",
        fence(rendered.email!.message),
      ].join("\n");
    });
    const generated = `${BEGIN}\n\n${sections.join("\n\n")}\n\n${END}`;
    const docs = readFileSync(docsPath, "utf8");
    const start = docs.indexOf(BEGIN);
    const end = docs.indexOf(END);
    assert.ok(start >= 0 && end > start, `docs/notifications.md needs the lines ${BEGIN} and ${END}`);
    const updated = docs.slice(0, start) + generated + docs.slice(end + END.length);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(docsPath, updated);
    assert.equal(docs, updated, "docs/notifications.md is out of date: run UPDATE_GOLDEN=1 node --import tsx --test test/health-notifications.test.ts");
  });
});
