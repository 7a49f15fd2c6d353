import { isHonorific, isTitleWord, LONGEST_ROLE, roleOf, type GazEntry, type Role } from '../lexicon/index.js';
import { isCapitalised, sentenceEnd, sentenceStart, type EntityContext } from './entity-context.js';

/** A title read from the text around a name: "Russian Foreign Minister", "Russia's top diplomat". */
export interface TitleReading {
  /** Tokens [start, end) of the title as written. */
  start: number;
  end: number;
  role: Role | null;
  /** The folded role phrase, for matching "the U.S. secretary of state" later. */
  roleKey: string | null;
  country?: string;
  actor?: string;
  honorific: boolean;
}

/** Gazetteer kinds that may stand inside a title ("Kremlin aide", "U.S. Secretary of State"). */
const TITLE_GAZ = new Set(['country', 'demonym', 'capital', 'seat', 'igo', 'group', 'region', 'media']);
const LEADING_JUNK = new Set(['the', 'a', 'an', 'of', '-', "'s", 'and', 'for', ',']);

function gazAt(ctx: EntityContext, i: number): { start: number; end: number; entry: GazEntry } | null {
  const k = ctx.gazAt[i];
  if (k < 0) return null;
  const m = ctx.gaz[k];
  return TITLE_GAZ.has(m.entry.kind) ? m : null;
}

/** Reads the title words right before a name (tokens before `nameStart`), or null. */
export function titleBefore(ctx: EntityContext, nameStart: number, stopAt = -1): TitleReading | null {
  const floor = Math.max(sentenceStart(ctx, nameStart), stopAt);
  let s = nameStart;
  while (s > floor) {
    const g = gazAt(ctx, s - 1);
    if (g) {
      s = Math.max(g.start, floor);
      continue;
    }
    const f = ctx.folded[s - 1];
    if (isTitleWord(f) || isHonorific(f)) {
      s--;
      continue;
    }
    break;
  }
  while (s < nameStart && LEADING_JUNK.has(ctx.folded[s])) s++;
  if (s >= nameStart) return null;
  return readTitle(ctx, s, nameStart);
}

/**
 * Reads an apposition after a name: ", Russia's top diplomat," or ", the foreign minister of
 * Saudi Arabia,". It must close at a comma, a dash, a bracket or the sentence end, and hold
 * no other name, else it is a list ("Rubio, National Security Adviser Mike Waltz").
 */
export function titleAfter(ctx: EntityContext, nameEnd: number): TitleReading | null {
  if (nameEnd >= ctx.n || ctx.texts[nameEnd] !== ',') return null;
  const end = sentenceEnd(ctx, nameEnd);
  let i = nameEnd + 1;
  while (i < end && ['the', 'a', 'an'].includes(ctx.folded[i])) i++;
  const s = i;
  while (i < end) {
    const g = gazAt(ctx, i);
    if (g) {
      i = g.end;
      continue;
    }
    const f = ctx.folded[i];
    if (isTitleWord(f)) {
      i++;
      continue;
    }
    break;
  }
  if (i === s) return null;
  const closer = i < end ? ctx.texts[i] : '.';
  if (![',', '.', '—', '–', ')', ';'].includes(closer) && !(i >= end)) return null;
  if (i < end && isCapitalised(ctx, i) && ctx.gazAt[i] < 0) return null;
  const reading = readTitle(ctx, s, i);
  return reading && reading.role ? reading : null;
}

/** Finds the role phrase nearest the name inside [s, e), and the country or institution the title names. */
export function readTitle(ctx: EntityContext, s: number, e: number): TitleReading | null {
  let role: Role | null = null;
  let roleKey: string | null = null;
  for (let end = e; end > s && !role; end--) {
    for (let len = Math.min(LONGEST_ROLE, end - s); len >= 1; len--) {
      const key = ctx.folded.slice(end - len, end).join(' ');
      const r = roleOf(key);
      if (r) {
        role = r;
        roleKey = key;
        break;
      }
    }
  }
  let org: GazEntry | null = null;
  let nation: GazEntry | null = null;
  let honorific = false;
  for (let i = s; i < e; i++) {
    const g = gazAt(ctx, i);
    if (g) {
      const k = g.entry.kind;
      if ((k === 'seat' || k === 'igo' || k === 'group' || k === 'media') && !org) org = g.entry;
      else if ((k === 'country' || k === 'demonym' || k === 'capital') && !nation) nation = g.entry;
      i = g.end - 1;
    } else if (isHonorific(ctx.folded[i])) honorific = true;
  }
  if (!role && !honorific) return null;
  const out: TitleReading = { start: s, end: e, role, roleKey, honorific };
  if (!role) return out;
  if (org && (role.staff || !nation)) {
    if (org.country) out.country = org.country;
    if (org.actor) out.actor = org.kind === 'media' || role.staff ? org.actor : (org.country ?? '') + role.code;
  } else if (nation?.country) {
    out.country = nation.country;
    out.actor = nation.country + (role.code === 'IGO' ? 'GOV' : role.code);
  }
  return out;
}

/** The actor code a role gives once the country is known from the context. */
export function actorFor(country: string, role: Role): string {
  return country + (role.code === 'IGO' ? 'GOV' : role.code);
}
