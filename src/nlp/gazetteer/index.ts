import { tokenize } from '../../text/tokenize.js';
import { CITIES, COUNTRIES, DEMONYMS, FEMALE_ONLY_FIRST_NAMES, FIRST_NAMES, MALE_ONLY_FIRST_NAMES, STOPWORDS } from './data.js';

/**
 * Gazetteers for the named-entity tagger: countries, cities, demonyms and languages,
 * first names (extracted from npm packages by scripts/build-gazetteer.ts), plus short
 * hand-kept lists of regions, organisation words and person titles. Phrases are matched
 * longest-first over the same tokens the tokenizer makes, case-insensitively; the tagger
 * turns each match into features, so a list only ever suggests, never decides.
 */

export const GAZ_COUNTRY = 0;
export const GAZ_CITY = 1;
export const GAZ_DEMONYM = 2;
export const GAZ_FIRST = 3;
export const GAZ_ORGWORD = 4;
export const GAZ_TITLE = 5;
export const GAZ_REGION = 6;
/** Function words and sentence openers ("Besides", "However"): capitalised, yet no names. */
export const GAZ_STOP = 7;
/** A word of a longer country, city or region name ("Arabia"), for misspelt or unlisted variants. */
export const GAZ_PLACE_PART = 8;
export const GAZ_CLASSES = 9;

/** Regions, continents, US states and other places the country and city lists leave out. */
const REGIONS = [
  'Europe', 'Asia', 'Africa', 'America', 'Americas', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Near East', 'Far East', 'Gulf', 'Persian Gulf', 'Balkans', 'Caucasus', 'Scandinavia', 'Siberia', 'Crimea',
  'Donbas', 'Gaza', 'Gaza Strip', 'West Bank', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan', 'Sahel', 'Arctic', 'Antarctica',
  'Pacific', 'Atlantic', 'Mediterranean', 'Black Sea', 'Red Sea', 'Baltic', 'Indian Ocean', 'South China Sea', 'Eastern Europe',
  'Western Europe', 'Central Asia', 'Southeast Asia', 'East Asia', 'South Asia', 'Horn of Africa', 'Sub-Saharan Africa',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
  'Ontario', 'Quebec', 'Bavaria', 'Scotland', 'England', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'Hong Kong',
  'U.S.', 'US', 'USA', 'U.S.A.', 'UK', 'U.K.', 'EU', 'Soviet Union', 'USSR', 'Kosovo', 'Chechnya', 'Taiwan',
];

/** Words that head or close organisation names. */
const ORG_WORDS = (
  'Ministry Council Party Bank Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Plc PLC LLC AG SA NV GmbH Group Holdings Association ' +
  'Union Committee Department Agency Commission Organisation Organization Court Army Navy Force Forces University College Institute ' +
  'Federation Club United FC Assembly Parliament Congress Senate Cabinet Government Administration Authority Board Bureau Office ' +
  'Service Services Company Industries Airlines Airways Motors Energy Oil Petroleum Fund Foundation Trust Reserve Exchange Alliance ' +
  'Front Movement League Coalition Brigade Brigades Guard Police Times Post News Journal Press Herald Telegraph Tribune Gazette ' +
  'Television TV Radio Network Channel Broadcasting Agency Kremlin Pentagon NATO UN OPEC IMF WTO Secretariat Duma Knesset Bundestag'
).split(' ');

/** Titles and roles that precede a person's name. */
const TITLES = (
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Lady President Vice Prime Minister Secretary Chancellor King Queen Prince ' +
  'Princess Sheikh Emir Sultan Pope Cardinal Bishop Rev Rev. General Gen. Gen Colonel Col. Major Maj. Captain Capt. Lt. Sgt. Admiral ' +
  'Senator Sen. Rep. Representative Governor Gov. Mayor Ambassador Envoy Spokesman Spokeswoman Spokesperson Chairman Chairwoman ' +
  'Chief Director Commissioner Judge Justice Leader Deputy Foreign Defence Defense Interior Finance Adviser Advisor Aide Coach ' +
  'spokesman spokeswoman minister president secretary chairman adviser advisor envoy ambassador leader coach striker midfielder ' +
  'defender goalkeeper captain manager chief executive analyst economist said told'
).split(' ');

const OPENERS = (
  'besides despite meanwhile however although though whereas moreover furthermore nevertheless nonetheless instead ' +
  'still yet thus hence accordingly earlier later today yesterday tomorrow tonight asked speaking according following'
).split(' ');

/** Lower-cased token sequence -> bit set of the lists that hold it. */
const phrases = new Map<string, number>();
/**
 * The same phrases as a trie over tokens, which the matcher walks without building a
 * joined key per candidate length (most common words start some phrase or are one).
 */
interface TrieNode {
  /** The lists holding the phrase that ends here (0: only a prefix of longer ones). */
  bits: number;
  next: Map<string, TrieNode> | null;
}
const trie = new Map<string, TrieNode>();

function insert(toks: string[], cls: number): void {
  let level = trie;
  let node: TrieNode | undefined;
  for (let k = 0; k < toks.length; k++) {
    node = level.get(toks[k]);
    if (node === undefined) level.set(toks[k], (node = { bits: 0, next: null }));
    if (k + 1 < toks.length) level = node.next ??= new Map();
  }
  node!.bits |= 1 << cls;
}

/** A name of letters only is one token (test/ner.test.ts checks this over every list). */
const ONE_WORD = /^\p{L}+$/u;

/** A name's tokens in lower case, as the tokenizer makes them. */
export function nameTokens(name: string): string[] {
  // Most of the 21,000 names are one word: tokenizing each at start-up took a fifth of a second.
  return ONE_WORD.test(name) ? [name.toLowerCase()] : tokenize(name).map((t) => t.text.toLowerCase());
}

function addAll(joined: string[] | string, cls: number): void {
  const names = typeof joined === 'string' ? joined.split('|') : joined;
  for (const name of names) {
    const toks = nameTokens(name);
    if (toks.length === 0 || toks.length > 6) continue;
    const key = toks.join(' ');
    phrases.set(key, (phrases.get(key) ?? 0) | (1 << cls));
    insert(toks, cls);
  }
}
addAll(COUNTRIES, GAZ_COUNTRY);
addAll(CITIES, GAZ_CITY);
addAll(DEMONYMS, GAZ_DEMONYM);
addAll(FIRST_NAMES, GAZ_FIRST);
addAll(ORG_WORDS, GAZ_ORGWORD);
addAll(TITLES, GAZ_TITLE);
addAll(REGIONS, GAZ_REGION);
addAll(STOPWORDS, GAZ_STOP);
addAll(OPENERS, GAZ_STOP);
// Words of multi-word place names, each on its own.
for (const [key, bits] of [...phrases]) {
  if ((bits & ((1 << GAZ_COUNTRY) | (1 << GAZ_CITY) | (1 << GAZ_REGION))) === 0 || !key.includes(' ')) continue;
  for (const w of key.split(' ')) if (/^\p{L}{3,}$/u.test(w) && !STOPWORDS.includes(w)) addAll([w], GAZ_PLACE_PART);
}

let genders: Map<string, 'm' | 'f'> | null = null;

/**
 * 'm' or 'f' for a first name found on only one of the male and female name lists
 * (case-insensitive); undefined for names on both or on neither.
 */
export function firstNameGender(name: string): 'm' | 'f' | undefined {
  if (genders === null) {
    const g = new Map<string, 'm' | 'f'>();
    const both = new Set<string>();
    for (const [list, gender] of [[MALE_ONLY_FIRST_NAMES, 'm'], [FEMALE_ONLY_FIRST_NAMES, 'f']] as const) {
      for (const n of list.split('|')) {
        const key = n.toLowerCase();
        if (g.has(key) && g.get(key) !== gender) both.add(key);
        g.set(key, gender);
      }
    }
    for (const key of both) g.delete(key);
    genders = g;
  }
  return genders.get(name.toLowerCase());
}

/** The list memberships of a whole phrase (bit i set for list i), 0 when unknown. */
export function lookupPhrase(text: string): number {
  return phrases.get(tokenize(text).map((t) => t.text.toLowerCase()).join(' ')) ?? 0;
}

/**
 * Marks gazetteer matches over lower-cased tokens [from, to): for every list, the
 * token's place in the longest match (0 none, 1 begin, 2 inside, 3 last, 4 unit), packed
 * 3 bits per list into `out[i]`.
 */
export function markGazetteer(lower: string[], from: number, to: number, out: Uint32Array): void {
  for (let i = from; i < to; i++) out[i] = 0;
  for (let i = from; i < to; i++) {
    let node = trie.get(lower[i]);
    for (let len = 1; node !== undefined; len++) {
      const bits = node.bits;
      // Shorter matches first: a longer one overrides them for the same list.
      if (bits !== 0) markMatch(out, i, len, bits);
      if (node.next === null || i + len >= to) break;
      node = node.next.get(lower[i + len]);
    }
  }
}

/** Writes each token's place in the match of tokens [i, i + len) for every list in `bits`. */
function markMatch(out: Uint32Array, i: number, len: number, bits: number): void {
  for (let c = 0; c < GAZ_CLASSES; c++) {
    if ((bits & (1 << c)) === 0) continue;
    const shift = 3 * c;
    for (let k = 0; k < len; k++) {
      const pos = len === 1 ? 4 : k === 0 ? 1 : k === len - 1 ? 3 : 2;
      out[i + k] = (out[i + k] & ~(7 << shift)) | (pos << shift);
    }
  }
}
