// The Saring language server: wiring only. Started as `node dist/server.js --stdio` (any LSP editor,
// `saring lsp --stdio`) or over node IPC by the VS Code extension.
import './lsp/v8-flags.ts';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageWriter,
  type Connection,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ResponseError,
  ErrorCodes,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { jsonEncoder } from './lsp/wire.ts';
import { Session } from './lsp/session.ts';
import { codeActions, CODE_ACTION_KINDS } from './lsp/actions.ts';
import { hover } from './lsp/hover.ts';
import { documentSymbols } from './lsp/symbols.ts';
import { DEFAULT_SETTINGS, normalizeSettings, type SaringSettings } from './lsp/settings.ts';
import { idleCollector } from './lsp/idle.ts';
import type { Locale } from './engine/types.ts';
import { seedPrefilter, setAutomatonStore } from './engine/prefilter.ts';
import { bundleStore, saveCodeCache } from './boot/code-cache.ts';

// The prefilter's clauses for the built-in rules' patterns, derived when the bundles were built
// (server/build-prefilter.ts): the first document then builds one automaton, with all of them,
// instead of deriving each pattern's literals and rebuilding as its rules register them. Without
// the file every pattern is derived when first asked about, as before; the findings are the same.
// The first automaton is read back from beside the bundle when an earlier start built it.
setAutomatonStore(bundleStore('prefilter'));
if (typeof __dirname !== 'undefined') {
  try {
    seedPrefilter(JSON.parse(readFileSync(join(__dirname, 'prefilter-seed.json'), 'utf8')));
  } catch {
    // No seed next to the bundle (a development build): nothing is lost but time.
  }
}

/**
 * The connection. Over stdio the server writes with its own encoder of the same bytes, faster for
 * large diagnostic reports (lsp/wire.ts); the library then sees streams it was handed rather than
 * `--stdio`, so the two things it does for `--stdio` are done here: stdin's end or close still ends
 * the process (the library does that for any input stream), and console output goes to the client's
 * log instead of corrupting the protocol on stdout.
 */
function connect(): Connection {
  if (!process.argv.slice(2).includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: jsonEncoder });
  // The library's overloads take either two streams or a reader and a writer; given a stream and a
  // writer it does what it does for each (exit handling for the stream, the writer as it is).
  const c = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  // As vscode-languageserver's patchConsole writes them.
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => c.console.log(text(args));
  console.debug = console.log;
  console.info = (...args: unknown[]) => c.console.info(text(args));
  console.warn = (...args: unknown[]) => c.console.warn(text(args));
  console.error = (...args: unknown[]) => c.console.error(text(args));
  console.dir = (arg: unknown, options?: object) => c.console.log(inspect(arg, options));
  console.trace = (...args: unknown[]) => c.console.log(`Trace${args.length ? `: ${text(args)}` : ''}\n${new Error().stack!.replace(/(.+\n){2}/, '')}`);
  return c;
}

const connection = connect();
const documents = new TextDocuments(TextDocument);

let pullDiagnostics = false;
let configurationPull = false;
let workspaceFolders: string[] = [];
let locale: Locale = 'id';
const session = new Session(() => locale);
const settingsCache = new Map<string, Thenable<SaringSettings>>();
const pushTimers = new Map<string, NodeJS.Timeout>();
const idle = idleCollector();

function settingsFor(uri: string): Thenable<SaringSettings> {
  if (!configurationPull) return Promise.resolve(DEFAULT_SETTINGS);
  let s = settingsCache.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'saring' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
    settingsCache.set(uri, s);
  }
  return s;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  // Indonesian unless the client says it speaks something else.
  locale = !params.locale || params.locale.toLowerCase().startsWith('id') ? 'id' : 'en';
  const caps = params.capabilities;
  pullDiagnostics = !!caps.textDocument?.diagnostic;
  configurationPull = !!caps.workspace?.configuration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      executeCommandProvider: { commands: ['saring.server.checkWorkspace', 'saring.server.listRules'] },
      ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'saring', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
      workspace: { workspaceFolders: { supported: true } },
    },
    serverInfo: { name: 'saring', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (configurationPull) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'saring' });
});

let codeCacheAsked = false;

/** Diagnostics of an open document; config-file problems go out as their own diagnostics. */
async function diagnose(uri: string): Promise<Diagnostic[]> {
  const doc = documents.get(uri);
  if (!doc) return [];
  const settings = await settingsFor(uri);
  if (!settings.enable) return [];
  idle.busy();
  const result = session.lint(doc, settings);
  for (const c of result.configDiagnostics) void connection.sendDiagnostics(c);
  // Once the first document is linted, what a start compiles has been compiled: the code cache is
  // written then (see boot/code-cache.ts), after this answer has gone out.
  if (!codeCacheAsked) {
    codeCacheAsked = true;
    setTimeout(saveCodeCache, 0).unref();
  }
  return result.diagnostics;
}

function schedulePush(uri: string, delay: number): void {
  if (pullDiagnostics) return;
  clearTimeout(pushTimers.get(uri));
  pushTimers.set(
    uri,
    setTimeout(() => {
      pushTimers.delete(uri);
      void diagnose(uri).then((diagnostics) => {
        const doc = documents.get(uri);
        if (doc) void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
      });
    }, delay),
  );
}

documents.onDidOpen((e) => schedulePush(e.document.uri, 0));
documents.onDidChangeContent((e) => {
  void settingsFor(e.document.uri).then((s) => {
    if (s.run === 'onType') schedulePush(e.document.uri, 30);
  });
});
documents.onDidSave((e) => schedulePush(e.document.uri, 0));
documents.onDidClose((e) => {
  session.forget(e.document.uri);
  settingsCache.delete(e.document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params) => {
  const uri = params.textDocument.uri;
  if (!documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  return { kind: DocumentDiagnosticReportKind.Full, items: await diagnose(uri) };
});

connection.languages.diagnostics.onWorkspace(async (_params, token, workDone) => {
  const files = session.workspaceFiles(workspaceFolders);
  workDone.begin(locale === 'id' ? 'Saring: memeriksa folder kerja' : 'Saring: checking the workspace', 0, undefined, true);
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (let i = 0; i < files.length; i++) {
    if (token.isCancellationRequested) break;
    const uri = files[i];
    if (documents.get(uri)) continue; // open documents are reported through their own requests
    const settings = await settingsFor(uri);
    idle.busy();
    const report = session.lintFile(uri, settings);
    if (report) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: report });
    if (i % 20 === 0) workDone.report(Math.round((i / Math.max(1, files.length)) * 100), `${i}/${files.length}`);
  }
  workDone.done();
  return { items };
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  return codeActions(session, doc, settings, params, workspaceFolders);
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  const settings = await settingsFor(doc.uri);
  return hover(session, doc, settings, params.position);
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, `unknown document ${params.textDocument.uri}`);
  const settings = await settingsFor(doc.uri);
  return documentSymbols(session, doc, settings);
});

connection.onExecuteCommand(async (params) => {
  if (params.command === 'saring.server.listRules') return session.ruleList();
  if (params.command === 'saring.server.checkWorkspace') {
    // Pushed whatever the client's diagnostic mode: the writer asked for the whole folder now.
    const files = session.workspaceFiles(workspaceFolders);
    for (const uri of files) {
      if (documents.get(uri)) continue;
      idle.busy();
      const items = session.lintFile(uri, await settingsFor(uri));
      if (items) void connection.sendDiagnostics({ uri, diagnostics: items });
    }
    return files.length;
  }
  return null;
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  refreshAll();
});

connection.onDidChangeWatchedFiles((params) => {
  if (params.changes.some((c) => /\.saring\.ya?ml$/.test(c.uri))) {
    session.configChanged();
    refreshAll();
  }
});

function refreshAll(): void {
  if (pullDiagnostics) void connection.languages.diagnostics.refresh();
  else for (const d of documents.all()) schedulePush(d.uri, 0);
}

// A misbehaving rule or a malformed request must never take the writer's editor down with it.
process.on('uncaughtException', (e) => connection.console.error(`saring: ${e instanceof Error ? e.stack : String(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`saring: ${e instanceof Error ? e.stack : String(e)}`));

documents.listen(connection);
connection.listen();
