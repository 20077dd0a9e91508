// Sanity check for heldout43: every doc has .expect.yml; every label's text is on its line.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const dir = path.dirname(fileURLToPath(import.meta.url));
const FAM = new Set(['kebencian','provokasi','hoaks','netralitas','data-pribadi','kerahasiaan','kesantunan']);
let errors = 0, labels = 0, clean = 0; const per = {};
// minimal parser for the simple YAML used here (list of flat maps, JSON-quoted strings)
function parse(src) {
  if (src.trim() === '[]') return [];
  const items = []; let cur = null;
  for (const raw of src.split('\n')) {
    if (!raw.trim()) continue;
    const m = raw.match(/^(- |  )(\w+): (.*)$/);
    if (!m) throw new Error('bad yaml line: ' + raw);
    if (m[1] === '- ') { cur = {}; items.push(cur); }
    const v = m[3].startsWith('"') ? JSON.parse(m[3]) : (/^\d+$/.test(m[3]) ? Number(m[3]) : m[3]);
    cur[m[2]] = v;
  }
  return items;
}
const docs = fs.readdirSync(dir).filter(f => /\.(md|txt)$/.test(f) && f !== 'README.md').sort();
for (const f of docs) {
  const exp = path.join(dir, f.replace(/\.(md|txt)$/, '.expect.yml'));
  if (!fs.existsSync(exp)) { console.error('missing expect for', f); errors++; continue; }
  const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
  const items = parse(fs.readFileSync(exp, 'utf8'));
  if (!items.length) clean++;
  for (const it of items) {
    labels++; per[it.family] = (per[it.family] || 0) + 1;
    if (!FAM.has(it.family)) { console.error(f, 'bad family', it.family); errors++; }
    if (!it.why) { console.error(f, 'missing why'); errors++; }
    const l = lines[it.line - 1];
    if (l === undefined || !l.includes(it.text)) { console.error(f, 'line', it.line, 'does not contain', JSON.stringify(it.text)); errors++; }
  }
}
for (const e of fs.readdirSync(dir).filter(f => f.endsWith('.expect.yml'))) {
  const b = e.replace(/\.expect\.yml$/, '');
  if (!fs.existsSync(path.join(dir, b + '.md')) && !fs.existsSync(path.join(dir, b + '.txt'))) { console.error('orphan', e); errors++; }
}
console.log(`${docs.length} docs, ${clean} clean, ${labels} labels`, per);
if (errors) { console.error(errors, 'errors'); process.exit(1); }
console.log('OK');
