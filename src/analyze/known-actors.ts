import type { Analysis } from './analysis.js';
import type { Entity, EntityType } from '../extract/types.js';

/**
 * What earlier articles taught about an actor, handed to the analysis of a later one as a
 * pure input (the store builds it; this module never reads a database). It lets a bare
 * "Lavrov" in a later article resolve to Russia's foreign minister.
 */
export interface KnownActor {
  /** Knowledge-base id of the actor. */
  id: number;
  name: string;
  type: EntityType;
  country: string | null;
  /** CAMEO actor code of the actor's latest role, e.g. "RUSGOV". */
  actor: string | null;
  roles: KnownRole[];
  lastSeen: string | null;
}

export interface KnownRole {
  role: string;
  actor: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

/** Alias (normalised with `aliasKey`) to every known actor that went by it. */
export type KnownActors = Map<string, KnownActor[]>;

/** Entity types the knowledge base holds: people and organisations are the actors that move. */
export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG']);

/** Case, accents, dots and possessive endings do not make two names differ. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The names one entity goes by: its canonical name, its named mentions and, for people, the surname. */
export function entityAliases(e: Entity): string[] {
  const out = new Set<string>();
  const add = (s: string): void => {
    const k = aliasKey(s);
    if (k.length >= 2) out.add(k);
  };
  add(e.name);
  for (const m of e.mentions) if (m.kind === undefined || m.kind === 'name') add(m.text);
  if (e.type === 'PERSON') {
    const parts = aliasKey(e.name).split(' ');
    if (parts.length > 1) add(parts[parts.length - 1]);
  }
  return [...out];
}

/** The actor code that held at `date`: the role last seen on or before it, else the latest role. */
export function actorCodeAt(k: KnownActor, date: string | null): string | null {
  const roles = k.roles.filter((r) => r.actor !== null);
  if (roles.length === 0) return k.actor;
  const before = date === null ? roles : roles.filter((r) => r.firstSeen === null || r.firstSeen <= date);
  const pool = before.length > 0 ? before : roles;
  pool.sort((a, b) => (a.lastSeen ?? '').localeCompare(b.lastSeen ?? ''));
  return pool[pool.length - 1].actor;
}

/**
 * Finds the one known actor an entity names. Candidates must agree on type and, when the
 * text gives one, on country; several people sharing a surname resolve only when exactly
 * one of them matches the full name, otherwise to the one seen most recently.
 */
export function resolveKnown(e: Entity, known: KnownActors): KnownActor | null {
  if (!ACTOR_TYPES.has(e.type)) return null;
  const full = aliasKey(e.name);
  const seen = new Map<number, KnownActor>();
  const exact = new Set<number>();
  for (const alias of entityAliases(e)) {
    for (const k of known.get(alias) ?? []) {
      if (k.type !== e.type) continue;
      if (e.country && k.country && e.country !== k.country) continue;
      seen.set(k.id, k);
      if (alias === full) exact.add(k.id);
    }
  }
  if (seen.size === 0) return null;
  const pool = exact.size > 0 ? [...exact].map((id) => seen.get(id) as KnownActor) : [...seen.values()];
  if (pool.length === 1) return pool[0];
  // A bare surname shared by several people: trust the person in the news most recently.
  pool.sort((a, b) => (a.lastSeen ?? '').localeCompare(b.lastSeen ?? '') || a.id - b.id);
  return pool[pool.length - 1];
}

/**
 * Fills entity country and actor code, and the event actor codes that follow from them,
 * where the text itself gave none. What the text says always wins. Returns how many
 * entities were filled. Mutates `analysis` (it is the caller's fresh result).
 */
export function applyKnownActors(analysis: Analysis, known: KnownActors): number {
  if (known.size === 0) return 0;
  let filled = 0;
  for (const e of analysis.entities) {
    if (e.country && e.actor) continue;
    const k = resolveKnown(e, known);
    if (!k) continue;
    let changed = false;
    if (!e.country && k.country) {
      e.country = k.country;
      changed = true;
    }
    const code = actorCodeAt(k, analysis.date);
    if (!e.actor && code && (!e.country || code.startsWith(e.country))) {
      e.actor = code;
      changed = true;
    }
    if (changed) filled++;
  }
  if (filled > 0) {
    const byId = new Map(analysis.entities.map((e) => [e.id, e]));
    for (const v of analysis.events) {
      if (v.sourceActor === null && v.source) v.sourceActor = byId.get(v.source)?.actor ?? null;
      if (v.targetActor === null && v.target) v.targetActor = byId.get(v.target)?.actor ?? null;
    }
  }
  return filled;
}
