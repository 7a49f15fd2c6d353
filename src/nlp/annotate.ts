import type { Doc } from '../text/doc.js';
import { hashString } from '../ml/hash.js';
import type { Tagger } from './tagger.js';
import { altTagHash, parserTag, type Parser } from './parser.js';

/**
 * Applying the tagger and the parser to a tokenized Doc, sentence by sentence. Work
 * arrays are kept between calls, so annotating many documents allocates little.
 */

export class DocTagger {
  private forms: string[] = [];
  private xpos = new Int32Array(256);
  private upos = new Int32Array(256);
  private alt = new Int32Array(256);
  constructor(readonly tagger: Tagger) {}

  annotate(doc: Doc): void {
    const { xposTags, uposTags } = this.tagger.model;
    for (const s of doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      if (n > this.xpos.length) {
        this.xpos = new Int32Array(n * 2);
        this.upos = new Int32Array(n * 2);
        this.alt = new Int32Array(n * 2);
      }
      const forms = this.forms;
      forms.length = n;
      for (let i = 0; i < n; i++) forms[i] = doc.tokens[s.tokenStart + i].text;
      this.tagger.tagInto(forms, n, this.xpos, this.upos, doc.forms, s.tokenStart, this.alt);
      for (let i = 0; i < n; i++) {
        doc.xpos[s.tokenStart + i] = xposTags[this.xpos[i]];
        doc.upos[s.tokenStart + i] = uposTags[this.upos[i]];
        doc.xposAlt[s.tokenStart + i] = this.alt[i] < 0 ? '' : xposTags[this.alt[i]];
      }
    }
  }
}

export class DocParser {
  private forms: string[] = [];
  private tags = new Uint32Array(256);
  private alts = new Int32Array(256);
  private heads = new Int32Array(256);
  private labels = new Int32Array(256);
  /** Hash of the parser's tag, by XPOS then UPOS (no string built per token). */
  private readonly tagHashes = new Map<string, Map<string, number>>();
  constructor(readonly parser: Parser) {}

  private tagHash(xpos: string, upos: string): number {
    let byUpos = this.tagHashes.get(xpos);
    if (byUpos === undefined) this.tagHashes.set(xpos, (byUpos = new Map()));
    let h = byUpos.get(upos);
    if (h === undefined) byUpos.set(upos, (h = hashString(parserTag(this.parser.model, xpos, upos))));
    return h;
  }

  private readonly altHashes = new Map<string, number>();
  private altHash(tag: string): number {
    let h = this.altHashes.get(tag);
    if (h === undefined) this.altHashes.set(tag, (h = altTagHash(tag)));
    return h;
  }

  /** Needs doc.xpos, doc.upos and doc.xposAlt filled (by the tagger). */
  annotate(doc: Doc): void {
    const labelNames = this.parser.model.labels;
    for (const s of doc.sentences) {
      const n = s.tokenEnd - s.tokenStart;
      if (n > this.heads.length) {
        this.tags = new Uint32Array(n * 2);
        this.alts = new Int32Array(n * 2);
        this.heads = new Int32Array(n * 2);
        this.labels = new Int32Array(n * 2);
      }
      const forms = this.forms;
      forms.length = n;
      for (let i = 0; i < n; i++) {
        forms[i] = doc.tokens[s.tokenStart + i].text;
        this.tags[i] = this.tagHash(doc.xpos[s.tokenStart + i], doc.upos[s.tokenStart + i]);
        this.alts[i] = this.altHash(doc.xposAlt[s.tokenStart + i]);
      }
      this.parser.parseInto(forms, this.tags, n, this.heads, this.labels, doc.forms, s.tokenStart, this.alts);
      for (let i = 0; i < n; i++) {
        const k = s.tokenStart + i;
        doc.heads[k] = this.heads[i] < 0 ? -1 : s.tokenStart + this.heads[i];
        doc.deprels[k] = labelNames[this.labels[i]];
      }
    }
  }
}
