/**
 * One environment from project file to checked objects, the way every verb renders: plan (pure)
 * -> ask the Atlas Registry for the pins, when allowed -> read the in-repo directories -> render
 * (pure). Problems of each step stop the render as a UserError.
 */

import type { RenderContext } from "../render/manifests.js";
import { type EnvironmentRender, orThrow, planRender, type RenderInputs, type RenderPlan, renderPlanned } from "../render/render.js";
import { gatherDirs } from "./migration-dirs.js";
import type { Workspace } from "./workspace.js";

type Env = Readonly<Record<string, string | undefined>>;

export interface RenderOptions extends RenderContext {
  /**
   * Ask the Atlas Registry what pin.mode render and pin.verify need. Off for `validate`, which
   * works offline: tags are then left as written.
   */
  registry?: { env: Env; revision?: string };
}

export async function renderEnvironment(ws: Workspace, environment: string, options: RenderOptions): Promise<EnvironmentRender> {
  const plan = orThrow(planRender(ws.loaded, environment));
  const pins = plan.pins.length > 0 && options.registry ? await gatherPins(ws, plan, options.registry) : undefined;
  const inputs: RenderInputs = {
    ...(options.namespace !== undefined && { namespace: options.namespace }),
    dirs: gatherDirs(ws, plan),
    ...(pins && { pins }),
  };
  return orThrow(renderPlanned(plan, inputs));
}

/** Resolves and verifies the plan's pins; loads the registry client only now. */
async function gatherPins(ws: Workspace, plan: RenderPlan, registry: { env: Env; revision?: string }): Promise<RenderInputs["pins"]> {
  const [{ runPins }, { defaultPinDeps }] = await Promise.all([import("../registry/pinning.js"), import("./pin-deps.js")]);
  const results = await runPins(
    plan.pins,
    { repoRoot: ws.repo.root, source: plan.loaded.source, ...(registry.revision !== undefined && { revision: registry.revision }) },
    defaultPinDeps(registry.env),
  );
  const tags = new Map(
    results.resolutions.filter((r) => r.need.action === "resolve").map((r) => [r.need.target.database, { tag: r.tag, revision: r.revision }]),
  );
  return { tags, warnings: results.warnings };
}
