/**
 * Preloaded (`node -r bench/trace-loads.cjs ...`) for the diagnostic line of the cold-start
 * benchmark: what the process loads and reads. Prints one `TRACE {json}` line on stderr at exit.
 * Not used for the timings (it adds its own work).
 */
"use strict";
const Module = require("node:module");
const fs = require("node:fs");
const vm = require("node:vm");

const builtins = new Set();
const modules = new Set();
const reads = new Set();
const compiled = [];

const load = Module._load;
Module._load = function (request, parent, isMain, ...rest) {
  if (Module.isBuiltin(request)) builtins.add(request.replace(/^node:/, ""));
  else {
    try {
      modules.add(Module._resolveFilename(request, parent, isMain));
    } catch {
      modules.add(request);
    }
  }
  return load.apply(this, [request, parent, isMain, ...rest]);
};

for (const name of ["readFileSync", "openSync"]) {
  const original = fs[name];
  fs[name] = function (path, ...rest) {
    if (typeof path === "string" || path instanceof URL || Buffer.isBuffer(path)) reads.add(String(path));
    return original.apply(this, [path, ...rest]);
  };
}

const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    compiled.push({
      filename: options?.filename,
      bytes: code.length,
      cachedData: Boolean(options?.cachedData),
      cachedDataRejected: this.cachedDataRejected === true,
    });
  }
};

process.on("exit", () => {
  process.stderr.write(`TRACE ${JSON.stringify({ builtins: [...builtins].sort(), modules: [...modules], reads: [...reads], compiled })}\n`);
});
