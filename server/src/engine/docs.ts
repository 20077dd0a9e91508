// Where a rule's documentation lives: one generated page per family (rules/<family>/README.md,
// written by server/gen-docs.mjs), one anchor per rule.
export const DOCS_BASE = 'https://github.com/saring-id/saring/blob/main/rules';

export function docsUrl(ruleId: string): string {
  const [family, name] = ruleId.split('/');
  return `${DOCS_BASE}/${family}/README.md#${name ?? ''}`;
}
