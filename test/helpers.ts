// Shared test helpers: options as the product builds them (with the real speller once available).
import { defaultOptions } from '../server/src/engine/index.ts';
import type { LintOptions } from '../server/src/engine/types.ts';

export function testOptions(partial: Partial<LintOptions> = {}): LintOptions {
  return defaultOptions(partial);
}
