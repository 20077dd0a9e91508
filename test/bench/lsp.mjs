// Language-server latency through a real LSP client over stdio (issue 6): cold start to first
// diagnostics, edit -> fresh diagnostics (p50/p95) on a 5,000-word release and a 1 MB document,
// and resident memory with 200 documents open (right after the last lint, and after 10 s idle).
// Uses pull diagnostics, as VS Code does.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = join(root, '.bench', 'corpus');

function start() {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification(() => undefined);
  conn.listen();
  return { proc, conn, t0 };
}

async function init(conn) {
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
  await conn.sendNotification('initialized', {});
}

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function editLatency(conn, uri, text, edits) {
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const times = [];
  let version = 1;
  let seed = 7;
  const lines = text.split('\n');
  for (let i = 0; i < edits; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const line = seed % lines.length;
    const t = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }] });
    await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    times.push(performance.now() - t);
  }
  return { p50: pct(times, 50), p95: pct(times, 95) };
}

function rssMb(pid) {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function lspBench() {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.md')).sort();
  const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8'));
  // A 5,000-word release and a 1 MB document from the corpus.
  let release = '';
  for (const t of texts) {
    if (release.split(/\s+/).length >= 5000) break;
    release += t + '\n';
  }
  let big = '';
  for (const t of texts) {
    if (big.length >= 1024 * 1024) break;
    big += t + '\n';
  }

  // Cold start: process spawn to the first diagnostics of the release.
  const a = start();
  await init(a.conn);
  const uri = pathToFileURL(join(corpus, 'rilis-5000.md')).href;
  await a.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: release } });
  const first = await a.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const cold = performance.now() - a.t0;
  const small = await editLatency(a.conn, pathToFileURL(join(corpus, 'rilis-5000b.md')).href, release, 100);
  const large = await editLatency(a.conn, pathToFileURL(join(corpus, 'besar-1mb.md')).href, big, 40);
  a.proc.kill();

  // Memory with 200 documents open (each linted once).
  const b = start();
  await init(b.conn);
  for (let i = 0; i < 200; i++) {
    const u = pathToFileURL(join(corpus, `buka-${i}.md`)).href;
    await b.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'markdown', version: 1, text: texts[i % texts.length] } });
    await b.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: u } });
  }
  const rss = rssMb(b.proc.pid);
  // The same documents once the writer has paused: the server collects garbage when idle
  // (server/src/lsp/idle.ts), which the figure above, read right after the last lint, cannot show.
  await new Promise((done) => setTimeout(done, 10_000));
  const rssIdle = rssMb(b.proc.pid);
  b.proc.kill();
  return { words: release.split(/\s+/).length, bigBytes: big.length, cold, firstCount: first.items.length, small, large, rss, rssIdle };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) lspBench().then((r) => console.log(JSON.stringify(r, null, 2)));
