// Runs test/e2e/suite (mocha, asserting through the vscode API) inside code-server's real Node
// extension host, through the workbench's smoke-test-driver hooks: the payload names the extension
// under development and the tests, and the workbench reports the exit code to codeAutomationExit.
// Undocumented hooks: code-server's version is pinned in setup.sh.
import { build } from 'esbuild';
import { format } from 'node:util';
import { join } from 'node:path';
import { root, testDir, sandbox, startCodeServer, launchBrowser, until } from './lib.mjs';

export async function bundleSuite() {
  const out = join(testDir, 'suite');
  await build({
    entryPoints: { index: join(root, 'test/e2e/suite/index.ts'), 'saring.test': join(root, 'test/e2e/suite/saring.test.ts') },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outExtension: { '.js': '.cjs' }, // the package is "type": "module"; the host require()s these
    logLevel: 'warning',
  });
  return join(out, 'index.cjs');
}

export async function runHostSuite({ log = console.log, extraArgs = [] } = {}) {
  const index = await bundleSuite();
  const box = sandbox('host');
  const server = await startCodeServer(box, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver', ...extraArgs] });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let exitCode;
    const lines = [];
    await page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = Array.isArray(args) ? format(...args) : String(args);
      lines.push(line);
      // The workbench's own chatter (sockets, the unreachable open-vsx.org gallery) is kept for a failure report only.
      if (!/open-vsx|vsda|socket|Creation of workbench contribution|connection token|grace time|Service Worker|builtin extensions|AgentHost|AccountPolicyGate|^\s+at /.test(line)) log(`  [host] ${line}`);
    });
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://remote${server.extensionDir}`],
      ['extensionTestsPath', `vscode-remote://remote${index}`],
      ['skipWelcome', 'true'],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(box.ws)}&payload=${encodeURIComponent(payload)}`);
    await until('the extension-host suite to finish', () => exitCode !== undefined, { timeout: 180000, interval: 200 });
    return { exitCode, lines };
  } finally {
    await browser.close();
    await server.stop();
    if (!process.env.SARING_E2E_KEEP) box.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { exitCode } = await runHostSuite({ extraArgs: process.argv.slice(2) });
  console.log(`extension-host suite exit code: ${exitCode}`);
  process.exit(exitCode === 0 ? 0 : 1);
}
