import type { Doc } from '../../text/doc.js';
import type { Entity, Quote } from '../types.js';
import type { Span } from '../../text/span.js';
import { carryOver } from './carry.js';
import { attributeDirect } from './direct.js';
import { isReported, redirectCarried, type Draft } from './draft.js';
import { pairQuoteMarks, type QuotePiece } from './marks.js';
import { endAfterLabel, endAtLeadingQuotation, extendToClosingMarks } from './quoted-end.js';
import { endBeforeCoordinatedCue } from './coordinated.js';
import { pieceIndexByToken, reportedInSentence, type ReportedContext } from './reported.js';
import { SpeakerResolver } from './resolve.js';
import { governedInSentence } from './governed.js';
import { calledInSentence } from './called.js';
import { headlineAttribution } from './headline.js';
import { transcriptTurns } from './transcript.js';
import { ParseView } from './parsed.js';
import { refineBoundaries } from './boundary.js';
import { chantsInSentence, nominalInSentence } from './nominal.js';
import type { Scorer } from '../../ml/compact.js';
import { clauseSubject, npLeftOf, type TokRange } from './speaker.js';
import { titlesOf } from './titles.js';
import { joinColonContinuations } from './colon-join.js';
import { mediumOf } from './medium.js';
import { widenInterruptedQuotes } from './interrupted.js';

/**
 * The quote extractor: who said what. Runs after the entity extractor and reads
 * `entities` to name speakers; adds a minimal entity for a named speaker nobody found.
 *
 *   1. pair quotation marks into pieces (marks.ts);
 *   2. attribute pieces by the patterns around them (direct.ts);
 *   3. find reported speech, taking in scare-quoted words as mixed quotes (reported.ts);
 *   4. give leftover speech-like pieces the preceding speaker (carry.ts);
 *   (then a reported clause running into "…: “…”" takes the quotation in (colon-join.ts));
 *   (before 2: headlines "Name: …" and transcript lines "NAME: …" (headline.ts, transcript.ts));
 *   5. resolve speaker words to entities (resolve.ts); a reported content ends no earlier
 *      than the closing mark of a quotation it opened (quoted-end.ts).
 */
export function extractQuotes(doc: Doc, entities: Entity[], boundaries: Scorer | null = null): Quote[] {
  if (doc.tokens.length === 0) return [];
  const { drafts, parse, pieces } = draftQuotes(doc);
  // The learned content bounds, when a model is loaded (see boundary.ts).
  if (boundaries) refineBoundaries(doc, drafts, boundaries);
  extendToClosingMarks(doc, drafts, pieces);
  endAtLeadingQuotation(doc, drafts, pieces);
  endAfterLabel(doc, drafts, pieces);
  endBeforeCoordinatedCue(doc, drafts, pieces);
  return resolveAll(doc, entities, oncePerCue(drafts), parse);
}

/** The attributions the rules find, before the speakers are resolved (steps 1-4). */
export function draftQuotes(doc: Doc): { drafts: Draft[]; parse: ParseView; pieces: QuotePiece[] } {
  const pieces = pairQuoteMarks(doc.tokens, doc.text);
  const parse = new ParseView(doc);
  const pieceOf = pieceIndexByToken(doc, pieces);
  // A title of work is a name, not speech (titles.ts).
  const titles = titlesOf(doc, pieces);
  const direct = attributeDirect(doc, pieces, titles, parse);
  const ctx: ReportedContext = {
    doc,
    pieces,
    pieceOf,
    attributed: pieces.map(() => false),
    consumed: pieces.map(() => false),
    titles,
    usedCues: new Set<number>(),
    drafts: [],
    parse,
  };
  // The headline convention outranks cue patterns inside the headline's words.
  const headline = headlineAttribution(ctx);
  const drafts: Draft[] = headline ? [headline] : [];
  // Transcript lines ("PENCE: …") outrank the quotation marks around them.
  drafts.push(...transcriptTurns(ctx, headline ? headline.end : 0));
  direct.forEach((d, p) => {
    if (!d || ctx.consumed[p]) return;
    drafts.push(d);
    ctx.attributed[p] = true;
    if (d.cueTok >= 0) ctx.usedCues.add(d.cueTok);
  });
  const sortedDirect = [...drafts].sort((a, b) => a.start - b.start);
  let dk = 0;
  for (const s of doc.sentences) {
    // The direct drafts that end within this sentence (for participles that continue them).
    ctx.drafts = [];
    while (dk < sortedDirect.length && sortedDirect[dk].end <= s.end) {
      if (sortedDirect[dk].end >= s.start) ctx.drafts.push(sortedDirect[dk]);
      dk++;
    }
    reportedInSentence(ctx, s.tokenStart, s.tokenEnd, drafts);
    // Before the parse's governing verb takes the quotation ("fanned controversy over her remark that “…”").
    nominalInSentence(ctx, s.tokenStart, s.tokenEnd, drafts);
    chantsInSentence(ctx, s.tokenStart, s.tokenEnd, drafts);
    // A labelling verb right before the quotation outranks a verb further up the parse
    // ("drew criticism, with McCain calling it a “Chinese menu”": calling, not drew).
    calledInSentence(ctx, s.tokenStart, s.tokenEnd, drafts);
    governedInSentence(ctx, parse, s.tokenStart, s.tokenEnd, drafts);
  }
  subjectsFromParse(doc, parse, drafts);
  const taken = pieces.map((_, p) => ctx.attributed[p] || ctx.consumed[p] || ctx.titles[p]);
  drafts.push(...carryOver(doc, pieces, taken, drafts));
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  // Two passes may find the same reported content; it is one attribution. So is a content
  // found twice from one cue with different ends (the shorter, the rules' cut, is kept).
  const unique: Draft[] = [];
  for (const d of drafts) {
    const prev = unique[unique.length - 1];
    if (prev && d.start === prev.start && (d.end === prev.end || (d.cueTok >= 0 && d.cueTok === prev.cueTok && isReported(d) && isReported(prev)))) continue;
    unique.push(d);
  }
  widenInterruptedQuotes(doc, unique, pieces);
  return { drafts: joinColonContinuations(doc, unique), parse, pieces };
}

/**
 * One cue's content found by two passes from different starts ("wrote on Truth Social that …"
 * and "that …") can end up the same words once the bounds are final: one attribution.
 */
function oncePerCue(drafts: Draft[]): Draft[] {
  const first = new Map<string, Draft>();
  const replaced = new Map<Draft, Draft>();
  const out = drafts.filter((d) => {
    if (d.cueTok < 0) return true;
    const key = `${d.cueTok}:${d.start}:${d.end}`;
    const kept = first.get(key);
    if (kept) replaced.set(d, kept);
    else first.set(key, d);
    return !kept;
  });
  // Quotations that carried the dropped one's speaker carry the kept one's.
  redirectCarried(out, replaced);
  return out;
}

/**
 * Attributions whose cue has no subject of its own ("…, saying: “…”", "…, telling
 * reporters that …") take the subject of the verb the cue hangs from, per the parse.
 */
function subjectsFromParse(doc: Doc, parse: ParseView, drafts: Draft[]): void {
  if (!parse.present) return;
  const byCue = new Map<number, Draft>();
  for (const d of drafts) if (d.cueTok >= 0 && d.speakerToks) byCue.set(d.cueTok, d);
  for (const d of drafts) {
    if (d.speakerToks || d.carried || d.cueTok < 0) continue;
    // "X said A but added, “B”": a cue coordinated with another takes that one's speaker.
    const joined = doc.deprels[d.cueTok] === 'conj' ? byCue.get(doc.heads[d.cueTok]) : undefined;
    if (joined?.speakerToks && doc.tokens[joined.speakerToks.b - 1].end <= d.start) {
      d.speakerToks = joined.speakerToks;
      continue;
    }
    const sent = doc.sentences[doc.sentenceOf[d.cueTok]];
    const found = parse.climbToSubject(d.cueTok, sent.tokenStart, sent.tokenEnd);
    // "X rallied supporters, saying: “…”" where the parse lost the way up: the clause's subject.
    let words = found ? parse.subjectWords(found.subj, sent.tokenStart, sent.tokenEnd) : participleSubject(doc, d.cueTok, sent.tokenStart);
    // "The mother of three replied, “…”" parsed with the cue as the noun's modifier: the words stop before the cue.
    if (words && words.a < d.cueTok && words.b > d.cueTok) words = { a: words.a, b: d.cueTok };
    // The speaker's words never lie inside the quotation itself.
    if (words && (doc.tokens[words.b - 1].end <= d.start || doc.tokens[words.a].start >= d.end)) d.speakerToks = words;
  }
}

/** The subject opening the clause a ", saying"-style participle at `cue` hangs from, or null. */
function participleSubject(doc: Doc, cue: number, s: number): TokRange | null {
  if (cue <= s + 1 || doc.xpos[cue] !== 'VBG' || doc.tokens[cue - 1].text !== ',') return null;
  return clauseSubject(doc, s, cue - 1);
}

/**
 * "…, a candidate who promised …": without a parse that links the relative clause, the noun
 * phrase right before the relative pronoun (a comma between allowed for who/which) is what
 * it stands for. The pronoun stays the speaker's words; the entity is the antecedent's.
 */
function relativeAntecedent(doc: Doc, i: number): TokRange | null {
  const w = doc.lower[i];
  if (w !== 'who' && w !== 'which' && w !== 'that') return null;
  const s = doc.sentences[doc.sentenceOf[i]].tokenStart;
  let k = i - 1;
  if (k >= s && doc.tokens[k].text === ',' && w !== 'that') k--;
  if (k < s) return null;
  const u = doc.upos[k];
  if (u !== 'NOUN' && u !== 'PROPN') return null;
  return npLeftOf(doc, k + 1, s);
}

/** The name a noun phrase is in apposition to ("Paul Green, a lawyer"), or null. */
function nameBeforeApposition(doc: Doc, r: TokRange): TokRange | null {
  const s = doc.sentences[doc.sentenceOf[r.a]].tokenStart;
  if (r.a - 2 < s || doc.tokens[r.a - 1].text !== ',') return null;
  const np = npLeftOf(doc, r.a - 1, s);
  return np && /^\p{Lu}/u.test(doc.tokens[np.b - 1].text) ? np : null;
}

function resolveAll(doc: Doc, entities: Entity[], drafts: Draft[], parse: ParseView): Quote[] {
  const resolver = new SpeakerResolver(doc, entities);
  // Named speakers first, so pronouns and titles can point back to them.
  const named = new Map<Draft, Entity | null>();
  for (const d of drafts) {
    if (!d.speakerToks) continue;
    const first = doc.lower[d.speakerToks.a];
    if (d.speakerToks.b - d.speakerToks.a === 1 && ['he', 'she', 'it', 'they', 'i', 'we', 'you'].includes(first)) continue;
    named.set(d, resolver.resolve(d.speakerToks, null));
  }
  let lastSpeaker: Entity | null = null;
  let lastSpeakerAt = -1;
  for (const d of drafts) {
    if (!d.speakerToks) continue;
    const recent: Entity | null = lastSpeakerAt >= 0 && d.start - lastSpeakerAt < 1200 ? lastSpeaker : null;
    const rel = d.speakerToks.b - d.speakerToks.a === 1 ? parse.antecedent(d.speakerToks.a) ?? relativeAntecedent(doc, d.speakerToks.a) : null;
    let e: Entity | null = rel ? resolver.resolve(rel, recent) : named.has(d) ? named.get(d) ?? null : resolver.resolve(d.speakerToks, recent);
    // "Paul Green, a lawyer who …": a common noun in apposition stands for the name before it.
    const named2 = !e && rel ? nameBeforeApposition(doc, rel) : null;
    if (named2) e = resolver.resolve(named2, recent);
    d.speaker = e ? e.id : null;
    d.speakerSpan = { start: doc.tokens[d.speakerToks.a].start, end: doc.tokens[d.speakerToks.b - 1].end };
    if (e && e.type === 'PERSON') {
      lastSpeaker = e;
      lastSpeakerAt = d.end;
    }
  }
  // Carried speakers, once every attribution with its own speaker words is resolved.
  for (const d of drafts) {
    if (d.speakerToks || !d.carried) continue;
    let src: Draft | null = d.carried;
    for (let guard = 0; src && !src.speakerToks && src.carried && guard < 100; guard++) src = src.carried;
    d.speaker = src ? src.speaker : null;
    d.speakerSpan = src ? src.speakerSpan : null;
  }
  // Where the words were said: a carried quotation was said where its source was.
  const media = new Map<Draft, Span | null>();
  for (const d of drafts) if (d.cueTok >= 0) media.set(d, mediumOf(doc, entities, d.cueTok, d, d.addressee));
  const quotes: Quote[] = [];
  for (const d of drafts) {
    let src: Draft | null = d;
    for (let guard = 0; src && src.cueTok < 0 && src.carried && guard < 100; guard++) src = src.carried;
    const medium = src ? media.get(src) ?? null : null;
    quotes.push({
      id: `Q${quotes.length + 1}`,
      kind: d.kind,
      start: d.start,
      end: d.end,
      speaker: d.speaker,
      speakerMention: d.speakerSpan,
      cue: d.cue,
      ...(d.addressee ? { addressee: d.addressee } : {}),
      ...(medium ? { medium } : {}),
    });
  }
  return quotes;
}
