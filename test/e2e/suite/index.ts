// Entry point that VS Code's extension host calls (extensionTestsPath): @vscode/test-electron on a
// desktop, or code-server's smoke-test-driver hook here. Runs saring.test.js with the project's mocha.
// The test file is loaded with the host's require() so that `import * as vscode from 'vscode'` works.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

declare const __dirname: string;

export async function run(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const { default: Mocha } = (await import(pathToFileURL(join(root, 'node_modules/mocha/index.js')).href)) as { default: any };
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  const file = join(__dirname, 'saring.test.cjs');
  mocha.suite.emit('pre-require', globalThis, file, mocha);
  mocha.suite.emit('require', require(file), file, mocha);
  mocha.suite.emit('post-require', globalThis, file, mocha);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} Saring extension test(s) failed`);
}
