import type { Doc } from '../text/doc.js';
import type { Document } from '../analyze/analysis.js';
import { lookupCity, lookupCityFuzzy, usStateCode, type GazEntry } from '../lexicon/index.js';
import type { Entity, EntityType, Mention } from './types.js';
import { entityContext, isCapitalised, type EntityContext } from './entity-context.js';
import { candidates, type Candidate } from './entity-spans.js';
import { PersonIndex, closeEnough } from './people.js';
import { actorFor, readTitle, titleAfter, titleBefore, type TitleReading } from './titles.js';
import { linkNominals, linkPronouns, type Gender, type PersonMention } from './corefs.js';

/** An entity while the article is read: mentions, titles and the facts they gave. */
export interface EntityBuilder {
  key: string;
  type: EntityType;
  name: string;
  mentions: Mention[];
  titles: string[];
  roleKeys: Set<string>;
  country?: string;
  actor?: string;
  lat?: number;
  lon?: number;
  gender?: Gender;
  first: number;
}

interface Placed {
  cand: Candidate;
  key: string;
}

/** Minimal view of the analysis this extractor fills (keeps extract free of analyze). */
interface EntitySink {
  entities: Entity[];
}

/**
 * The entity extractor: tagger spans plus gazetteer hits become one entity per referent,
 * with every mention, the titles read around the names, country, CAMEO actor code and, for
 * places, coordinates. Usable as a pipeline Extractor.
 */
export function extractEntities(doc: Doc, _document?: Document, analysis?: EntitySink): Entity[] {
  const entities = resolveEntities(doc);
  if (analysis) analysis.entities = entities;
  return entities;
}

export function resolveEntities(doc: Doc): Entity[] {
  if (doc.tokens.length === 0) return [];
  const ctx = entityContext(doc);
  const cands = candidates(ctx);
  const people = new PersonIndex();
  const personKey = new Map<Candidate, string>();
  const nameTokens = (c: Candidate): string[] => ctx.folded.slice(c.start, c.end).filter((f) => f !== '.' && f !== '-');
  // Full names first, so "Ushakov" before "Yury Ushakov" still joins him.
  for (const c of cands) if (c.type === 'PERSON' && nameTokens(c).length >= 2) personKey.set(c, people.addFull(nameTokens(c), spanText(ctx, c), c.start).key);
  for (const c of cands) {
    if (c.type !== 'PERSON' || personKey.has(c)) continue;
    const word = nameTokens(c)[0] ?? ctx.folded[c.start];
    const cluster = people.findSingle(word, c.start) ?? people.addSingle(word, spanText(ctx, c), c.start);
    cluster.lastSeen = Math.max(cluster.lastSeen, c.start);
    personKey.set(c, cluster.key);
  }
  for (const c of surnameMentions(ctx, cands, people)) {
    personKey.set(c.cand, c.key);
    cands.push(c.cand);
  }
  cands.sort((a, b) => a.start - b.start);

  const builders = new Map<string, EntityBuilder>();
  const placed: Placed[] = [];
  const personMentions: PersonMention[] = [];
  const ministries: Array<{ b: EntityBuilder; c: Candidate }> = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const key: Keyed = c.type === 'PERSON' ? { id: personKey.get(c)! } : placeKey(ctx, c, cands[k + 1]);
    let b = builders.get(key.id);
    if (!b) {
      b = newBuilder(ctx, c, key);
      builders.set(key.id, b);
    }
    b.mentions.push(mention(ctx, c.start, c.end, 'name'));
    placed.push({ cand: c, key: key.id });
    if (c.type === 'PERSON') personMentions.push({ token: c.start, sentence: ctx.doc.sentenceOf[c.start], key: key.id });
    if (c.type === 'PERSON' || (c.type === 'ORG' && !c.gaz)) {
      for (const t of [titleBefore(ctx, c.start), titleAfter(ctx, c.end)]) if (t) applyTitle(ctx, b, t, placed, builders, c);
    }
    if (c.type === 'ORG' && !c.gaz && !b.country && b.mentions.length === 1) ministries.push({ b, c });
  }
  placeMinistries(ctx, ministries, placed, builders);
  for (const c of people.clusters) {
    const b = builders.get(c.key);
    if (b) b.name = c.name;
  }
  linkPronouns(ctx, builders, personMentions);
  linkNominals(ctx, builders, placed);
  const list = [...builders.values()].sort((a, b) => a.first - b.first);
  return list.map((b, i) => toEntity(b, i));
}

function spanText(ctx: EntityContext, c: { start: number; end: number }): string {
  return ctx.text.slice(ctx.doc.tokens[c.start].start, ctx.doc.tokens[c.end - 1].end);
}

export function mention(ctx: EntityContext, s: number, e: number, kind: Mention['kind']): Mention {
  const start = ctx.doc.tokens[s].start;
  const end = ctx.doc.tokens[e - 1].end;
  return { start, end, text: ctx.text.slice(start, end), kind };
}

interface Keyed {
  id: string;
  name?: string;
  entry?: GazEntry;
  city?: { lat: number; lon: number; country: string };
}

/**
 * The identity of a non-person candidate: its gazetteer entry, or its folded name. A place
 * followed by ", <country>" or ", <US state>" is looked up as a city of that country or state
 * ("Paris, Texas"), else as the most populous city of the name.
 */
function placeKey(ctx: EntityContext, c: Candidate, next: Candidate | undefined): Keyed {
  const name = spanText(ctx, c);
  const placeLike = c.type === 'GPE' || c.type === 'LOC';
  if (placeLike && (!c.gaz || c.gaz.kind === 'capital')) {
    const hint = next && next.start === c.end + 1 && ctx.texts[c.end] === ',' ? placeHint(ctx, next) : undefined;
    if (hint && (!c.gaz || c.gaz.country !== hint.country)) {
      const city = lookupCity(c.gaz ? c.gaz.name : name, hint);
      if (city && (city.country === hint.country || !hint.country)) {
        return { id: `city:${city.name}:${city.country}:${city.admin}`, name: city.name, city };
      }
    }
    if (!c.gaz) {
      const city = lookupCity(name) ?? lookupCityFuzzy(name);
      if (city) return { id: `city:${city.name}:${city.country}:${city.admin}`, name: city.name, city };
    }
  }
  if (c.gaz) return { id: c.gaz.id, entry: c.gaz };
  return { id: c.type + ':' + ctx.folded.slice(c.start, c.end).join(' '), name };
}

function placeHint(ctx: EntityContext, next: Candidate): { country?: string; admin?: string } | undefined {
  if (next.gaz?.kind === 'country') return { country: next.gaz.country };
  const state = usStateCode(spanText(ctx, next));
  if (state && (next.gaz?.kind === 'state' || next.type === 'GPE' || next.type === 'LOC')) return { country: 'USA', admin: state };
  return undefined;
}

function newBuilder(ctx: EntityContext, c: Candidate, key: Keyed | { id: string } | string): EntityBuilder {
  const k: Keyed = typeof key === 'string' ? { id: key } : key;
  const b: EntityBuilder = {
    key: k.id, type: c.type, name: k.entry?.name ?? k.name ?? spanText(ctx, c), mentions: [], titles: [], roleKeys: new Set(),
    first: ctx.doc.tokens[c.start].start,
  };
  if (k.entry) {
    if (k.entry.country) b.country = k.entry.country;
    if (k.entry.actor) b.actor = k.entry.actor;
    if (k.entry.lat !== undefined && k.entry.lon !== undefined) [b.lat, b.lon] = [k.entry.lat, k.entry.lon];
  } else if (k.city) {
    b.type = 'GPE';
    b.country = k.city.country;
    [b.lat, b.lon] = [k.city.lat, k.city.lon];
  }
  return b;
}

const FEMALE = /(?:woman|women|wife|queen|mrs\.?|ms\.?|madam|lady|dame|princess|chairwoman|mother|sister)$/;
const MALE = /(?:spokesman|congressman|chairman|businessman|mr\.?|king|sir|lord|prince|emir|sultan|sheikh|father|brother)$/;

/** Records a title on an entity and the country and actor code it gives. */
function applyTitle(ctx: EntityContext, b: EntityBuilder, t: TitleReading, placed: Placed[], builders: Map<string, EntityBuilder>, c: Candidate): void {
  const words = ctx.folded.slice(t.start, t.end);
  for (const w of words) {
    if (FEMALE.test(w)) b.gender ??= 'f';
    else if (MALE.test(w)) b.gender ??= 'm';
  }
  if (!t.role) return;
  const written = spanText(ctx, t);
  if (!b.titles.includes(written)) b.titles.push(written);
  if (t.roleKey) b.roleKeys.add(t.roleKey);
  if (b.actor) return;
  if (t.country || t.actor) {
    if (t.country) b.country ??= t.country;
    if (t.actor) b.actor = t.actor;
    return;
  }
  // No country in the title ("National Security Adviser Mike Waltz"): take the nearest
  // country named before it in the sentence, the side the list is about.
  const sentence = ctx.doc.sentenceOf[c.start];
  const titleStart = Math.min(t.start, c.start);
  for (let k = placed.length - 1; k >= 0; k--) {
    const p = placed[k];
    if (ctx.doc.sentenceOf[p.cand.start] !== sentence) break;
    if (p.cand.start >= titleStart) continue;
    const other = builders.get(p.key);
    if (other && other !== b && other.country && other.type !== 'LOC') {
      b.country ??= other.country;
      b.actor = actorFor(other.country, t.role);
      return;
    }
  }
}

/**
 * A government body named without its country ("the Foreign Ministry said", "the Ministry
 * of External Affairs") belongs to the country named last before it in its sentence, else
 * to the country of the dateline the report is filed from.
 */
function placeMinistries(ctx: EntityContext, found: Array<{ b: EntityBuilder; c: Candidate }>, placed: Placed[], builders: Map<string, EntityBuilder>): void {
  if (found.length === 0) return;
  const first = placed[0];
  const dateline = first && first.cand.start === 0 ? builders.get(first.key) : undefined;
  for (const { b, c } of found) {
    const own = readTitle(ctx, c.start, c.end);
    if (!own?.role || own.role.code !== 'GOV' || b.country) continue;
    const sentence = ctx.doc.sentenceOf[c.start];
    const named: string[] = [];
    for (const p of placed) {
      if (p.cand.start >= c.start) break;
      if (ctx.doc.sentenceOf[p.cand.start] !== sentence) continue;
      const other = builders.get(p.key);
      if (other?.country && other.type !== 'LOC' && other.type !== 'PERSON') named.push(other.country);
    }
    // The home side: the dateline's country when the sentence names it too or names none,
    // else the first country the sentence names (its subject, as a rule).
    const home = dateline?.type === 'GPE' ? dateline.country : undefined;
    const country = home && (named.length === 0 || named.includes(home)) ? home : named[0];
    if (!country) continue;
    b.country = country;
    b.actor ??= actorFor(country, own.role);
  }
}

function toEntity(b: EntityBuilder, i: number): Entity {
  const mentions = [...b.mentions].sort((x, y) => x.start - y.start);
  const e: Entity = { id: 'E' + (i + 1), type: b.type, name: b.name, mentions };
  if (b.titles.length > 0) e.titles = b.titles;
  if (b.country) e.country = b.country;
  if (b.actor) e.actor = b.actor;
  if (b.lat !== undefined && b.lon !== undefined && (b.type === 'GPE' || b.type === 'LOC' || b.type === 'FAC')) {
    e.lat = b.lat;
    e.lon = b.lon;
  }
  return e;
}

const ROMAN = /^[ivx]+$/;

/**
 * Surnames the tagger missed: a capitalised word, outside every other name, that is the
 * surname of a person already named in full, or one typo from it ("Ushkaov").
 */
function surnameMentions(ctx: EntityContext, cands: Candidate[], people: PersonIndex): Array<{ cand: Candidate; key: string }> {
  const covered = new Uint8Array(ctx.n);
  for (const c of cands) covered.fill(1, c.start, c.end);
  const surnames = new Map<string, string>();
  for (const c of people.clusters) {
    const surname = c.tokens[c.tokens.length - 1];
    // "Baudouin I": a regnal number is no surname to look for.
    if (c.tokens.length >= 2 && /\p{L}{2,}/u.test(surname) && !ROMAN.test(surname)) surnames.set(surname, c.key);
  }
  if (surnames.size === 0) return [];
  const fuzzy = surnames.size <= 50;
  const out: Array<{ cand: Candidate; key: string }> = [];
  for (let i = 0; i < ctx.n; i++) {
    if (covered[i] || ctx.gazAt[i] >= 0 || !isCapitalised(ctx, i)) continue;
    const f = ctx.folded[i];
    let key = surnames.get(f);
    if (!key && fuzzy && f.length >= 5) {
      for (const [s, k] of surnames) if (closeEnough(s, f)) key = k;
    }
    if (!key) continue;
    out.push({ cand: { start: i, end: i + 1, type: 'PERSON', source: 'title' }, key });
  }
  return out;
}
