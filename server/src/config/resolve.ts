// Resolves the text of a .saring.yml into the engine's ResolvedConfig. Every problem (bad YAML,
// unknown keys, wrong types, unknown rule ids, custom rules that fail to compile or fail their own
// examples) is reported with its exact range; whatever is valid is still applied, and nothing that
// is invalid silently falls back to something else.

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { I18nText, LintOptions, ResolvedConfig, Rule, Severity, SeveritySetting } from '../engine/types.ts';
import { compileDataRule, RuleDefError } from '../engine/kinds.ts';
import { builtinIds, builtinRule, familyOf } from '../engine/builtin.ts';
import { checkRuleExamples, defaultOptions } from '../engine/index.ts';

export interface ConfigProblem {
  severity: 'error' | 'warning';
  message: I18nText;
  /** UTF-16 offsets into the config file's text. */
  start: number;
  end: number;
  line: number; // 0-based
  character: number; // 0-based
}

export interface LoadedConfig {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  ignore: string[];
  file?: string;
}

const TOP_KEYS = ['extends', 'rules', 'words', 'ignore', 'custom', 'pemilu', 'akronim', 'jenis', 'bahasa', 'options'];
const SETTINGS: SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

type Path = Array<string | number>;

export interface ResolveInput {
  /** The YAML text, or undefined when there is no config file (defaults apply). */
  text?: string;
  file?: string;
  /** Options from the environment (locale, speller) that the file may refine. */
  base?: Partial<LintOptions>;
}

export function resolveConfig(input: ResolveInput): LoadedConfig {
  const problems: ConfigProblem[] = [];
  const options = defaultOptions(input.base);
  // Built-in rules are compiled only when this configuration turns them on.
  const allIds = builtinIds();
  const builtinIdSet = new Set(allIds);
  const families = new Set(allIds.map(familyOf));
  let enabledFamilies = new Set(families);
  const overrides = new Map<string, SeveritySetting>();
  const custom: Rule[] = [];
  const ignore: string[] = [];

  if (input.text === undefined || input.text.trim() === '') {
    return finish();
  }

  const lc = new LineCounter();
  const doc = parseDocument(input.text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const report = (severity: ConfigProblem['severity'], message: I18nText, range?: [number, number]) => {
    const [start, end] = range ?? [0, 0];
    const p = lc.linePos(start);
    problems.push({ severity, message, start, end: Math.max(end, start), line: p.line - 1, character: p.col - 1 });
  };
  for (const err of doc.errors) {
    report('error', { id: `YAML tidak valid: ${err.message}`, en: `Invalid YAML: ${err.message}` }, [err.pos[0], err.pos[1]]);
  }
  if (doc.errors.length) return finish();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return finish();
  if (!isMap(root)) {
    report('error', { id: 'Konfigurasi harus berupa pemetaan (kunci: nilai).', en: 'The configuration must be a mapping (key: value).' }, rangeOf(root as YamlNode));
    return finish();
  }
  const js = doc.toJS() as Record<string, unknown>;

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TOP_KEYS.includes(key)) {
      report('warning', { id: `Kunci tidak dikenal "${key}" diabaikan (yang dikenal: ${TOP_KEYS.join(', ')}).`, en: `Unknown key "${key}" ignored (known: ${TOP_KEYS.join(', ')}).` }, rangeOf(pair.key as YamlNode));
    }
  }

  const at = (path: Path): [number, number] | undefined => rangeAt(doc, path);
  const typeError = (path: Path, what: I18nText) =>
    report('error', { id: `"${path.join('.')}" harus ${what.id}; nilai ini diabaikan.`, en: `"${path.join('.')}" must be ${what.en}; this value is ignored.` }, at(path));
  const LIST_OF_STRINGS = { id: 'daftar teks', en: 'a list of strings' };
  const stringList = (key: string): string[] | undefined => {
    const v = js[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      typeError([key], LIST_OF_STRINGS);
      return undefined;
    }
    const out: string[] = [];
    v.forEach((x, i) => {
      if (typeof x === 'string' || typeof x === 'number') out.push(String(x));
      else typeError([key, i], { id: 'teks', en: 'a string' });
    });
    return out;
  };

  // extends: which built-in families are on. Absent means all; [] means none.
  if ('extends' in js) {
    const ext = stringList('extends');
    if (ext) {
      enabledFamilies = new Set();
      ext.forEach((name, i) => {
        const fam = name.replace(/^saring[:/]/, '');
        if (fam === 'semua' || fam === 'all' || fam === 'recommended') families.forEach((f) => enabledFamilies.add(f));
        else if (families.has(fam)) enabledFamilies.add(fam);
        else report('error', { id: `Paket aturan "${name}" tidak dikenal (tersedia: ${[...families].join(', ')}).`, en: `Unknown rule pack "${name}" (available: ${[...families].join(', ')}).` }, at(['extends', i]));
      });
    }
  }

  const words = stringList('words');
  if (words) for (const w of words) options.words.add(w.toLowerCase());
  const akronim = stringList('akronim');
  if (akronim) options.akronim = akronim;
  const ign = stringList('ignore');
  if (ign) ignore.push(...ign);

  if ('jenis' in js) {
    const j = js.jenis;
    if (j === 'siaran-pers' || j === 'caption' || j === 'unggahan') options.jenis = j;
    else typeError(['jenis'], { id: 'salah satu dari siaran-pers, caption, unggahan', en: 'one of siaran-pers, caption, unggahan' });
  }
  if ('bahasa' in js) {
    const b = js.bahasa;
    if (b === 'id' || b === 'en') options.locale = b;
    else typeError(['bahasa'], { id: '"id" atau "en"', en: '"id" or "en"' });
  }

  if ('pemilu' in js && js.pemilu !== null) {
    const p = js.pemilu;
    if (typeof p !== 'object' || Array.isArray(p)) typeError(['pemilu'], { id: 'pemetaan (kandidat, partai, akun, masa-kampanye)', en: 'a mapping (kandidat, partai, akun, masa-kampanye)' });
    else {
      const pm = p as Record<string, unknown>;
      const list = (k: string): string[] => {
        const v = pm[k];
        if (v === undefined || v === null) return [];
        if (!Array.isArray(v)) {
          typeError(['pemilu', k], LIST_OF_STRINGS);
          return [];
        }
        return v.map(String);
      };
      options.pemilu = { kandidat: list('kandidat'), partai: list('partai'), akun: list('akun') };
      for (const k of Object.keys(pm)) {
        if (!['kandidat', 'partai', 'akun', 'masa-kampanye'].includes(k)) {
          report('warning', { id: `Kunci tidak dikenal "pemilu.${k}" diabaikan.`, en: `Unknown key "pemilu.${k}" ignored.` }, keyRangeAt(doc, ['pemilu', k]));
        }
      }
      const mk = pm['masa-kampanye'];
      if (mk !== undefined && mk !== null) {
        const m = mk as Record<string, unknown>;
        const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
        const mulai = typeof mk === 'object' ? date(m.mulai) : undefined;
        const selesai = typeof mk === 'object' ? date(m.selesai) : undefined;
        if (mulai && selesai) options.pemilu.masaKampanye = { mulai, selesai };
        else typeError(['pemilu', 'masa-kampanye'], { id: '{ mulai: YYYY-MM-DD, selesai: YYYY-MM-DD }', en: '{ mulai: YYYY-MM-DD, selesai: YYYY-MM-DD }' });
      }
    }
  }

  if ('options' in js && js.options !== null) {
    const o = js.options;
    if (typeof o !== 'object' || Array.isArray(o)) typeError(['options'], { id: 'pemetaan id-aturan: { … }', en: 'a mapping rule-id: { … }' });
    else for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) options.ruleOptions[k] = v as Record<string, unknown>;
      else typeError(['options', k], { id: 'pemetaan', en: 'a mapping' });
    }
  }

  if ('custom' in js && js.custom !== null) {
    const c = js.custom;
    if (!Array.isArray(c)) typeError(['custom'], { id: 'daftar aturan', en: 'a list of rules' });
    else c.forEach((def, i) => {
      try {
        const rule = compileDataRule(def, { builtin: false, source: input.file });
        if (builtinIdSet.has(rule.meta.id) || custom.some((r) => r.meta.id === rule.meta.id)) {
          report('error', { id: `Id aturan "${rule.meta.id}" sudah dipakai; aturan ini tidak dimuat.`, en: `Rule id "${rule.meta.id}" is already taken; this rule is not loaded.` }, at(['custom', i, 'id']));
          return;
        }
        const failures = checkRuleExamples(rule, options);
        if (failures.length) {
          report('error', { id: `Contoh aturan "${rule.meta.id}" gagal, aturan tidak dimuat: ${failures.join('; ')}`, en: `Examples of rule "${rule.meta.id}" fail, the rule is not loaded: ${failures.join('; ')}` }, at(['custom', i, 'examples']) ?? at(['custom', i]));
          return;
        }
        custom.push(rule);
      } catch (e) {
        if (e instanceof RuleDefError) {
          const range = at(['custom', i, ...e.path]) ?? at(['custom', i]);
          report('error', { id: `Aturan kustom #${i + 1} tidak dimuat: ${e.message}`, en: `Custom rule #${i + 1} is not loaded: ${e.message}` }, range);
        } else throw e;
      }
    });
  }

  if ('rules' in js && js.rules !== null) {
    const r = js.rules;
    if (typeof r !== 'object' || Array.isArray(r)) typeError(['rules'], { id: 'pemetaan id-aturan: tingkat', en: 'a mapping rule-id: severity' });
    else for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
      const known = builtinIdSet.has(k) || families.has(k) || custom.some((x) => x.meta.id === k || familyOf(x.meta.id) === k);
      if (!known) {
        report('warning', { id: `Aturan atau keluarga "${k}" tidak dikenal; pengaturan ini diabaikan.`, en: `Unknown rule or family "${k}"; this setting is ignored.` }, keyRangeAt(doc, ['rules', k]));
        continue;
      }
      if (!SETTINGS.includes(v as SeveritySetting)) {
        report('error', { id: `Tingkat untuk "${k}" harus salah satu dari ${SETTINGS.join(', ')}.`, en: `The severity for "${k}" must be one of ${SETTINGS.join(', ')}.` }, at(['rules', k]));
        continue;
      }
      overrides.set(k, v as SeveritySetting);
    }
  }
  return finish();

  function finish(): LoadedConfig {
    const rules: Rule[] = [];
    const severities = new Map<string, Severity>();
    for (const id of [...allIds, ...custom.map((r) => r.meta.id)]) {
      const fam = familyOf(id);
      const customRule = custom.find((r) => r.meta.id === id);
      if (!customRule && !enabledFamilies.has(fam)) {
        // A family that is not extended can still be switched on rule by rule.
        const o = overrides.get(id);
        if (!o || o === 'off') continue;
      }
      const setting = overrides.get(id) ?? overrides.get(fam);
      if (setting === 'off') continue;
      const rule = customRule ?? builtinRule(id)!;
      rules.push(rule);
      severities.set(id, setting ?? rule.meta.severity);
    }
    return { config: { rules, severities, options }, problems, ignore, file: input.file };
  }
}

function rangeOf(node: YamlNode | null | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** The range of the value at `path`, or of the nearest ancestor that exists. */
function rangeAt(doc: Document, path: Path): [number, number] | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node) return rangeOf(node);
  }
  return undefined;
}

/** The range of the key at the end of `path` (for "unknown key" problems). */
function keyRangeAt(doc: Document, path: Path): [number, number] | undefined {
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    for (const pair of parent.items) {
      if (isScalar(pair.key) && String(pair.key.value) === String(last)) return rangeOf(pair.key as YamlNode);
    }
  }
  if (isSeq(parent)) return rangeOf(parent.items[Number(last)] as YamlNode);
  return rangeAt(doc, path);
}
