/**
 * Event scoring at root + source country + target country, as ../shared/tools/score-events.mjs
 * does it at its "root+countries" level: one-to-one matching of equal keys per record.
 */
import type { Analysis } from '../../src/analyze/analysis.js';

export interface GoldLine {
  id: string;
  text: string;
  date?: string;
  gold: { code: string; source: string; target: string }[];
}

const ROLES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LEG', 'HLH',
  'REF', 'HRI', 'LAB', 'ELI', 'AGR', 'ENV', 'MOD', 'RAD', 'UAF', 'SET', 'DEV', 'REL', 'CHR', 'MUS', 'JEW', 'BUD', 'HIN', 'SEP']);

/** The country part of an actor code, "---" for a role alone, null for none. */
export function countryPart(code: string | null | undefined): string | null {
  if (!code) return null;
  const s = code.trim().toUpperCase();
  if (!s) return null;
  if (s.startsWith('---')) return '---';
  if (s.length % 3 === 0 && /^[A-Z]+$/.test(s) && (s.match(/.{3}/g) ?? []).every((r) => ROLES.has(r))) return '---';
  return s.slice(0, 3);
}

/** Keys of the counted predicted events: not negated, with both actors. */
export function predictedKeys(a: Analysis): string[] {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const actor = (code: string | null, ref: string | null) => {
    const direct = countryPart(code);
    if (direct) return direct;
    const e = ref ? byId.get(ref) : undefined;
    return e ? countryPart(e.actor) ?? countryPart(e.country) : null;
  };
  const keys: string[] = [];
  for (const ev of a.events) {
    if (ev.modality === 'negated') continue;
    const s = actor(ev.sourceActor, ev.source), t = actor(ev.targetActor, ev.target);
    if (s && t) keys.push(`${ev.code.slice(0, 2)}|${s}|${t}`);
  }
  return keys;
}

export function goldKeys(line: GoldLine): string[] {
  return line.gold.map((g) => `${g.code.slice(0, 2)}|${countryPart(g.source)}|${countryPart(g.target)}`);
}

export function matchCount(gold: string[], pred: string[]): number {
  const free = [...pred];
  let m = 0;
  for (const g of gold) {
    const k = free.indexOf(g);
    if (k >= 0) {
      free.splice(k, 1);
      m++;
    }
  }
  return m;
}
