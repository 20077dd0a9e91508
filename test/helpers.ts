// Shared test helpers: options as the product builds them, with the real dictionary.
import { defaultOptions } from '../server/src/engine/index.ts';
import { sharedSpeller } from '../server/src/config/dictionary.ts';
import type { LintOptions } from '../server/src/engine/types.ts';

export function testOptions(partial: Partial<LintOptions> = {}): LintOptions {
  return defaultOptions({ speller: sharedSpeller(), ...partial });
}
