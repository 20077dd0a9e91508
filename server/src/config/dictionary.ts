// The Indonesian spelling dictionary: the LibreOffice Indonesian word list as shipped in the
// maintained npm package @cspell/dict-id-id (LGPL-3.0), read with cspell-trie-lib. The build copies
// the trie next to the bundles (dist/id-id.trie, and the same trie in binary form, dist/id-id.btrie,
// which loads in ~10 ms instead of ~120 ms) so the packaged extension needs no node_modules.
// Loading happens on the first word checked, not at start-up.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { decodeTrie } from 'cspell-trie-lib';
import type { Speller } from '../engine/types.ts';

const here = typeof __dirname !== 'undefined' ? __dirname : dirname(fileURLToPath(import.meta.url));

export function trieFile(): string | undefined {
  for (const name of ['id-id.btrie', 'id-id.trie']) {
    const beside = join(here, name);
    if (existsSync(beside)) return beside;
  }
  try {
    const req = createRequire(join(here, 'x.js'));
    const pkg = req.resolve('@cspell/dict-id-id/cspell-ext.json'); // package.json is not exported
    const p = join(dirname(pkg), 'dict', 'id-id.trie');
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

type Trie = ReturnType<typeof decodeTrie>;

/** One remembered suggestion list: the cache key (word and count) and the words. */
export type SuggestionEntry = [key: string, words: string[]];

/**
 * A speller whose suggestions can be passed between threads. Suggestions are the costly part of
 * spelling (about a millisecond a word) and the same few hundred unknown words turn up in every
 * thread's share of a corpus, so the CLI's threads hand each other what they computed instead of
 * each computing all of them. An answer depends only on the word, so it does not matter which
 * thread computed it.
 */
export interface SharingSpeller extends Speller {
  /** Starts keeping what this thread computes for takeComputed (off otherwise: the server never asks). */
  share(): void;
  /** Suggestions this thread computed since the last call (not those it was given). */
  takeComputed(): SuggestionEntry[];
  /** Suggestions another thread computed. */
  learn(entries: SuggestionEntry[]): void;
}

/** A speller that loads the dictionary lazily and remembers every answer. */
export function createLazySpeller(file = trieFile()): SharingSpeller | undefined {
  if (!file) return undefined;
  let trie: Trie | undefined;
  let failed = false;
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  let computed: SuggestionEntry[] | undefined;
  const load = (): Trie | undefined => {
    if (!trie && !failed) {
      try {
        trie = decodeTrie(file.endsWith('.btrie') ? readFileSync(file) : readFileSync(file, 'utf8'));
      } catch {
        failed = true; // a missing or broken dictionary disables spelling, nothing else
      }
    }
    return trie;
  };
  return {
    isCorrect(word: string): boolean {
      let v = known.get(word);
      if (v === undefined) {
        // Bounded memory in long sessions: an editor can type endless new strings.
        if (known.size > 200_000) known.clear();
        const t = load();
        v = !t || t.has(word) || t.has(word.toLowerCase());
        known.set(word, v);
      }
      return v;
    },
    suggest(word: string, max = 3): string[] {
      const t = load();
      if (!t) return [];
      const lower = word.toLowerCase();
      const key = `${lower}\u0000${max}`;
      let s = suggestions.get(key);
      if (!s) {
        // One edit at most, so the search is bounded by the word's length, and the same answer on a
        // busy machine as on an idle one (a tight time budget made suggestions depend on load). The
        // timeout is only a safety net; words longer than any Indonesian word get no suggestion.
        s = lower.length > 30 ? [] : t
          .suggest(lower, { numSuggestions: max * 4, changeLimit: 1, timeout: 1000 })
          .filter((x) => !/[A-Z]/.test(x) && !x.includes('-'))
          .slice(0, max);
        if (suggestions.size > 20_000) suggestions.clear();
        suggestions.set(key, s);
        computed?.push([key, s]);
      }
      return s;
    },
    share(): void {
      computed ??= [];
    },
    takeComputed(): SuggestionEntry[] {
      const out = computed ?? [];
      if (computed) computed = [];
      return out;
    },
    learn(entries: SuggestionEntry[]): void {
      for (const [key, words] of entries) if (!suggestions.has(key)) suggestions.set(key, words);
    },
  };
}

let shared: SharingSpeller | undefined | null = null;
/** One speller per thread (the CLI's threads pass each other their suggestions, see SharingSpeller). */
export function sharedSpeller(): SharingSpeller | undefined {
  if (shared === null) shared = createLazySpeller();
  return shared;
}
