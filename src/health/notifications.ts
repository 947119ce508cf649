/**
 * Argo CD notifications for Atlas Operator resources: triggers and templates for `argocd-notifications-cm`,
 * declared once here and rendered into the install files of both routes (a kustomize patch and values for the
 * argo-cd Helm chart). The triggers read `app.status.resources[]`: kind, health status and the health
 * message our health checks write in the stable forms documented in lua-health/README.md.
 *
 * Trigger format (notifications engine): `trigger.<name>` holds a YAML list of conditions {description, when,
 * oncePer, send}; `when` and `oncePer` are expressions (expr), `send` names templates. A condition without
 * oncePer notifies each time `when` turns true; with oncePer, once per distinct value. Template format:
 * `template.<name>` holds {message, email: {subject}}, Go templates over {app, context, serviceType}.
 * Rendering is pure; nothing runs at import time.
 */
import { stringify } from "yaml";
import type { InstallFile } from "./install-files.js";

export interface NotificationTrigger {
  readonly name: string;
  readonly description: string;
  readonly when: string;
  readonly oncePer: string;
  readonly send: readonly string[];
}

export interface NotificationTemplate {
  readonly name: string;
  readonly emailSubject: string;
  readonly message: string;
}

/** One notification: its trigger and template, and whether the default install files carry it. */
export interface AtlasNotification {
  readonly trigger: NotificationTrigger;
  readonly template: NotificationTemplate;
  /** False: shipped in separate opt-in files. */
  readonly installedByDefault: boolean;
}

const ATLAS_KINDS = `.group == "db.atlasgo.io" and .kind in ["AtlasMigration", "AtlasSchema"]`;

/** Health message prefixes and patterns (lua-health/README.md, "Message forms"). */
export const APPROVAL_PREFIX = "Waiting for plan approval: ";
export const APPLIED_PREFIX = "Database at version ";
/** A Degraded message saying the operator will not try again (gave up, or never retries this error). */
export const NO_RETRY_PATTERN =
  "^[A-Za-z0-9_,: ]+ [(]operator (gave up after [0-9]+ failed attempts?|does not retry this error); fix the cause and change the spec to retry[)]";

/** The resource each trigger looks for, one clause a line (the expression engine reads line breaks as spaces). */
const predicates = {
  approval: [ATLAS_KINDS, `.health != nil and .health.status == "Suspended"`, `.health.message startsWith "${APPROVAL_PREFIX}"`],
  gaveUp: [ATLAS_KINDS, `.health != nil and .health.status == "Degraded"`, `.health.message matches "${NO_RETRY_PATTERN}"`],
  applied: [
    `.group == "db.atlasgo.io" and .kind == "AtlasMigration"`,
    `.health != nil and .health.status == "Healthy"`,
    `.health.message startsWith "${APPLIED_PREFIX}"`,
  ],
};

const closure = (clauses: readonly string[]): string => `{\n  ${clauses.join(" and\n  ")}\n}`;

/** Fires when any resource matches; Applications without a status (just created) never match. */
const anyResource = (clauses: readonly string[]): string =>
  `app.status != nil and app.status.resources != nil and any(app.status.resources, ${closure(clauses)})`;

/** Notify once per set of matching resources and their messages: a new plan, version or failure notifies again. */
const oncePerMatches = (clauses: readonly string[]): string =>
  `map(filter(app.status.resources, ${closure(clauses)}), {.kind + " " + .namespace + "/" + .name + ": " + .health.message})`;

// Template pieces. Only text/template's own functions and Sprig's `contains` (which the notifications engine
// offers) are used; a missing field never fails a template.
const atlasResource = `and (eq (print .group) "db.atlasgo.io") (or (eq (print .kind) "AtlasMigration") (eq (print .kind) "AtlasSchema")) .health`;
/** The "Where" lines; the application's link only where argocd-notifications-cm's context sets argocdUrl. */
const where = (next: string): string =>
  `Where: Argo CD application {{.app.metadata.name}}{{with .app.spec.destination}}, destination {{or .name .server}} namespace {{.namespace}}{{end}}` +
  `{{with .app.status.sync}}{{with .revision}}, revision {{.}}{{end}}{{end}}\n` +
  `{{with .context.argocdUrl}}Application: {{.}}/applications/{{$.app.metadata.name}}\n{{end}}` +
  next;

export const atlasNotifications: readonly AtlasNotification[] = [
  {
    installedByDefault: true,
    trigger: {
      name: "on-atlas-approval-needed",
      description: "An Atlas migration or schema change waits for a person to approve its plan",
      when: anyResource(predicates.approval),
      oncePer: oncePerMatches(predicates.approval),
      send: ["atlas-approval-needed"],
    },
    template: {
      name: "atlas-approval-needed",
      emailSubject: "Approval needed: database change in Argo CD application {{.app.metadata.name}}",
      message: [
        `{{if eq .serviceType "slack"}}:raised_hand: {{end}}A database change waits for approval before the sync of Argo CD application {{.app.metadata.name}} can go on.`,
        `{{range .app.status.resources}}{{if ${atlasResource}}}{{if and (eq (print .health.status) "Suspended") (eq (printf "%.${APPROVAL_PREFIX.length}s" (print .health.message)) "${APPROVAL_PREFIX}")}}`,
        `What: {{.kind}} {{.namespace}}/{{.name}}`,
        `Approve or reject the plan: {{slice .health.message ${APPROVAL_PREFIX.length}}}`,
        `{{end}}{{end}}{{end}}\n` +
          where(
            `Who: anyone allowed to review plans in Atlas Cloud. The Atlas Operator applies the plan within seconds of its approval, and the sync continues.`,
          ),
        ``,
      ].join("\n"),
    },
  },
  {
    installedByDefault: true,
    trigger: {
      name: "on-atlas-gave-up",
      description: "The Atlas Operator stopped retrying a failed migration or schema change",
      when: anyResource(predicates.gaveUp),
      oncePer: oncePerMatches(predicates.gaveUp),
      send: ["atlas-gave-up"],
    },
    template: {
      name: "atlas-gave-up",
      emailSubject: "Failed: database change in Argo CD application {{.app.metadata.name}}, no more retries",
      message: [
        `{{if eq .serviceType "slack"}}:x: {{end}}A database change failed in Argo CD application {{.app.metadata.name}}, and the Atlas Operator will not try it again by itself.`,
        `{{range .app.status.resources}}{{if ${atlasResource}}}{{if and (eq (print .health.status) "Degraded") (or (contains "(operator gave up after " (print .health.message)) (contains "(operator does not retry this error; " (print .health.message)))}}`,
        `What: {{.kind}} {{.namespace}}/{{.name}}`,
        `{{.health.message}}`,
        `Details: kubectl -n {{.namespace}} describe {{.kind}} {{.name}}`,
        `{{end}}{{end}}{{end}}\n` +
          where(
            `What to do: fix the cause the operator reports above, then change the resource's spec (a new migration version, or a higher spec.backoffLimit) or restart the Atlas Operator: it tries once more on each change. The sync that waits for it has failed or will fail; sync again once the change is fixed.`,
          ),
        ``,
      ].join("\n"),
    },
  },
  {
    installedByDefault: false,
    trigger: {
      name: "on-atlas-migration-applied",
      description: "An AtlasMigration reports a new database version",
      when: anyResource(predicates.applied),
      oncePer: oncePerMatches(predicates.applied),
      send: ["atlas-migration-applied"],
    },
    template: {
      name: "atlas-migration-applied",
      emailSubject: "Applied: database migration in Argo CD application {{.app.metadata.name}}",
      message: [
        `{{if eq .serviceType "slack"}}:white_check_mark: {{end}}Database migrations are applied in Argo CD application {{.app.metadata.name}}.`,
        `{{range .app.status.resources}}{{if and (eq (print .group) "db.atlasgo.io") (eq (print .kind) "AtlasMigration") .health}}{{if and (eq (print .health.status) "Healthy") (eq (printf "%.${APPLIED_PREFIX.length}s" (print .health.message)) "${APPLIED_PREFIX}")}}`,
        `What: AtlasMigration {{.namespace}}/{{.name}}, database at version {{slice .health.message ${APPLIED_PREFIX.length}}}`,
        `{{end}}{{end}}{{end}}\n${where("")}`,
      ].join("\n"),
    },
  },
];

/** The Argo CD setting that keeps each resource's health in `app.status.resources[]` (off by default since 3.0). */
export const HEALTH_PERSIST_KEY = "controller.resource.health.persist";

/** The argocd-notifications-cm data entries for some notifications: `trigger.<name>` and `template.<name>`. */
export function notificationConfigData(notifications: readonly AtlasNotification[]): {
  triggers: Record<string, string>;
  templates: Record<string, string>;
} {
  const triggers: Record<string, string> = {};
  const templates: Record<string, string> = {};
  for (const { trigger, template } of notifications) {
    const condition = { description: trigger.description, when: trigger.when, oncePer: trigger.oncePer, send: [...trigger.send] };
    triggers[`trigger.${trigger.name}`] = yamlText([condition]);
    templates[`template.${template.name}`] = yamlText({ email: { subject: template.emailSubject }, message: template.message });
  }
  return { triggers, templates };
}

/** The generated install files, relative to the package root. */
export const notificationInstallPaths = {
  kustomize: "lua-health/install/argocd-notifications-cm.yaml",
  kustomizeApplied: "lua-health/install/argocd-notifications-cm-applied.yaml",
  kustomizeParams: "lua-health/install/argocd-cmd-params-cm.yaml",
  helm: "lua-health/install/notifications-helm-values.yaml",
  helmApplied: "lua-health/install/notifications-applied-helm-values.yaml",
} as const;

/** Renders the install files of the notifications, both routes, default and opt-in. */
export function renderNotificationInstallFiles(notifications: readonly AtlasNotification[] = atlasNotifications): InstallFile[] {
  const byDefault = notifications.filter((n) => n.installedByDefault);
  const optIn = notifications.filter((n) => !n.installedByDefault);
  const names = (list: readonly AtlasNotification[]): string => list.map((n) => n.trigger.name).join(", ");
  const header = (purpose: string[]): string =>
    `${["# Generated from src/health/notifications.ts; do not edit.", "# Regenerate with `npm run gen`.", ...purpose.map((line) => `# ${line}`)].join("\n")}\n`;
  const configMapPatch = (name: string, data: Record<string, string>): string =>
    stringify(
      {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, namespace: "argocd", labels: { "app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "argocd" } },
        data,
      },
      { lineWidth: 0, blockQuote: "literal" },
    );
  const kustomizePatch = (list: readonly AtlasNotification[], purpose: string[]): string => {
    const { triggers, templates } = notificationConfigData(list);
    return (
      header([
        ...purpose,
        "List it in the kustomization that installs Argo CD, with a target:",
        "  patches:",
        "    - path: <this file>",
        "      target: {kind: ConfigMap, name: argocd-notifications-cm}",
      ]) + configMapPatch("argocd-notifications-cm", { ...triggers, ...templates })
    );
  };
  const helmValues = (list: readonly AtlasNotification[], purpose: string[], params: boolean): string => {
    const { triggers, templates } = notificationConfigData(list);
    return (
      header([...purpose, "Pass this file with --values (-f) next to your own values for the argo-cd Helm chart."]) +
      stringify(
        { ...(params && { configs: { params: { [HEALTH_PERSIST_KEY]: "true" } } }), notifications: { triggers, templates } },
        { lineWidth: 0, blockQuote: "literal" },
      )
    );
  };
  const persistNote = [
    `The triggers read each resource's health from the Application, which Argo CD 3.x keeps there only with`,
    `${HEALTH_PERSIST_KEY}: "true" in argocd-cmd-params-cm.`,
  ];
  return [
    {
      path: notificationInstallPaths.kustomize,
      text: kustomizePatch(byDefault, [
        `Argo CD notifications for Atlas Operator resources (${names(byDefault)}), as a strategic-merge`,
        "patch of argocd-notifications-cm.",
        ...persistNote,
        `Apply argocd-cmd-params-cm.yaml beside it too.`,
      ]),
    },
    {
      path: notificationInstallPaths.kustomizeApplied,
      text: kustomizePatch(optIn, [
        `Opt-in Argo CD notifications for Atlas Operator resources (${names(optIn)}), as a strategic-merge`,
        "patch of argocd-notifications-cm, next to argocd-notifications-cm.yaml.",
      ]),
    },
    {
      path: notificationInstallPaths.kustomizeParams,
      text:
        header([
          ...persistNote,
          "A strategic-merge patch of argocd-cmd-params-cm; restart argocd-application-controller after applying it.",
          "List it with a target: {kind: ConfigMap, name: argocd-cmd-params-cm}.",
        ]) + configMapPatch("argocd-cmd-params-cm", { [HEALTH_PERSIST_KEY]: "true" }),
    },
    {
      path: notificationInstallPaths.helm,
      text: helmValues(
        byDefault,
        [
          `Argo CD notifications for Atlas Operator resources (${names(byDefault)}), and the setting`,
          `they need (${HEALTH_PERSIST_KEY}), as values for the argo-cd Helm chart.`,
        ],
        true,
      ),
    },
    {
      path: notificationInstallPaths.helmApplied,
      text: helmValues(
        optIn,
        [
          `Opt-in Argo CD notifications for Atlas Operator resources (${names(optIn)}), as values for the`,
          "argo-cd Helm chart, next to notifications-helm-values.yaml.",
        ],
        false,
      ),
    },
  ];
}

function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, blockQuote: "literal" });
}
