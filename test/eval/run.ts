// npm run eval: precision and recall per compliance family over the labelled set in test/eval/set/
// (written before the rules, as a held-out measure), the count of compliance findings on texts that
// only warn against the thing (goal 0), and a second, noisier measure of kesantunan/kata-kasar on
// real tweets (Ibrohim & Budi 2018, CC BY-NC-SA 4.0: read from ../shared at run time, never bundled).
//   --verbose   list every false positive and false negative
//   --check     exit 1 when a goal is missed (precision >= 0.95, recall >= 0.90, 0 on warnings)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lint } from '../../server/src/engine/index.ts';
import { resolveConfig } from '../../server/src/config/resolve.ts';
import { sharedSpeller } from '../../server/src/config/dictionary.ts';
import { evaluateHeldout } from './heldout.ts';

const here = import.meta.dirname;
const FAMILIES = ['kebencian', 'provokasi', 'hoaks', 'netralitas', 'data-pribadi', 'kerahasiaan', 'kesantunan'];
const verbose = process.argv.includes('--verbose');
const check = process.argv.includes('--check');

const loaded = resolveConfig({ text: readFileSync(join(here, 'saring-eval.yml'), 'utf8'), file: 'saring-eval.yml', base: { speller: sharedSpeller() } });
if (loaded.problems.length) throw new Error(`eval config: ${loaded.problems.map((p) => p.message.en).join('; ')}`);
const config = loaded.config;

interface Item {
  text: string;
  expect: string[];
  file: string;
}
const items: Item[] = [];
for (const f of readdirSync(join(here, 'set')).filter((x) => x.endsWith('.yml')).sort()) {
  for (const it of parse(readFileSync(join(here, 'set', f), 'utf8')) as Array<{ text: string; expect: string[] }>) items.push({ ...it, file: f });
}

const stats = new Map(FAMILIES.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
const misses: string[] = [];
let warningFindings = 0;
let warningTexts = 0;
for (const it of items) {
  const findings = lint(it.text, config, { format: 'plaintext' });
  const found = new Map<string, string[]>();
  for (const f of findings) {
    const fam = f.rule.split('/')[0];
    if (FAMILIES.includes(fam)) found.set(fam, [...(found.get(fam) ?? []), f.rule]);
  }
  if (it.file === 'peringatan.yml') {
    warningTexts++;
    warningFindings += [...found.values()].reduce((n, l) => n + l.length, 0);
  }
  for (const fam of FAMILIES) {
    const s = stats.get(fam)!;
    const want = it.expect.includes(fam);
    const got = found.has(fam);
    if (want && got) s.tp++;
    else if (want) {
      s.fn++;
      misses.push(`FN ${fam.padEnd(12)} ${it.text}`);
    } else if (got) {
      s.fp++;
      misses.push(`FP ${fam.padEnd(12)} ${it.text}  [${found.get(fam)!.join(', ')}]`);
    }
  }
}

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : x.toFixed(3).padStart(6));
console.log(`Labelled set: ${items.length} items in test/eval/set/ (command: npm run eval)\n`);
console.log('family        TP   FP   FN  precision  recall');
let ok = true;
let tp = 0;
let fp = 0;
let fn = 0;
for (const fam of FAMILIES) {
  const s = stats.get(fam)!;
  tp += s.tp;
  fp += s.fp;
  fn += s.fn;
  const p = s.tp / (s.tp + s.fp);
  const r = s.tp / (s.tp + s.fn);
  if (!(p >= 0.95) || !(r >= 0.9)) ok = false;
  console.log(`${fam.padEnd(12)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}    ${pct(p)}  ${pct(r)}`);
}
console.log(`${'all'.padEnd(12)} ${String(tp).padStart(3)}  ${String(fp).padStart(3)}  ${String(fn).padStart(3)}    ${pct(tp / (tp + fp))}  ${pct(tp / (tp + fn))}`);
console.log(`\nCompliance findings on ${warningTexts} texts that only warn against the thing: ${warningFindings} (goal 0)`);
if (warningFindings > 0) ok = false;
if (verbose) console.log('\n' + misses.join('\n'));

// The held-out set: whole documents written blind, never tuned against one-to-one.
// Sixty-seven blind sets by sixty-seven authors. heldout, heldout3, heldout4, heldout7 to heldout19,
// heldout22 to heldout37, heldout40 to heldout47, heldout50 to heldout57, heldout60 to heldout63,
// heldout66 and heldout67 are development sets (--verbose lists their misses, which were read to find general gaps;
// heldout18, 19, 22 to 37, 40 to 47, 50 to 57, 60 to 63, 66 and 67 were first scored on arrival,
// before any miss was read; the misses of heldout66 and 67 have not been read yet). heldout2, heldout5, heldout6, heldout20, heldout21, heldout38, heldout39,
// heldout48, heldout49, heldout58, heldout59, heldout64 and heldout65 are reported in aggregate only,
// never line by line. heldout64 and heldout65 were written during the latest session, while its rule
// changes were being made, and are the current final measure; heldout58/59 and the final pairs of
// the sessions before (heldout20/21, 38/39, 48/49) were never read either.
const AGGREGATE_ONLY = new Set(['heldout2', 'heldout5', 'heldout6', 'heldout20', 'heldout21', 'heldout38', 'heldout39', 'heldout48', 'heldout49', 'heldout58', 'heldout59', 'heldout64', 'heldout65']);
// Pooled over each role: the development sets, and those reported in aggregate only.
const pooled = { dev: { docs: 0, tp: 0, fp: 0, fn: 0, sets: 0 }, aggregate: { docs: 0, tp: 0, fp: 0, fn: 0, sets: 0 } };
const SETS = ['heldout', 'heldout3', 'heldout4', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'heldout26', 'heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32', 'heldout33', 'heldout34', 'heldout35', 'heldout36', 'heldout37', 'heldout40', 'heldout41', 'heldout42', 'heldout43', 'heldout44', 'heldout45', 'heldout46', 'heldout47', 'heldout50', 'heldout51', 'heldout52', 'heldout53', 'heldout54', 'heldout55', 'heldout56', 'heldout57', 'heldout60', 'heldout61', 'heldout62', 'heldout63', 'heldout66', 'heldout67', 'heldout2', 'heldout5', 'heldout6', 'heldout20', 'heldout21', 'heldout38', 'heldout39', 'heldout48', 'heldout49', 'heldout58', 'heldout59', 'heldout64', 'heldout65'];
for (const dirName of SETS) {
const list = !AGGREGATE_ONLY.has(dirName) && verbose;
const held = evaluateHeldout(join(here, '..', dirName), FAMILIES);
if (held) {
  console.log(`\nHeld-out set: ${held.docs} documents in test/${dirName}/ written blind (default configuration); a label counts when a finding of its family is on its line`);
  console.log('family        TP   FP   FN  precision  recall');
  let htp = 0;
  let hfp = 0;
  let hfn = 0;
  for (const fam of FAMILIES) {
    const s = held.stats.get(fam)!;
    htp += s.tp;
    hfp += s.fp;
    hfn += s.fn;
    console.log(`${fam.padEnd(12)} ${String(s.tp).padStart(3)}  ${String(s.fp).padStart(3)}  ${String(s.fn).padStart(3)}    ${pct(s.tp / (s.tp + s.fp))}  ${pct(s.tp / (s.tp + s.fn))}`);
  }
  console.log(`${'all'.padEnd(12)} ${String(htp).padStart(3)}  ${String(hfp).padStart(3)}  ${String(hfn).padStart(3)}    ${pct(htp / (htp + hfp))}  ${pct(htp / (htp + hfn))}`);
  console.log(`Clean documents with any compliance finding: ${held.trapDocsWithFindings} of ${held.trapDocs}`);
  if (list) console.log('\n' + held.lines.join('\n'));
  const role = AGGREGATE_ONLY.has(dirName) ? pooled.aggregate : pooled.dev;
  role.docs += held.docs;
  role.tp += htp;
  role.fp += hfp;
  role.fn += hfn;
  role.sets++;
}
}
for (const [name, r] of [['development sets', pooled.dev], ['aggregate-only sets', pooled.aggregate]] as const) {
  if (r.sets) console.log(`\nPooled over the ${r.sets} ${name} (${r.docs} documents): TP ${r.tp}, FP ${r.fp}, FN ${r.fn}, precision ${pct(r.tp / (r.tp + r.fp))}, recall ${pct(r.tp / (r.tp + r.fn))}`);
}

// Second measure: real tweets, labels 1 = not abusive, 2 = abusive not offensive, 3 = offensive.
const csv = join(here, '..', '..', '..', 'shared', 'domain', 'data', 'abusive-tweets-ibrohim2018.csv');
if (existsSync(csv)) {
  const rows = parseCsv(readFileSync(csv, 'utf8')).slice(1).filter((r) => r.length >= 2);
  const m = { rule: { tp: 0, fp: 0, fn: 0 }, family: { tp: 0, fp: 0, fn: 0 } };
  for (const [labelText, rawText] of rows) {
    const label = Number(labelText);
    // The data set writes line breaks as a literal backslash-n.
    const text = rawText.replace(/\\n/g, '\n');
    const abusive = label >= 2;
    const fs = lint(text, config, { format: 'plaintext' });
    const byRule = fs.some((f) => f.rule === 'kesantunan/kata-kasar');
    const byFamily = fs.some((f) => f.rule.startsWith('kesantunan/') || f.rule.startsWith('kebencian/'));
    for (const [k, hit] of [['rule', byRule], ['family', byFamily]] as const) {
      if (hit && abusive) m[k].tp++;
      else if (hit) m[k].fp++;
      else if (abusive) m[k].fn++;
    }
  }
  console.log(`\nIbrohim & Budi (2018) tweets, ${rows.length} rows (labels 2 and 3 = abusive); noisy by nature: slang, no context`);
  for (const [k, s] of Object.entries(m)) {
    console.log(`  ${k === 'rule' ? 'kesantunan/kata-kasar' : 'kesantunan + kebencian'}: precision ${pct(s.tp / (s.tp + s.fp))}, recall ${pct(s.tp / (s.tp + s.fn))} (TP ${s.tp}, FP ${s.fp}, FN ${s.fn})`);
  }
} else {
  console.log('\n(../shared/domain/data/abusive-tweets-ibrohim2018.csv not found: second measure skipped)');
}
if (check && !ok) process.exit(1);

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
