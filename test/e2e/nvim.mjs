// Runs test/e2e/nvim/saring.lua in headless Neovim (Debian's 0.7) against the built server over
// stdio and checks what the editor received: diagnostics, a code action applied, hover.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sandbox, brokenServer, BROKEN_SERVER } from './lib.mjs';

export async function runNvim({ log = console.log } = {}) {
  const box = sandbox('nvim');
  const outFile = join(box.dir, 'result.json');
  let server = join(root, 'dist/server.js');
  if (brokenServer) writeFileSync((server = join(box.dir, 'server.js')), BROKEN_SERVER);
  const env = { ...box.env, SARING_OUT: outFile, SARING_FILE: join(box.ws, 'dinkes-vaksinasi.md'), SARING_ROOT: box.ws, SARING_NODE: process.execPath, SARING_SERVER: server };
  const proc = spawn('nvim', ['--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'test/e2e/nvim/saring.lua')}`], { cwd: box.ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => (output += d));
  proc.stderr.on('data', (d) => (output += d));
  const code = await new Promise((resolve) => {
    const deadline = setTimeout(() => proc.kill('SIGKILL'), 60000);
    proc.on('exit', (c, sig) => (clearTimeout(deadline), resolve(c ?? sig)));
  });
  try {
    if (!existsSync(outFile)) throw new Error(`nvim wrote no result (exit ${code}):\n${output}`);
    const r = JSON.parse(readFileSync(outFile, 'utf8'));
    const fail = (msg) => {
      throw new Error(`${msg}\nnvim exit ${code}; result: ${JSON.stringify(r, null, 1).slice(0, 3000)}\n${output}`);
    };
    if (r.error) fail(`the Lua script failed: ${r.error}`);
    if (code !== 0) fail('nvim did not exit cleanly');
    if (!r.got_diagnostics) fail('no ejaan/kata-baku diagnostic on “menghimbau” reached Neovim');
    const kb = r.diagnostics.find((d) => d.code === 'ejaan/kata-baku' && d.message === 'Gunakan bentuk baku “mengimbau”, bukan “menghimbau”.');
    if (!kb || kb.lnum !== 10 || kb.source !== 'saring') fail('the kata-baku diagnostic lacks its Indonesian message, line or source');
    if (!r.diagnostics.some((d) => d.code === 'struktur/hari-tanggal' && d.severity === 1)) fail('the weekday/date error is missing');
    log(`  ✔ Neovim received ${r.diagnostics.length} diagnostics with Indonesian messages and rule codes`);
    for (const t of ['Ganti dengan “mengimbau”', 'Abaikan ejaan/kata-baku di baris ini']) if (!r.titles?.includes(t)) fail(`code action “${t}” missing`);
    if (r.applied !== 'Ganti dengan “mengimbau”') fail('the preferred code action is not the fix');
    if (!/dr\. Rina Wulandari, mengimbau orang tua/.test(r.line_after ?? '')) fail('the code action did not rewrite the line');
    if (!r.cleared) fail('the fixed finding did not disappear after the edit');
    log('  ✔ Neovim applied the preferred code action and the finding went away');
    if (!/Dasar: KBBI/.test(r.hover ?? '') || !/Sebagai gantinya: Ganti dengan “praktik”/.test(r.hover ?? '')) fail('hover lacks the basis and the fix');
    log('  ✔ Neovim hover explains the finding with its basis');
  } finally {
    if (!process.env.SARING_E2E_KEEP) box.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runNvim();
}
