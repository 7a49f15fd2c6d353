import type { Doc } from '../../text/doc.js';
import {
  BETWEEN_SUBJECT_AND_VERB, DETERMINERS, NP_BOUNDARY, NP_INNER_PREPOSITIONS, SUBJECT_PRONOUNS,
  TIME_WORDS, isPossessiveMark, isPunct, isWord,
} from './words.js';
import { NOUNISH, PASSIVE_AUX, cueWord } from './cues.js';
import { lookupPhrase } from '../../lexicon/gazetteer.js';

/**
 * Finding the words that name a speaker or an addressee around a cue. With a dependency
 * parse, the cue's nsubj subtree; without one, token rules: skip the adverbs and
 * auxiliaries next to the verb, then take the noun phrase (a pronoun, or a run of
 * names, nouns, determiners and inner "of/for") up to a function word or punctuation.
 */

/** A half-open token range [a, b). */
export interface TokRange {
  a: number;
  b: number;
}

const MAX_NP = 10;
/** Determiners that can stand alone as a subject. */
const STANDALONE = new Set(['some', 'many', 'most', 'several', 'both', 'all', 'few', 'another', 'one', 'each']);
/** Penn tags of a word that opens an adverbial before the subject: a participle, a preposition, an adverb (untagged: -ed, -ing). */
const ADVERBIAL_OPENERS = new Set(['VBN', 'VBG', 'IN', 'RB', 'WRB']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or', 'then', 'still', 'now']);
const lower = (doc: Doc, i: number): string => doc.lower[i];

function hasParse(doc: Doc, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (doc.deprels[i] !== '') return true;
  return false;
}

/** The nsubj subtree of `verb` from the parse, as a contiguous token range, or null. */
function parsedSubject(doc: Doc, verb: number, s: number, e: number): TokRange | null {
  // A subject before the verb wins over one the parse put after it ("Trump tells Fox News
  // anchor Megyn Kelly that …" with the addressee misparsed as a second subject); after it
  // only in inversion ("said Smith").
  let subj = -1;
  for (let j = Math.max(s, verb - 60); j < e && j < verb + 60; j++) {
    if (j > verb && subj >= 0) break;
    if (doc.heads[j] === verb && doc.deprels[j].startsWith('nsubj') && !doc.deprels[j].includes('pass') && !TIME_WORDS.has(lower(doc, j)) && !ASIDE_ADVERBS.has(lower(doc, j))) subj = j;
  }
  if (subj < 0) return null;
  // The subtree's extent: walk tokens whose chain of heads reaches subj (bounded by the sentence).
  let a = subj;
  let b = subj + 1;
  for (let j = Math.max(s, subj - 60); j < e && j < subj + 60; j++) {
    let h = j;
    for (let guard = 0; guard < 50 && h >= 0 && h !== subj; guard++) h = doc.heads[h];
    if (h === subj) {
      if (j < a) a = j;
      if (j + 1 > b) b = j + 1;
    }
  }
  // Relative clauses and appositions make the subtree long; keep the head's noun phrase
  // (with the rest of its name: "Chris Cox, who runs …"), unless a name in apposition ends
  // it ("A spokesman for the Iranian foreign ministry, Esmaeil Baghaei,"): that names the speaker.
  // "China on Tuesday warned …": a time phrase the parse hung from the subject is not its name.
  if (b - a >= 3 && b - 1 > subj && TIME_WORDS.has(lower(doc, b - 1)) && TIME_PREPOSITIONS.has(lower(doc, b - 2))) b -= 2;
  // "The senator, pressed on whether she would run,": a participle aside is no part of the name.
  for (let c = subj + 1; c + 1 < b; c++) {
    if (doc.tokens[c].text === ',' && doc.heads[c + 1] === subj && (doc.xpos[c + 1] === 'VBN' || doc.xpos[c + 1] === 'VBG')) {
      b = c;
      break;
    }
  }
  const long = b - a > MAX_NP;
  // The comma closing an apposition is not part of the name, nor one the parse hung from
  // the subject before it ("…, the official said").
  while (b > a + 1 && /^[,;:—–-]$/u.test(doc.tokens[b - 1].text)) b--;
  while (a < b - 1 && /^[,;:—–-]$/u.test(doc.tokens[a].text)) a++;
  if (long && !(b - a <= MAX_NP + 6 && endsInApposedName(doc, a, b))) {
    let end = subj + 1;
    // The whole name: "Christine Todd Whitman" is parsed as a chain of flats.
    while (end < e && (doc.heads[end] === subj || doc.heads[end] === end - 1) && doc.deprels[end] === 'flat') end++;
    return npLeftOf(doc, end, s);
  }
  return { a, b };
}

/** Whether tokens [a, b) end in ", Name Name" (up to four capitalised words after the comma). */
function endsInApposedName(doc: Doc, a: number, b: number): boolean {
  let c = b - 1;
  while (c > a && b - c <= 4 && /^\p{Lu}/u.test(doc.tokens[c].text) && doc.upos[c] === 'PROPN') c--;
  return c < b - 1 && c > a && doc.tokens[c].text === ',';
}

/** Whether the hyphen at token k touches a word on each side, with no space ("year-old"). */
function gluedHyphen(doc: Doc, k: number): boolean {
  const prev = doc.tokens[k - 1];
  const next = doc.tokens[k + 1];
  const alnum = (t: string): boolean => /^[\p{L}\p{N}]/u.test(t);
  return next !== undefined && prev.end === doc.tokens[k].start && doc.tokens[k].end === next.start && alnum(prev.text) && alnum(next.text);
}

/** The noun phrase that ends right before token `end` (exclusive), not before `s`. */
export function npLeftOf(doc: Doc, end: number, s: number): TokRange | null {
  const k0 = end - 1;
  if (k0 < s) return null;
  const t0 = lower(doc, k0);
  if (SUBJECT_PRONOUNS.has(t0)) return { a: k0, b: end };
  let k = k0;
  let words = 0;
  let a = end;
  for (; k >= s && end - k <= MAX_NP; k--) {
    const raw = doc.tokens[k].text;
    const t = raw.toLowerCase();
    if (isPossessiveMark(raw) && k < k0) {
      a = k;
      continue;
    }
    // "81-year-old Parker Eaton": a hyphen glued to the words on both sides is inside a word.
    if (raw === '-' && words > 0 && k - 1 >= s && gluedHyphen(doc, k)) {
      // The piece before the hyphen is part of the same word ("81" of "81-year-old").
      k--;
      a = k;
      continue;
    }
    if (!isWord(raw)) break;
    if (DETERMINERS.has(t)) {
      if (words > 0) a = k;
      // "Some chanted", "Another tweeted": a quantifier standing alone is the subject.
      else if (k === k0 && STANDALONE.has(t)) return { a: k, b: end };
      break;
    }
    // "Officials in Kyiv", "Republicans in Congress": "in" after a common noun stays inside.
    if (NP_INNER_PREPOSITIONS.has(t) || (t === 'in' && k - 1 >= s && doc.upos[k - 1] === 'NOUN')) {
      if (words === 0 || k - 1 < s || !isWord(doc.tokens[k - 1].text)) break;
      a = k;
      continue;
    }
    if (NP_BOUNDARY.has(t) && !/^\p{Lu}/u.test(raw)) break;
    if (SUBJECT_PRONOUNS.has(t) || (cueWord(t) !== undefined && !NOUNISH.has(t))) break;
    a = k;
    words++;
  }
  if (words === 0) return null;
  // Never start on an inner preposition, nor on a conjunction opening the sentence ("But Parker Eaton").
  while (a < end && (NP_INNER_PREPOSITIONS.has(lower(doc, a)) || (a === s && LEADING_CONJUNCTIONS.has(lower(doc, a))))) a++;
  return a < end ? { a, b: end } : null;
}

/**
 * The subject of the cue verb at `cue`, looking left within [s, cue). Skips adverbs and
 * auxiliaries, and an appositive or relative clause set off by commas ("Smith, a
 * spokesman for the campaign, said"; "Smith, who leads the group, said").
 */
export function subjectOf(doc: Doc, cue: number, s: number, e: number): TokRange | null {
  const absolute = withSubject(doc, cue, s);
  if (absolute) return absolute;
  if (hasParse(doc, s, e)) {
    const parsed = parsedSubject(doc, cue, s, e);
    if (parsed) return parsed;
    // A participle with no subject of its own ("released a statement saying …"): the words
    // before it are its object, not its speaker; the caller climbs to the governing verb.
    if (doc.xpos[cue] === 'VBG') return null;
  }
  let k = skipBeforeVerb(doc, cue - 1, s);
  if (k < s) return null;
  if (doc.tokens[k].text === ',' && k - 1 >= s && doc.tokens[k - 1].text === ')') {
    // "Gov. John Kasich (R-OH), said": a stray comma after a name's parenthesis.
    const before = skipBeforeVerb(doc, k - 1, s);
    if (before >= s && before < k - 1) {
      const np = npLeftOf(doc, before + 1, s);
      if (np) return np;
    }
  }
  if (doc.tokens[k].text === ',') {
    // An appositive or relative clause: find the comma that opens it.
    let j = k - 1;
    while (j >= s && k - j < 20 && doc.tokens[j].text !== ',' && !isPunctStop(doc.tokens[j].text)) j--;
    if (j < s || doc.tokens[j].text !== ',' || j + 1 >= k) return null;
    const first = lower(doc, j + 1);
    // "Suu Kyi, 70, said": an age between commas.
    if (k - (j + 1) === 1 && /^\d{1,3}$/u.test(first)) return npLeftOf(doc, j, s);
    // "The defence minister, Elena Draganova, told": the name in apposition names the speaker.
    // ("Mike Pence, Trump's running mate, said": a possessive makes the apposition a title.)
    let possessive = false;
    for (let x = j + 1; x < k; x++) if (isPossessiveMark(doc.tokens[x].text)) possessive = true;
    if (possessive) return npLeftOf(doc, j, s);
    // "Hunter, meanwhile, told …", "The ministry, for its part, said": an adverbial aside.
    if (k - (j + 1) <= 3 && (k - (j + 1) === 1 ? ASIDE_ADVERBS.has(first) || doc.upos[j + 1] === 'ADV' : ASIDE_PHRASES.has(doc.lower.slice(j + 1, k).join(' ')))) return npLeftOf(doc, j, s);
    if (/^\p{Lu}/u.test(doc.tokens[j + 1].text) && k - (j + 1) <= 4) return { a: j + 1, b: k };
    // "A senior official, speaking on condition of anonymity, said": a participle's aside.
    const participle = doc.xpos[j + 1] === 'VBG' || doc.xpos[j + 1] === 'VBN';
    if (!(RELATIVE_OPENERS.has(first) || DETERMINERS.has(first) || participle)) {
      // "Biden, who was to travel to Columbus, Ohio, on Wednesday …, said": a relative clause
      // with commas of its own; its opening comma lies further back.
      const rel = relativeCommaBefore(doc, j, s);
      return rel >= 0 ? npLeftOf(doc, rel, s) : null;
    }
    // "Sanders, meanwhile, who sits at zero endorsements, said": past an adverbial aside too,
    // or an age ("Jacob Shiansky, 24, who was visiting …, told").
    const aside = j - 2 >= s && doc.tokens[j - 2].text === ',' && (ASIDE_ADVERBS.has(lower(doc, j - 1)) || /^\d{1,3}$/u.test(lower(doc, j - 1)));
    return npLeftOf(doc, aside ? j - 2 : j, s);
  }
  return npLeftOf(doc, k + 1, s);
}

/** Words opening a relative clause set off by commas between a subject and its verb. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose']);

/** The comma before `j` (within 30 tokens) that opens a relative clause ", who …", or -1. */
function relativeCommaBefore(doc: Doc, j: number, s: number): number {
  for (let c = j - 1; c > s && j - c <= 30; c--) {
    const t = doc.tokens[c].text;
    if (isPunctStop(t)) return -1;
    if (t === ',' && RELATIVE_OPENERS.has(lower(doc, c + 1))) return c;
  }
  return -1;
}

/**
 * "was quoted by state media as saying": the passive "quoted" (or "cited") a few words before
 * the "as" right before the participle at `cue`, or -1.
 */
export function quotedAs(doc: Doc, cue: number, s: number): number {
  if (cue - 3 < s || lower(doc, cue - 1) !== 'as') return -1;
  for (let k = cue - 2; k > s && cue - k <= 10; k--) {
    const w = lower(doc, k);
    if (w === 'quoted' || w === 'cited') return PASSIVE_AUX.has(lower(doc, k - 1)) ? k : -1;
    if (!isWord(doc.tokens[k].text)) return -1;
  }
  return -1;
}

/** "Araqchi was quoted … as saying …": the speaker is the passive subject of "quoted"; null without the pattern. */
export function quotedAsSubject(doc: Doc, cue: number, s: number, e: number): TokRange | null {
  const k = quotedAs(doc, cue, s);
  return k >= 0 ? subjectOf(doc, k, s, e) : null;
}

/**
 * "…, with one of her ads asking, “…”", "with the union calling her “…”": in the absolute
 * construction the noun phrase between "with" and the participle is the participle's subject.
 */
export function withSubject(doc: Doc, cue: number, s: number): TokRange | null {
  if (!/ing$/u.test(lower(doc, cue))) return null;
  for (let k = cue - 1; k > s && cue - k <= 8; k--) {
    if (lower(doc, k) === 'with') return k + 1 < cue ? { a: k + 1, b: cue } : null;
    if (!isWord(doc.tokens[k].text) && !isPossessiveMark(doc.tokens[k].text) && doc.tokens[k].text !== '.') return null;
    if (cueWord(lower(doc, k)) !== undefined && !NOUNISH.has(lower(doc, k))) return null;
  }
  return null;
}

/** One-word asides between commas after a subject. */
const ASIDE_ADVERBS = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'instead', 'moreover', 'separately', 'likewise', 'then', 'now', 'nevertheless', 'similarly', 'later', 'earlier']);
/** Asides of several words between commas after a subject. */
const ASIDE_PHRASES = new Set(['for his part', 'for her part', 'for its part', 'for their part', 'in turn', 'in response', 'in a statement', 'in an interview', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'in contrast', 'for example', 'by contrast']);

/** Time phrases between a subject and its verb: "Sanders on Saturday criticized", "Obama last week said". */
const TIME_PREPOSITIONS = new Set(['on', 'last', 'this', 'late', 'early', 'next']);

/**
 * From token k leftwards, past what may sit between a subject and its verb: adverbs and
 * auxiliaries, a time phrase ("on Saturday") and a parenthesis ("Sanders (I-Vt.)").
 * Returns the last token of the subject (below s when nothing is left).
 */
function skipBeforeVerb(doc: Doc, k: number, s: number): number {
  for (let skipped = 0; k >= s && skipped < 6; skipped++) {
    const t = lower(doc, k);
    // "Mr. Lee, the chief executive, forcefully told …": any manner adverb in -ly too.
    if (BETWEEN_SUBJECT_AND_VERB.has(t) || (doc.xpos[k] === 'RB' && /^\p{Ll}+ly$/u.test(doc.tokens[k].text))) k--;
    else if (TIME_WORDS.has(t) && k - 1 >= s && TIME_PREPOSITIONS.has(lower(doc, k - 1))) k -= 2;
    else if (t === ')') {
      let j = k - 1;
      while (j >= s && k - j < 8 && doc.tokens[j].text !== '(') j--;
      if (j < s || doc.tokens[j].text !== '(') break;
      k = j - 1;
    } else break;
  }
  return k;
}

function isPunctStop(t: string): boolean {
  return t === '.' || t === ';' || t === ':' || t === '“' || t === '”' || t === '"';
}

/** A noun phrase starting at `from` and going right (for "said Smith", "said the official"). */
export function npRightOf(doc: Doc, from: number, e: number, loose = false): TokRange | null {
  if (from >= e) return null;
  const first = doc.tokens[from].text;
  const fl = first.toLowerCase();
  if (SUBJECT_PRONOUNS.has(fl)) return { a: from, b: from + 1 };
  if (!isWord(first)) return null;
  if (!loose && !(DETERMINERS.has(fl) || /^\p{Lu}/u.test(first))) return null;
  let b = from;
  for (; b < e && b - from < MAX_NP; b++) {
    const raw = doc.tokens[b].text;
    const t = raw.toLowerCase();
    if (b > from && isPossessiveMark(raw)) continue;
    // "Majed al-Ansari": a hyphen glued to the words on both sides is inside a word.
    if (raw === '-' && b > from && b + 1 < e && gluedHyphen(doc, b)) {
      b++;
      continue;
    }
    // A number inside the phrase before a word or a glued hyphen: "the 2009 paper", "the 46-year-old".
    if (b > from && /^\d[\d,.]*$/u.test(raw) && b + 1 < e && (isWord(doc.tokens[b + 1].text) || (doc.tokens[b + 1].text === '-' && b + 2 < e && gluedHyphen(doc, b + 1)))) continue;
    if (!isWord(raw)) break;
    if (b > from && DETERMINERS.has(t) && !NP_INNER_PREPOSITIONS.has(lower(doc, b - 1))) break;
    if (NP_BOUNDARY.has(t) && !/^\p{Lu}/u.test(raw)) break;
    if (b > from && cueWord(t) !== undefined && !NOUNISH.has(t) && !/^\p{Lu}/u.test(raw)) break;
    // A lower-case past form after the noun is the verb: "the union rejected".
    if (b > from && /^\p{Ll}+ed$/u.test(raw)) break;
    if (NP_INNER_PREPOSITIONS.has(t) && (b + 1 >= e || !isWord(doc.tokens[b + 1].text))) break;
  }
  while (b > from && NP_INNER_PREPOSITIONS.has(lower(doc, b - 1))) b--;
  return b > from ? { a: from, b } : null;
}

/**
 * The addressee or medium after a verb like "told": "told state broadcaster Channel One",
 * "told reporters". Stops at "that", punctuation, a clause-opening pronoun or a preposition.
 */
export function addresseeAfter(doc: Doc, from: number, e: number): TokRange | null {
  let b = from;
  for (; b < e && b - from < 8; b++) {
    const raw = doc.tokens[b].text;
    const t = raw.toLowerCase();
    if (!isWord(raw) && !(b > from && isPossessiveMark(raw))) break;
    if (t === 'that' || SUBJECT_PRONOUNS.has(t) && b > from) break;
    if (NP_BOUNDARY.has(t) && !/^\p{Lu}/u.test(raw) && !['him', 'her', 'them', 'us', 'me'].includes(t)) break;
    if (TIME_WORDS.has(t)) break;
    // A preposition, subordinator or verb the tagger knows ends it ("told reporters outside the
    // palace", "accused him of endangering", "told the audience gathered …"), and none opens
    // it ("called for …" addresses nobody).
    const u = doc.upos[b];
    if ((u === 'ADP' || u === 'SCONJ' || (b > from && (u === 'VERB' || u === 'AUX'))) && !/^\p{Lu}/u.test(raw)) break;
    // A capitalised determiner is part of a name ("state broadcaster Channel One").
    if (b > from && DETERMINERS.has(t) && !/^\p{Lu}/u.test(raw)) break;
  }
  return b > from ? { a: from, b } : null;
}

/**
 * The subject of a clause that starts at `s` (for "X went further: “…”"): skips opening
 * adverbials set off by a comma ("However, the secretary …").
 */
export function clauseSubject(doc: Doc, s: number, e: number): TokRange | null {
  let start = s;
  while (start < e && LEADING_CONJUNCTIONS.has(lower(doc, start))) start++;
  // Opening adverbials, each up to its comma ("In Iowa on Monday,", "Asked which county
  // he liked best,", "However,"), one after another ("At a rally in Portsmouth, N.H., on
  // Tuesday, Senator Sanders …": a place's state or country after its comma goes with it).
  for (let chunk = 0, first = true; chunk < 3 && start < e; chunk++, first = false) {
    const opener = lower(doc, start);
    const prepositional = isAdverbialOpener(doc, start, opener);
    if (!first && !prepositional && !placeContinuation(doc, start, e)) break;
    const from = start;
    for (let k = start; k < e && k - from < (prepositional ? 12 : 6); k++) {
      if (doc.tokens[k].text === ',') {
        start = k + 1;
        break;
      }
      if (!isWord(doc.tokens[k].text)) break;
    }
    if (start === from) break;
  }
  if (start < e && NP_BOUNDARY.has(lower(doc, start)) && !DETERMINERS.has(lower(doc, start))) return null;
  const np = npRightOf(doc, start, e);
  if (!np) return null;
  // Stop the phrase before the first adverb or auxiliary that announces the verb, or the
  // verb itself where the tagger has tagged it ("The email goes on to say:").
  for (let k = np.a + 1; k < np.b; k++) {
    if (BETWEEN_SUBJECT_AND_VERB.has(lower(doc, k)) || /ed$/u.test(lower(doc, k)) || /^(?:VB[DPZ]?|MD)$/u.test(doc.xpos[k])) return { a: np.a, b: k };
  }
  return np;
}

/** Whether the word at i opens an adverbial: a preposition, a participle, an adverb (untagged: -ed, -ing). */
function isAdverbialOpener(doc: Doc, i: number, word: string): boolean {
  return (NP_BOUNDARY.has(word) && !DETERMINERS.has(word)) || ADVERBIAL_OPENERS.has(doc.xpos[i]) || (doc.xpos[i] === '' && /(ed|ing)$/u.test(word));
}

/**
 * "N.H.," or "Iowa," after "in Portsmouth,": a state or country (or an abbreviation like
 * "Calif.") and a comma, which go with the place before them, not with the subject.
 */
function placeContinuation(doc: Doc, i: number, e: number): boolean {
  if (i < 1 || doc.tokens[i - 1].text !== ',') return false;
  for (let k = i; k < e && k - i < 4; k++) {
    if (doc.tokens[k].text !== ',') continue;
    if (k === i) return false;
    const words = doc.text.slice(doc.tokens[i].start, doc.tokens[k - 1].end);
    if (k - i === 1 && /^\p{Lu}[\p{L}.]*\.$/u.test(words)) return true;
    const kind = lookupPhrase(words)?.kind;
    return kind === 'state' || kind === 'country' || kind === 'region';
  }
  return false;
}

export function isPunctToken(doc: Doc, i: number): boolean {
  return isPunct(doc.tokens[i].text);
}
