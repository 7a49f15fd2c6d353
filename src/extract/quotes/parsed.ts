import type { Doc } from '../../text/doc.js';
import type { TokRange } from './speaker.js';
import { npLeftOf } from './speaker.js';
import { TIME_WORDS } from './words.js';

/**
 * Reading the dependency parse for attribution: which token is the active subject of
 * each verb, and the verb that governs a quotation. Built once per document (linear);
 * every query is bounded by the sentence, so the extractor stays linear-time. With no
 * parse (deprels empty) every query answers "nothing", and the token rules decide alone.
 */
const RELATIVE = new Set(['who', 'that', 'which']);
const WINDOW = 120;

export class ParseView {
  /** Per token: its active nominal subject child (nsubj, not nsubj:pass), or -1. */
  private readonly subj: Int32Array;
  /**
   * Per conjunct verb: the nearest earlier conjunct of the same head that has a subject of
   * its own, or -1. UD hangs every conjunct from the first, so in "He pledged …, and he
   * pledged … and said …" the head of "said" is the first "pledged"; its subject is the
   * second "he".
   */
  private readonly conjSubjectSibling: Int32Array;
  readonly present: boolean;

  constructor(private readonly doc: Doc) {
    const n = doc.tokens.length;
    this.subj = new Int32Array(n).fill(-1);
    let present = false;
    for (let j = 0; j < n; j++) {
      const rel = doc.deprels[j];
      if (rel !== '') present = true;
      const h = doc.heads[j];
      if (h < 0 || h >= n) continue;
      // A day name parsed as a subject ("Trump on Friday described …" as "Friday described") is not one.
      if ((rel === 'nsubj' || rel === 'csubj') && this.subj[h] < 0 && !TIME_WORDS.has(doc.lower[j])) this.subj[h] = j;
    }
    this.present = present;
    this.conjSubjectSibling = new Int32Array(n).fill(-1);
    const lastWithSubject = new Map<number, number>();
    for (let j = 0; j < n; j++) {
      if (doc.deprels[j] !== 'conj') continue;
      const h = doc.heads[j];
      const sib = lastWithSubject.get(h);
      if (sib !== undefined) this.conjSubjectSibling[j] = sib;
      if (this.subj[j] >= 0 && this.isVerb(j)) lastWithSubject.set(h, j);
    }
  }

  isVerb(i: number): boolean {
    const u = this.doc.upos[i];
    return u === 'VERB' || (u === 'AUX' && this.doc.deprels[i] === 'root');
  }

  subjectOf(i: number): number {
    return this.subj[i];
  }

  /**
   * From token i, climb heads within [s, e) to the first verb with an active subject
   * (a participle "…, calling him a “loser”" reaches the main verb). Returns the verb
   * and its subject token, or null.
   */
  climbToSubject(i: number, s: number, e: number, maxSteps = 6): { verb: number; subj: number } | null {
    let h = i;
    for (let step = 0; step < maxSteps && h >= s && h < e; step++) {
      if (this.subj[h] >= 0 && this.isVerb(h)) return { verb: h, subj: this.subj[h] };
      const sib = this.conjSubjectSibling[h];
      if (sib >= s && sib < e) return { verb: sib, subj: this.subj[sib] };
      const next = this.doc.heads[h];
      if (next < 0 || next === h) return null;
      h = next;
    }
    return null;
  }

  /**
   * Like climbToSubject, but keeps climbing: when a verb further up with a subject is one
   * `prefer` accepts (a cue word), that one wins ("McConnell said Trump looks like he'll
   * be “very competitive”": said, not looks). Falls back to the nearest verb with a subject.
   */
  climbToPreferred(i: number, s: number, e: number, prefer: (verb: number) => boolean, maxSteps = 10): { verb: number; subj: number } | null {
    let nearest: { verb: number; subj: number } | null = null;
    let h = i;
    for (let step = 0; step < maxSteps && h >= s && h < e; step++) {
      const sib = this.subj[h] >= 0 && this.isVerb(h) ? h : this.conjSubjectSibling[h];
      if (sib >= s && sib < e) {
        const found = { verb: sib, subj: this.subj[sib] };
        if (prefer(sib)) return found;
        nearest ??= found;
      }
      const next = this.doc.heads[h];
      if (next < 0 || next === h) break;
      h = next;
    }
    return nearest;
  }

  /** The contiguous extent of the subtree of `root` within [s, e) (bounded walk). */
  subtree(root: number, s: number, e: number): TokRange {
    let a = root;
    let b = root + 1;
    // A window around the root keeps the cost bounded on run-on "sentences" (linear overall).
    for (let j = Math.max(s, root - WINDOW), to = Math.min(e, root + WINDOW); j < to; j++) {
      let h = j;
      for (let guard = 0; guard < 40 && h >= 0 && h !== root; guard++) h = this.doc.heads[h];
      if (h === root) {
        if (j < a) a = j;
        if (j + 1 > b) b = j + 1;
      }
    }
    return { a, b };
  }

  /**
   * "Cruz, who dubbed him …": the noun phrase a relative pronoun stands for (the noun its
   * clause modifies), or null. The pronoun stays the speaker's words in this attribution.
   */
  antecedent(rel: number): TokRange | null {
    if (!RELATIVE.has(this.doc.lower[rel])) return null;
    let verb = this.doc.heads[rel];
    if (verb >= 0 && this.doc.deprels[verb] !== 'acl:relcl') verb = this.doc.heads[verb];
    if (verb < 0 || this.doc.deprels[verb] !== 'acl:relcl') return null;
    const noun = this.doc.heads[verb];
    if (noun < 0 || noun >= rel) return null;
    const s = this.doc.sentences[this.doc.sentenceOf[rel]].tokenStart;
    return npLeftOf(this.doc, noun + 1, s) ?? { a: noun, b: noun + 1 };
  }

  /** The words naming the subject `subj`: its subtree, or its head noun phrase when that is long. */
  subjectWords(subj: number, s: number, e: number): TokRange | null {
    const r = this.subtree(subj, s, e);
    if (r.b - r.a <= 12) {
      // Leading punctuation or conjunctions are not part of the name.
      let a = r.a;
      let b = r.b;
      while (a < b && /^[,;:—–-]$|^(and|but|so)$/iu.test(this.doc.tokens[a].text)) a++;
      // Nor is the comma closing an apposition ("Mike Pence, Trump's running mate,").
      while (b > a && /^[,;:—–-]$/u.test(this.doc.tokens[b - 1].text)) b--;
      return a < b ? { a, b } : null;
    }
    return npLeftOf(this.doc, subj + 1, s);
  }
}
