import type { Doc } from '../../text/doc.js';
import { partitionPoint, type Span } from '../../text/span.js';
import type { Entity, EntityType, Mention } from '../types.js';
import type { TokRange } from './speaker.js';
import { firstNameGender } from '../../nlp/gazetteer/index.js';
import { SUBJECT_PRONOUNS, isPossessiveMark } from './words.js';

/**
 * What the analysis has said about entities so far, indexed by position for the speaker
 * resolver (resolve.ts): every entity mention in text order, the mention overlapping some
 * words, the latest one before a position, the person a title was given to, and a
 * person's gender where the text shows it. Mentions the resolver finds (a pronoun, a title,
 * a name the entity tagger missed) are added as it goes, so later lookups see them.
 */

interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  /**
   * The words byTitle searches for this mention (the entity's titles and the words before it
   * in its sentence), made on first use: one article's lookups may each read hundreds.
   */
  titleWords?: string;
}

export class MentionIndex {
  private readonly mentions: IndexedMention[] = [];
  private sorted = true;
  /** Genders found so far, by entity id (genderOf). */
  private readonly genders = new Map<string, 'm' | 'f'>();
  /** Entities whose mentions, all read, showed no gender. */
  private readonly genderless = new Set<string>();

  constructor(private readonly doc: Doc, entities: Entity[]) {
    for (const e of entities) for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, entity: e });
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** Indexes every mention of an entity made after construction. */
  addEntity(entity: Entity): void {
    for (const m of entity.mentions) this.mentions.push({ start: m.start, end: m.end, entity });
    this.sorted = false;
  }

  private ensureSorted(): void {
    if (!this.sorted) {
      this.mentions.sort((a, b) => a.start - b.start);
      this.sorted = true;
    }
  }

  /** Index of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    this.ensureSorted();
    return partitionPoint(this.mentions.length, (k) => this.mentions[k].start < pos);
  }

  /**
   * The entity whose mention overlaps the span; a PERSON preferred, then a mention that is
   * no possessive ("Russia's Lavrov": Lavrov, whatever type the tagger gave him), then the
   * rightmost (the head).
   */
  overlapping(span: Span): Entity | null {
    let best: IndexedMention | null = null;
    let bestOwner = false;
    // Mentions are short; look back a little for ones that start before the span.
    for (let k = Math.max(0, this.lowerBound(span.start) - 8); k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= span.end) break;
      if (m.end <= span.start) continue;
      const after = m.end < span.end ? this.tokenAfter(m.end) : -1;
      const owner = after >= 0 && isPossessiveMark(this.doc.tokens[after].text);
      const person = m.entity.type === 'PERSON';
      const bestPerson = best?.entity.type === 'PERSON';
      if (!best || person > bestPerson || (person === bestPerson && (bestOwner > owner || (owner === bestOwner && m.entity.type === best.entity.type && m.end > best.end)))) {
        best = m;
        bestOwner = owner;
      }
    }
    return best ? best.entity : null;
  }

  /**
   * The entity named in the head part of speaker words (see headPart), a PERSON and the
   * rightmost preferred; never a possessive ("Russia's foreign minister, Sergei Lavrov" has
   * no head entity, so the name in apposition is taken).
   */
  entityInHead(head: TokRange): Entity | null {
    const { tokens } = this.doc;
    const start = tokens[head.a].start;
    const end = tokens[head.b - 1].end;
    let best: IndexedMention | null = null;
    for (let k = Math.max(0, this.lowerBound(start) - 8); k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m.start >= end) break;
      if (m.end <= start) continue;
      const after = this.tokenAfter(m.end);
      if (after >= 0 && after < head.b && isPossessiveMark(tokens[after].text)) continue;
      if (!best || (m.entity.type === 'PERSON') > (best.entity.type === 'PERSON') || (m.entity.type === best.entity.type && m.end > best.end)) best = m;
    }
    return best ? best.entity : null;
  }

  /** Index of the first token starting at or after character `pos` (-1 past the end). */
  private tokenAfter(pos: number): number {
    const { tokens } = this.doc;
    const k = partitionPoint(tokens.length, (i) => tokens[i].start < pos);
    return k < tokens.length ? k : -1;
  }

  /** The latest entity mention before `pos` of the given types (and fitting `fits`), within `window` characters. */
  latestBefore(pos: number, types: EntityType[], window = 3000, fits: (e: Entity) => boolean = () => true): Entity | null {
    for (let k = this.lowerBound(pos) - 1; k >= 0; k--) {
      const m = this.mentions[k];
      if (pos - m.end > window) break;
      if (m.end <= pos && types.includes(m.entity.type) && fits(m.entity)) return m.entity;
    }
    return null;
  }

  /**
   * A person's gender where the text shows it: a first name found on one name list only
   * ("Margaret", "Sergei"), or "Mr."/"Mrs."/"Ms." right before a mention; else undefined.
   */
  genderOf(e: Entity): 'm' | 'f' | undefined {
    const known = this.genders.get(e.id);
    if (known || this.genderless.has(e.id)) return known;
    let g: 'm' | 'f' | undefined;
    for (const m of e.mentions) if ((g = this.genderShownBy(m))) break;
    if (g) this.genders.set(e.id, g);
    // Unknown is remembered as unknown until a mention added later shows it (addMention):
    // scanning every mention again on each pronoun made an article of thousands of "he said"
    // quadratic.
    else this.genderless.add(e.id);
    return g;
  }

  /** The gender one mention shows: "Mr."/"Mrs."/"Ms." right before it, or its first name. */
  private genderShownBy(m: Span & { text: string }): 'm' | 'f' | undefined {
    const before = this.doc.text.slice(Math.max(0, m.start - 5), m.start);
    const title = /\b(Mr|Mrs|Ms|Miss)\.?\s$/u.exec(before)?.[1];
    return title ? (title === 'Mr' ? 'm' : 'f') : firstNameGender(m.text.split(/\s+/u)[0] ?? '');
  }

  /** A person the text earlier introduced with these title words ("U.S. Secretary of State Marco Rubio"). */
  byTitle(words: string[], pos: number): Entity | null {
    if (words.length === 0) return null;
    let fallback: Entity | null = null;
    // Compiled once per lookup, not once per mention: this scan may read hundreds of them.
    // "The president" is not the vice president, nor "the minister" a deputy minister.
    const patterns = words.map((w) => new RegExp(`(^|[^\\p{L}])(?<!(?:vice|deputy|assistant|under)[ -])${escape(w)}($|[^\\p{L}])`, 'u'));
    for (let k = this.mentions.length - 1, seen = 0; k >= 0 && seen < 400; k--, seen++) {
      const m = this.mentions[k];
      if (m.entity.type !== 'PERSON') continue;
      // Words before a pronoun are no title of the person it stands for ("A senior official,
      // speaking … because he was not authorized": "official" is not his title).
      if (m.end - m.start <= 4 && SUBJECT_PRONOUNS.has(this.doc.text.slice(m.start, m.end).toLowerCase())) continue;
      const hay = (m.titleWords ??= this.titleWordsOf(m));
      // Each word must occur in the text (cheap) before the patterns check it stands as a word.
      if (words.every((w) => hay.includes(w)) && patterns.every((re) => re.test(hay))) {
        if (m.start < pos) return m.entity;
        fallback ??= m.entity;
      }
      if (pos - m.start > 20000) break;
    }
    return fallback;
  }

  private titleWordsOf(m: IndexedMention): string {
    const titles = (m.entity.titles ?? []).join(' ').toLowerCase();
    const from = Math.max(0, m.start - 60, this.sentenceStartAt(m.start));
    return titles + ' ' + this.doc.text.slice(from, m.start).toLowerCase();
  }

  /** Start of the sentence holding character `pos`. */
  private sentenceStartAt(pos: number): number {
    const ss = this.doc.sentences;
    const k = partitionPoint(ss.length, (i) => ss[i].start <= pos) - 1;
    return ss.length ? ss[Math.max(0, k)].start : 0;
  }

  /** Adds `span` as a mention of `e`, to the entity and to the index. */
  addMention(e: Entity, span: Span): void {
    // Both lists stay sorted by inserting in place: sorting them again on every added
    // mention made an article of thousands of quotes quadratic.
    let at = partitionPoint(e.mentions.length, (k) => e.mentions[k].start <= span.start);
    for (let k = at - 1; k >= 0 && e.mentions[k].start === span.start; k--) if (e.mentions[k].end === span.end) return;
    const m: Mention = { ...span, text: this.doc.text.slice(span.start, span.end) };
    e.mentions.splice(at, 0, m);
    if (this.genderless.has(e.id)) {
      const g = this.genderShownBy(m);
      if (g) {
        this.genders.set(e.id, g);
        this.genderless.delete(e.id);
      }
    }
    const indexed = { start: span.start, end: span.end, entity: e };
    if (!this.sorted) this.mentions.push(indexed);
    else {
      at = partitionPoint(this.mentions.length, (k) => this.mentions[k].start <= span.start);
      this.mentions.splice(at, 0, indexed);
    }
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
