/**
 * The installed package's root directory (where package.json, lua-health/ and schema/ live), found
 * from this module's location, which differs between the sources (src/) and the bundle (dist/).
 */
import { existsSync } from "node:fs";

export function packageRoot(): URL {
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    if (existsSync(new URL("package.json", dir))) return dir;
    if (new URL("../", dir).href === dir.href) throw new Error("package.json not found above the program");
  }
}
