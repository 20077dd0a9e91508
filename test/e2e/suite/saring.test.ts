// The extension asserted through the vscode API, inside a real extension host (code-server here, a
// desktop VS Code through @vscode/test-electron elsewhere). The workspace is a copy of
// test/fixtures/contoh. Every wait polls with a deadline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const KATA_BAKU = 'ejaan/kata-baku';

async function until<T>(what: string, fn: () => T | undefined | false | Promise<T | undefined | false>, timeout = 20000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The first result of `p`, or undefined after `ms`: one provider call must not eat the whole deadline. */
function capped<T>(p: Thenable<T>, ms = 3000): Promise<T | undefined> {
  return Promise.race([Promise.resolve(p), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'object' && c) return String(c.value);
  return c === undefined ? undefined : String(c);
}

function saringDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'saring');
}

function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test runs with the example releases as its workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc);
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return until('quick fixes from Saring', async () => {
    const actions = await capped(vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value));
    return actions && actions.length > 0 ? actions : undefined;
  });
}

describe('Saring in a real VS Code extension host', function () {
  before(async () => {
    const ext = vscode.extensions.getExtension('saring.saring');
    assert.ok(ext, 'extension saring.saring is installed');
    await open('dinkes-vaksinasi.md');
    await until('the extension to activate', () => ext.isActive);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reports findings with Indonesian messages, rule codes and documentation links', async () => {
    const { document } = await open('dinkes-vaksinasi.md');
    const diags = await until('Saring diagnostics on dinkes-vaksinasi.md', () => {
      const d = saringDiagnostics(document.uri);
      return d.some((x) => codeOf(x) === KATA_BAKU) ? d : undefined;
    });
    const himbau = diags.find((d) => codeOf(d) === KATA_BAKU && document.getText(d.range) === 'menghimbau');
    assert.ok(himbau, `a kata-baku finding on “menghimbau”; got ${diags.map((d) => `${codeOf(d)}@${d.range.start.line}`).join(', ')}`);
    assert.equal(himbau.message, 'Gunakan bentuk baku “mengimbau”, bukan “menghimbau”.');
    assert.equal(himbau.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(himbau.range.start.line, 10);
    const code = himbau.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /kata-baku/);
    const hari = diags.find((d) => codeOf(d) === 'struktur/hari-tanggal');
    assert.ok(hari, 'the weekday/date mismatch is found');
    assert.equal(hari.severity, vscode.DiagnosticSeverity.Error);
    assert.match(hari.message, /26 Mei 2025 jatuh pada hari Senin, bukan Jumat/);
  });

  it('applies the preferred quick fix to the text', async () => {
    const { document } = await open('dinkes-vaksinasi.md');
    const d = await until('the “menghimbau” finding', () => saringDiagnostics(document.uri).find((x) => codeOf(x) === KATA_BAKU && document.getText(x.range) === 'menghimbau'));
    const actions = await quickFixes(document.uri, d.range);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred fix among ${titles.join(' | ')}`);
    assert.equal(fix.title, 'Ganti dengan “mengimbau”');
    assert.ok(titles.includes(`Abaikan ${KATA_BAKU} di baris ini`), titles.join(' | '));
    assert.ok(titles.includes(`Perbaiki semua ${KATA_BAKU} di berkas ini`), titles.join(' | '));
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.match(document.lineAt(10).text, /dr\. Rina Wulandari, mengimbau orang tua/);
    await until('the fixed finding to disappear', () => !saringDiagnostics(document.uri).some((x) => codeOf(x) === KATA_BAKU && x.range.start.line === 10 && x.range.start.character === 44));
  });

  it('fixes every safe finding with source.fixAll.saring', async () => {
    const { document } = await open('dinkes-vaksinasi.md');
    const full = new vscode.Range(0, 0, document.lineCount, 0);
    await until('Saring diagnostics', () => saringDiagnostics(document.uri).length > 0);
    const before = saringDiagnostics(document.uri).length;
    const actions = await until('a fix-all action', async () => {
      const a = await capped(vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, full, 'source.fixAll.saring'));
      return a && a.length > 0 ? a : undefined;
    });
    assert.equal(actions[0].title, 'Perbaiki semua temuan yang aman (Saring)');
    assert.ok(actions[0].edit && (await vscode.workspace.applyEdit(actions[0].edit)));
    const text = document.getText();
    for (const fixed of ['mengimbau', 'praktik vaksinasi', 'Rp450.000.000,00', 'antarinstansi', 'Orang tua yang belum', 'pukul 08.00 WITA']) assert.ok(text.includes(fixed), `fix-all wrote “${fixed}”`);
    for (const gone of ['menghimbau', 'praktek', 'Rp. 450', ' yg ']) assert.ok(!text.includes(gone), `fix-all removed “${gone}”`);
    const after = await until('fewer findings after fix-all', () => {
      const n = saringDiagnostics(document.uri).length;
      return n < before ? n : undefined;
    });
    assert.ok(saringDiagnostics(document.uri).some((x) => codeOf(x) === 'struktur/hari-tanggal'), `a finding without a safe fix stays (${after} left)`);
  });

  it('explains a finding on hover with its basis', async () => {
    const { document } = await open('dinkes-vaksinasi.md');
    const d = await until('the “praktek” finding', () => saringDiagnostics(document.uri).find((x) => document.getText(x.range) === 'praktek'));
    const hovers = await until('a Saring hover', async () => {
      const h = await capped(vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, d.range.start.translate(0, 2)));
      return h?.find((x) => x.contents.some((c) => (typeof c === 'string' ? c : c.value).includes(KATA_BAKU)));
    });
    const text = hovers.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /Gunakan bentuk baku “praktik”, bukan “praktek”/);
    assert.match(text, /Dasar: .*KBBI/);
    assert.match(text, /Sebagai gantinya: Ganti dengan “praktik”/);
  });

  it('gives the release an outline', async () => {
    const { document } = await open('dinkes-vaksinasi.md');
    const symbols = await until('document symbols', async () => {
      const s = await capped(vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri));
      return s && s.length > 0 ? s : undefined;
    });
    // Saring's own symbols (VS Code's Markdown outline would list the heading too, but not these).
    const names: string[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => (names.push(s.name), walk(s.children ?? [])));
    walk(symbols);
    for (const want of [/^Judul: Dinkes Mandalika Gelar/, /^Dateline: MANDALIKA/, /^“Vaksin campak aman/]) assert.ok(names.some((n) => want.test(n)), `${want} among ${JSON.stringify(names)}`);
  });

  it('opens .rilis files as press releases and checks them', async () => {
    const { document } = await open('lapas-pelatihan.rilis');
    assert.equal(document.languageId, 'siaran-pers');
    const diags = await until('diagnostics on the .rilis file', () => {
      const d = saringDiagnostics(document.uri);
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diags.every((d) => /^[a-z-]+\/[a-z0-9-]+$/.test(codeOf(d) ?? '')), diags.map(codeOf).join(', '));
  });

  it('follows a settings change without a restart', async () => {
    const { document } = await open('dinkes-vaksinasi.md');
    await until('kata-baku findings', () => saringDiagnostics(document.uri).some((x) => codeOf(x) === KATA_BAKU));
    const config = vscode.workspace.getConfiguration('saring', document.uri);
    await config.update('rules', { [KATA_BAKU]: 'off', 'ejaan/rupiah': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until('kata-baku to be switched off and rupiah raised to error', () => {
        const d = saringDiagnostics(document.uri);
        return !d.some((x) => codeOf(x) === KATA_BAKU) && d.some((x) => codeOf(x) === 'ejaan/rupiah' && x.severity === vscode.DiagnosticSeverity.Error);
      });
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('kata-baku findings to come back', () => saringDiagnostics(document.uri).some((x) => codeOf(x) === KATA_BAKU));
  });
});
