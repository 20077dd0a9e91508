// Untrusted workspaces: nothing from a workspace executes and nothing reaches the network.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../server/src/config/resolve.ts';

const root = join(import.meta.dirname, '..');

describe('untrusted workspaces', () => {
  // A build, not a timed test: on a loaded 2-core machine it has taken over 20 s.
  before(function () {
    this.timeout(180_000);
    execFileSync(process.execPath, [join(root, 'server/build.mjs'), '--no-check'], { stdio: 'inherit' });
  });

  for (const bundle of ['server.bundle.js', 'cli.bundle.js']) {
    it(`dist/${bundle} loads no network module and spawns no process`, () => {
      const src = readFileSync(join(root, 'dist', bundle), 'utf8');
      // child_process is left out here: vscode-languageserver bundles its Files helpers (global npm
      // path lookup), which Saring never calls; our own sources are checked for it below.
      for (const mod of ['http', 'https', 'http2', 'dgram', 'tls']) {
        assert.ok(!new RegExp(`require\\("(?:node:)?${mod}"\\)`).test(src), `${bundle} requires ${mod}`);
      }
      assert.ok(!/\bfetch\(/.test(src), `${bundle} calls fetch`);
      assert.ok(!/\beval\(|new Function\(/.test(src.replace(/\/\/.*$/gm, '')) || bundle !== 'server.bundle.js', `${bundle} evaluates code`);
    });
  }

  it('our own sources import no network module and spawn no process (tests and build scripts aside)', () => {
    const files = execFileSync('git', ['ls-files', 'server/src', 'rules', 'client/src'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'));
    assert.ok(files.length > 20);
    for (const f of files) {
      const src = readFileSync(join(root, f), 'utf8');
      assert.ok(!/from 'node:(?:http|https|http2|net|dgram|tls|child_process)'|require\('(?:http|https|child_process)'\)|\bfetch\(|\beval\(|new Function\(/.test(src), f);
    }
  });

  it('a .saring.yml cannot run code: YAML tags are data, custom rules are data', () => {
    const marker = '__saring_executed__';
    (globalThis as Record<string, unknown>)[marker] = false;
    const r = resolveConfig({ text: `words: !!js/function "function () { globalThis.${marker} = true }"\ncustom:\n  - id: a/b\n    kind: pattern\n    message: m\n    pattern: "x"\n    run: "globalThis.${marker} = true"\n` });
    assert.equal((globalThis as Record<string, unknown>)[marker], false);
    assert.ok(r.problems.length >= 1, 'the unknown tag or field is reported');
    assert.ok(r.problems.some((p) => /run/.test(p.message.en)), 'the unknown "run" field is refused');
  });
});
