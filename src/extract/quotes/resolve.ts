import type { Doc } from '../../text/doc.js';
import { startsLower } from '../../text/case.js';
import type { Span } from '../../text/span.js';
import type { Entity, EntityType } from '../types.js';
import type { TokRange } from './speaker.js';
import { MentionIndex } from './mentions.js';
import { MONTHS, TIME_WORDS, DETERMINERS, NP_INNER_PREPOSITIONS, PERSON_PRONOUNS, TITLE_WORDS, isCapitalized, isPossessiveMark, isWord } from './words.js';

/** Possessive pronouns and the subject pronoun each stands in for. */
const POSSESSIVE_SUBJECT: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

const ORG_WORDS = new Set([
  'department', 'ministry', 'party', 'committee', 'campaign', 'times', 'news', 'post', 'inc.', 'association',
  'council', 'commission', 'agency', 'office', 'house', 'congress', 'senate', 'court', 'bank', 'fund', 'union',
  'university', 'institute', 'center', 'centre', 'kremlin', 'pentagon', 'network', 'foundation', 'group',
  'journal', 'press', 'reuters', 'cnn', 'fbi', 'cia', 'nato', 'administration', 'government', 'service', 'corp.',
  'company', 'board', 'bureau', 'organization', 'organisation', 'tribune', 'channel', 'television', 'radio',
  'police', 'army', 'force', 'forces', 'church', 'club', 'team', 'coalition', 'alliance', 'movement', 'poll',
]);

/** Closed-class words that a capital at a sentence or headline start does not make a name ("According", "Which"). */
const FUNCTION_WORDS = new Set([
  'according', 'which', 'who', 'whom', 'whose', 'what', 'whatever', 'that', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'him', 'her', 'them', 'us', 'and', 'but', 'or', 'nor', 'if', 'when', 'while', 'as', 'after', 'before', 'in',
  'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'so', 'then', 'there', 'here', 'also', 'however', 'meanwhile',
  'yes', 'no', 'not', 'why', 'how', 'where', 'though', 'although', 'because', 'since', 'until', 'unless',
]);

/**
 * Resolving speaker words to entities of the analysis. In order: an entity mention that
 * overlaps the words; for a pronoun, the latest fitting speaker or entity mention before
 * it; for a title ("the secretary of state"), the person the text gave that title; and,
 * when the words are a proper name no entity covers (the entity extractor missed it or
 * has not run), a minimal entity made here, with every occurrence of the name as a mention.
 * The mentions found so far are looked up through a MentionIndex (mentions.ts).
 */
export class SpeakerResolver {
  private readonly index: MentionIndex;
  private readonly lowerForms = new Set<string>();
  private readonly byText = new Map<string, number[]>();
  private nextId: number;

  constructor(private readonly doc: Doc, private readonly entities: Entity[]) {
    this.index = new MentionIndex(doc, entities);
    doc.tokens.forEach((t, i) => {
      if (startsLower(t.text)) this.lowerForms.add(t.text);
      if (isCapitalized(t.text)) {
        const list = this.byText.get(t.text);
        if (list) list.push(i);
        else this.byText.set(t.text, [i]);
      }
    });
    let max = 0;
    for (const e of entities) {
      const m = /^E(\d+)$/u.exec(e.id);
      if (m) max = Math.max(max, Number(m[1]));
    }
    this.nextId = max + 1;
  }

  /**
   * The head part of speaker words that go on past it: the head of "Mike Pence, Trump's
   * running mate," or "Huma Abedin, vice chairwoman for Clinton's campaign," stands before
   * the first comma, parenthesis or inner preposition. Null when there is no such part.
   */
  private headPart(r: TokRange): TokRange | null {
    const { tokens, lower } = this.doc;
    let b = r.a;
    while (b < r.b && tokens[b].text !== ',' && tokens[b].text !== '(' && !NP_INNER_PREPOSITIONS.has(lower[b])) b++;
    return b === r.b || b === r.a ? null : { a: r.a, b };
  }

  /** Whether token i, before `end`, is a possessive mark. */
  private possessiveAt(i: number, end: number): boolean {
    return i < end && isPossessiveMark(this.doc.tokens[i].text);
  }

  /** The name ending speaker words after their last possessive mark, or null. */
  private ownedName(r: TokRange): TokRange | null {
    const { tokens, upos } = this.doc;
    let p = r.b - 2;
    while (p > r.a && tokens[p].text !== '’s' && tokens[p].text !== "'s") p--;
    if (p <= r.a) return null;
    const name = this.nameIn({ a: p + 1, b: r.b });
    if (!name || name.b !== r.b) return null;
    // Proper nouns, not an abbreviated title ("Trump's potential VP").
    for (let i = name.a; i < name.b; i++) if (upos[i] !== 'PROPN' || /^\p{Lu}{2,3}$/u.test(tokens[i].text)) return null;
    return name;
  }

  /** The proper name inside the speaker words: the rightmost run of capitalised non-title words. */
  nameIn(r: TokRange): TokRange | null {
    const { tokens } = this.doc;
    let b = r.b;
    while (b > r.a && !this.isNameWord(b - 1)) b--;
    if (b === r.a) return null;
    let a = b;
    while (a > r.a && this.isNameWord(a - 1) && b - a < 4) a--;
    // A lone capitalised word opening its sentence that also occurs in lower case ("Officials
    // said"), or that the tagger reads as a common noun ("Transcript as follows:"), is not a name.
    const opening = b - a === 1 && tokens[a].start === this.sentenceStart(a);
    if (opening && (this.lowerForms.has(this.doc.lower[a]) || this.doc.xpos[a] === 'NN' || this.doc.xpos[a] === 'NNS')) return null;
    return { a, b };
  }

  private sentenceStart(i: number): number {
    return this.doc.sentences[this.doc.sentenceOf[i]].start;
  }

  private isNameWord(i: number): boolean {
    const t = this.doc.tokens[i].text;
    if (!isWord(t) || !isCapitalized(t)) return false;
    const l = this.doc.lower[i];
    if (DETERMINERS.has(l) || FUNCTION_WORDS.has(l)) return false;
    // "Rival Hillary Clinton" at a sentence start: a common word capitalised by position.
    if (this.doc.tokens[i].start === this.sentenceStart(i) && this.lowerForms.has(l)) return false;
    return !TITLE_WORDS.has(l) && !TIME_WORDS.has(l) && !MONTHS.has(l);
  }

  /** Finds or creates the entity for a proper name in the speaker words. */
  forName(name: TokRange, speakerWords: TokRange): Entity | null {
    const { tokens, text } = this.doc;
    const span = { start: tokens[name.a].start, end: tokens[name.b - 1].end };
    const hit = this.index.overlapping(span);
    if (hit) return hit;
    const nameText = text.slice(span.start, span.end);
    const last = tokens[name.b - 1].text;
    // Same surname as a known person, or a one-letter slip of it ("Ushkaov").
    for (const e of this.entities) {
      if (e.type !== 'PERSON') continue;
      const sur = e.name.split(/\s+/u).pop() ?? '';
      // Transcripts print the surname in capitals ("PENCE:").
      if (sur === last || sur.toUpperCase() === last || (last.length >= 5 && nearMiss(sur, last))) {
        this.index.addMention(e, span);
        return e;
      }
    }
    const type = this.guessType(name, speakerWords);
    const entity: Entity = { id: `E${this.nextId++}`, type, name: nameText, mentions: [] };
    // Every occurrence of the last name word, widened to its capitalised run, is a mention.
    const occurrences = this.byText.get(last) ?? [];
    let longest = nameText;
    for (const i of occurrences) {
      let a = i;
      while (a > 0 && i - a < 3 && this.isNameWord(a - 1) && tokens[a - 1].spaceAfter) a--;
      const m = { start: tokens[a].start, end: tokens[i].end };
      if (this.index.overlapping(m)) continue;
      const mt = text.slice(m.start, m.end);
      if (mt.length > longest.length && type === 'PERSON') longest = mt;
      entity.mentions.push({ ...m, text: mt });
    }
    if (!entity.mentions.some((m) => m.start <= span.start && span.end <= m.end)) entity.mentions.push({ ...span, text: nameText });
    entity.mentions.sort((x, y) => x.start - y.start);
    // A name known only in capitals ("WALLACE:", a transcript's label) is written the usual
    // way; a short word in capitals in running text is an acronym ("the GOP candidate").
    const label = name.b < tokens.length && tokens[name.b].text === ':';
    const acronym = !label && /^\p{Lu}{2,5}$/u.test(longest);
    entity.name = !acronym && /^[\p{Lu}\s.'’-]+$/u.test(longest) && /\p{Lu}{2}/u.test(longest) ? titleCase(longest) : longest;
    this.entities.push(entity);
    this.index.addEntity(entity);
    return entity;
  }

  private guessType(name: TokRange, words: TokRange): EntityType {
    const { tokens } = this.doc;
    void words;
    for (let i = name.a; i < name.b; i++) if (ORG_WORDS.has(this.doc.lower[i])) return 'ORG';
    const before = name.a > 0 ? this.doc.lower[name.a - 1] : '';
    if (before === 'the') return 'ORG';
    if (name.b - name.a === 1 && /^\p{Lu}{2,}$/u.test(tokens[name.a].text)) return 'ORG';
    return 'PERSON';
  }

  /**
   * Resolves speaker words: an overlapping entity, a pronoun's antecedent, a title's
   * holder, or a (possibly new) entity for a proper name; null when none fits.
   */
  resolve(r: TokRange, lastSpeaker: Entity | null): Entity | null {
    const { tokens } = this.doc;
    const span = { start: tokens[r.a].start, end: tokens[r.b - 1].end };
    const head = this.headPart(r);
    const headHit = head ? this.index.entityInHead(head) : null;
    const headName = head ? this.nameIn(head) : null;
    // "Witkoff, Trump's Middle East envoy": a name heading the words, even one the entity
    // tagger missed, is the speaker rather than a place inside the apposition.
    if (!headHit && head && head.b - head.a <= 4 && headName && headName.a === head.a && headName.b === head.b) return this.forName(headName, r);
    // "The White House press secretary, Karoline Leavitt,": a title headed by a common noun
    // hands over to the person named in apposition; so does "U.S. Secretary of State Marco
    // Rubio", a title ending in the name.
    const titled = head !== null && (startsLower(tokens[head.b - 1].text) || (NP_INNER_PREPOSITIONS.has(this.doc.lower[head.b]) && !startsLower(tokens[r.b - 1].text)));
    const apposed = headHit && headHit.type !== 'PERSON' && titled
      ? this.index.overlapping({ start: tokens[head.b].end, end: span.end })
      : null;
    const hit = apposed?.type === 'PERSON' ? apposed : headHit ?? this.index.overlapping(span);
    // A possessive stands for whom its subject form would ("her remark that …": nominal.ts).
    const first = r.b - r.a === 1 ? (POSSESSIVE_SUBJECT[this.doc.lower[r.a]] ?? this.doc.lower[r.a]) : this.doc.lower[r.a];
    // "the Republican presidential candidate", "the Russian foreign minister": a name that
    // only modifies a common-noun head is not the speaker; the person the title was given
    // to is, and a group or nationality word alone names nobody.
    if (hit && hit.type !== 'PERSON' && startsLower(tokens[r.b - 1].text)) {
      const titled = this.byTitleWords(r, span.start);
      if (titled) return titled;
      if (hit.type === 'NORP' || hit.type === 'MISC') return null;
    }
    // "Russia's Lavrov", "Trump's campaign manager Paul Manafort": a name ending the words
    // after a possessive is the speaker, even one the entity tagger missed.
    const owned = hit ? this.ownedName(r) : null;
    if (owned && this.index.overlapping({ start: tokens[owned.a].start, end: tokens[owned.b - 1].end }) === null) return this.forName(owned, r);
    if (hit) return hit;
    if (r.b - r.a === 1 && PERSON_PRONOUNS.has(first)) {
      if (first !== 'he' && first !== 'she') return null;
      // "she" never stands for a Sergei, nor "he" for a Margaret.
      const other = first === 'he' ? 'f' : 'm';
      const fits = (x: Entity): boolean => x.type === 'PERSON' && this.index.genderOf(x) !== other;
      const e = lastSpeaker && fits(lastSpeaker) ? lastSpeaker : this.index.latestBefore(span.start, ['PERSON'], 3000, fits);
      // The pronoun is a mention of the person it stands for (coreference the quotes found).
      if (e) this.index.addMention(e, span);
      return e;
    }
    if (r.b - r.a === 1 && first === 'it') {
      const e = this.index.latestBefore(span.start, ['ORG', 'GPE']);
      if (e) this.index.addMention(e, span);
      return e;
    }
    if (r.b - r.a === 1 && first === 'they') return null;
    const name = headName && !this.possessiveAt(headName.b, head!.b) ? headName : this.nameIn(r);
    if (name) return this.forName(name, r);
    return this.byTitleWords(r, span.start) ?? this.definiteOrg(r, span);
  }

  /**
   * "The ministry said": a definite organisation noun stands for the latest organisation
   * before it whose name holds that noun ("the Foreign Ministry"), which gets the words as
   * a mention. ("The company" could be any organisation named before; it is left alone.)
   */
  private definiteOrg(r: TokRange, span: Span): Entity | null {
    if (r.b - r.a !== 2 || this.doc.lower[r.a] !== 'the') return null;
    const noun = this.doc.lower[r.a + 1];
    if (!ORG_WORDS.has(noun)) return null;
    const e = this.index.latestBefore(span.start, ['ORG'], 1500, (x) => x.name.toLowerCase().split(/\s+/u).includes(noun));
    if (e) this.index.addMention(e, span);
    return e;
  }

  /**
   * A title: the content words of a noun phrase opening with a determiner ("the secretary
   * of state") resolve to the person the text gave that title (who gets the words as a
   * mention); null when the words hold no title word or nobody had the title.
   */
  private byTitleWords(r: TokRange, pos: number): Entity | null {
    const first = this.doc.lower[r.a];
    if (!DETERMINERS.has(first) || first === 'a' || first === 'an') return null;
    const words: string[] = [];
    for (let i = r.a; i < r.b; i++) {
      const t = this.doc.lower[i];
      if (DETERMINERS.has(t) || NP_INNER_PREPOSITIONS.has(t) || !isWord(t)) continue;
      words.push(t);
    }
    if (words.length === 0 || !words.some((w) => TITLE_WORDS.has(w))) return null;
    const e = this.index.byTitle(words, pos);
    const { tokens } = this.doc;
    if (e) this.index.addMention(e, { start: tokens[r.a].start, end: tokens[r.b - 1].end });
    return e;
  }
}

/** One substitution, insertion, deletion or transposition apart. */
function nearMiss(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** "JAKE TAPPER" -> "Jake Tapper", "O'BRIEN" -> "O'Brien". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
