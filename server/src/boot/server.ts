// dist/server.js, the file editors start (the VS Code extension included): the language server
// (dist/server.bundle.js), run with its V8 code cache (see code-cache.ts), written once the first
// document has been linted (server.ts), or at exit if no document was.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './code-cache.ts';

// The V8 flags the bundle sets (lsp/v8-flags.ts; --expose-gc for lsp/idle.ts, which only a new
// context sees) are set before it is compiled, and the bundle's own calls then change nothing:
// V8 writes a hash of its flags into the cache and rejects the cache when the flags it is compiled
// with differ, so a flag set after compiling would make every start compile afresh.
setFlagsFromString('--regexp-tier-up-ticks=1000');
setFlagsFromString('--expose-gc');
runBundle(join(__dirname, 'server.bundle.js'), module, require, true);
