/**
 * What each target asks of the Atlas Registry, decided from the project alone (pure and cheap,
 * so a render that needs no registry never loads the HTTP client):
 *   - resolve: pin.mode render and a floating tag (empty or `latest`): find the latest tag;
 *   - verify: a concrete tag with pin.mode render or pin.verify: check that it exists;
 *   - nothing, with a warning when the tag floats: the operator never re-applies a new push.
 */
import type { Problem } from "../common/errors.js";
import { quote } from "../common/errors.js";
import type { Pin } from "../generated/project-types.js";
import { pinDefaults as pinDefaultsOf } from "../project/fields.js";
import type { YamlSource } from "../project/yaml-source.js";
import type { Target } from "./resolve.js";

export interface PinNeed {
  target: Target;
  action: "resolve" | "verify";
  /** The directory name in the registry. */
  name: string;
  pin: Required<Pin>;
}

/** The defaults of pin's fields, as the project schema declares them. */
export const pinDefaults: Required<Pin> = pinDefaultsOf();

export function isFloating(tag: string | undefined): boolean {
  return tag === undefined || tag === "" || tag === "latest";
}

export function planPins(targets: readonly Target[], source: YamlSource): { needs: PinNeed[]; warnings: Problem[] } {
  const needs: PinNeed[] = [];
  const warnings: Problem[] = [];
  for (const target of targets) {
    const remote = target.settings.dir?.remote;
    if (!remote?.name) continue;
    const pin = { ...pinDefaults, ...target.settings.pin };
    const floating = isFloating(remote.tag);
    if (floating && pin.mode === "render") needs.push({ target, action: "resolve", name: remote.name, pin });
    else if (!floating && (pin.mode === "render" || pin.verify)) needs.push({ target, action: "verify", name: remote.name, pin });
    else if (floating) {
      const fix = pin.mode === "write" ? "run `argocd-atlas pin` and commit the result" : "pin a tag (dir.remote.tag), or set pin.mode: render or write";
      warnings.push(
        source.problem(
          target.origin(["dir", "remote"]),
          `warning: database ${quote(target.database)} in environment ${quote(target.environment)} follows the floating latest version of ${quote(remote.name)}, which the operator never re-applies after a new push: ${fix}`,
        ),
      );
    }
  }
  return { needs, warnings };
}

/** The target with its tag set and annotations added. */
export function withTag(target: Target, tag: string, annotations: Record<string, string> = {}): Target {
  const s = target.settings;
  return {
    ...target,
    settings: {
      ...s,
      dir: { remote: { ...s.dir!.remote, tag } },
      ...(Object.keys(annotations).length > 0 && { annotations: { ...s.annotations, ...annotations } }),
    },
  };
}
