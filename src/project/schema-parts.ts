/**
 * Building blocks of the project schema shared by several settings (src/project/fields.ts) and by
 * the file's own keys (src/project/schema.ts): names, key references, maps, and the credential
 * check of URL fields.
 */
import {
  atlasMigrationNameMaxLength,
  dataKeyMaxLength,
  dataKeyPattern,
  dnsLabelMaxLength,
  dnsLabelPattern,
  dnsSubdomainMaxLength,
  dnsSubdomainPattern,
  labelValueMaxLength,
  labelValuePattern,
  qualifiedNameMaxLength,
  qualifiedNamePattern,
} from "../common/names.js";

/** How a message spells a Secret reference. */
export const secretRef = "{secretKeyRef: {name: <secret>, key: <key>}}";

/** `password` as a pattern matching any case (patterns take no flags). */
const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * A URL whose user information holds a password (`://user:pass@`, the colon before the last
 * `@` of the authority), or a query parameter named like a password (`?password=`, `&db_pass=`,
 * `;authToken=`). The CLI checks more shapes (percent-encoded names, DSNs: see
 * src/common/credential-shapes.ts); this is what an editor can flag. Linear: each alternative
 * starts at a literal or a separator and scans only to the next one.
 */
const credentialInUrl = [
  "://[^/?#:]*:[^/?#]*@",
  `[?&;](?:[^=&;#?]*[-_.])?${anyCase("pass")}=`,
  `[?&;][^=&;#?]*(?:${["password", "passwd", "pwd", "passphrase", "secret", "token", "credential", "credentials", "apikey"].map(anyCase).join("|")})=`,
].join("|");

/** The fix a URL field's schema names for a credential in it (undefined: no URL field). */
export function urlCredentialFix(schema: unknown): string | undefined {
  const not = (schema as { not?: { pattern?: unknown; description?: unknown } } | undefined)?.not;
  return not?.pattern === credentialInUrl && typeof not.description === "string" ? not.description : undefined;
}

/** A URL field that refuses credentials, with the message naming its fix. */
export function urlWithoutCredentials(description: string, fix: string, extra: { pattern?: string; minLength?: number; maxLength: number }) {
  return {
    description,
    type: "string",
    ...extra,
    not: { description: fix, type: "string", pattern: credentialInUrl },
  } as const;
}

/** A key of a Secret or ConfigMap, as the operator's `*KeyRef` fields name it. */
function keyReference(kind: "Secret" | "ConfigMap") {
  return {
    description: `A key of a ${kind} in the same namespace as the AtlasMigration.`,
    type: "object",
    additionalProperties: false,
    required: ["name", "key"],
    properties: {
      name: { $ref: "#/definitions/ObjectName" },
      key: {
        description: `A ${kind} data key: letters, digits, '-', '_' and '.'.`,
        type: "string",
        pattern: dataKeyPattern,
        maxLength: dataKeyMaxLength,
      },
    },
  } as const;
}

/** A label or annotation key, described for an editor. */
function qualifiedKey(what: string) {
  return {
    description: `${what}: an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.`,
    pattern: qualifiedNamePattern,
    maxLength: qualifiedNameMaxLength,
  } as const;
}

/** Definitions more than one setting uses, in the order the published schema lists them. */
export const sharedDefinitions = {
  DatabaseKey: {
    description:
      "A DNS-1123 label of at most 50 characters: lowercase letters, digits and '-', starting and ending with a letter or digit (the operator names its dev database `<name>-atlas-dev-db` and uses that as a label value).",
    type: "string",
    pattern: dnsLabelPattern,
    maxLength: atlasMigrationNameMaxLength,
  },
  EnvironmentName: {
    description: "An environment name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
    type: "string",
    pattern: dnsLabelPattern,
    maxLength: dnsLabelMaxLength,
  },
  Namespace: {
    description: "A Kubernetes namespace: a DNS-1123 label (lowercase letters, digits and '-', at most 63 characters).",
    type: "string",
    pattern: dnsLabelPattern,
    maxLength: dnsLabelMaxLength,
  },
  ObjectName: {
    description: "A Kubernetes object name: a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', at most 253 characters).",
    type: "string",
    pattern: dnsSubdomainPattern,
    maxLength: dnsSubdomainMaxLength,
  },
  SecretKeyRef: keyReference("Secret"),
  ConfigMapKeyRef: keyReference("ConfigMap"),
  SecretSource: {
    description: "A value read by the operator from a Secret.",
    type: "object",
    additionalProperties: false,
    required: ["secretKeyRef"],
    properties: {
      secretKeyRef: { $ref: "#/definitions/SecretKeyRef" },
    },
  },
  StringMap: {
    type: "object",
    propertyNames: { description: "A parameter name of at most 256 characters.", maxLength: 256 },
    additionalProperties: { type: "string", maxLength: 65536 },
  },
  Labels: {
    description: "Labels added to the rendered objects.",
    type: "object",
    propertyNames: qualifiedKey("A label key"),
    additionalProperties: {
      description: "A label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
      type: "string",
      pattern: labelValuePattern,
      maxLength: labelValueMaxLength,
    },
  },
  Annotations: {
    description: "Annotations added to the rendered objects.",
    type: "object",
    propertyNames: qualifiedKey("An annotation key"),
    additionalProperties: { type: "string", maxLength: 65536 },
  },
} as const;
