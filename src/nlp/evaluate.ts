import { hashString } from '../ml/hash.js';
import type { ConlluSentence } from './conllu.js';
import type { Tagger } from './tagger.js';
import { altTagHash, parserTag, type Parser } from './parser.js';

export interface SyntaxScores {
  words: number;
  upos?: number;
  xpos?: number;
  uas?: number;
  las?: number;
  /** LAS counting only the universal part of each relation (nsubj:pass as nsubj), as CoNLL 2018 did. */
  lasUniversal?: number;
}

/**
 * Scores a tagger and/or a parser on gold-tokenized sentences, in percent. The parser
 * reads the tagger's predicted tags when there is a tagger, else the gold ones.
 * Punctuation counts, as in the CoNLL 2018 shared task.
 */
export function evaluateSyntax(sentences: ConlluSentence[], tagger?: Tagger, parser?: Parser): SyntaxScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let uas = 0;
  let las = 0;
  let lasU = 0;
  const base = (l: string): string => l.split(':')[0];
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    let tags = s.words.map((w) => w.xpos);
    let utags = s.words.map((w) => w.upos);
    let alts: string[] | undefined;
    words += forms.length;
    if (tagger) {
      const t = tagger.tag(forms);
      s.words.forEach((w, i) => {
        if (t.upos[i] === w.upos) upos++;
        if (t.xpos[i] === w.xpos) xpos++;
      });
      tags = t.xpos;
      utags = t.upos;
      alts = t.alt;
    }
    if (parser) {
      const n = forms.length;
      const heads = new Int32Array(n);
      const labels = new Int32Array(n);
      parser.parseInto(forms, Uint32Array.from(tags, (t, i) => hashString(parserTag(parser.model, t, utags[i]))), n, heads, labels, undefined, 0, alts ? Int32Array.from(alts, altTagHash) : undefined);
      s.words.forEach((w, i) => {
        if (heads[i] !== w.head) return;
        uas++;
        const label = parser.model.labels[labels[i]];
        if (label === w.deprel) las++;
        if (base(label) === base(w.deprel)) lasU++;
      });
    }
  }
  const pct = (k: number): number => Math.round((10000 * k) / Math.max(1, words)) / 100;
  return {
    words,
    ...(tagger ? { upos: pct(upos), xpos: pct(xpos) } : {}),
    ...(parser ? { uas: pct(uas), las: pct(las), lasUniversal: pct(lasU) } : {}),
  };
}
