/**
 * The word forms a process has seen, each with a small dense id (as spaCy's Vocab gives
 * each string a lexeme). Every Doc carries its tokens' ids, looked up once; the tagger,
 * parser and named-entity tagger then keep what they compute per form (hashes, affixes,
 * word-only scores) in arrays indexed by id instead of each probing a Map of strings.
 * The vocabulary is bounded: when full it starts over with a new generation, and the
 * per-form tables notice the generation and start over too.
 */
export class Vocab {
  private readonly ids = new Map<string, number>();
  /** Each form's lower case by id, made on first use. */
  private lowers: Array<string | undefined> = [];
  private forms: string[] = [];
  private gen = 0;

  constructor(readonly limit = 100_000) {
    if (limit < 1) throw new Error('a vocabulary holds at least one form');
  }

  get size(): number {
    return this.ids.size;
  }

  /** Changes whenever the vocabulary starts over; ids of different generations do not mix. */
  get generation(): number {
    return this.gen;
  }

  /** Ids for a document's forms, all of one generation (a vocabulary too full for them starts over first). */
  idsOf(forms: readonly string[]): FormIds {
    if (this.ids.size + forms.length > this.limit) this.reset();
    const out = new Int32Array(forms.length);
    const ids = this.ids;
    for (let i = 0; i < forms.length; i++) {
      const f = forms[i];
      let k = ids.get(f);
      if (k === undefined) {
        k = ids.size;
        const own = ownCopy(f);
        ids.set(own, k);
        this.forms.push(own);
        this.lowers.push(undefined);
      }
      out[i] = k;
    }
    return { ids: out, generation: this.gen };
  }

  /**
   * The lower case of form `id` (of the current generation). One string per form, shared by
   * every Doc: it is made once, and its hash, which each Map or Set lookup of it needs, is
   * computed once too, where a fresh toLowerCase() per token would cost both every time.
   */
  lowerOf(id: number): string {
    let s = this.lowers[id];
    if (s === undefined) this.lowers[id] = s = this.forms[id].toLowerCase();
    return s;
  }

  private reset(): void {
    this.ids.clear();
    this.forms = [];
    this.lowers = [];
    this.gen++;
  }
}

/**
 * A token's text is usually a slice of its document, and a kept slice keeps the whole
 * document alive; the vocabulary keeps a copy of its own instead.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : Array.from(s).join('');
}

/** A document's form ids and the vocabulary generation they belong to. */
export interface FormIds {
  ids: Int32Array;
  generation: number;
}

/** What a stage keeps per form, by form id; emptied when the vocabulary's generation changes. */
export class FormTable<T> {
  private items: Array<T | undefined> = [];
  private gen = -1;

  /** Readies the table for ids of this generation. */
  use(generation: number): void {
    if (generation !== this.gen) {
      this.items = [];
      this.gen = generation;
    }
  }

  get(id: number): T | undefined {
    return this.items[id];
  }

  set(id: number, value: T): void {
    // Fill holes so the array stays packed (V8 keeps it in fast elements mode).
    const items = this.items;
    while (items.length < id) items.push(undefined);
    items[id] = value;
  }
}

/**
 * What a stage computes per word form, computed once: found by the Doc's form id when the
 * caller has one, else through a bounded map of strings (for callers tagging bare strings).
 */
export class FormCache<T> {
  private readonly byId = new FormTable<T>();
  private readonly byForm = new Map<string, T>();

  constructor(
    private readonly make: (form: string) => T,
    private readonly limit = 100_000,
  ) {}

  /** Readies the id table for a document's ids (their vocabulary generation). */
  use(generation: number): void {
    this.byId.use(generation);
  }

  /** The value for `form`, whose id is `id` (or -1 when there is none). */
  get(form: string, id: number): T {
    let v: T | undefined;
    if (id >= 0) {
      v = this.byId.get(id);
      if (v === undefined) this.byId.set(id, (v = this.make(form)));
      return v;
    }
    v = this.byForm.get(form);
    if (v === undefined) {
      v = this.make(form);
      if (this.byForm.size >= this.limit) this.byForm.clear();
      this.byForm.set(form, v);
    }
    return v;
  }
}

/** The vocabulary Docs use unless given another: one per process (per worker thread). */
export const sharedVocab = new Vocab();
