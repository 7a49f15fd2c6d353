import { editDistance, typoBudget } from '../lexicon/index.js';

/**
 * Groups the names of people in one article into referents: "Sergei Lavrov", "Lavrov" and
 * "Mr. Lavrov" are one person; so is a misspelt "Ushkaov" once "Yury Ushakov" is known.
 * Full names are registered first, so a surname before the full name still finds it.
 */
export interface PersonCluster {
  key: string;
  /** Folded tokens of the longest name seen. */
  tokens: string[];
  /** The longest name as written. */
  name: string;
  lastSeen: number;
}

export class PersonIndex {
  readonly clusters: PersonCluster[] = [];
  private readonly bySurname = new Map<string, PersonCluster[]>();

  /** Registers a full (multi-word) name; returns its cluster. */
  addFull(tokens: string[], written: string, at: number): PersonCluster {
    const surname = tokens[tokens.length - 1];
    const sameFirst = (c: PersonCluster): boolean =>
      c.tokens[0] === tokens[0] || (c.tokens[0][0] === tokens[0][0] && (c.tokens[0].length <= 2 || tokens[0].length <= 2));
    let found = (this.bySurname.get(surname) ?? []).find(sameFirst);
    // Typo matching is quadratic in the names of an article; a list of thousands skips it.
    if (!found && this.clusters.length <= 300) {
      found = this.clusters.find((c) => c.tokens.length >= 2 && sameFirst(c) && closeEnough(c.tokens[c.tokens.length - 1], surname));
    }
    if (found) {
      if (tokens.length > found.tokens.length) {
        found.tokens = tokens;
        found.name = written;
      }
      return found;
    }
    const c: PersonCluster = { key: 'person:' + tokens.join(' '), tokens, name: written, lastSeen: at };
    this.clusters.push(c);
    const list = this.bySurname.get(surname);
    if (list) list.push(c);
    else this.bySurname.set(surname, [c]);
    return c;
  }

  /**
   * The person a single word names: an exact surname first, then a first word (East Asian
   * order: "Kim"), then a surname one typo away. Among several, the one seen most recently.
   */
  findSingle(word: string, at: number): PersonCluster | null {
    const pick = (list: PersonCluster[]): PersonCluster | null => {
      if (list.length === 0) return null;
      const before = list.filter((c) => c.lastSeen <= at);
      const pool = before.length > 0 ? before : list;
      return pool.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
    };
    const multi = (): PersonCluster[] => this.clusters.filter((c) => c.tokens.length >= 2);
    return (
      pick(this.bySurname.get(word) ?? []) ??
      pick(this.clusters.filter((c) => c.tokens.length === 1 && c.tokens[0] === word)) ??
      pick(multi().filter((c) => c.tokens[0] === word)) ??
      // "Lula" of "Luiz Inacio Lula da Silva": a middle name the article also uses alone.
      pick(multi().filter((c) => c.tokens.length >= 3 && c.tokens.indexOf(word, 1) > 0 && c.tokens.indexOf(word, 1) < c.tokens.length - 1)) ??
      // Typo matching is quadratic in the names of an article; a list of thousands skips it.
      (this.clusters.length <= 300 ? pick(multi().filter((c) => closeEnough(c.tokens[c.tokens.length - 1], word))) : null)
    );
  }

  addSingle(word: string, written: string, at: number): PersonCluster {
    const c: PersonCluster = { key: 'person:' + word, tokens: [word], name: written, lastSeen: at };
    this.clusters.push(c);
    return c;
  }
}

/** One typo apart, same first letter, long enough that a typo is likelier than another name. */
export function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const budget = Math.min(typoBudget(a.length), typoBudget(b.length), 1);
  return budget > 0 && editDistance(a, b, budget) <= budget;
}
