/**
 * Event coding: triggers from the lexicon, arguments from the parse, actors from the
 * entities, then modality, date and place for each who-did-what-to-whom.
 */
import type { Doc } from '../../text/doc.js';
import { complementCode, goldsteinOf, ploverOf, quadClassOf } from '../../lexicon/cameo/index.js';
import { findDateExpressions, type DateExpression, type DatePrecision } from '../dates.js';
import type { Entity, Event } from '../types.js';
import { dictionaryActors, sidesOf, tokenEntities, type Side } from './actors.js';
import { argumentsOf, type ArgHeads } from './args.js';
import { clauseBounds, conjunctsBefore, sidesAfter, sidesBefore, sidesBetween } from './surface.js';
import { modalityOf } from './modality.js';
import { datelinePlace, placeOf } from './place.js';
import { ancestors, baseRel, buildTree, caseOf, childrenWith, type DepTree } from './tree.js';
import { findTriggers, type Trigger } from './triggers.js';

/** An event with the parse facts later stages (meetings) read. */
export interface CodedEvent {
  event: Event;
  trigger: Trigger;
  sources: Side[];
  targets: Side[];
  datePrecision: DatePrecision | null;
  /** Whether the place came from the sentence itself rather than the dateline. */
  placeInSentence: boolean;
}

/** A definite mention of a meeting that names no participants ("the 4.5-hour meeting in Riyadh"). */
export interface MeetingReference {
  token: number;
  sentence: number;
  /** Place entity index, or -1. */
  place: number;
}

export interface EventFindings {
  tree: DepTree;
  ents: Int32Array;
  events: CodedEvent[];
  references: MeetingReference[];
  /** Entities for dictionary actors the entity stages missed; the extractor appends them to the analysis. */
  added: Entity[];
}

/** Roots whose events a coordinated subject performs with each other when no target is named. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06', '19']);
const MUTUAL_CODES = new Set(['057', '0871', '193']);
const BACKGROUND_PREPS = new Set(['since', 'after', 'before', 'following', 'until', 'prior']);
const CLAUSE_RELS = new Set(['ccomp', 'advcl', 'acl', 'parataxis', 'conj', 'xcomp', 'csubj']);
const NP_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART', 'PUNCT', 'NUM']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

function sidesFor(tree: DepTree, ents: Int32Array, entities: readonly Entity[], heads: readonly number[]): Side[] {
  const out: Side[] = [];
  for (const h of heads) for (const s of sidesOf(tree, ents, entities, h)) if (!out.some((o) => o.entity === s.entity)) out.push(s);
  return out;
}

/** Background: a nominal event in "since X", a clause opened by "since" or "after". */
function isBackground(tree: DepTree, trig: Trigger): boolean {
  const t = trig.token;
  if (childrenWith(tree, t, 'mark').some((m) => BACKGROUND_PREPS.has(tree.lower[m]))) return true;
  if (trig.kind !== 'noun') return false;
  if (BACKGROUND_PREPS.has(caseOf(tree, t))) return true;
  // By word order too: "since Moscow’s full-scale invasion", whatever the parser hung "since" on.
  for (let i = t - 1; i >= Math.max(0, t - 8); i--) {
    if (BACKGROUND_PREPS.has(tree.lower[i])) return true;
    if (!NP_TAGS.has(tree.doc.upos[i])) return false;
  }
  return false;
}

/** The date expression that belongs to the trigger: attached to it, its phrase, or a head above it. */
function dateFor(tree: DepTree, exprs: readonly DateExpression[], trig: Trigger): DateExpression | undefined {
  if (!exprs.length) return undefined;
  if (!tree.parsed) return exprs[0];
  // The trigger's own words first ("the two sides on Tuesday discussed"), then the heads above it.
  const own = new Set([trig.token, ...trig.parts]);
  for (const e of exprs) {
    for (let a = e.start; a < e.end; a++) {
      const chain = ancestors(tree, a);
      const stop = chain.findIndex((h) => own.has(h));
      // Inside the trigger's phrase, not reached through another clause.
      if (stop >= 0 && chain.slice(0, stop).every((h) => !CLAUSE_RELS.has(baseRel(tree.doc.deprels[h])))) return e;
    }
  }
  const above = new Set([trig.token, ...trig.parts, ...ancestors(tree, trig.token)]);
  const clause = clauseOfSplitSubject(tree, trig.token);
  if (clause >= 0) above.add(clause);
  for (const e of exprs) {
    for (let a = e.start; a < e.end; a++) {
      const h = tree.doc.heads[a];
      if (h >= e.start && h < e.end) continue;
      if (above.has(h) || above.has(a)) return e;
    }
  }
  // An expression inside the trigger's own phrase ("Tuesday's meeting").
  for (const e of exprs) if (ancestors(tree, e.start).includes(trig.token)) return e;
  return undefined;
}

/**
 * The clause whose subject the parser took for the object of the verb above it ("He said [a
 * meeting …] [was unlikely next week]": "meeting" the object of "said", "unlikely" a clause
 * of "said" with no subject of its own), or -1. Its dates are the noun's.
 */
function clauseOfSplitSubject(tree: DepTree, noun: number): number {
  const { heads, deprels } = tree.doc;
  if (baseRel(deprels[noun]) !== 'obj') return -1;
  const h = heads[noun];
  if (h < 0) return -1;
  for (const c of tree.children[h]) {
    if (c <= noun || deprels[c] === 'punct') continue;
    if (baseRel(deprels[c]) !== 'ccomp') return -1;
    // The clause right after the noun's phrase, with a copula or auxiliary but no subject.
    const kids = childrenWith(tree, c, 'nsubj', 'nsubj:pass', 'csubj', 'expl', 'cop', 'aux', 'aux:pass', 'mark');
    const rels = new Set(kids.map((k) => deprels[k]));
    const subjectless = !['nsubj', 'nsubj:pass', 'csubj', 'expl', 'mark'].some((r) => rels.has(r));
    return subjectless && (rels.has('cop') || rels.has('aux') || rels.has('aux:pass')) ? c : -1;
  }
  return -1;
}

/** Who acts on whom: explicit targets, else "between" sides or a coordinated subject acting on each other. */
function pairsOf(trig: Trigger, sources: Side[], targets: Side[], mutual: Side[]): [Side | null, Side | null][] {
  const code = trig.code;
  const pairs: [Side | null, Side | null][] = [];
  const cross = (as: Side[], bs: Side[]) => {
    for (const a of as) for (const b of bs) if (a.entity !== b.entity) pairs.push([a, b]);
  };
  if (mutual.length >= 2) {
    // "a meeting between Putin and Trump": the noun's own sides, whoever speaks of it.
    if (sources.length && trig.kind === 'verb') cross(sources, mutual);
    else cross(mutual, mutual);
    return pairs;
  }
  if (mutual.length === 1) targets = [...targets, ...mutual];
  if (sources.length && targets.length) cross(sources, targets);
  else if (sources.length >= 2 && (MUTUAL_ROOTS.has(code.slice(0, 2)) || MUTUAL_CODES.has(code))) cross(sources, sources);
  else for (const s of sources.length ? sources : targets) pairs.push(sources.length ? [s, null] : [null, s]);
  return pairs;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets']);

/** Whether the verb at t is passive: by the parse, else by "was/were ... VBN". */
function isPassive(tree: DepTree, t: number): boolean {
  if (childrenWith(tree, t, 'nsubj:pass', 'aux:pass').length) return true;
  if (tree.doc.xpos[t] !== 'VBN') return false;
  for (let i = t - 1; i >= Math.max(0, t - 3); i--) {
    if (BE.has(tree.lower[i])) return true;
    if (tree.doc.upos[i] !== 'ADV' && tree.doc.upos[i] !== 'PART') return false;
  }
  return false;
}

/** The leftmost token of the subtree under h. */
function leftmost(tree: DepTree, h: number, depth = 0): number {
  let m = h;
  if (depth < 6) for (const c of tree.children[h]) if (c < m) m = Math.min(m, leftmost(tree, c, depth + 1));
  return m;
}

interface SideSets { sources: Side[]; targets: Side[]; mutual: Side[] }

/**
 * Fills the sides the parse left empty from word order (see surface.ts): a parser that
 * misattaches a subject or object should not cost the event.
 */
function withSurfaceFallback(tree: DepTree, ents: Int32Array, entities: readonly Entity[], trig: Trigger, args: ArgHeads,
  from: number, to: number, found: SideSets): SideSets {
  let { sources, targets, mutual } = found;
  const t = trig.token;
  const last = Math.max(t, ...trig.parts);
  if (mutual.length < 2) {
    const between = sidesBetween(tree, ents, entities, last, clauseBounds(tree, from, to, last)[1]);
    if (between.length >= 2) mutual = between;
  }
  if (trig.kind !== 'verb' || mutual.length >= 2) return { sources, targets, mutual };
  const [lo] = clauseBounds(tree, from, to, t);
  const [, hi] = clauseBounds(tree, from, to, last);
  const passive = isPassive(tree, t);
  // A subject the parse found but no actor covers bounds the scan to its own words.
  const subjects = args.sources.filter((x) => x < t);
  const leftFrom = subjects.length ? Math.max(lo, Math.min(...subjects.map((x) => leftmost(tree, x)))) : lo;
  if (passive) {
    if (!targets.length) targets = sidesBefore(tree, ents, entities, leftFrom, t);
    if (!sources.length) {
      for (let j = last + 1; j < hi; j++) if (tree.lower[j] === 'by') { sources = sidesAfter(tree, ents, entities, j, hi, false); break; }
    }
    return { sources, targets, mutual };
  }
  if (!sources.length && !args.sources.some((x) => tree.doc.deprels[x] === 'nsubj:pass')) sources = sidesBefore(tree, ents, entities, leftFrom, t);
  else if (sources.length === 1 && sources[0].token < t) {
    const more = conjunctsBefore(tree, ents, entities, sources[0], lo).filter((x) => !sources.some((y) => y.entity === x.entity));
    sources = [...sources, ...more];
  }
  // "Iranian and European negotiators met ... for talks on Tehran's programme": they met each other.
  const eachOther = sources.length >= 2 && (MUTUAL_ROOTS.has(trig.code.slice(0, 2)) || MUTUAL_CODES.has(trig.code));
  if (!targets.length && !mutual.length && !eachOther) {
    targets = sidesAfter(tree, ents, entities, last, hi, trig.code.startsWith('042'));
    targets = targets.filter((x) => !sources.some((y) => y.entity === x.entity));
  }
  return { sources, targets, mutual };
}

const PAIR_NOUNS = new Set(['leaders', 'sides', 'countries', 'nations', 'delegations', 'ministers', 'governments', 'presidents', 'parties', 'neighbours', 'neighbors', 'men', 'officials', 'delegates']);

/** "the two leaders", "both sides": a phrase that points back to a pair of actors. */
function isPairAnaphor(tree: DepTree, h: number): boolean {
  return PAIR_NOUNS.has(tree.lower[h]) && tree.children[h].some((c) => tree.lower[c] === 'two' || tree.lower[c] === 'both');
}

const countryKey = (s: Side): string => s.entity.country ?? s.actor?.slice(0, 3) ?? s.entity.name;
const NOT_ACTORS = new Set(['LOC', 'FAC', 'EVENT', 'MISC']);

/**
 * Sides that can act: not rivers, buildings or regions without an actor code; and a
 * demonym in a title gives way to the person it titles ("Ethiopian Prime Minister Abiy Ahmed").
 */
function cleanSides(sides: Side[]): Side[] {
  const out = sides.filter((x) => x.actor || !(NOT_ACTORS.has(x.entity.type) || (x.entity.type === 'GPE' && !x.entity.country)));
  return out.filter((x) => x.entity.type === 'PERSON' || !out.some((y) => y.entity.type === 'PERSON' && y.entity.country && y.entity.country === x.entity.country));
}

export function codeEvents(doc: Doc, entities: readonly Entity[], articleDate: string | null): EventFindings {
  const tree = buildTree(doc);
  let ents = tokenEntities(tree, entities);
  // Named actors the entity stages missed join the entities (the caller adds them to the analysis).
  const extra = dictionaryActors(tree, ents, entities);
  if (extra.length) {
    entities = [...entities, ...extra];
    ents = tokenEntities(tree, entities);
  }
  const dateline = datelinePlace(tree, ents, entities);
  const events: CodedEvent[] = [];
  const references: MeetingReference[] = [];
  let lastPair: Side[] = [];
  doc.sentences.forEach((s, k) => {
    const triggers = findTriggers(tree, s.tokenStart, s.tokenEnd);
    if (!triggers.length) return;
    const exprs = findDateExpressions(doc.lower, s.tokenStart, s.tokenEnd);
    for (const trig of triggers) {
      const background = isBackground(tree, trig);
      if (background && trig.kind === 'noun') {
        // "after the six-hour session": not a new event, but it may tell the meeting's length.
        if (trig.code.startsWith('04') && childrenWith(tree, trig.token, 'det', 'nmod:poss').some((d) => DEFINITE.has(tree.lower[d]))) {
          references.push({ token: trig.token, sentence: k, place: placeOf(tree, ents, entities, trig.token, trig.parts) });
        }
        continue;
      }
      const args = argumentsOf(tree, trig);
      let sources = sidesFor(tree, ents, entities, args.sources);
      let targets = sidesFor(tree, ents, entities, args.targets);
      let mutual = sidesFor(tree, ents, entities, args.mutual);
      // "The two leaders met": the pair the article last told of.
      if (!sources.length && lastPair.length === 2 && args.sources.some((h) => isPairAnaphor(tree, h))) sources = [...lastPair];
      ({ sources, targets, mutual } = withSurfaceFallback(tree, ents, entities, trig, args, s.tokenStart, s.tokenEnd, { sources, targets, mutual }));
      sources = cleanSides(sources);
      targets = cleanSides(targets);
      mutual = cleanSides(mutual);
      // "the talks", "the meeting" with no sides of their own refer back to an event already told.
      const definite = trig.kind === 'noun' && childrenWith(tree, trig.token, 'det', 'nmod:poss').some((d) => DEFINITE.has(tree.lower[d]));
      const reference = definite && trig.code.startsWith('04') && !targets.length && mutual.length < 2;
      const pairs = reference ? [] : pairsOf(trig, sources, targets, mutual);
      const place = placeOf(tree, ents, entities, trig.token, trig.parts);
      if (!pairs.length) {
        const dets = childrenWith(tree, trig.token, 'det', 'nmod:poss');
        if (trig.kind === 'noun' && trig.code.startsWith('04') && dets.some((d) => DEFINITE.has(tree.lower[d]))) {
          references.push({ token: trig.token, sentence: k, place });
        }
        continue;
      }
      const { modality, future } = modalityOf(tree, trig.token, [...args.sources, ...args.targets]);
      // A meeting or a cooperation only planned or possible is an intent to it (036, 031, ...).
      const code = modality === 'planned' || modality === 'possible' ? complementCode('030', trig.code) ?? trig.code : trig.code;
      const expr = dateFor(tree, exprs, trig);
      const resolved = expr && articleDate ? expr.resolve(articleDate, future) : null;
      const date = resolved ? resolved.date : background ? null : articleDate;
      const precision = resolved ? resolved.precision : date ? 'day' : null;
      const placeIdx = place >= 0 ? place : dateline;
      const tok = doc.tokens[trig.token];
      for (const [src, tgt] of pairs) {
        const event: Event = {
          id: '',
          code,
          source: src ? src.entity.id : null,
          target: tgt ? tgt.entity.id : null,
          sourceActor: src ? src.actor : null,
          targetActor: tgt ? tgt.actor : null,
          location: placeIdx >= 0 ? entities[placeIdx].id : null,
          date,
          ...(precision ? { datePrecision: precision } : {}),
          modality,
          trigger: { start: tok.start, end: tok.end },
          sentence: k,
          quadClass: quadClassOf(code),
          goldstein: goldsteinOf(code),
          plover: ploverOf(code),
        };
        // Only a pair that did something is what "the two sides" points back to, not a mooted summit.
        if (src && tgt && countryKey(src) !== countryKey(tgt) && modality === 'asserted') lastPair = [src, tgt];
        events.push({ event, trigger: trig, sources: src ? [src] : [], targets: tgt ? [tgt] : [], datePrecision: precision, placeInSentence: place >= 0 });
      }
    }
  });
  return { tree, ents, events, references, added: extra };
}
