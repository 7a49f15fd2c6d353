import { isTitleWord } from '../lexicon/index.js';
import type { EntityContext } from './entity-context.js';
import type { Candidate } from './entity-spans.js';
import type { EntityBuilder } from './entities.js';
import { mention } from './entities.js';
import { readTitle } from './titles.js';

export type Gender = 'm' | 'f';

export interface PersonMention {
  token: number;
  sentence: number;
  key: string;
}

/** The gender a subject pronoun names, if the folded token is one ('he', 'she'). */
function pronounGender(folded: string): Gender | undefined {
  return folded === 'he' ? 'm' : folded === 'she' ? 'f' : undefined;
}
const SUBJECT = /^nsubj/;

/**
 * "he said" -> the person the text was just about. Conservative: the pronoun links only
 * when one person (of a fitting gender) is named earlier in its sentence, or else in the
 * sentence before; with several, the parse's subject decides, and without a parse, nobody.
 */
export function linkPronouns(ctx: EntityContext, builders: Map<string, EntityBuilder>, people: PersonMention[]): void {
  if (people.length === 0) return;
  let p = 0;
  for (let i = 0; i < ctx.n; i++) {
    const gender = pronounGender(ctx.folded[i]);
    if (gender === undefined) continue;
    while (p < people.length && people[p].token < i) p++;
    const sentence = ctx.doc.sentenceOf[i];
    const fits = (m: PersonMention): boolean => {
      const g = builders.get(m.key)?.gender;
      return g === undefined || g === gender;
    };
    let pool: PersonMention[] = [];
    for (let k = p - 1; k >= 0 && people[k].sentence === sentence; k--) pool.push(people[k]);
    if (pool.length === 0) for (let k = p - 1; k >= 0 && people[k].sentence === sentence - 1; k--) pool.push(people[k]);
    pool = pool.filter(fits);
    const keys = new Set(pool.map((m) => m.key));
    let key: string | undefined;
    if (keys.size === 1) key = pool[0].key;
    else if (keys.size > 1) {
      const subjects = new Set(pool.filter((m) => SUBJECT.test(ctx.doc.deprels[m.token] ?? '')).map((m) => m.key));
      if (subjects.size === 1) key = [...subjects][0];
    }
    const b = key ? builders.get(key) : undefined;
    if (b) b.mentions.push(mention(ctx, i, i + 1, 'pronoun'));
  }
}

/** Roles too common to point at one person ("the official said"). */
const VAGUE = new Set(['official', 'officials', 'aide', 'adviser', 'advisor', 'diplomat', 'delegation', 'delegates', 'minister', 'leader', 'government']);

/**
 * "the U.S. secretary of state" -> Marco Rubio, when exactly one person of that country was
 * given that title by name earlier in the article.
 */
export function linkNominals(ctx: EntityContext, builders: Map<string, EntityBuilder>, placed: Array<{ cand: Candidate; key: string }>): void {
  const starts = new Set(placed.map((p) => p.cand.start));
  const persons = [...builders.values()].filter((b) => b.type === 'PERSON' && b.roleKeys.size > 0);
  if (persons.length === 0) return;
  for (let i = 0; i + 1 < ctx.n; i++) {
    if (ctx.folded[i] !== 'the') continue;
    let j = i + 1;
    while (j < ctx.n && ctx.doc.sentenceOf[j] === ctx.doc.sentenceOf[i] && (ctx.gazAt[j] >= 0 || (isTitleWord(ctx.folded[j]) && ctx.folded[j] !== 'the'))) {
      j = ctx.gazAt[j] >= 0 ? ctx.gaz[ctx.gazAt[j]].end : j + 1;
    }
    if (j === i + 1 || starts.has(j)) continue; // a title before a name, not a description
    const t = readTitle(ctx, i + 1, j);
    if (!t?.role || !t.roleKey || t.role.group || VAGUE.has(t.roleKey)) continue;
    if (ctx.folded.slice(t.start, t.end).some((f) => f === 'of' || f === "'s") && !t.roleKey.includes('of')) continue;
    const at = ctx.doc.tokens[i].start;
    const fit = persons.filter((b) => b.roleKeys.has(t.roleKey!) && b.first < at && (!t.country || b.country === t.country));
    if (fit.length !== 1) continue;
    // The mention keeps its article: "the president" is a description, not a name.
    fit[0].mentions.push(mention(ctx, i, j, 'nominal'));
    i = j - 1;
  }
}
