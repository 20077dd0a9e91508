// npm run test:e2e: installs what the editors need (test/e2e/setup.sh, idempotent), packages the
// extension, then drives real editors: VS Code (code-server) through its UI and through the vscode
// API inside its extension host, headless Neovim over stdio, and a desktop VS Code through
// @vscode/test-electron when VSCODE_EXECUTABLE_PATH names one.
//   --update-screenshots   write the README's pictures to client/media/ (otherwise .vscode-test/screenshots/)
//   --skip-setup           do not run setup.sh (it is fast when already done)
//   --broken-server        swap in a language server that exits at once; succeeds only if every part fails
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { rmSync } from 'node:fs';

const args = process.argv.slice(2);
const broken = args.includes('--broken-server');
if (broken) process.env.SARING_E2E_BROKEN_SERVER = '1'; // read by lib.mjs, imported below
const t0 = Date.now();
const secs = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
function sh(cmd, argv) {
  const t = Date.now();
  const r = spawnSync(cmd, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`e2e: ${cmd} ${argv.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
  console.log(`e2e: ${cmd} ${argv.join(' ')} (${secs(t)})`);
}

const { root, testDir } = await import('./lib.mjs');
rmSync(join(testDir, 'runs'), { recursive: true, force: true }); // sandboxes a failed run kept for inspection
if (!args.includes('--skip-setup')) sh('bash', [join(root, 'test/e2e/setup.sh')]);
sh('npm', ['run', '--silent', 'package']);

const { runUi } = await import('./vscode-ui.mjs');
const { runHostSuite } = await import('./host.mjs');
const { runNvim } = await import('./nvim.mjs');
const { runElectron } = await import('./electron.mjs');
const shots = args.includes('--update-screenshots') && !broken ? join(root, 'client/media') : join(testDir, 'screenshots');

const results = [];
async function part(name, fn) {
  const t = Date.now();
  console.log(`\n${name}`);
  try {
    const r = await fn();
    results.push([name, r?.skipped ? 'skip' : 'ok', secs(t)]);
  } catch (e) {
    console.error(`  ✗ ${e.stack ?? e}`);
    results.push([name, 'FAILED', secs(t)]);
  }
}
await part('VS Code (code-server) through its UI', () => runUi({ shots }));
await part('VS Code (code-server) extension host: mocha suite through the vscode API', async () => {
  const { exitCode } = await runHostSuite();
  if (exitCode !== 0) throw new Error(`the extension-host suite exited with ${exitCode}`);
});
await part('Neovim 0.7 over stdio', () => runNvim());
await part('desktop VS Code through @vscode/test-electron', () => runElectron());

console.log('');
for (const [name, status, time] of results) console.log(`e2e: ${status.padEnd(6)} ${name} (${time})`);
console.log(`e2e: screenshots in ${shots}; total ${secs(t0)}`);
if (broken) {
  const ran = results.filter((r) => r[1] !== 'skip');
  const passed = ran.filter((r) => r[1] === 'ok');
  console.log(passed.length ? `e2e: with a broken server these still passed: ${passed.map((r) => r[0]).join('; ')}` : `e2e: with a broken server all ${ran.length} parts failed, as they should`);
  process.exit(passed.length ? 1 : 0);
}
process.exit(results.some((r) => r[1] === 'FAILED') ? 1 : 0);
