// Editor settings (section "saring"), typed once and merged over the .saring.yml configuration.
import type { LintOptions, ResolvedConfig, Severity, SeveritySetting } from '../engine/types.ts';
import { familyOf } from '../engine/builtin.ts';

export interface SaringSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** Severity overrides per rule id or family. */
  rules: Record<string, SeveritySetting>;
  words: string[];
  pemilu: { kandidat: string[]; partai: string[]; akun: string[] };
  jenis?: 'siaran-pers' | 'caption' | 'unggahan';
}

export const DEFAULT_SETTINGS: SaringSettings = { enable: true, run: 'onType', rules: {}, words: [], pemilu: { kandidat: [], partai: [], akun: [] } };

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** Accepts whatever the client sent and keeps only well-typed values. */
export function normalizeSettings(raw: unknown): SaringSettings {
  const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const rules: Record<string, SeveritySetting> = {};
  if (s.rules && typeof s.rules === 'object') {
    for (const [k, v] of Object.entries(s.rules as Record<string, unknown>)) if (typeof v === 'string' && SEVERITIES.includes(v)) rules[k] = v as SeveritySetting;
  }
  const p = (s.pemilu && typeof s.pemilu === 'object' ? s.pemilu : {}) as Record<string, unknown>;
  return {
    enable: s.enable !== false,
    run: s.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    words: list(s.words),
    pemilu: { kandidat: list(p.kandidat), partai: list(p.partai), akun: list(p.akun) },
    jenis: s.jenis === 'siaran-pers' || s.jenis === 'caption' || s.jenis === 'unggahan' ? s.jenis : undefined,
  };
}

/** The file's configuration with the editor's settings on top (settings win). */
export function applySettings(config: ResolvedConfig, settings: SaringSettings, locale: LintOptions['locale']): ResolvedConfig {
  const severities = new Map(config.severities);
  let rules = config.rules;
  if (Object.keys(settings.rules).length) {
    rules = rules.filter((r) => {
      const s = settings.rules[r.meta.id] ?? settings.rules[familyOf(r.meta.id)];
      if (s === 'off') return false;
      if (s) severities.set(r.meta.id, s as Severity);
      return true;
    });
  }
  const words = new Set(config.options.words);
  for (const w of settings.words) words.add(w.toLowerCase());
  const base = config.options.pemilu ?? { kandidat: [], partai: [], akun: [] };
  const pemilu = {
    ...base,
    kandidat: [...base.kandidat, ...settings.pemilu.kandidat],
    partai: [...base.partai, ...settings.pemilu.partai],
    akun: [...base.akun, ...settings.pemilu.akun],
  };
  return { rules, severities, options: { ...config.options, words, pemilu, locale, jenis: settings.jenis ?? config.options.jenis } };
}
