import { tokenize } from '../text/tokenize.js';
import type { ConllDocument } from './conll.js';
import { bilouOfSpans, ENTITY_TYPES, N_CLASSES, spansOfClasses, type TagSpan } from './entity-tags.js';
import type { NerInput } from './ner-features.js';
import { NerTagger } from './ner.js';
import { Perceptron } from '../ml/perceptron.js';
import { seededRandom } from './random.js';

/**
 * Training and evaluation of the named-entity tagger on CoNLL-style documents. The
 * gold tokens are re-cut with Parley's own tokenizer first ("Anglo-Dutch" becomes
 * Anglo - Dutch, tags carried over), so the tagger learns on the tokens it will see.
 */

export interface NerExample {
  input: NerInput;
  gold: Uint8Array;
  spans: TagSpan[];
}

/** Re-tokenizes one CoNLL document into a tagger example. */
export function exampleOf(doc: ConllDocument): NerExample {
  const words: string[] = [];
  const sentences: Array<{ tokenStart: number; tokenEnd: number }> = [];
  const spans: TagSpan[] = [];
  for (const s of doc.sentences) {
    const base = words.length;
    let text = '';
    const starts: number[] = [];
    s.tokens.forEach((t, k) => {
      if (k > 0) text += ' ';
      starts.push(text.length);
      text += t;
    });
    // first[k]: index of the first sub-token of CoNLL token k; first[n] = end.
    const first = new Array<number>(s.tokens.length + 1).fill(-1);
    let k = 0;
    for (const tok of tokenize(text)) {
      while (k + 1 < starts.length && tok.start >= starts[k + 1]) k++;
      if (first[k] < 0) first[k] = words.length;
      words.push(tok.text);
    }
    first[s.tokens.length] = words.length;
    for (let j = s.tokens.length - 1; j >= 0; j--) if (first[j] < 0) first[j] = first[j + 1];
    for (const sp of s.spans) spans.push({ start: first[sp.start], end: first[sp.end], type: sp.type });
    sentences.push({ tokenStart: base, tokenEnd: words.length });
  }
  return { input: { words, sentences }, gold: bilouOfSpans(spans, words.length), spans };
}


export interface TrainOptions {
  epochs: number;
  /** Hash table size, 2^bits rows. */
  bits?: number;
  seed?: number;
  /** Called after each epoch with the share of tokens tagged wrong during it. */
  onEpoch?: (epoch: number, errorRate: number) => void;
}

export function trainNer(examples: NerExample[], opts: TrainOptions, tagger = new NerTagger(new Perceptron(N_CLASSES, opts.bits ?? 18))): NerTagger {
  const next = seededRandom(opts.seed ?? 1);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    let wrong = 0;
    let total = 0;
    for (const ex of examples) total += ex.gold.length;
    for (const i of order) wrong += tagger.train(examples[i].input, examples[i].gold);
    opts.onEpoch?.(epoch + 1, total > 0 ? wrong / total : 0);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  tagger.perceptron.average();
  return tagger;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export type NerScores = Record<(typeof ENTITY_TYPES)[number] | 'micro', Prf>;

function prf(correct: number, predicted: number, gold: number): Prf {
  const precision = predicted > 0 ? correct / predicted : 0;
  const recall = gold > 0 ? correct / gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Exact-span precision, recall and F1 per type and micro-averaged over the four types. */
export function evaluateNer(tagger: NerTagger, examples: NerExample[]): NerScores {
  const counts = new Map<string, { c: number; p: number; g: number }>();
  for (const t of [...ENTITY_TYPES, 'micro']) counts.set(t, { c: 0, p: 0, g: 0 });
  for (const ex of examples) {
    const pred = spansOfClasses(tagger.tag(ex.input), 0, ex.gold.length);
    const goldKeys = new Set(ex.spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of ex.spans) {
      counts.get(s.type)!.g++;
      counts.get('micro')!.g++;
    }
    for (const s of pred) {
      const hit = goldKeys.has(`${s.start}:${s.end}:${s.type}`) ? 1 : 0;
      for (const k of [s.type, 'micro']) {
        const x = counts.get(k)!;
        x.p++;
        x.c += hit;
      }
    }
  }
  const out = {} as NerScores;
  for (const [k, x] of counts) out[k as keyof NerScores] = prf(x.c, x.p, x.g);
  return out;
}
