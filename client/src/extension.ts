// The VS Code side of Saring: starts the bundled language server over node IPC, adds the commands
// and a status-bar item with the active file's counts. Nothing from the workspace is executed.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

const SELECTOR = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'siaran-pers' },
  { scheme: 'untitled', language: 'markdown' },
  { scheme: 'untitled', language: 'plaintext' },
  { scheme: 'untitled', language: 'siaran-pers' },
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: SELECTOR,
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.saring.{yml,yaml}') },
    outputChannelName: 'Saring',
  };
  client = new LanguageClient('saring', 'Saring', serverOptions, clientOptions);
  await client.start();

  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = 'workbench.actions.view.problems';
  status.name = 'Saring';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !SELECTOR.some((s) => s.language === editor.document.languageId)) {
      status.hide();
      return;
    }
    const diags = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'saring');
    const n = (sev: vscode.DiagnosticSeverity) => diags.filter((d) => d.severity === sev).length;
    status.text = `$(shield) Saring: $(error) ${n(vscode.DiagnosticSeverity.Error)} $(warning) ${n(vscode.DiagnosticSeverity.Warning)} $(info) ${n(vscode.DiagnosticSeverity.Information) + n(vscode.DiagnosticSeverity.Hint)}`;
    status.tooltip = vscode.l10n.t('Saring findings in this file; click to open the Problems view');
    status.show();
  };
  context.subscriptions.push(
    status,
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.commands.registerCommand('saring.checkWorkspace', async () => {
      await client?.sendRequest('workspace/executeCommand', { command: 'saring.server.checkWorkspace', arguments: [] });
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('saring.fixAll', async () => {
      await vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.saring', apply: 'first' });
    }),
    vscode.commands.registerCommand('saring.openRuleDocs', async (ruleId?: string) => {
      type Item = vscode.QuickPickItem & { docs: string };
      const rules = ((await client?.sendRequest('workspace/executeCommand', { command: 'saring.server.listRules', arguments: [] })) ?? []) as Array<{ id: string; description: string; docs: string }>;
      let docs = rules.find((r) => r.id === ruleId)?.docs;
      if (!docs) {
        const editor = vscode.window.activeTextEditor;
        const here = editor && vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.source === 'saring' && d.range.contains(editor.selection.active));
        const code = here?.code;
        if (code && typeof code === 'object' && 'target' in code) docs = code.target.toString();
      }
      if (!docs) {
        const pick = await vscode.window.showQuickPick<Item>(rules.map((r) => ({ label: r.id, detail: r.description, docs: r.docs })), { placeHolder: vscode.l10n.t('Choose a Saring rule') });
        docs = pick?.docs;
      }
      if (docs) await vscode.env.openExternal(vscode.Uri.parse(docs));
    }),
    vscode.commands.registerCommand('saring.restartServer', async () => {
      await client?.restart();
    }),
  );
  update();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
