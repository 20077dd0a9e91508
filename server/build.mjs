// Builds everything the product runs: the generated rule registry, then esbuild bundles for the CLI,
// the language server, the VS Code extension and the CLI's worker. CommonJS output in dist/ (with its
// own package.json saying so), because VS Code loads extensions with require().
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, existsSync, copyFileSync, readFileSync, rmSync } from 'node:fs';
import { decodeTrie, encodeITrieToBTrie } from 'cspell-trie-lib';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'server/gen-rules.mjs')], { stdio: 'inherit' });
// What the prefilter reads from the built-in rules' patterns, read once here rather than at every start.
execFileSync(process.execPath, ['--import', 'tsx', join(root, 'server/gen-prefilter.ts')], { stdio: 'inherit' });
for (const extra of ['server/build-dict.mjs']) {
  if (existsSync(join(root, extra))) execFileSync(process.execPath, [join(root, extra)], { stdio: 'inherit' });
}
mkdirSync(join(root, 'dist'), { recursive: true });
// What the last build's bundles cached (server/src/boot/code-cache.ts) is of no use to the new ones.
rmSync(join(root, 'dist/v8-cache'), { recursive: true, force: true });
writeFileSync(join(root, 'dist/package.json'), '{ "type": "commonjs" }\n');
// The Indonesian dictionary travels with the bundles (LGPL-3.0: its licence goes with it).
const dict = join(root, 'node_modules/@cspell/dict-id-id');
copyFileSync(join(dict, 'dict/id-id.trie'), join(root, 'dist/id-id.trie'));
copyFileSync(join(dict, 'LICENSE'), join(root, 'dist/id-id.LICENSE'));
// The same trie in cspell-trie-lib's binary form: read in ~10 ms instead of parsing the text form for
// ~120 ms at every start (the language server's cold start, each CLI worker).
writeFileSync(join(root, 'dist/id-id.btrie'), encodeITrieToBTrie(decodeTrie(readFileSync(join(dict, 'dict/id-id.trie'), 'utf8'))));

// A built-in rule whose own examples fail is refused here, before anything is bundled.
if (!process.argv.includes('--no-check')) {
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'server/check-rules.ts')], { stdio: 'inherit' });
}

// The prefilter's clauses for the built-in rules' patterns, which the language server starts from.
execFileSync(process.execPath, ['--import', 'tsx', join(root, 'server/build-prefilter.ts')], { stdio: 'inherit' });

// The command line (with its worker threads) and the language server are each a bundle run by
// small loaders with V8's code cache (server/src/boot/code-cache.ts): dist/cli.js and
// dist/worker.js run dist/cli.bundle.js, dist/server.js runs dist/server.bundle.js. VS Code loads
// the extension itself.
const entries = [
  ['server/src/cli/entry.ts', 'dist/cli.bundle.js'],
  ['server/src/server.ts', 'dist/server.bundle.js'],
  ['server/src/boot/cli.ts', 'dist/cli.js'],
  ['server/src/boot/worker.ts', 'dist/worker.js'],
  ['server/src/boot/server.ts', 'dist/server.js'],
  ['client/src/extension.ts', 'dist/extension.js'],
];
const watch = process.argv.includes('--watch');
await Promise.all(
  entries
    .filter(([src]) => existsSync(join(root, src)))
    .map(([src, out]) =>
      build({
        entryPoints: [join(root, src)],
        outfile: join(root, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        // Node 20 reads \p{…} in regular expression literals. Without this esbuild rewrites each such
        // literal into `new RegExp("…")`, which looks the pattern up again (or compiles it again, once
        // V8 has aged it out of its cache) every time the expression runs, as in a loop over tokens.
        supported: { 'regexp-unicode-property-escapes': true },
        sourcemap: true,
        minify: process.argv.includes('--minify'),
        external: ['vscode'],
        // import.meta.url has no meaning in CommonJS; code that needs the package root uses __dirname.
        define: { 'import.meta.url': 'import_meta_url' },
        banner: { js: 'const import_meta_url = require("url").pathToFileURL(__filename).href;' },
        logLevel: 'warning',
      }),
    ),
);
