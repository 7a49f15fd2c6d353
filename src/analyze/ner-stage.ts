import type { Doc } from '../text/doc.js';
import { bioOfSpans, spansOfClasses } from '../nlp/entity-tags.js';
import type { NerTagger } from '../nlp/ner.js';
import type { DocStage } from './pipeline.js';

/** The named-entity stage: fills doc.ner with BIO tags ('B-PER', 'I-PER', 'O', ...). */
export function nerStage(tagger: NerTagger): DocStage {
  return {
    name: 'ner',
    annotate(doc: Doc): void {
      const n = doc.tokens.length;
      const words = new Array<string>(n);
      for (let i = 0; i < n; i++) words[i] = doc.tokens[i].text;
      const classes = tagger.tag({ words, sentences: doc.sentences, forms: doc.forms });
      doc.ner = bioOfSpans(spansOfClasses(classes, 0, n), n);
    },
  };
}
