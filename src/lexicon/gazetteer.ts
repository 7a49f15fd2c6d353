import { startsUpperOrDigit } from '../text/case.js';
import { countryForms } from './countries.js';
import { lookupCity } from './cities.js';
import { editDistance, typoBudget } from './edit.js';
import { groupEntries } from './groups.js';
import { igoEntries } from './igos.js';
import { foldToken, phraseKey } from './keys.js';
import { regionEntries } from './regions.js';
import { seatEntries } from './seats.js';
import type { GazEntry } from './types.js';

/**
 * One table of every phrase the gazetteer knows, keyed by folded token sequence, so a
 * document is matched with one Map probe per token (plus a few more where a token starts
 * a known phrase). Built once, on first use.
 */
interface Phrase {
  entry: GazEntry;
  /** Acronyms that are also words ("US", "WHO") match only as written. */
  exact?: string[];
}

/** The phrases as a trie over folded tokens, walked without building a key per length. */
interface TrieNode {
  phrase: Phrase | null;
  next: Map<string, TrieNode> | null;
}

interface Table {
  phrases: Map<string, Phrase>;
  trie: Map<string, TrieNode>;
  /** Folded last token -> multi-token phrases ending with it, for typo matching ("Saudia Arabia"). */
  lastToken: Map<string, Array<{ tokens: string[]; entry: GazEntry }>>;
  byId: Map<string, GazEntry>;
  /** Phrases that name more than one referent ("Brussels": the EU, and Belgium's capital): the later ones, in priority order. */
  alternates: Map<string, GazEntry[]>;
}

let table: Table | undefined;

const ACRONYM = /^[A-Z][A-Z0-9+]{1,5}$/;

function build(): Table {
  const phrases = new Map<string, Phrase>();
  const trie = new Map<string, TrieNode>();
  const lastToken = new Map<string, Array<{ tokens: string[]; entry: GazEntry }>>();
  const byId = new Map<string, GazEntry>();
  const alternates = new Map<string, GazEntry[]>();
  const capitalAt = (name: string, country: string): [number, number] | undefined => {
    const c = lookupCity(name, { country });
    return c && c.country === country ? [c.lat, c.lon] : undefined;
  };
  const forms = countryForms(capitalAt);
  // Order is priority: a seat or IGO name outranks a capital ("Brussels" is the EU), a
  // country name outranks a capital of the same spelling ("Mexico", "Singapore").
  const all = [...seatEntries(), ...igoEntries(), ...groupEntries(), ...forms.names, ...forms.demonyms, ...forms.capitals, ...regionEntries()];
  for (const [surface, entry] of all) {
    const key = phraseKey(surface);
    if (key.length === 0) continue;
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    const existing = phrases.get(key);
    const exact = ACRONYM.test(surface) ? surface : undefined;
    if (existing) {
      if (existing.entry === entry && exact && existing.exact) existing.exact.push(exact);
      else if (existing.entry !== entry) {
        const alts = alternates.get(key) ?? [];
        if (!alts.includes(entry)) alts.push(entry);
        alternates.set(key, alts);
      }
      continue;
    }
    const phrase: Phrase = exact ? { entry, exact: [exact] } : { entry };
    phrases.set(key, phrase);
    const tokens = key.split(' ');
    let level = trie;
    for (let k = 0; k < tokens.length; k++) {
      let node = level.get(tokens[k]);
      if (node === undefined) level.set(tokens[k], (node = { phrase: null, next: null }));
      if (k + 1 < tokens.length) level = node.next ??= new Map();
      else node.phrase = phrase;
    }
    if (tokens.length >= 2 && !exact) {
      const last = tokens[tokens.length - 1];
      let list = lastToken.get(last);
      if (!list) lastToken.set(last, (list = []));
      list.push({ tokens, entry });
    }
  }
  return { phrases, trie, lastToken, byId, alternates };
}

function getTable(): Table {
  table ??= build();
  return table;
}

/** A gazetteer hit: tokens [start, end) of the document name `entry`. */
export interface GazMatch {
  start: number;
  end: number;
  entry: GazEntry;
  /** True when found through a typo ("Saudia Arabia"). */
  fuzzy: boolean;
}

/** Looks up one phrase ("the Kremlin" will not match; "Kremlin" will). */
export function lookupPhrase(phrase: string): GazEntry | undefined {
  return getTable().phrases.get(phraseKey(phrase))?.entry;
}

export function entryById(id: string): GazEntry | undefined {
  return getTable().byId.get(id);
}

/** The other referents a matched phrase can name, after the one it was matched to ("Brussels": Belgium's capital after the EU). */
export function alternateEntries(folded: readonly string[], m: GazMatch): readonly GazEntry[] {
  if (m.fuzzy) return [];
  const key = m.end - m.start === 1 ? folded[m.start] : folded.slice(m.start, m.end).join(' ');
  return getTable().alternates.get(key) ?? [];
}

const LOWER_WORD = /^\p{Ll}{4,}$/u;

/** Names are written capitalised; a capitalised first word and no long lower-case word. */
function looksLikeName(texts: readonly string[], start: number, end: number): boolean {
  if (!startsUpperOrDigit(texts[start])) return false;
  for (let k = start + 1; k < end; k++) if (LOWER_WORD.test(texts[k])) return false;
  return true;
}

export interface MatchInput {
  /** Token texts as written. */
  texts: readonly string[];
  /** Token texts folded with foldToken. */
  folded: readonly string[];
  /** Sentence index per token: a phrase never crosses a sentence boundary. */
  sentenceOf: ArrayLike<number>;
  /** The document is written in capitals: case tells nothing, and short acronyms that are words are skipped. */
  allCaps: boolean;
}

/** Finds every gazetteer phrase in a token sequence, longest first, left to right. */
export function matchGazetteer(input: MatchInput): GazMatch[] {
  const { texts, folded, sentenceOf, allCaps } = input;
  const t = getTable();
  const out: GazMatch[] = [];
  const n = folded.length;
  // The phrases starting at a token, by length (index len), from the trie walk.
  const found: Array<Phrase | null> = [];
  for (let i = 0; i < n; ) {
    let longest = 0;
    let node = t.trie.get(folded[i]);
    for (let len = 1; node !== undefined; len++) {
      found[len] = node.phrase;
      if (node.phrase) longest = len;
      // A phrase never crosses a sentence boundary.
      if (node.next === null || i + len >= n || sentenceOf[i + len] !== sentenceOf[i]) break;
      node = node.next.get(folded[i + len]);
    }
    let matched = 0;
    if (longest > 0) {
      for (let len = longest; len >= 1; len--) {
        const phrase = found[len];
        if (!phrase) continue;
        if (phrase.exact) {
          if (allCaps && texts[i].length <= 3 && !texts[i].includes('.')) continue;
          if (len === 1 && !phrase.exact.includes(texts[i])) continue;
        } else if (!allCaps && !looksLikeName(texts, i, i + len)) continue;
        out.push({ start: i, end: i + len, entry: phrase.entry, fuzzy: false });
        matched = len;
        break;
      }
    }
    if (matched === 0 && !allCaps) {
      const fuzzy = fuzzyAt(t, texts, folded, sentenceOf, i);
      if (fuzzy) {
        out.push(fuzzy);
        matched = fuzzy.end - fuzzy.start;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return out;
}

/**
 * A multi-token name with one typo in a word other than its last ("Saudia Arabia"): tried
 * only where the next tokens end in a known last word, so it costs a probe per token.
 */
function fuzzyAt(t: Table, texts: readonly string[], folded: readonly string[], sentenceOf: ArrayLike<number>, i: number): GazMatch | null {
  if (!startsUpperOrDigit(texts[i])) return null;
  for (let len = 2; len <= 4 && i + len <= folded.length; len++) {
    const last = i + len - 1;
    if (sentenceOf[last] !== sentenceOf[i]) break;
    const candidates = t.lastToken.get(folded[last]);
    if (!candidates) continue;
    for (const c of candidates) {
      if (c.tokens.length !== len) continue;
      let edits = 0;
      for (let k = 0; k < len - 1 && edits <= 1; k++) {
        const a = folded[i + k];
        const b = c.tokens[k];
        if (a === b) continue;
        const budget = Math.min(1, typoBudget(Math.min(a.length, b.length)));
        if (budget === 0 || a[0] !== b[0]) { edits = 2; break; }
        edits += editDistance(a, b, budget);
      }
      if (edits === 1 && looksLikeName(texts, i, i + len)) return { start: i, end: i + len, entry: c.entry, fuzzy: true };
    }
  }
  return null;
}

export { foldToken };
