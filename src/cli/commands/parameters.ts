/**
 * `parameters`: Argo CD's parameter announcements for the UI (a JSON list on stdout), one per
 * parameter of src/argocd/plugin-inputs.ts. plugin.yaml announces nothing statically: Argo CD lists
 * dynamic announcements first and the UI shows the first of a name, so a static twin would only
 * be noise. The environment parameter carries the environments this Application's project file
 * defines. Argo CD runs this in the app directory with the Application's env entries and parameters.
 */
import { join } from "node:path";
import { parameterSpecs } from "../../argocd/plugin-inputs.js";
import { openWorkspace } from "../../gather/workspace.js";
import { projectFileName } from "../../project/schema.js";
import { environmentNames } from "../../render/render.js";
import { expectNoArgs } from "../args.js";
import type { Io } from "../io.js";

export async function parametersCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  const cwd = io.cwd;
  const names = environmentNames(openWorkspace(join(cwd, projectFileName), cwd).loaded.project);
  const announcements = parameterSpecs.map((spec) =>
    spec.name === "environment"
      ? {
          name: spec.name,
          title: spec.title,
          tooltip: `One of: ${names.join(", ")}.${names.length === 1 ? " The only one is used when left empty." : ""}`,
          required: names.length > 1,
          collectionType: "string",
          ...(names.length === 1 && { string: names[0] }),
        }
      : { name: spec.name, title: spec.title, tooltip: spec.tooltip, collectionType: "string", ...(spec.default !== "" && { string: spec.default }) },
  );
  io.out(`${JSON.stringify(announcements)}\n`);
}
