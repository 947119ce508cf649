/**
 * `parameters`: Argo CD's dynamic parameter announcements (a JSON list on stdout). It announces
 * the environment parameter with the environments this Application's project file defines.
 * Argo CD runs it in the app directory with the Application's env entries and parameters.
 */
import { join } from "node:path";
import { parameterSpecs } from "../plugin-inputs.js";
import { projectFileName } from "../project-schema.js";
import { environmentNames, openWorkspace } from "../render.js";
import { expectNoArgs } from "./args.js";
import type { Io } from "../io.js";

export async function parametersCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  const cwd = io.cwd;
  const names = environmentNames(openWorkspace(join(cwd, projectFileName), cwd).loaded.project);
  const spec = parameterSpecs.find((p) => p.name === "environment")!;
  const announcement = {
    name: spec.name,
    title: spec.title,
    tooltip: `One of: ${names.join(", ")}.${names.length === 1 ? " The only one is used when left empty." : ""}`,
    required: names.length > 1,
    collectionType: "string",
    ...(names.length === 1 && { string: names[0] }),
  };
  io.out(`${JSON.stringify([announcement])}\n`);
}
