// V8 settings of the language server process, made before any other module of the server is
// evaluated (server.ts imports this first), so that they hold however the server is started: the VS
// Code extension over node IPC, `saring lsp --stdio`, `node dist/server.js --stdio`.
//
// V8 compiles a regular expression to machine code the second time it runs (tier-up after one
// tick). The compliance rules' large patterns become 0.4-0.6 MB of machine code each, and the
// first document a server lints runs most of them a few times only: compiling them all was a
// sizeable part of cold start, and their code 11 MB of the server's heap with 200 documents open.
// After a thousand runs a pattern is as hot as it gets and is compiled then; the others stay in
// V8's bytecode interpreter. Measured (2 shared cores): cold start to first diagnostics, main-thread
// CPU 720-750 -> 660-680 ms; code space with 200 documents open 16 -> 5 MB; a keystroke in the
// 1 MB document unchanged (57 ms CPU); in the 5,000-word release 6.7-7.0 -> 7.6-7.7 ms CPU.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=1000');
