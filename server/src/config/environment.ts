// Options that come from the machine rather than from .saring.yml: the spelling dictionary
// (read from the package's data folder) and the locale. Shared by the CLI, its workers and the server.
import type { LintOptions } from '../engine/types.ts';

export function environmentOptions(locale?: LintOptions['locale']): Partial<LintOptions> {
  const base: Partial<LintOptions> = {};
  if (locale) base.locale = locale;
  return base;
}
