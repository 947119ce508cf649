import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

export async function doctorCommand(_args: string[], _io: Io): Promise<void> {
  throw new UsageError("doctor is not implemented yet");
}
