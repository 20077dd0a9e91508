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
require(cli);
