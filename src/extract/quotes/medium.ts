import type { Doc } from '../../text/doc.js';
import type { Span } from '../../text/span.js';
import type { Entity } from '../types.js';
import { tokenRange } from '../../text/token.js';
import { isTimeWord, isWord } from './words.js';

/**
 * Where words were said: the medium of an attribution. "said in a statement", "wrote on
 * Telegram", "told reporters in an interview with CNN", "said on state television",
 * "In a post on X, the ministry said". Analysts weigh a statement, a briefing and a post
 * differently, so the phrase is given as a span beside the cue and the addressee.
 *
 * A medium is a phrase opened by on/in/via/during/at/through/over, either after the cue
 * (past its addressee and any time words: "said on Tuesday in a statement") or opening the
 * cue's sentence before a comma. It counts only when its head is a medium noun
 * ("statement", "interview", "post"), a platform ("Telegram", "Truth Social") or a
 * broadcaster word ("television", "radio"), or, after "on", an organisation the entity
 * tagger found ("on CNN"). Places ("said in Geneva"), times ("on Tuesday") and occasions
 * that are not media ("at a rally") are left out.
 */

const PREPOSITIONS = new Set(['on', 'in', 'via', 'during', 'at', 'through', 'over']);

/** Nouns that name a channel of communication, as heads of a medium phrase. */
const MEDIUM_NOUNS = new Set([
  'statement', 'statements', 'interview', 'interviews', 'post', 'posts', 'posting', 'tweet', 'tweets', 'message',
  'messages', 'video', 'videos', 'speech', 'speeches', 'address', 'briefing', 'briefings', 'conference', 'conferences',
  'communique', 'communiqué', 'letter', 'letters', 'op-ed', 'column', 'essay', 'article', 'podcast', 'broadcast',
  'show', 'programme', 'program', 'appearance', 'remarks', 'testimony', 'hearing', 'email', 'e-mail', 'emails',
  'memo', 'filing', 'blog', 'thread', 'livestream', 'telecast', 'newscast', 'editorial', 'release', 'readout',
  'call', 'text', 'note', 'declaration', 'report', 'documentary', 'broadcasts', 'session', 'hall',
]);

/** Platforms and broadcaster words that make a medium whatever the phrase's grammar. */
const PLATFORMS = new Set([
  'twitter', 'x', 'facebook', 'telegram', 'instagram', 'tiktok', 'youtube', 'truth', 'social', 'weibo', 'wechat',
  'linkedin', 'threads', 'bluesky', 'reddit', 'substack', 'whatsapp', 'television', 'tv', 'radio', 'channel',
  'network', 'air', 'airwaves', 'media', 'website', 'site', 'platform', 'account', 'feed', 'page',
]);

/** Occasions that stand in a medium phrase's place but are no medium ("at a rally", "in Geneva"). */
const NOT_MEDIA = new Set(['rally', 'meeting', 'summit', 'event', 'ceremony', 'visit', 'trip', 'campaign', 'city', 'capital']);

/** Words that end a medium phrase: a new clause or the content begins. */
const STOP = new Set(['that', 'when', 'while', 'after', 'before', 'because', 'as', 'if', 'and', 'but', 'or', 'to', 'where', 'which', 'who']);

/** Prepositions that continue a medium phrase ("an interview with CNN", "a post on X", "a statement from the ministry"). */
const CONTINUE = new Set(['with', 'on', 'from', 'to', 'by', 'of']);

/** Participles opening a sentence before its medium ("Speaking on state television, …"). */
const SPEAKING = new Set(['speaking', 'writing', 'posting', 'appearing', 'talking', 'testifying']);

/** Most tokens one medium phrase spans. */
const MAX_PHRASE = 10;

/**
 * The medium of an attribution whose cue is token `cueTok`, or null. `content` is the
 * quoted or reported words (the medium never runs into them); `addressee` the words the cue
 * addresses, skipped over.
 */
export function mediumOf(doc: Doc, entities: readonly Entity[], cueTok: number, content: Span, addressee: Span | null): Span | null {
  if (cueTok < 0 || cueTok >= doc.tokens.length) return null;
  const sentence = doc.sentences[doc.sentenceOf[cueTok]];
  const [ca, cb] = tokenRange(doc.tokens, content.start, content.end);
  // After the cue, up to the content when it follows, else to the sentence end.
  let limit = sentence.tokenEnd;
  if (ca > cueTok) limit = Math.min(limit, ca);
  let i = cueTok + 1;
  if (addressee) {
    const [, ab] = tokenRange(doc.tokens, addressee.start, addressee.end);
    if (ab > i) i = ab;
  }
  // Up to three time phrases, commas and particles between cue and medium ("said on Tuesday in …").
  for (let skipped = 0; skipped < 3 && i < limit; skipped++) {
    const t = doc.lower[i];
    if (t === ',' || t === 'back' || t === 'out' || t === 'up') i++;
    else if (isTimeWord(t)) i++;
    else if (PREPOSITIONS.has(t) && i + 1 < limit && isTimeWord(doc.lower[i + 1])) i += 2;
    else break;
  }
  const after = i < limit ? phraseAt(doc, entities, i, limit) : null;
  if (after) return after;
  // Opening the sentence: "In a statement, the ministry said …", "On Telegram, he wrote …",
  // "Speaking on state television, Peskov said …".
  let s = sentence.tokenStart;
  if (s < cueTok && SPEAKING.has(doc.lower[s])) s++;
  if (s < cueTok && !(ca <= s && s < cb)) {
    const comma = firstComma(doc, s, Math.min(cueTok, s + MAX_PHRASE + 2));
    if (comma > s) return phraseAt(doc, entities, s, comma);
  }
  return null;
}

/** A medium phrase opened by a preposition at token `p`, ending before `limit`, or null. */
function phraseAt(doc: Doc, entities: readonly Entity[], p: number, limit: number): Span | null {
  const prep = doc.lower[p];
  if (!PREPOSITIONS.has(prep)) return null;
  const a = p + 1;
  let b = chunkEnd(doc, a, limit);
  if (b === a) return null;
  // The chunk's last word is its head: "a Facebook post" is a medium, "her email practices" not.
  const head = doc.lower[b - 1];
  if (NOT_MEDIA.has(head)) return null;
  const medium = MEDIUM_NOUNS.has(head) || PLATFORMS.has(head);
  // "an interview with CNN", "a post on X", "a letter to the president": a medium goes on.
  while (medium && b + 1 < limit && CONTINUE.has(doc.lower[b])) {
    const c = chunkEnd(doc, b + 1, limit);
    if (c === b + 1) break;
    b = c;
  }
  const span = { start: doc.tokens[a].start, end: doc.tokens[b - 1].end };
  if (medium) return span;
  // "on CNN", "on Fox News": after "on", an organisation the entity tagger named.
  if (prep === 'on' && /^\p{Lu}/u.test(doc.tokens[a].text) && organisationAt(entities, span)) return span;
  return null;
}

/**
 * The end of a noun phrase starting at `a` (exclusive): words and possessives up to a
 * preposition, a clause word, a verb, punctuation, or a time word after a noun ("an
 * interview Tuesday"; a time word before the noun stays: "a Friday interview").
 */
function chunkEnd(doc: Doc, a: number, limit: number): number {
  let b = a;
  while (b < limit && b - a < MAX_PHRASE) {
    const raw = doc.tokens[b].text;
    const t = doc.lower[b];
    if (t !== "'s" && t !== '’s' && !isWord(raw)) break;
    const upos = doc.upos[b];
    if (b > a && (STOP.has(t) || upos === 'ADP' || CONTINUE.has(t) || PREPOSITIONS.has(t))) break;
    if (upos === 'VERB' || upos === 'AUX' || (upos === 'ADV' && b > a)) break;
    if (b > a && isTimeWord(t) && (doc.upos[b - 1] === 'NOUN' || doc.upos[b - 1] === 'PROPN')) break;
    b++;
  }
  return b;
}

function organisationAt(entities: readonly Entity[], span: Span): boolean {
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const m of e.mentions) if (m.start <= span.start && span.end <= m.end + 1 && m.end > span.start) return true;
  }
  return false;
}

function firstComma(doc: Doc, from: number, to: number): number {
  for (let k = from; k < to; k++) if (doc.tokens[k].text === ',') return k;
  return -1;
}
