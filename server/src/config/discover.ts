// Finds and reads .saring.yml files (the only part of configuration that touches the file system).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LintOptions } from '../engine/types.ts';
import { resolveConfig, type LoadedConfig } from './resolve.ts';

export const CONFIG_NAMES = ['.saring.yml', '.saring.yaml'];

/** The nearest .saring.yml at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(d, name);
      if (existsSync(p) && statSync(p).isFile()) return p;
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export function loadConfigFile(file: string | undefined, base: Partial<LintOptions> = {}): LoadedConfig {
  if (!file) return resolveConfig({ base });
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const loaded = resolveConfig({ base, file });
    const msg = (e as Error).message;
    loaded.problems.push({ severity: 'error', message: { id: `Tidak dapat membaca ${file}: ${msg}`, en: `Cannot read ${file}: ${msg}` }, start: 0, end: 0, line: 0, character: 0 });
    return loaded;
  }
  return resolveConfig({ text: text.replace(/^\uFEFF/, ''), file, base });
}

/** Caches one loaded config per directory for a CLI run or a server session. */
export class ConfigCache {
  private byDir = new Map<string, string | undefined>();
  private byFile = new Map<string, LoadedConfig>();

  constructor(private base: Partial<LintOptions> = {}, private explicit?: string) {}

  forFile(path: string): LoadedConfig {
    const file = this.explicit ?? this.lookup(dirname(resolve(path)));
    const key = file ?? '';
    let loaded = this.byFile.get(key);
    if (!loaded) {
      loaded = loadConfigFile(file, this.base);
      this.byFile.set(key, loaded);
    }
    return loaded;
  }

  private lookup(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const f = findConfigFile(dir);
    this.byDir.set(dir, f);
    return f;
  }

  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }
}
