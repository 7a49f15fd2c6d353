import { bioOfSpans, spansOfTags, type TagSpan } from './entity-tags.js';

/**
 * A pure reader for CoNLL-2003 named-entity files: one token a line, the token first and
 * the entity tag last (so four-column and two-column files both read), blank lines end
 * sentences, CRLF or LF. -DOCSTART- lines start documents; tokens before the first one
 * form a document of their own (the English train file opens without one). Tags may be
 * IOB1 (as in the original files), BIO or BILOU/IOBES; they come out as spans and BIO.
 */

export interface ConllSentence {
  tokens: string[];
  /** BIO tags ('B-PER', 'I-PER', 'O'). */
  tags: string[];
  spans: TagSpan[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export function parseConll(src: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let tokens: string[] = [];
  let raw: string[] = [];
  const endSentence = (): void => {
    if (tokens.length === 0) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    const spans = spansOfTags(raw);
    doc.sentences.push({ tokens, tags: bioOfSpans(spans, tokens.length), spans });
    tokens = [];
    raw = [];
  };
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(/\s+/u);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    const tag = cols.length > 1 ? cols[cols.length - 1] : 'O';
    if (!/^(?:O|[BIELSU]-\S+)$/u.test(tag)) throw new Error(`line ${i + 1}: bad entity tag ${JSON.stringify(tag)}`);
    tokens.push(cols[0]);
    raw.push(tag);
  }
  endSentence();
  return docs.filter((d) => d.sentences.length > 0);
}
