// Regenerates the rule registry before the tests load it, so a rule added under rules/ is tested
// without a separate build step.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
execFileSync(process.execPath, [fileURLToPath(new URL('../server/gen-rules.mjs', import.meta.url))], { stdio: 'inherit' });
