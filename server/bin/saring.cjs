#!/usr/bin/env node
// The `saring` command: runs the bundled CLI (built by `npm run build`, which `npm ci` runs).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
// `saring lsp` needs the language server only: loaded alone, without the CLI bundle that would
// otherwise be read and compiled first (~30 ms of every editor start).
if (process.argv[2] === 'lsp') {
  const server = path.join(__dirname, '..', '..', 'dist', 'server.js');
  if (!fs.existsSync(server)) {
    process.stderr.write('saring: dist/server.js is missing; run `npm run build`.\n');
    process.exit(2);
  }
  require(server);
  return;
}
const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('saring: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
// V8 first runs each regular expression in its interpreter, from bytecode it optimises (peephole),
// and compiles it to machine code when it runs again. Every pattern of the rules that runs at all
// runs many times (once per sentence), so the bytecode is thrown away at once: compiling straight to
// machine code costs a third as much (the built-in patterns: 0.12 s instead of 0.43 s), which each
// process and worker thread pays at its first documents. With no tries before tiering up, a pattern
// made from now on is compiled to machine code at its first run; patterns made before (Node's own)
// keep the usual path. (Turning tier-up off instead, --no-regexp-tier-up, is only safe on the
// command line: flipped at run time it leaves a pattern already compiled to bytecode to be run as
// machine code, and the process crashes.) The flag only chooses how a pattern is compiled, never
// what it matches.
require('node:v8').setFlagsFromString('--regexp-tier-up-ticks=0');
require(cli);
