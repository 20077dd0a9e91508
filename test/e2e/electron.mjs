// The same extension-host suite (test/e2e/suite) on a desktop VS Code through @vscode/test-electron.
// Runs only when a VS Code executable is given (VSCODE_EXECUTABLE_PATH): the test-electron download
// is not reachable on the CI machine, where code-server's extension host runs the suite instead.
import { runTests } from '@vscode/test-electron';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sandbox, QUIET_SETTINGS } from './lib.mjs';
import { bundleSuite } from './host.mjs';

export async function runElectron({ log = console.log, vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH } = {}) {
  if (!vscodeExecutablePath) {
    log('  - skipped: set VSCODE_EXECUTABLE_PATH to a desktop VS Code to run the suite through @vscode/test-electron');
    return { skipped: true };
  }
  const extensionTestsPath = await bundleSuite();
  const box = sandbox('electron');
  writeFileSync(join(box.userData, 'User/settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
  try {
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: root, // package.json's main is dist/extension.js: npm run build first
      extensionTestsPath,
      launchArgs: [box.ws, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', box.userData, '--extensions-dir', box.extensions],
      extensionTestsEnv: { HOME: box.env.HOME },
    });
    if (code !== 0) throw new Error(`@vscode/test-electron: the suite exited with ${code}`);
    return { skipped: false };
  } finally {
    if (!process.env.SARING_E2E_KEEP) box.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runElectron();
}
