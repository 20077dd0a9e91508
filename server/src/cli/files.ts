// Expands the CLI's PATH|GLOB arguments into the files to lint.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

export const LINTABLE = /\.(?:md|markdown|txt|rilis)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.vscode-test']);

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name) || e.name.startsWith('.')) continue;
      walk(join(dir, e.name), out);
    } else if (e.isFile() && LINTABLE.test(e.name)) out.push(join(dir, e.name));
  }
}

export interface Expanded {
  files: string[];
  missing: string[];
}

export function expandPaths(args: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) walk(abs, files);
      else files.push(abs); // an explicitly named file is linted whatever its extension
      continue;
    }
    if (picomatch.scan(arg).isGlob) {
      const { base, glob } = picomatch.scan(arg);
      const root = resolve(cwd, base || '.');
      const isMatch = picomatch(glob, { dot: false });
      const found: string[] = [];
      if (existsSync(root)) walk(root, found);
      const hits = found.filter((f) => isMatch(relative(root, f).split(sep).join('/')));
      if (hits.length === 0) missing.push(arg);
      files.push(...hits);
      continue;
    }
    missing.push(arg);
  }
  return { files: [...new Set(files)], missing };
}

/** True when `file` matches one of the config's `ignore` globs (relative to the config's folder). */
export function isIgnored(file: string, configDir: string, globs: string[]): boolean {
  if (globs.length === 0) return false;
  const rel = relative(configDir, file).split(sep).join('/');
  return globs.some((g) => picomatch(g, { dot: true })(rel));
}
