import { Perceptron } from '../ml/perceptron.js';
import { foldWord } from './word-features.js';
import { seededRandom, shuffle } from './random.js';
import { Tagger, type TaggedSentence, type TrainedTaggerModel } from './tagger.js';

/**
 * Training the part-of-speech tagger: the averaged perceptrons (online, shuffled each
 * epoch, UPOS learnt on the XPOS the tagger itself chose) and the lexical tables read
 * from the training data: the tag dictionary, the ambiguity classes, the UPOS each XPOS
 * allows.
 */

export interface TrainTaggerOptions {
  epochs?: number;
  bits?: number;
  seed?: number;
  /** Word classes (folded form -> class) the tagger reads as features. */
  clusters?: Map<string, number>;
  /** Read the next words' tag sets (TaggerModel.lookahead). */
  lookahead?: boolean;
  log?: (line: string) => void;
}

/** Trains a tagger on sentences with gold XPOS and UPOS. */
export function trainTagger(sentences: TaggedSentence[], opts: TrainTaggerOptions = {}): TrainedTaggerModel {
  const epochs = opts.epochs ?? 6;
  const bits = opts.bits ?? 18;
  const random = seededRandom(opts.seed ?? 1);
  const xposTags = [...new Set(sentences.flatMap((s) => s.xpos))].sort();
  const uposTags = [...new Set(sentences.flatMap((s) => s.upos))].sort();
  if (uposTags.length > 255) throw new Error('too many UPOS tags');
  const xIndex = new Map(xposTags.map((t, k) => [t, k]));
  const uIndex = new Map(uposTags.map((t, k) => [t, k]));
  const model: TrainedTaggerModel = {
    xposTags,
    uposTags,
    xpos: new Perceptron(xposTags.length, bits),
    upos: new Perceptron(uposTags.length, bits),
    dictionary: new Map(),
    ambiguity: new Map(),
    uposOf: [],
    ...(opts.clusters ? { clusters: opts.clusters } : {}),
    ...(opts.lookahead ? { lookahead: true } : {}),
  };
  // The lexical tables come first: a tagger that looks ahead reads them while it learns.
  model.dictionary = buildDictionary(sentences, xIndex, uIndex);
  model.ambiguity = buildAmbiguity(sentences, xIndex, uIndex, model.dictionary);
  model.uposOf = buildUposOf(sentences, xIndex, uIndex, xposTags.length);
  const tagger = new Tagger(model);
  const order = sentences.slice();
  const gold = new Map<TaggedSentence, [Int32Array, Int32Array]>();
  for (const s of sentences) gold.set(s, [Int32Array.from(s.xpos, (t) => xIndex.get(t)!), Int32Array.from(s.upos, (t) => uIndex.get(t)!)]);
  let xpos = new Int32Array(256);
  let upos = new Int32Array(256);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let xErr = 0;
    let uErr = 0;
    let total = 0;
    for (const s of order) {
      if (s.forms.length > xpos.length) {
        xpos = new Int32Array(s.forms.length * 2);
        upos = new Int32Array(s.forms.length * 2);
      }
      const [xg, ug] = gold.get(s)!;
      const [a, b] = tagger.trainSentence(s, xg, ug, xpos, upos, model.xpos, model.upos);
      xErr += a;
      uErr += b;
      total += s.forms.length;
    }
    opts.log?.(`epoch ${epoch}: train XPOS ${(100 * (1 - xErr / total)).toFixed(2)}%, UPOS ${(100 * (1 - uErr / total)).toFixed(2)}%`);
  }
  model.xpos.average();
  model.upos.average();
  return model;
}

/** Words seen at least 20 times with one tag pair at least 97% of the time. */
function buildDictionary(sentences: TaggedSentence[], xIndex: Map<string, number>, uIndex: Map<string, number>): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const key = foldWord(form);
      const pair = xIndex.get(s.xpos[i])! * 256 + uIndex.get(s.upos[i])!;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(pair, (m.get(pair) ?? 0) + 1);
    });
  }
  const dict = new Map<string, number>();
  for (const [word, m] of counts) {
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (const [pair, c] of m) {
      total += c;
      if (c > bestCount) {
        bestCount = c;
        best = pair;
      }
    }
    if (total >= 20 && bestCount / total >= 0.97) dict.set(word, best);
  }
  return dict;
}

/** Words seen this often get their XPOS chosen among the tags seen with them. */
const AMBIGUITY_MIN_COUNT = 5;

/** The tag pairs seen with each frequent word outside the dictionary (its ambiguity class). */
function buildAmbiguity(sentences: TaggedSentence[], xIndex: Map<string, number>, uIndex: Map<string, number>, dictionary: Map<string, number>): Map<string, Int32Array> {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    s.forms.forEach((form, i) => {
      const key = foldWord(form);
      if (dictionary.has(key)) return;
      const pair = xIndex.get(s.xpos[i])! * 256 + uIndex.get(s.upos[i])!;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(pair, (m.get(pair) ?? 0) + 1);
    });
  }
  const out = new Map<string, Int32Array>();
  for (const [word, m] of counts) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total >= AMBIGUITY_MIN_COUNT) out.set(word, Int32Array.from([...m.keys()].sort((a, b) => a - b)));
  }
  return out;
}

/** The UPOS seen at least twice with each XPOS (the most frequent first). */
function buildUposOf(sentences: TaggedSentence[], xIndex: Map<string, number>, uIndex: Map<string, number>, nx: number): Int32Array[] {
  const counts = Array.from({ length: nx }, () => new Map<number, number>());
  for (const s of sentences) {
    s.xpos.forEach((t, i) => {
      const m = counts[xIndex.get(t)!];
      const u = uIndex.get(s.upos[i])!;
      m.set(u, (m.get(u) ?? 0) + 1);
    });
  }
  return counts.map((m) => {
    const seen = [...m].sort((a, b) => b[1] - a[1]);
    const kept = seen.filter(([, c]) => c >= 2);
    return Int32Array.from((kept.length > 0 ? kept : seen).map(([u]) => u));
  });
}

/** Packs a tagger into a model bundle (labels carry the tag lists and the dictionary). */
