// Options that come from the machine rather than from .saring.yml: the spelling dictionary
// (read from the package's data) and the locale. Shared by the CLI, its workers and the server.
import type { LintOptions } from '../engine/types.ts';
import { sharedSpeller } from './dictionary.ts';

export function environmentOptions(locale?: LintOptions['locale']): Partial<LintOptions> {
  const base: Partial<LintOptions> = { speller: sharedSpeller() };
  if (locale) base.locale = locale;
  return base;
}
