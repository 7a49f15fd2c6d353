import type { Sentence, Token } from './token.js';
import { tokenize } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { sharedVocab, type FormIds, type Vocab } from './vocab.js';

/**
 * The parsed document every later stage reads, in the manner of spaCy's Doc: the text,
 * its tokens and sentences, and per-token annotation arrays that the models fill in.
 * Every annotation is an index or an offset into `text`; nothing is copied out of it.
 */
export interface Doc {
  text: string;
  tokens: Token[];
  /**
   * Each token's text in lower case, made once for every stage that looks words up:
   * one string per token, whose hash the engine computes once for all the lookups.
   */
  lower: string[];
  /** Each token's form id in a Vocab, for the stages' per-form tables. */
  forms: FormIds;
  sentences: Sentence[];
  /** Universal POS tag per token (filled by the tagger). */
  upos: string[];
  /** Penn Treebank tag per token (filled by the tagger). */
  xpos: string[];
  /**
   * The Penn tag the tagger nearly chose instead, per token ('' where the choice was
   * clear; filled by the tagger): the parser weighs it where a tag may be wrong.
   */
  xposAlt: string[];
  /** Head token index per token, -1 for a sentence root (filled by the parser). */
  heads: Int32Array;
  /** UD relation per token (filled by the parser). */
  deprels: string[];
  /** BIO entity tag per token, e.g. B-PER, I-ORG, O (filled by the named-entity tagger). */
  ner: string[];
  /** Index of the sentence each token belongs to. */
  sentenceOf: Int32Array;
}

/** Tokenizes and sentence-splits `text` into an unannotated Doc. */
export function makeDoc(text: string, vocab: Vocab = sharedVocab): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.tokenStart, s.tokenEnd));
  const n = tokens.length;
  const texts = new Array<string>(n);
  for (let i = 0; i < n; i++) texts[i] = tokens[i].text;
  const forms = vocab.idsOf(texts);
  const lower = new Array<string>(n);
  for (let i = 0; i < n; i++) lower[i] = vocab.lowerOf(forms.ids[i]);
  return {
    text,
    tokens,
    lower,
    forms,
    sentences,
    upos: new Array<string>(n).fill(''),
    xpos: new Array<string>(n).fill(''),
    xposAlt: new Array<string>(n).fill(''),
    heads: new Int32Array(n).fill(-1),
    deprels: new Array<string>(n).fill(''),
    ner: new Array<string>(n).fill('O'),
    sentenceOf,
  };
}
