import { alternateEntries, lookupCity, isHonorific, isTitleWord, LONGEST_ROLE, roleOf, type GazEntry, type GazMatch } from '../lexicon/index.js';
import type { EntityType } from './types.js';
import { isCapitalised, NAME_PARTICLES, sentenceStart, type EntityContext } from './entity-context.js';

/** A candidate name in the text: tokens [start, end), its type, and the gazetteer entry if any. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  gaz?: GazEntry;
  /** Where it came from: the tagger, the gazetteer, or a title before capitalised words. */
  source: 'ner' | 'gaz' | 'title';
}

type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** Reads the BIO tags into spans; an I- tag without a B- opens a span too. */
export function nerSpans(ctx: EntityContext): Array<{ start: number; end: number; label: NerType }> {
  const out: Array<{ start: number; end: number; label: NerType }> = [];
  const tags = ctx.doc.ner;
  let open: { start: number; end: number; label: NerType } | null = null;
  for (let i = 0; i < ctx.n; i++) {
    const tag = tags[i] ?? 'O';
    const label = tag.length > 2 ? (tag.slice(2) as NerType) : null;
    const inside = tag.startsWith('I-') && open && open.label === label && ctx.doc.sentenceOf[i] === ctx.doc.sentenceOf[open.start];
    if (inside && open) {
      open.end = i + 1;
      continue;
    }
    if (open) out.push(open);
    open = label && (tag.startsWith('B-') || tag.startsWith('I-')) ? { start: i, end: i + 1, label } : null;
  }
  if (open) out.push(open);
  return out;
}

const EVENT_HEADS = new Set(['war', 'summit', 'olympics', 'games', 'cup', 'conference', 'election', 'elections', 'talks', 'accord', 'accords', 'revolution', 'crisis', 'forum', 'uprising', 'offensive', 'genocide', 'massacre']);
const FAC_HEADS = new Set(['airport', 'bridge', 'palace', 'square', 'embassy', 'hotel', 'stadium', 'port', 'base', 'prison', 'hospital', 'plant', 'dam', 'building', 'tower', 'street', 'road', 'avenue', 'mosque', 'church', 'cathedral', 'temple', 'crossing', 'pipeline', 'station', 'refinery', 'mall', 'camp']);
const NORP_ENDING = /(?:an|ese|ish|i|ic|ch)s?$/;
const POSSESSIVE = new Set(["'s", "'", 's']);

/** A capitalised city name opening its sentence, written in capitals, followed by a date, a bracket, a dash or a comma. */
function isDateline(ctx: EntityContext, s: number, e: number): boolean {
  if (ctx.allCaps || s !== sentenceStart(ctx, s) || e >= ctx.n) return false;
  for (let i = s; i < e; i++) if (/\p{Ll}/u.test(ctx.texts[i])) return false;
  if (!/^(?:\(|-|—|–|,|\d)/u.test(ctx.texts[e])) return false;
  return lookupCity(ctx.texts.slice(s, e).join(' ')) !== undefined;
}

/** Heads of natural features: a tagger "person" ending in one is a place ("Second Thomas Shoal", "Amu Darya"). */
const GEO_HEADS = new Set(['shoal', 'reef', 'river', 'lake', 'island', 'islands', 'mountain', 'mountains', 'sea', 'bay', 'strait', 'valley', 'desert', 'peninsula', 'canal', 'darya', 'plateau', 'gorge']);

function typeOfNer(ctx: EntityContext, s: number, e: number, label: NerType): EntityType {
  const head = ctx.folded[e - 1];
  if (label === 'PER') return GEO_HEADS.has(head) && e - s >= 2 ? 'LOC' : 'PERSON';
  // A dateline ("GENEVA (Reuters) -", "DETROIT 1996-08-31") names the place the report is filed from.
  if (label !== 'LOC' && isDateline(ctx, s, e)) return 'GPE';
  // Only a place can be a facility: an ORG "Crystal Palace" or "Kansai International Airport" is the club or the company.
  if (FAC_HEADS.has(head) && label === 'LOC') return 'FAC';
  if (label === 'ORG') return 'ORG';
  if (label === 'LOC') return 'LOC';
  if (EVENT_HEADS.has(head)) return 'EVENT';
  if (e - s === 1 && NORP_ENDING.test(head)) return 'NORP';
  return 'MISC';
}

/** Days and months: a tagger span running into a date ("Insulza Monday") ends before them. */
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Drops a title from the front of a person span ("Foreign Minister Lavrov", "Russian
 * President Putin"): up to the last title word or honorific in the leading run of title
 * and gazetteer words. A place-like first name alone stays ("Jordan Peterson"); so does an
 * initial that reads like the French "M." ("M. Butcher": the tagger took it as the name).
 */
function trimPerson(ctx: EntityContext, s: number, e: number): [number, number] {
  let lastTitle = -1;
  for (let k = s; k < e - 1; k++) {
    const f = ctx.folded[k];
    if (isTitleWord(f) || (isHonorific(f) && f !== 'm.')) lastTitle = k;
    else if (ctx.gazAt[k] < 0) break;
  }
  if (lastTitle >= 0) s = lastTitle + 1;
  while (e > s + 1 && (POSSESSIVE.has(ctx.folded[e - 1]) || DATE_WORDS.has(ctx.folded[e - 1]))) e--;
  return [s, e];
}

/** A capitalised word that may be part of a person's name, as opposed to a title or a place. */
function isNameWord(ctx: EntityContext, i: number): boolean {
  if (!isCapitalised(ctx, i) || ctx.gazAt[i] >= 0) return false;
  const f = ctx.folded[i];
  return !isTitleWord(f) && !isHonorific(f) && /\p{L}/u.test(f);
}

type NerSpan = { start: number; end: number; label: NerType };

/**
 * A person's name the tagger cut at a lower-case particle ("Luiz Inacio Lula" + "Silva",
 * "Mohammed" + "Salman"): a PER span followed by "da", "bin", "von"... and a capitalised
 * word runs on through the capitalised words, swallowing the spans it meets.
 */
function joinNameParticles(ctx: EntityContext, spans: NerSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const sp = { ...spans[k] };
    if (sp.label === 'PER') {
      const sentence = ctx.doc.sentenceOf[sp.start];
      let e = sp.end;
      while (e + 1 < ctx.n && NAME_PARTICLES.has(ctx.texts[e]) && ctx.doc.sentenceOf[e + 1] === sentence && isCapitalised(ctx, e + 1)) {
        e += 2;
        while (e < ctx.n && ctx.doc.sentenceOf[e] === sentence && isCapitalised(ctx, e) && !isTitleWord(ctx.folded[e])) e++;
      }
      if (e > sp.end) {
        while (k + 1 < spans.length && spans[k + 1].start < e) e = Math.max(e, spans[++k].end);
        sp.end = e;
      }
    }
    out.push(sp);
  }
  return out;
}

/**
 * A one-word tagger place that no gazetteer or city table knows, written as a person is:
 * the surname of someone the article names in full ("Lamberto Dini" ... "Dini"), after a
 * title ("negotiator Nyerere"), after a country's possessive ("Chile's Boric") or as the
 * subject of a verb people do ("Putin would receive him"). Known places keep their reading.
 */
function unknownPlaceActsAsPerson(ctx: EntityContext, s: number, e: number, surnames: ReadonlySet<string>): boolean {
  if (e - s !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(ctx.texts[s]) || lookupCity(ctx.texts[s])) return false;
  if (surnames.has(ctx.folded[s])) return true;
  if (s >= 1 && ctx.doc.sentenceOf[s - 1] === ctx.doc.sentenceOf[s] && announcesName(ctx, s - 1)) return true;
  if (ownedByCountry(ctx, s)) return true;
  const head = ctx.doc.heads[s] ?? -1;
  return ctx.doc.deprels[s] === 'nsubj' && head >= 0 && PERSONAL_VERBS.has(ctx.folded[head]);
}

/** "Chile's Boric", also as a tokenizer may cut it: "Italy ' s Dini". */
function ownedByCountry(ctx: EntityContext, s: number): boolean {
  const owner = ctx.folded[s - 1] === "'s" ? s - 2 : ctx.folded[s - 1] === 's' && ctx.folded[s - 2] === "'" ? s - 3 : -1;
  return owner >= 0 && ctx.gazAt[owner] >= 0 && ctx.gaz[ctx.gazAt[owner]].entry.kind === 'country';
}

/**
 * "Turkey's Erdogan, who hosted the talks": a one-word name no gazetteer knows, taken up by
 * "who", is a person. A tagger organisation needs a country's possessive too: British copy
 * writes "Arsenal, who won …".
 */
function introducesWho(ctx: EntityContext, s: number, e: number, label: NerType): boolean {
  if (e - s !== 1 || e + 1 >= ctx.n || ctx.texts[e] !== ',' || ctx.folded[e + 1] !== 'who') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(ctx.texts[s]) || lookupCity(ctx.texts[s])) return false;
  return label !== 'ORG' || ownedByCountry(ctx, s);
}

/** Verbs whose subject is nearly always a person in wire copy (a country "says" too, but is known to the gazetteer). */
const PERSONAL_VERBS = new Set([
  'receive', 'receives', 'received', 'greet', 'greets', 'greeted', 'tell', 'tells', 'told', 'telephoned', 'phoned',
  'resign', 'resigns', 'resigned', 'smiled', 'shook', 'flew', 'arrived', 'arrives', 'addressed', 'married', 'died', 'testified',
]);

/** Gazetteer kinds a tagger ORG may rightly override: a state or region named for a team ("Florida 3 Cincinnati 1"). */
const ORG_OVER = new Set(['state', 'region']);

/**
 * Merges tagger spans with gazetteer hits: where they cover the same words, the gazetteer
 * decides the type (it knows "Kremlin" acts for Russia), except where the tagger's reading
 * has the article's support (see `taggerReading`); where the tagger's span is longer (an ORG
 * "Bank of Russia", a PER "Jordan Bardella", a LOC "U.S. Gulf"), the tagger wins; a span made
 * of gazetteer names joined by hyphens or slashes ("Russian-U.S.") is split into them.
 */
export function candidates(ctx: EntityContext): Candidate[] {
  const taken = new Uint8Array(ctx.n);
  const out: Candidate[] = [];
  const dropGaz = new Set<number>();
  const spans = joinNameParticles(ctx, nerSpans(ctx));
  const surnames = fullNameSurnames(ctx, spans);
  for (const span of spans) {
    let { start: s, end: e } = span;
    if (span.label === 'PER') [s, e] = trimPerson(ctx, s, e);
    const inside: number[] = [];
    let crossing = false;
    for (let i = s; i < e; i++) {
      const k = ctx.gazAt[i];
      if (k >= 0 && !inside.includes(k)) {
        inside.push(k);
        const g = ctx.gaz[k];
        if (g.start < s || g.end > e) crossing = true;
      }
    }
    if (crossing) continue; // a gazetteer phrase reaching past the tagger's span: trust the phrase
    if (inside.length > 0) {
      let covered = true;
      let joined = false;
      for (let i = s; i < e; i++) {
        if (ctx.gazAt[i] >= 0) continue;
        if (/[\p{L}\p{N}]/u.test(ctx.texts[i])) covered = false;
        else joined = true;
      }
      if (covered && inside.length === 1) {
        const reading = taggerReading(ctx, ctx.gaz[inside[0]], span.label, surnames);
        if (reading === 'gaz') continue; // the gazetteer words make up the span: they speak for it
        dropGaz.add(inside[0]);
        if (reading !== 'ner') {
          out.push({ start: s, end: e, type: reading.type, gaz: reading, source: 'gaz' });
          taken.fill(1, s, e);
          continue;
        }
      } else if (covered && joined) continue; // "Russian-U.S.": the names it joins
      for (const k of inside) dropGaz.add(k);
    }
    const actsAsPerson = inside.length === 0 && span.label !== 'PER' && ((span.label === 'LOC' && unknownPlaceActsAsPerson(ctx, s, e, surnames)) || introducesWho(ctx, s, e, span.label));
    let type = actsAsPerson ? 'PERSON' : typeOfNer(ctx, s, e, span.label);
    // "North Korean Red Cross": a name ending in a known organisation is an organisation.
    const last = inside.length > 0 ? ctx.gaz[inside[inside.length - 1]] : undefined;
    if (last && last.end === e && last.entry.type === 'ORG' && type === 'MISC') type = 'ORG';
    out.push({ start: s, end: e, type, source: 'ner' });
    taken.fill(1, s, e);
  }
  ctx.gaz.forEach((g, k) => {
    if (dropGaz.has(k)) return;
    for (let i = g.start; i < g.end; i++) if (taken[i]) return;
    out.push({ start: g.start, end: g.end, type: g.entry.type, gaz: g.entry, source: 'gaz' });
    taken.fill(1, g.start, g.end);
  });
  if (!ctx.allCaps) for (const c of titleAnchoredPeople(ctx, taken)) out.push(c);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Where the tagger and one gazetteer phrase cover the same words, which reading holds:
 * the gazetteer's ('gaz'), the tagger's ('ner'), or another referent of the same phrase.
 * The tagger wins on a person whose surname the article gives in a full name ("Neil
 * Jordan" ... "Jordan said"), and on a team named for a state; a tagger place over a
 * seat that is also a capital ("in Brussels") is the city, not the institution.
 */
function taggerReading(ctx: EntityContext, g: GazMatch, label: NerType, surnames: ReadonlySet<string>): 'gaz' | 'ner' | GazEntry {
  const kind = g.entry.kind;
  if (label === 'PER' && g.end - g.start === 1 && surnames.has(ctx.folded[g.start])) return 'ner';
  if (label === 'ORG' && ORG_OVER.has(kind)) return 'ner';
  if (label === 'LOC' && (kind === 'igo' || kind === 'seat')) {
    const place = alternateEntries(ctx.folded, g).find((a) => a.kind === 'capital');
    if (place) return place;
  }
  return 'gaz';
}

/**
 * Folded surnames of the people the tagger names in full (two or more name words), kept
 * only where the tagger, on the word alone, reads it as a person at least as often as as
 * a place (one span "Lebed Chechnya" does not make "Chechnya" a surname).
 */
function fullNameSurnames(ctx: EntityContext, spans: readonly NerSpan[]): Set<string> {
  const full = new Set<string>();
  const alone = new Map<string, number>();
  for (const sp of spans) {
    const [s, e] = sp.label === 'PER' ? trimPerson(ctx, sp.start, sp.end) : [sp.start, sp.end];
    if (e - s === 1) {
      const vote = sp.label === 'PER' ? 1 : sp.label === 'LOC' ? -1 : 0;
      alone.set(ctx.folded[s], (alone.get(ctx.folded[s]) ?? 0) + vote);
      continue;
    }
    if (sp.label !== 'PER') continue;
    let words = 0;
    for (let i = s; i < e; i++) if (/\p{L}{2,}/u.test(ctx.texts[i])) words++;
    if (words >= 2) full.add(ctx.folded[e - 1]);
  }
  for (const w of full) if ((alone.get(w) ?? 0) < 0) full.delete(w);
  return full;
}

/**
 * Names the tagger missed but a title announces: a role phrase or an honorific followed by
 * capitalised words ("Kremlin aide Yury Ushakov", "Mr. Rubio"). Group nouns ("officials")
 * do not announce a name.
 */
function titleAnchoredPeople(ctx: EntityContext, taken: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < ctx.n; i++) {
    if (taken[i] || !isNameWord(ctx, i) || !announcesName(ctx, i - 1)) continue;
    if (ctx.doc.sentenceOf[i - 1] !== ctx.doc.sentenceOf[i]) continue;
    let e = i + 1;
    while (e < ctx.n && e - i < 5 && !taken[e] && ctx.doc.sentenceOf[e] === ctx.doc.sentenceOf[i]) {
      if (isNameWord(ctx, e)) e++;
      else if (NAME_PARTICLES.has(ctx.folded[e]) && e + 1 < ctx.n && isNameWord(ctx, e + 1)) e += 2;
      else break;
    }
    if (!looksLikePersonName(ctx, i, e)) continue;
    out.push({ start: i, end: e, type: 'PERSON', source: 'title' });
    taken.fill(1, i, e);
    i = e - 1;
  }
  return out;
}

const ROMAN_NUMERAL = /^[IVX]+$/;

/**
 * Capitalised words after a title that can be a person's name: some word of two or more
 * letters in mixed case ("BANK QUAL : Y", "Group II" and "company N" are not names).
 */
function looksLikePersonName(ctx: EntityContext, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = ctx.texts[i];
    if (/\p{Lu}\p{Ll}/u.test(t) && !ROMAN_NUMERAL.test(t)) return true;
  }
  return false;
}

/** The token ends a role phrase for one person, or is an honorific. */
function announcesName(ctx: EntityContext, j: number): boolean {
  if (isHonorific(ctx.folded[j])) return true;
  if (!isTitleWord(ctx.folded[j])) return false;
  for (let len = Math.min(LONGEST_ROLE, j + 1); len >= 1; len--) {
    const role = roleOf(ctx.folded.slice(j - len + 1, j + 1).join(' '));
    if (role && !role.group) return true;
  }
  return false;
}
