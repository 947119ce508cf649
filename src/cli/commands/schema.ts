import { projectSchema } from "../../project/schema.js";
import { expectNoArgs } from "../args.js";
import type { Io } from "../io.js";

export async function schemaCommand(args: string[], io: Io): Promise<void> {
  expectNoArgs(args);
  io.out(`${JSON.stringify(projectSchema, null, 2)}\n`);
}
