// The bytes of the messages the server writes on stdio: exactly what vscode-jsonrpc's own encoder
// writes (`Buffer.from(JSON.stringify(msg), 'utf-8')`), made faster for diagnostic reports. On a 1 MB
// document a report holds thousands of diagnostics (1.5 MB of JSON), and turning it into a string and
// then into UTF-8 took ~10 ms of every keystroke. A diagnostic is mostly its rule, link and message,
// which repeat from one version of the document to the next while its range moves: those parts are
// encoded once and copied, and only the range and severity are written afresh.
import { Buffer } from 'node:buffer';
import type { Message } from 'vscode-languageserver/node';
import { LspDiagnostic, SOURCE } from './convert.ts';

/** vscode-jsonrpc's ContentTypeEncoder (application/json), structurally. */
export interface JsonEncoder {
  readonly name: string;
  encode(msg: Message, options: { charset: string }): Promise<Uint8Array>;
}

// Stands in for the diagnostics in the envelope's JSON; serialised as "\u0001saring-diagnostics\u0001",
// which no URI or version number can contain.
const SENTINEL = '\u0001saring-diagnostics\u0001';
const SENTINEL_JSON = JSON.stringify(SENTINEL);

/** Per rule, per message: the UTF-8 of everything in a diagnostic after its severity. */
const tails = new Map<string, { href: string; byMessage: Map<string, Buffer> }>();
let tailCount = 0;
/** Enough for the distinct messages of a few large documents; beyond that the cache starts over. */
const TAIL_LIMIT = 16_384;

function tailOf(d: LspDiagnostic): Buffer | undefined {
  let rule = tails.get(d.code);
  if (!rule) tails.set(d.code, (rule = { href: d.codeDescription.href, byMessage: new Map() }));
  // Every diagnostic of a rule links to the rule's page; one that did not would be encoded whole.
  if (rule.href !== d.codeDescription.href || d.source !== SOURCE) return undefined;
  let tail = rule.byMessage.get(d.message);
  if (!tail) {
    if (tailCount >= TAIL_LIMIT) {
      tails.clear();
      tailCount = 0;
      return tailOf(d);
    }
    tail = Buffer.from(tailText(d), 'utf8');
    rule.byMessage.set(d.message, tail);
    tailCount++;
  }
  return tail;
}

function tailText(d: LspDiagnostic): string {
  return `,"code":${JSON.stringify(d.code)},"codeDescription":{"href":${JSON.stringify(d.codeDescription.href)}},"source":${JSON.stringify(d.source)},"message":${JSON.stringify(d.message)}}`;
}

/**
 * Reports this long are assembled from cached parts: a large document's, sent again on every
 * keystroke. A small one is encoded as vscode-jsonrpc does, as fast, and without filling the cache
 * (the memory of a server with many small documents open).
 */
const KEEP_FROM = 256;

/** The diagnostics array of a report or a publication, when every element is one LspDiagnostic. */
function diagnosticsOf(msg: Message): { key: string; list: LspDiagnostic[] } | undefined {
  const m = msg as { result?: unknown; method?: string; params?: unknown };
  let holder: Record<string, unknown> | undefined;
  let key = '';
  if (m.result && typeof m.result === 'object' && Array.isArray((m.result as { items?: unknown }).items)) {
    holder = m.result as Record<string, unknown>;
    key = 'items';
  } else if (m.method === 'textDocument/publishDiagnostics' && m.params && typeof m.params === 'object') {
    holder = m.params as Record<string, unknown>;
    key = 'diagnostics';
  }
  if (!holder) return undefined;
  const list = holder[key] as unknown[];
  if (!Array.isArray(list) || list.length < 2) return undefined;
  for (let i = 0; i < list.length; i++) if (!(list[i] instanceof LspDiagnostic)) return undefined;
  return { key, list: list as LspDiagnostic[] };
}

/** Writes the ASCII of `s` at `at`; returns the offset after it. */
function ascii(buf: Buffer, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) buf[at + i] = s.charCodeAt(i);
  return at + s.length;
}

/** Writes a non-negative integer in decimal, as JSON writes it. */
function int(buf: Buffer, at: number, n: number): number {
  if (n >>> 0 === n && n < 10) {
    buf[at] = 48 + n;
    return at + 1;
  }
  return ascii(buf, at, String(n));
}

const RANGE_START = '{"range":{"start":{"line":';
const CHARACTER = ',"character":';
const END = '},"end":{"line":';
const SEVERITY = '}},"severity":';

/** The longest a diagnostic's range and severity can be written (four integers of up to 16 digits). */
const HEAD_MAX = RANGE_START.length + 2 * CHARACTER.length + END.length + SEVERITY.length + 5 * 16;

/** The message as vscode-jsonrpc would write it, diagnostic reports assembled from cached parts. */
export function encodeMessage(msg: Message, keepFrom = KEEP_FROM): Buffer {
  const found = diagnosticsOf(msg);
  if (!found || found.list.length < keepFrom) return Buffer.from(JSON.stringify(msg, undefined, 0), 'utf8');
  const { key, list } = found;
  // The envelope with the array replaced by the sentinel, serialised as JSON.stringify would: the
  // same object with the same keys in the same order.
  const envelope = JSON.stringify(msg, (k, v) => (v === list && k === key ? SENTINEL : v), 0);
  const at = envelope.indexOf(SENTINEL_JSON);
  if (at < 0 || envelope.indexOf(SENTINEL_JSON, at + 1) >= 0) return Buffer.from(JSON.stringify(msg, undefined, 0), 'utf8');
  const head = Buffer.from(envelope.slice(0, at), 'utf8');
  const tail = Buffer.from(envelope.slice(at + SENTINEL_JSON.length), 'utf8');
  const parts: Array<Buffer | undefined> = new Array(list.length);
  let size = head.length + tail.length + 2;
  for (let i = 0; i < list.length; i++) {
    const p = tailOf(list[i]);
    parts[i] = p;
    size += (p ? p.length + HEAD_MAX : Buffer.byteLength(JSON.stringify(list[i]), 'utf8')) + 1;
  }
  const buf = Buffer.allocUnsafe(size);
  let o = head.copy(buf, 0);
  buf[o++] = 91; // [
  for (let i = 0; i < list.length; i++) {
    if (i > 0) buf[o++] = 44; // ,
    const d = list[i];
    const p = parts[i];
    if (!p) {
      o += buf.write(JSON.stringify(d), o, 'utf8');
      continue;
    }
    const { start, end } = d.range;
    o = ascii(buf, o, RANGE_START);
    o = int(buf, o, start.line);
    o = ascii(buf, o, CHARACTER);
    o = int(buf, o, start.character);
    o = ascii(buf, o, END);
    o = int(buf, o, end.line);
    o = ascii(buf, o, CHARACTER);
    o = int(buf, o, end.character);
    o = ascii(buf, o, SEVERITY);
    o = int(buf, o, d.severity);
    o += p.copy(buf, o);
  }
  buf[o++] = 93; // ]
  o += tail.copy(buf, o);
  return buf.subarray(0, o);
}

export const jsonEncoder: JsonEncoder = {
  name: 'application/json',
  encode: (msg) => {
    try {
      return Promise.resolve(encodeMessage(msg));
    } catch (e) {
      return Promise.reject(e);
    }
  },
};
