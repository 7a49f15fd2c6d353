import type { Doc } from '../../text/doc.js';
import { STATEMENT_NOUNS, cueWord, type CueWord } from './cues.js';
import { activeCue } from './direct.js';
import { newDraft, type Draft } from './draft.js';
import type { QuotePiece } from './marks.js';
import type { ParseView } from './parsed.js';
import { addresseeAfter, clauseSubject, npRightOf, quotedAsSubject, subjectOf, type TokRange } from './speaker.js';
import { FINITE, PP_OPENERS, contentEnd, shortTail } from './content-end.js';
import { CLAUSE_STARTERS, DETERMINERS, NP_BOUNDARY, TIME_WORDS, isQuoteMark, isWord } from './words.js';

/**
 * Reported speech, sentence by sentence, outside quotation marks:
 *   Ushakov said it was hard to say whether …      X told reporters that …
 *   X denied that …     X said in a statement that …     …, X said.     …, said X.
 *   according to officials, …     …, according to officials.     In a statement, X …
 * Quoted words inside the reported clause make the quote `mixed`. A cue inside a
 * quotation or inside content already found is not a new attribution (the annotation is
 * univocal: each word plays one role).
 */

const low = (doc: Doc, i: number): string => doc.lower[i];
/** Speech verbs that take no bare clause or object as their content. */
const INTRANSITIVE = new Set(['speak', 'testify', 'shoot']);

export interface ReportedContext {
  doc: Doc;
  pieces: QuotePiece[];
  /** Per token: index of the quote piece whose marks enclose it, or -1. */
  pieceOf: Int32Array;
  /** Per piece: attributed directly (content may not run over it). */
  attributed: boolean[];
  /** Per piece: taken into a mixed quote. */
  consumed: boolean[];
  /**
   * Per piece: a title of work ("Meet the Press"), a name rather than speech. It is never
   * a quotation on its own, though words reported around it make a mixed quote.
   */
  titles: boolean[];
  /** Token indices already used as cues. */
  usedCues: Set<number>;
  /** The dependency parse, when the document has one. */
  parse?: ParseView;
  /** Direct drafts by sentence, for participles ("…,” Rubio added, emphasizing that …). */
  drafts: Draft[];
}

export function pieceIndexByToken(doc: Doc, pieces: QuotePiece[]): Int32Array {
  const of = new Int32Array(doc.tokens.length).fill(-1);
  pieces.forEach((p, k) => {
    const to = p.close >= 0 ? p.close : p.last;
    for (let i = p.open; i <= to; i++) if (of[i] < 0) of[i] = k;
  });
  return of;
}

function wordCount(doc: Doc, a: number, b: number): number {
  let n = 0;
  for (let k = a; k <= b; k++) if (isWord(doc.tokens[k].text)) n++;
  return n;
}

/** `minWords`: fewer words are no content (1 for the subject before a mid-sentence attribution). */
export function makeDraft(ctx: ReportedContext, a: number, b: number, fields: Partial<Draft>, minWords = 2): Draft | null {
  const { doc, pieceOf, consumed, attributed } = ctx;
  b = Math.min(b, clauseEnd(ctx, fields.cueTok ?? -1, b), subordinateEnd(ctx, fields.cueTok ?? -1, a, b));
  if (b < a || wordCount(doc, a, b) < minWords) return null;
  let mixed = false;
  for (let k = a; k <= b; k++) {
    const pk = pieceOf[k];
    if (pk < 0) continue;
    if (attributed[pk]) return null;
    mixed = true;
  }
  if (mixed) for (let k = a; k <= b; k++) if (pieceOf[k] >= 0) consumed[pieceOf[k]] = true;
  // A content that is exactly one quotation is a direct quote.
  const only = pieceOf[a] >= 0 && pieceOf[a] === pieceOf[b] && doc.tokens[a].text.length === 1 && ctx.pieces[pieceOf[a]].open === a;
  if (only && ctx.titles[pieceOf[a]]) return null;
  const kind = only ? 'direct' : mixed ? 'mixed' : 'indirect';
  const start = only ? ctx.pieces[pieceOf[a]].start : doc.tokens[a].start;
  const end = only ? ctx.pieces[pieceOf[a]].end : doc.tokens[b].end;
  return newDraft(kind, start, end, fields);
}

/**
 * "When Comey said his team had no “direct evidence,” experts understood …": the content
 * of a cue in a subordinate clause ends with that clause, per the parse (the last token
 * of the cue's subtree); `b` where there is no parse or the cue heads the main clause.
 */
function clauseEnd(ctx: ReportedContext, cue: number, b: number): number {
  const parse = ctx.parse;
  const doc = ctx.doc;
  if (cue < 0 || !parse?.present || doc.deprels[cue] !== 'advcl') return b;
  const sent = doc.sentences[doc.sentenceOf[cue]];
  // Only a clause opened by a subordinator before the cue ("when", "although", "as"):
  // participles ("…, saying …") often carry more than the parse hangs under them.
  let marked = false;
  for (let j = Math.max(sent.tokenStart, cue - 12); j < cue && !marked; j++) marked = doc.heads[j] === cue && doc.deprels[j] === 'mark';
  if (!marked) return b;
  const end = parse.subtree(cue, sent.tokenStart, sent.tokenEnd).b - 1;
  return end > cue ? end : b;
}

/** Words that open a subordinate clause at the start of a sentence. */
const SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'because', 'if', 'after', 'before', 'since', 'once', 'whereas', 'as']);
const SUBJECT_START = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** "both X and Y", "neither X nor Y": a subject opened by a paired conjunction. */
const PAIRED = new Set(['both', 'neither', 'either']);

/**
 * The same bound by tokens, for when the parse misses the clause: in a sentence opened by
 * a subordinator before the cue ("When Voss said …, experts understood …"), the content
 * ends before the first comma that is followed by a subject and a finite verb.
 */
function subordinateEnd(ctx: ReportedContext, cue: number, a: number, b: number): number {
  const doc = ctx.doc;
  if (cue < 0) return b;
  const sent = doc.sentences[doc.sentenceOf[cue]];
  if (!SUBORDINATORS.has(doc.lower[sent.tokenStart]) || cue - sent.tokenStart > 12) return b;
  for (let k = a + 1; k < b; k++) {
    if (doc.tokens[k].text !== ',') continue;
    // The comma may close a quotation: "… “successfully hacked,” experts …".
    let next = k + 1;
    while (next < b && isQuoteMark(doc.tokens[next].text)) next++;
    if (!SUBJECT_START.has(doc.upos[next]) && !PAIRED.has(doc.lower[next])) continue;
    for (let j = next + 1; j <= b && j < next + 9; j++) {
      if (doc.tokens[j].text === ',' || ctx.pieceOf[j] >= 0) break;
      if (FINITE.has(doc.xpos[j])) return next - 1;
    }
  }
  return b;
}

/**
 * The quotation pieces of sentence [s, e) that no pass has claimed yet and that do not open
 * the sentence, in order. Lazy: a piece claimed while the caller handles an earlier one
 * (a label list taking in the next quotation) is skipped.
 */
export function* unclaimedPieces(ctx: ReportedContext, s: number, e: number): Generator<number> {
  let done = -1;
  for (let i = s; i < e; i++) {
    const p = ctx.pieceOf[i];
    if (p < 0 || p === done) continue;
    done = p;
    if (ctx.attributed[p] || ctx.consumed[p] || ctx.titles[p] || ctx.pieces[p].open <= s) continue;
    yield p;
  }
}

/** Adds the draft of a verb cue whose content is tokens [a, b]; false when there is none. */
export function addVerbDraft(ctx: ReportedContext, a: number, b: number, verb: number, speaker: TokRange | null, out: Draft[]): boolean {
  const d = makeDraft(ctx, a, b, { speakerToks: speaker, cue: cueSpan(ctx.doc, verb, verb), cueTok: verb });
  if (!d) return false;
  ctx.usedCues.add(verb);
  out.push(d);
  return true;
}

function cueSpan(doc: Doc, a: number, b: number): { start: number; end: number } {
  return { start: doc.tokens[a].start, end: doc.tokens[b].end };
}

function hasUnattributedPiece(ctx: ReportedContext, p: number, e: number): boolean {
  for (let k = p; k < e; k++) {
    const pk = ctx.pieceOf[k];
    if (pk >= 0) return !ctx.attributed[pk];
  }
  return false;
}

/** Does a comma after some words ("speaking in London,"; not "adding, “…”") come between token p and the first quotation after it? */
function commaBeforePiece(ctx: ReportedContext, p: number, e: number): boolean {
  for (let k = p; k < e; k++) {
    if (ctx.pieceOf[k] >= 0) return false;
    if (ctx.doc.tokens[k].text === ',' && k > p) return true;
  }
  return false;
}

/** Where the content of cue `i` starts, or -1 when no clause follows. */
function contentStart(ctx: ReportedContext, i: number, cw: CueWord, e: number): { p: number; addr: TokRange | null } {
  const { doc } = ctx;
  let p = i + 1;
  let addr: TokRange | null = null;
  if (p >= e) return { p: -1, addr };
  if (cw.object) {
    addr = addresseeAfter(doc, p, e);
    if (addr) p = addr.b;
  }
  if (p < e && (PP_OPENERS.has(low(doc, p)) || TIME_WORDS.has(low(doc, p)))) {
    let that = -1;
    for (let k = p; k < e && k - p < 16; k++) {
      const t = low(doc, k);
      if (t === 'that') {
        that = k;
        break;
      }
      // "said on NBC's “Meet the Press” on Sunday that …": a programme's title is part of the place.
      const pk = ctx.pieceOf[k];
      if (pk >= 0 && ctx.titles[pk]) continue;
      if (!isWord(doc.tokens[k].text) && t !== ',') break;
      // "praised the plan on Monday, and Jones said that …": the "that" of another clause's
      // finite verb ("in a statement released Monday that …" is still this cue's).
      if (FINITE.has(doc.xpos[k])) break;
    }
    if (that >= 0) p = that;
    else {
      // "said on Monday it would invest …": no "that", so the clause the parse hangs from
      // the cue (its ccomp) starts the content; without one, time words are skipped.
      const clause = ccompStart(ctx, i, p, e);
      if (clause > p) p = clause;
      else {
        // "said in a statement it stood …": the medium's phrase is not content either.
        p = afterMediumPhrase(doc, p, e);
        while (p < e && TIME_WORDS.has(low(doc, p))) p++;
      }
    }
  }
  if (p < e && doc.tokens[p].text === ':') p++;
  // "said privately that …", "said again that …": the adverb is how it was said.
  if (p + 1 < e && (doc.upos[p] === 'ADV' || /^\p{Ll}+ly$/u.test(low(doc, p))) && low(doc, p + 1) === 'that') p++;
  if (p >= e) return { p: -1, addr };
  const t = low(doc, p);
  const raw = doc.tokens[p].text;
  if (t === 'that') return { p, addr };
  if (t === 'to') return { p: cw.infinitive ? p : -1, addr };
  if (cw.cls === 'weak') return { p: -1, addr };
  // "spoke for 77 minutes", "testified before the committee": what follows an intransitive
  // speech verb is not its content unless it is a that-clause or quoted words.
  if (INTRANSITIVE.has(cw.lemma) && !hasUnattributedPiece(ctx, p, e)) return { p: -1, addr };
  // Nor quoted words past a comma, for such a verb or a participle whose place or medium is
  // set off by commas: in "Rubio, speaking in London, called the development “encouraging”"
  // and "Trump, writing on his platform, said …" they are the main verb's.
  const aside = cw.participle && i > 0 && doc.tokens[i - 1].text === ',' && PP_OPENERS.has(low(doc, i + 1));
  if ((INTRANSITIVE.has(cw.lemma) || aside) && commaBeforePiece(ctx, p, e)) return { p: -1, addr };
  if (hasUnattributedPiece(ctx, p, e) && isWord(raw)) return { p, addr };
  // "Ortiz said “very nice things” about Putin": quoted words opening the content (a whole
  // quotation ending the clause is the direct pass's).
  if (isQuoteMark(raw) && ctx.pieceOf[p] >= 0 && !ctx.attributed[ctx.pieceOf[p]] && cw.cls === 'speech') return { p, addr };
  // "said 500 people attended", "says 34,570 citizens …": a number may open the clause.
  if (!isWord(raw) && !/^\$?\d[\d,.]*%?$/u.test(raw)) return { p: -1, addr };
  if (NP_BOUNDARY.has(t) && !CLAUSE_STARTERS.has(t) && !approximates(doc, p)) return { p: -1, addr };
  if (cw.cls === 'think' && !CLAUSE_STARTERS.has(t) && !/^\p{Lu}/u.test(raw)) return { p: -1, addr };
  return { p, addr };
}

/**
 * The subject of the verb cue `i` is joined to or hangs from, per the parse ("X was quick to
 * embrace him and said …": a conjoined cue shares its head verb's subject), or null.
 */
function climbedSubject(ctx: ReportedContext, i: number, s: number, e: number): TokRange | null {
  if (!ctx.parse?.present) return null;
  const found = ctx.parse.climbToSubject(i, s, e);
  return found && found.subj < i ? ctx.parse.subjectWords(found.subj, s, i) : null;
}

const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);

/**
 * A demand: "Trump called for a ban on Muslims entering the United States", "NATO's
 * secretary general called on the regime to abandon its nuclear weapons". The content is
 * what is demanded (with whom it is asked of, after "on"), the cue "called for"/"called on",
 * the speaker the verb's subject. "called on Monday" and "called on … " without a "to" are
 * no demands. Appends the draft and returns its last token, or -1 when the pattern does not hold.
 */
function callFor(ctx: ReportedContext, i: number, s: number, e: number, out: Draft[], inSentence: Draft[]): number {
  const { doc } = ctx;
  const prep = i + 1 < e ? low(doc, i + 1) : '';
  const a = i + 2;
  if ((prep !== 'for' && prep !== 'on') || a >= e || TIME_WORDS.has(low(doc, a)) || ctx.pieceOf[a] >= 0 && ctx.attributed[ctx.pieceOf[a]]) return -1;
  if (i > s && /^(be|been|being|is|was|were|are)$/u.test(low(doc, i - 1))) return -1;
  if (prep === 'on') {
    let to = -1;
    for (let k = a; k < e && k - a < 12 && to < 0; k++) if (low(doc, k) === 'to') to = k;
    if (to < 0 || to === a) return -1;
  }
  const subj = subjectOf(doc, i, s, e) ?? climbedSubject(ctx, i, s, e);
  if (!subj) return -1;
  const end = contentEnd(ctx, a, e);
  const d = makeDraft(ctx, a, end, { speakerToks: subj, cue: cueSpan(doc, i, i + 1), cueTok: i });
  if (!d) return -1;
  ctx.usedCues.add(i);
  out.push(d);
  inSentence.push(d);
  return end;
}

/** Records and measurements that "show" or "find" something (the head noun of the subject). */
const EVIDENCE_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'results', 'records', 'filings', 'filing', 'reports',
  'report', 'documents', 'data', 'statistics', 'figures', 'numbers', 'analysis', 'review', 'audit', 'census',
  'video', 'footage', 'images', 'photos', 'tally', 'count', 'investigation', 'probe',
]);

/** Nouns of measured opinion that speak through "In a … poll, …". */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'census', 'count', 'tally']);

/**
 * "In a CNN national poll, …", "In the most recent YouGov/Economist survey, …", "In a Des
 * Moines Register poll released Monday, …": a sentence opening with "In" and a poll noun
 * within the words before the first comma; returns the comma as `b`, or null.
 */
function pollSource(doc: Doc, pieceOf: Int32Array, s: number, e: number): { b: number } | null {
  if (e - s < 6 || low(doc, s) !== 'in') return null;
  let sawPoll = false;
  for (let k = s + 1; k < e && k - s <= 16; k++) {
    const t = doc.tokens[k].text;
    if (t === ',') return sawPoll && k + 2 < e ? { b: k } : null;
    if (POLL_NOUNS.has(low(doc, k))) sawPoll = true;
    // After the poll noun a participle may describe it ("a poll released Monday").
    if ((!isWord(t) && t !== '/' && !/^\d/u.test(t)) || pieceOf[k] >= 0 || (FINITE.has(doc.xpos[k]) && !sawPoll)) return null;
  }
  return null;
}

/** Words that make a number approximate ("about half", "over 100", "just 30 percent"). */
const APPROXIMATORS = new Set(['about', 'over', 'just', 'only', 'under']);
const QUANTITIES = new Set(['half', 'a', 'one', 'two', 'three', 'four', 'five', 'ten', 'third', 'quarter', 'dozen', 'hundred', 'hundreds', 'thousands', 'millions']);

/** Does token p make the number after it approximate? Then "said about half of …" is a clause, not a topic. */
function approximates(doc: Doc, p: number): boolean {
  if (!APPROXIMATORS.has(low(doc, p)) || p + 1 >= doc.tokens.length) return false;
  const next = low(doc, p + 1);
  return doc.upos[p + 1] === 'NUM' || /^[$\d]/u.test(next) || QUANTITIES.has(next);
}

/** The first token of the clause complement (ccomp) of cue `i` starting at or after `p`, or -1. */
function ccompStart(ctx: ReportedContext, i: number, p: number, e: number): number {
  const { doc, parse } = ctx;
  if (!parse?.present) return -1;
  const s = doc.sentences[doc.sentenceOf[i]].tokenStart;
  for (let c = p; c < e && c < p + 20; c++) {
    if (doc.heads[c] !== i || doc.deprels[c] !== 'ccomp') continue;
    const a = parse.subtree(c, s, e).a;
    return a >= p ? a : -1;
  }
  return -1;
}

/** Is there a verb or auxiliary among tokens [a, b)? (Without tags: yes.) */
function hasVerb(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const u = doc.upos[k];
    if (u === 'VERB' || u === 'AUX' || u === '') return true;
  }
  return false;
}

const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Auxiliaries and finite verbs that, right after "…, X said,", carry on the reported clause. */
const RESUMING = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'can']);

/** Whether ", " then a verb of the interrupted clause follows the cue at `from` ("said, had been …"). */
function resumesClause(doc: Doc, from: number, e: number): boolean {
  if (from + 1 >= e || doc.tokens[from].text !== ',') return false;
  const next = from + 1;
  return RESUMING.has(low(doc, next)) || (doc.upos[next] === 'VERB' && /^VB[DZP]$/u.test(doc.xpos[next]));
}

/**
 * The comma after which the interrupted clause resumes, past the cue's own place, time or
 * addressee ("The ceasefire, the ministry said in a statement, was holding"; "…, she told
 * reporters, would …"); -1 when the clause does not resume.
 */
function resumeComma(ctx: ReportedContext, cue: number, cw: CueWord, e: number): number {
  const doc = ctx.doc;
  const from = cue + 1;
  if (resumesClause(doc, from, e)) return from;
  if (from >= e || !(PP_OPENERS.has(low(doc, from)) || TIME_WORDS.has(low(doc, from)) || cw.object)) return -1;
  for (let k = from + 1; k < e && k - from <= 7; k++) {
    const t = doc.tokens[k].text;
    if (ctx.pieceOf[k] >= 0 || FINITE.has(doc.xpos[k])) return -1;
    if (t === ',') return resumesClause(doc, k, e) ? k : -1;
    if (!isWord(t)) return -1;
  }
  return -1;
}

/** Finds the reported attributions of one sentence [s, e) and appends them to `out`. */
export function reportedInSentence(ctx: ReportedContext, s: number, e: number, out: Draft[]): void {
  const { doc, pieceOf, usedCues } = ctx;
  const inSentence: Draft[] = [];
  for (const d of ctx.drafts) if (d.start >= doc.tokens[s].start && d.end <= doc.tokens[e - 1].end) inSentence.push(d);
  let from = s;
  // In a statement, X …
  if (e - s > 4 && low(doc, s) === 'in' && DETERMINERS.has(low(doc, s + 1))) {
    let n = s + 2;
    if (n < e && !STATEMENT_NOUNS.has(low(doc, n))) n++;
    if (n + 1 < e && STATEMENT_NOUNS.has(low(doc, n)) && doc.tokens[n + 1].text === ',') {
      const np = npRightOf(doc, n + 2, e);
      if (np && np.b < e && !cueWord(low(doc, np.b))) {
        const end = contentEnd(ctx, np.b, e);
        const d = makeDraft(ctx, np.b, end, { speakerToks: np, cue: cueSpan(doc, s, n) });
        if (d) {
          out.push(d);
          return;
        }
      }
    }
  }
  // In a CNN national poll, Clinton held …: the poll is the source.
  const poll = pollSource(doc, pieceOf, s, e);
  if (poll) {
    const d = makeDraft(ctx, poll.b + 1, contentEnd(ctx, poll.b + 1, e), { speakerToks: { a: s + 1, b: poll.b }, cue: cueSpan(doc, s, s) });
    if (d) {
      out.push(d);
      inSentence.push(d);
      from = poll.b + 1;
    }
  }
  for (let i = s; i < e; i++) {
    if (i < from || pieceOf[i] >= 0 || usedCues.has(i)) continue;
    const t = low(doc, i);
    if (t === 'according' && i + 2 < e && low(doc, i + 1) === 'to') {
      const np = npRightOf(doc, i + 2, e, true);
      if (!np) continue;
      const cue = cueSpan(doc, i, i + 1);
      let d: Draft | null = null;
      // "According to two diplomats familiar with the matter, …": the source runs to its comma.
      const comma = i <= s + 2 ? sourceComma(doc, pieceOf, np.b, e) : -1;
      if (comma >= 0) {
        d = makeDraft(ctx, comma + 1, contentEnd(ctx, comma + 1, e), { speakerToks: { a: np.a, b: comma }, cue, cueTok: i });
        if (d) from = e;
      } else if (i > s + 2) {
        const b = doc.tokens[i - 1].text === ',' ? i - 2 : i - 1;
        d = makeDraft(ctx, s, b, { speakerToks: np, cue, cueTok: i });
        if (d) from = np.b;
        // "The agreement, according to two officials (familiar with the matter), would be
        // signed …": the clause resumes after the source's comma.
        let comma = np.b;
        while (comma < e && comma - np.b < 7 && isWord(doc.tokens[comma].text) && pieceOf[comma] < 0 && !FINITE.has(doc.xpos[comma])) comma++;
        const rest = d && doc.tokens[i - 1].text === ',' && resumesClause(doc, comma, e)
          ? makeDraft(ctx, comma + 1, contentEnd(ctx, comma + 1, e), { speakerToks: np, cue, cueTok: i, interrupted: 'after' })
          : null;
        if (d && rest) {
          d.interrupted = 'before';
          out.push(rest);
          inSentence.push(rest);
          from = e;
        }
      }
      if (d) {
        usedCues.add(i);
        out.push(d);
        inSentence.push(d);
      }
      continue;
    }
    const demandEnd = CALL_FORMS.has(t) ? callFor(ctx, i, s, e, out, inSentence) : -1;
    if (demandEnd >= 0) {
      from = demandEnd + 1;
      continue;
    }
    const cw = activeCue(doc, i, s);
    if (!cw) continue;
    const cue = cueSpan(doc, i, i);
    // Inverted end attribution: "…, said Smith."
    // ("Hungary's foreign minister, Peter Szijjarto, criticized the decision" is no inversion:
    // the words before the comma hold no verb.)
    // Nor is a verb taking an object: in "Egypt, which has mediated …, urged both sides to …"
    // the words after it are whom it urged.
    if (i > s + 2 && doc.tokens[i - 1].text === ',' && cw.cls === 'speech' && !cw.participle && !cw.object && hasVerb(doc, s, i - 1)) {
      const np = npRightOf(doc, i + 1, e);
      if (np && (np.b >= e || shortTail(doc, np.b, e))) {
        const d = makeDraft(ctx, s, i - 2, { speakerToks: np, cue, cueTok: i });
        if (d) {
          usedCues.add(i);
          out.push(d);
          inSentence.push(d);
          from = np.b;
          continue;
        }
      }
    }
    let subj = subjectOf(doc, i, s, e);
    let carried: Draft | null = null;
    if (cw.participle && i > s && doc.tokens[i - 1].text === ',') {
      subj = null;
      carried = inSentence.length > 0 ? inSentence[inSentence.length - 1] : null;
      if (!carried) subj = clauseSubject(doc, s, i);
    }
    if (!subj && !carried && ctx.parse?.present) {
      subj = climbedSubject(ctx, i, s, e);
      // "Trump was forced into damage control and said …": the passive subject of the verb it is joined to.
      if (!subj && doc.deprels[i] === 'conj') {
        const head = doc.heads[i];
        for (let j = s; j < head && !subj; j++) if (doc.heads[j] === head && doc.deprels[j] === 'nsubj:pass') subj = ctx.parse.subjectWords(j, s, i);
      }
    }
    if (!subj && !carried) subj = quotedAsSubject(doc, i, s, e);
    if (!subj && !carried) continue;
    // Mid-sentence attribution: "Joe Biden, Rubio said, had been in the Senate …": the
    // reported words run on both sides of it, as two pieces with one speaker and cue.
    // A subject after a comma may make an attribution in mid-sentence or at its end, unless it
    // is a relative pronoun: "Mr. Lewandowski, who did not respond, has denied …".
    const commaSubject = subj !== null && subj.a > s && doc.tokens[subj.a - 1].text === ',' && !RELATIVES.has(low(doc, subj.a));
    const resume = subj && commaSubject && !cw.participle ? resumeComma(ctx, i, cw, e) : -1;
    if (subj && resume > 0) {
      // "Beijing, she said, would …": one word may be the subject the clause resumes from.
      const first = makeDraft(ctx, s, subj.a - 2, { speakerToks: subj, cue, cueTok: i, interrupted: 'before' }, 1);
      const rest = makeDraft(ctx, resume + 1, contentEnd(ctx, resume + 1, e), { speakerToks: subj, cue, cueTok: i, interrupted: 'after' });
      if (first && rest) {
        usedCues.add(i);
        out.push(first, rest);
        inSentence.push(first, rest);
        from = e;
        continue;
      }
    }
    // End attribution: "…, Smith said." / "…, he told reporters."
    if (subj && commaSubject && subj.a > s + 1 && shortTail(doc, i + 1, e) && !cw.participle) {
      const d = makeDraft(ctx, s, subj.a - 2, { speakerToks: subj, cue, cueTok: i });
      if (d) {
        d.addressee = cw.object ? spanOf(doc, addresseeAfter(doc, i + 1, e)) : null;
        usedCues.add(i);
        out.push(d);
        inSentence.push(d);
        from = i + 1;
        continue;
      }
    }
    // "The poll shows Clinton leading", "FEC records show he backed …": records and polls
    // report what they show without a "that".
    const evidence = cw.cls === 'weak' && (cw.lemma === 'show' || cw.lemma === 'find') && subj !== null && EVIDENCE_NOUNS.has(low(doc, subj.b - 1));
    const { p, addr } = contentStart(ctx, i, evidence ? { ...cw, cls: 'speech' } : cw, e);
    if (p < 0) continue;
    const end = contentEnd(ctx, p, e);
    const d = makeDraft(ctx, p, end, { speakerToks: subj, carried, cue, cueTok: i, addressee: spanOf(doc, addr) });
    if (!d) continue;
    usedCues.add(i);
    out.push(d);
    inSentence.push(d);
    from = end + 1;
  }
}

/**
 * The comma ending a source named after "according to", at `b` or some words on ("two
 * diplomats familiar with the matter,", "early results of exit polls conducted by Edison
 * Research for …,"), or -1 when a finite verb or quotation comes first.
 */
function sourceComma(doc: Doc, pieceOf: Int32Array, b: number, e: number): number {
  for (let k = b; k < e && k - b < 20; k++) {
    if (doc.tokens[k].text === ',') return k;
    // "an online University of Texas/Texas Tribune poll": a slash inside a name.
    if ((!isWord(doc.tokens[k].text) && doc.tokens[k].text !== '/') || pieceOf[k] >= 0 || FINITE.has(doc.xpos[k])) return -1;
  }
  return -1;
}

/**
 * Past "in a statement" / "in a brief written statement" / "on his blog" opening at p (a
 * preposition, a determiner, up to three modifiers and a STATEMENT_NOUNS word), or p itself.
 */
function afterMediumPhrase(doc: Doc, p: number, e: number): number {
  if (low(doc, p) !== 'in' && low(doc, p) !== 'on') return p;
  for (let k = p + 1; k < e && k - p <= 5; k++) {
    if (STATEMENT_NOUNS.has(low(doc, k))) return k + 1 < e && doc.tokens[k + 1].text !== ',' ? k + 1 : p;
    if (!isWord(doc.tokens[k].text) || (k > p + 1 && !/^(ADJ|NOUN|VERB|PROPN)$/u.test(doc.upos[k]) && !DETERMINERS.has(low(doc, k)))) return p;
  }
  return p;
}

function spanOf(doc: Doc, r: TokRange | null): { start: number; end: number } | null {
  return r ? { start: doc.tokens[r.a].start, end: doc.tokens[r.b - 1].end } : null;
}
