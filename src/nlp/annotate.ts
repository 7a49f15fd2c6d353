import type { Doc } from '../text/doc.js';
import { hashString } from '../ml/hash.js';
import type { Tagger } from './tagger.js';
import type { Parser } from './parser.js';

/**
 * Applying the tagger and the parser to a tokenized Doc, sentence by sentence. Work
 * arrays are kept between calls, so annotating many documents allocates little.
 */

export class DocTagger {
  private forms: string[] = [];
  private xpos = new Int32Array(256);
  private upos = new Int32Array(256);
  constructor(readonly tagger: Tagger) {}

  annotate(doc: Doc): void {
    const { xposTags, uposTags } = this.tagger.model;
    for (const s of doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      if (n > this.xpos.length) {
        this.xpos = new Int32Array(n * 2);
        this.upos = new Int32Array(n * 2);
      }
      const forms = this.forms;
      forms.length = n;
      for (let i = 0; i < n; i++) forms[i] = doc.tokens[s.tokenStart + i].text;
      this.tagger.tagInto(forms, n, this.xpos, this.upos, doc.forms, s.tokenStart);
      for (let i = 0; i < n; i++) {
        doc.xpos[s.tokenStart + i] = xposTags[this.xpos[i]];
        doc.upos[s.tokenStart + i] = uposTags[this.upos[i]];
      }
    }
  }
}

export class DocParser {
  private forms: string[] = [];
  private tags = new Uint32Array(256);
  private heads = new Int32Array(256);
  private labels = new Int32Array(256);
  private readonly tagHashes = new Map<string, number>();
  constructor(readonly parser: Parser) {}

  /** Needs doc.xpos filled (by the tagger). */
  annotate(doc: Doc): void {
    const labelNames = this.parser.model.labels;
    for (const s of doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      if (n > this.heads.length) {
        this.tags = new Uint32Array(n * 2);
        this.heads = new Int32Array(n * 2);
        this.labels = new Int32Array(n * 2);
      }
      const forms = this.forms;
      forms.length = n;
      for (let i = 0; i < n; i++) {
        forms[i] = doc.tokens[s.tokenStart + i].text;
        const tag = doc.xpos[s.tokenStart + i];
        let h = this.tagHashes.get(tag);
        if (h === undefined) this.tagHashes.set(tag, (h = hashString(tag)));
        this.tags[i] = h;
      }
      this.parser.parseInto(forms, this.tags, n, this.heads, this.labels, doc.forms, s.tokenStart);
      for (let i = 0; i < n; i++) {
        const k = s.tokenStart + i;
        doc.heads[k] = this.heads[i] < 0 ? -1 : s.tokenStart + this.heads[i];
        doc.deprels[k] = labelNames[this.labels[i]];
      }
    }
  }
}
