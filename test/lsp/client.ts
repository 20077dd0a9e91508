// A minimal LSP client for tests: starts the real server process (dist/server.js --stdio) and speaks
// JSON-RPC to it. Waits on notifications with a deadline; never sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const root = join(import.meta.dirname, '..', '..');

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Array<{ code: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; source: string; data?: unknown }>;
}

export class TestClient {
  proc: ChildProcess;
  conn: MessageConnection;
  published = new Map<string, Published>();
  private waiters: Array<{ test: (p: Published) => boolean; resolve: (p: Published) => void }> = [];
  settings: Record<string, unknown> = {};
  stderr = '';

  constructor(args: string[] = ['--stdio'], server = join(root, 'dist', 'server.js')) {
    this.proc = spawn(process.execPath, [server, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.published.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  async initialize(opts: { pull?: boolean; locale?: string; rootUri?: string; configuration?: boolean } = {}) {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      locale: opts.locale,
      rootUri: opts.rootUri ?? null,
      workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
      capabilities: {
        textDocument: {
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        workspace: { configuration: opts.configuration ?? true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
        window: { workDoneProgress: true },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** Resolves with the next publishDiagnostics for `uri` that passes `test` (or one already received). */
  diagnostics(uri: string, test: (p: Published) => boolean = () => true, ms = 10000): Promise<Published> {
    const have = this.published.get(uri);
    if (have && test(have)) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${ms} ms; stderr: ${this.stderr}`)), ms);
      this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1) {
    this.published.delete(uri);
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]) {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.on('exit', (code) => resolve(code)));
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await exited;
    this.conn.dispose();
    return code;
  }

  kill() {
    this.proc.kill();
    this.conn.dispose();
  }
}

/** Applies LSP text edits to a text (edits sorted from the end). */
export function applyTextEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
