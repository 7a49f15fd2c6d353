import { hasLetter, startsUpper } from '../../text/case.js';
import type { Doc } from '../../text/doc.js';
/**
 * Word classes the token-level rules need when no POS tags are available: pronouns,
 * the adverbs and auxiliaries that sit between a speaker and a cue, and the function
 * words that bound a noun phrase.
 */

export const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'you']);
export const THING_PRONOUNS = new Set(['it', 'they']);
export const SUBJECT_PRONOUNS = new Set([...PERSON_PRONOUNS, ...THING_PRONOUNS]);

/** Words that may sit between a subject and its verb: "Rubio also said", "he has long argued". */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do',
  'later', 'previously', 'then', 'recently', 'once', 'often', 'repeatedly', 'reportedly', 'earlier', 'again',
  'further', 'separately', 'publicly', 'privately', 'already', 'still', 'just', 'even', 'specifically',
  'explicitly', 'flatly', 'quickly', 'simply', 'initially', 'first', 'long', 'frequently', 'openly', 'subsequently',
  'immediately', 'ultimately', 'finally', 'herself', 'himself', 'themselves', 'itself', 'personally', 'never',
  'not', "n't", 'n’t', 'always', 'actually', 'apparently', 'clearly', 'allegedly', 'famously', 'angrily',
  'emphatically', 'bluntly', 'correctly', 'falsely', 'wrongly', 'rightly', 'generally', 'privately',
  'erroneously', 'confidently', 'directly', 'today', 'yesterday', 'tonight', 'been', 'be', 'is', 'are', 'was',
  'were', 'being', 'had', 'went', 'so', 'too', 'broadly', 'strongly', 'sharply', 'echoed', 'herself',
  // Contracted auxiliaries: "he’s predicting", "they’ve said".
  '’s', "'s", '’re', "'re", '’ve', "'ve", '’ll', "'ll", '’d', "'d",
]);

/** Function words that end a noun phrase scanned leftwards from a cue. */
export const NP_BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'if', 'as', 'after', 'before', 'since',
  'and', 'but', 'or', 'nor', 'so', 'than', 'though', 'although', 'where', 'whether', 'until', 'unless',
  'to', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'what', 'how', 'why', 'said', 'says', 'say',
  'by', 'with', 'without', 'on', 'in', 'at', 'into', 'onto', 'about', 'over', 'under', 'during', 'through',
  'against', 'between', 'among', 'like', 'unlike', 'per', 'via', 'toward', 'towards', 'upon', 'within',
  'there', 'here', 'it', 'this', 'these', 'those', 'then', 'now', 'yet', 'even', 'just', 'only',
]);

/** Determiners and possessives that may open a noun phrase. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both', 'each', 'every', 'other', 'another', 'all', 'few', 'two', 'three', 'four', 'no', 'one']);

/** Prepositions allowed inside a speaker noun phrase: "a spokesman for the ministry". */
export const NP_INNER_PREPOSITIONS = new Set(['of', 'for', 'from', 'at']);

/** Words that start a clause: a reported clause may begin with them after a cue. */
export const CLAUSE_STARTERS = new Set([
  'that', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'this', 'these', 'those',
  'his', 'her', 'their', 'our', 'its', 'my', 'your', 'some', 'many', 'most', 'no', 'none', 'all', 'if', 'whether',
  'nothing', 'everything', 'everyone', 'nobody', 'someone', 'anyone', 'any', 'every', 'both', 'neither',
  'what', 'how', 'why', 'when', 'where', 'who', 'one', 'such', 'each', 'only', 'even', 'not', 'more', 'fewer',
]);

/** Adverbial words at a clause edge that carry no content ("Tuesday", "later"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'last', 'week', 'night', 'morning', 'afternoon', 'evening', 'again', 'also', 'then',
]);

export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Capitalised words that are titles or roles, not parts of a person's name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'secretary', 'minister', 'prime', 'foreign', 'defense', 'defence', 'adviser', 'advisor',
  'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor',
  'mayor', 'chairman', 'chairwoman', 'chair', 'director', 'ambassador', 'envoy', 'general', 'gen.', 'king', 'queen',
  'prince', 'chancellor', 'premier', 'leader', 'speaker', 'judge', 'justice', 'attorney', 'candidate', 'nominee',
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sir', 'lord', 'lady', 'pope', 'chief', 'executive', 'officer', 'head',
  'state', 'national', 'security', 'deputy', 'former', 'u.s.', 'aide', 'commander', 'official', 'democrat',
  'republican', 'democratic', 'house', 'white', 'majority', 'minority', 'whip', 'ceo', 'founder', 'sheriff',
  'congressman', 'congresswoman', 'assemblyman', 'lt.', 'col.', 'capt.', 'adm.', 'sgt.', 'rev.', 'gov', 'sen', 'rep',
]);

export function isWord(t: string): boolean {
  return hasLetter(t);
}

export function isCapitalized(t: string): boolean {
  return startsUpper(t);
}

const PUNCT = /^[\p{P}\p{S}]+$/u;
export function isPunct(t: string): boolean {
  return PUNCT.test(t);
}

const QUOTE_MARKS = /^["'“”‘’«»„‟‚‛]+$/u;

/** A token of quotation marks only, double or single, in any typography. */
export function isQuoteMark(t: string): boolean {
  return QUOTE_MARKS.test(t);
}

/** A hyphen or dash token ("-", "—", "–", "―"). */
export function isDash(t: string): boolean {
  return t === '-' || t === '—' || t === '–' || t === '―';
}

/** Does token i open a line (or the text)? */
export function startsLine(doc: Doc, i: number): boolean {
  return i === 0 || doc.tokens[i].paragraphBefore || doc.tokens[i].lineBefore;
}

/**
 * Words that surely open a reported clause right after a cue: "said that …", "said he …",
 * "said the plan …". The narrow core of CLAUSE_STARTERS: words like "this", "more" or
 * "when" may follow a cue without opening its clause ("said this week", "said more").
 */
const CLAUSE_OPENERS = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** Nouns that make "the day after", "that night", "the following week" a time, not a subject. */
const TIME_NOUNS = new Set(['day', 'days', 'night', 'week', 'weeks', 'weekend', 'month', 'months', 'year', 'morning', 'afternoon', 'evening', 'time']);
const TIME_ADJECTIVES = new Set(['next', 'following', 'same', 'previous', 'other', 'last', 'first']);

/** Whether a reported clause starts at token i (a time word like "Tuesday" skipped). */
export function opensClause(doc: Doc, i: number): boolean {
  if (i < doc.tokens.length && TIME_WORDS.has(doc.lower[i])) i++;
  if (i >= doc.tokens.length || doc.tokens[i].paragraphBefore || !CLAUSE_OPENERS.has(doc.lower[i])) return false;
  // "Romney tweeted the day after …": a determiner opening a time phrase opens no clause.
  let k = i + 1;
  if (k < doc.tokens.length && TIME_ADJECTIVES.has(doc.lower[k])) k++;
  return !(k < doc.tokens.length && TIME_NOUNS.has(doc.lower[k]) && DETERMINERS_OF_TIME.has(doc.lower[i]));
}
const DETERMINERS_OF_TIME = new Set(['the', 'a', 'that']);

/** A possessive mark token: "’s", "'s", or a bare apostrophe after a plural ("the ministers’"). */
export function isPossessiveMark(t: string): boolean {
  return t === '’s' || t === "'s" || t === '’' || t === "'";
}

/** A word of a time phrase ("Tuesday", "later", "March"). */
export function isTimeWord(t: string): boolean {
  return TIME_WORDS.has(t) || MONTHS.has(t);
}
