/**
 * Abbreviations that keep their period as part of the token. Two kinds matter to the
 * sentence splitter: titles that always precede a name (never end a sentence) and the
 * rest, which may end one ("talks in the U.S. The next day ...").
 */

/** Titles and name-internal abbreviations: a period after these never ends a sentence. */
export const TITLE_ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm',
    'sgt', 'cpl', 'pvt', 'brig', 'sen', 'rep', 'gov', 'lt', 'pres', 'amb', 'hon', 'rev', 'fr', 'sr', 'jr', 'st',
    'supt', 'insp', 'det', 'gov', 'atty', 'sec', 'vs', 'v', 'no', 'nos', 'vol', 'pp', 'fig', 'ft', 'mt',
    'ste', 'dept', 'cf', 'approx', 'est', 'ca', 'mssrs',
  ],
);

/** Abbreviations that may also end a sentence. */
export const OTHER_ABBREVIATIONS = new Set(
  [
    'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'assn', 'univ', 'intl', 'govt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
    'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn',
    'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'etc', 'al', 'approx', 'min', 'max', 'hr', 'hrs',
    'yr', 'yrs', 'dist', 'ave', 'blvd', 'rd', 'mph', 'oz', 'lb', 'lbs', 'pt', 'gal', 'sq', 'apt', 'tel',
    'ext', 'e.g', 'i.e', 'viz', 'ibid', 'op', 'esp', 'int', 'natl', 'ref',
  ],
);

/** "U.S.", "U.N.", "a.m.", "p.m.", "e.g.", "Ph.D.": letters each followed by a period. */
export const DOTTED_ACRONYM = /^(?:\p{L}{1,3}\.){2,}$/u;

/** A single capital letter and a period: an initial ("George W. Bush"). */
export const INITIAL = /^\p{Lu}\.$/u;

/** True when the token `word.` (given without its period, any case) is a known abbreviation. */
export function isAbbreviation(wordWithoutPeriod: string): boolean {
  const w = wordWithoutPeriod.toLowerCase();
  return TITLE_ABBREVIATIONS.has(w) || OTHER_ABBREVIATIONS.has(w);
}

/** Words that, capitalised after an ambiguous abbreviation, show a new sentence began. */
export const SENTENCE_STARTERS = new Set(
  [
    'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
    'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'with', 'after', 'before', 'during', 'while',
    'when', 'if', 'as', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'no', 'not',
    'officials', 'however', 'meanwhile', 'still', 'also', 'since', 'although', 'though', 'both', 'one',
    'what', 'who', 'why', 'how', 'where', 'last', 'earlier', 'later', 'then', 'now', 'today', 'yesterday',
    'please', 'thanks', 'thank', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'will', 'would',
    'should', 'could', 'let', 'here', 'your', 'i\'m', 'it\'s', 'that\'s', 'there\'s', 'instead', 'yes',
  ],
);
