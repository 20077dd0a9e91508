// The reference Markdown extraction through the mdast tree (mdast-util-from-markdown). The product
// reads micromark's event stream (server/src/engine/parse.ts), which is faster; tests hold the two
// together so the fast path can never drift from what the tree says.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { parse as parseYaml } from 'yaml';
import type { Block, BlockKind } from '../server/src/engine/types.ts';
import { blank, maskUrls, nestingDepthExceeds, parsePlain, TABLE_DELIMITER_RE } from '../server/src/engine/parse.ts';

interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export function parseMarkdownTree(text: string): { prose: string; blocks: Block[]; meta: Record<string, unknown> } {
  if (nestingDepthExceeds(text)) return parsePlain(text);
  const hasTable = TABLE_DELIMITER_RE.test(text);
  let tree: MdNode;
  try {
    tree = fromMarkdown(text, {
      // Only GFM tables, and only when a delimiter row exists: the table extension costs a tenth of
      // the parse on every paragraph, and autolink literals double it while URLs are masked below.
      extensions: hasTable ? [frontmatter(['yaml']), gfmTable()] : [frontmatter(['yaml'])],
      mdastExtensions: hasTable ? [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()] : [frontmatterFromMarkdown(['yaml'])],
    }) as unknown as MdNode;
  } catch {
    // micromark does not throw on any input we know of; if it ever does, lint as plain text
    // rather than lose the document.
    return parsePlain(text);
  }
  const keep: Array<[number, number]> = [];
  const blocks: Block[] = [];
  let meta: Record<string, unknown> = {};

  const off = (n: MdNode, which: 'start' | 'end') => n.position?.[which].offset ?? 0;

  // Both walks are iterative: a document nested thousands of levels deep must not overflow the stack.
  const collect = (rootNode: MdNode) => {
    const stack: MdNode[] = [rootNode];
    while (stack.length) {
      const n = stack.pop()!;
      switch (n.type) {
        case 'text':
          keep.push([off(n, 'start'), off(n, 'end')]);
          continue;
        case 'image': {
          const s = off(n, 'start');
          const alt = n.alt ?? '';
          if (alt && text.startsWith(alt, s + 2)) keep.push([s + 2, s + 2 + alt.length]);
          continue;
        }
        case 'link': {
          // An autolinked URL's text is the URL: not prose. Link text written by a person is prose,
          // and so is an autolinked e-mail address (personal-data rules need to see it).
          const child = n.children?.length === 1 ? n.children[0] : undefined;
          const isAutoUrl = child?.type === 'text' && n.url !== undefined && !n.url.startsWith('mailto:') &&
            (child.value === n.url || n.url.endsWith(child.value ?? '\u0000'));
          if (isAutoUrl) continue;
          break;
        }
        case 'inlineCode':
        case 'code':
        case 'html':
        case 'yaml':
        case 'definition':
          continue;
      }
      const kids = n.children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  };

  const walk = (rootNode: MdNode, rootCtx: BlockKind) => {
    const stack: Array<[MdNode, BlockKind]> = [[rootNode, rootCtx]];
    while (stack.length) {
      const [n, ctx] = stack.pop()!;
      const pushKids = (kids: MdNode[] | undefined, k: BlockKind) => {
        const list = kids ?? [];
        for (let i = list.length - 1; i >= 0; i--) stack.push([list[i], k]);
      };
      switch (n.type) {
        case 'yaml': {
          try {
            const v = parseYaml(n.value ?? '');
            if (v && typeof v === 'object' && !Array.isArray(v)) meta = v as Record<string, unknown>;
          } catch {
            // Broken front matter is not the linter's business; it is simply not read.
          }
          continue;
        }
        case 'heading': {
          const s = off(n, 'start');
          const e = off(n, 'end');
          const empty = !n.children || n.children.length === 0;
          blocks.push({ kind: empty && /^\s*#{3}\s*$/.test(text.slice(s, e)) ? 'closing' : 'heading', start: s, end: e });
          for (const c of n.children ?? []) collect(c);
          continue;
        }
        case 'paragraph': {
          const kids = n.children ?? [];
          const onlyImage = kids.length > 0 && kids.every((k) => k.type === 'image' || (k.type === 'text' && !(k.value ?? '').trim()));
          blocks.push({ kind: onlyImage ? 'caption' : ctx, start: off(n, 'start'), end: off(n, 'end') });
          for (const c of kids) collect(c);
          continue;
        }
        case 'tableCell':
          blocks.push({ kind: 'table-cell', start: off(n, 'start'), end: off(n, 'end') });
          for (const c of n.children ?? []) collect(c);
          continue;
        case 'blockquote':
          pushKids(n.children, 'quote');
          continue;
        case 'listItem':
          pushKids(n.children, ctx === 'quote' ? 'quote' : 'list-item');
          continue;
        case 'code':
        case 'html':
        case 'thematicBreak':
        case 'definition':
          continue;
      }
      pushKids(n.children, ctx);
    }
  };
  walk(tree, 'paragraph');

  keep.sort((a, b) => a[0] - b[0]);
  let prose = '';
  let pos = 0;
  for (const [s, e] of keep) {
    if (s < pos) continue;
    prose += blank(text.slice(pos, s)) + text.slice(s, e);
    pos = e;
  }
  prose += blank(text.slice(pos));
  prose = maskUrls(prose);
  blocks.sort((a, b) => a.start - b.start);
  return { prose, blocks, meta };
}


