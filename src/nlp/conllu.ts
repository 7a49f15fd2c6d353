/**
 * A CoNLL-U reader (Universal Dependencies format): text in, sentences of syntactic words out.
 * Range lines (3-4, multiword tokens) are not words but their surface form is kept on the
 * first word they cover; empty nodes (8.1) belong to enhanced graphs and are skipped.
 * Pure: no file access.
 */

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** Head as a 0-based word index in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  /** False when the MISC column says SpaceAfter=No (or the multiword token does). */
  spaceAfter: boolean;
  /** The surface of the multiword token this word starts ("don't" on "do"), when any. */
  multiword?: string;
  misc: string;
}

export interface ConlluSentence {
  id?: string;
  text?: string;
  words: ConlluWord[];
}

/** Parses CoNLL-U text. Malformed word lines raise an error naming the line number. */
export function parseConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { words: [] };
  let rangeEnd = -1;
  let rangeForm = '';
  let rangeSpaceAfter = true;
  const lines = source.split(/\r?\n/);
  const flush = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [] };
    rangeEnd = -1;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*(sent_id|text)\s*=\s*(.*)$/.exec(line);
      if (m) {
        if (current.words.length > 0) flush();
        if (m[1] === 'sent_id') current.id = m[2];
        else current.text = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U line ${n + 1}: expected 10 columns, found ${cols.length}`);
    const id = cols[0];
    if (id.includes('.')) continue; // empty node of the enhanced graph
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      rangeEnd = Number(range[2]);
      rangeForm = cols[1];
      rangeSpaceAfter = !/(^|\|)SpaceAfter=No(\||$)/.test(cols[9]);
      continue;
    }
    if (!/^\d+$/.test(id)) throw new Error(`CoNLL-U line ${n + 1}: bad word id ${JSON.stringify(id)}`);
    const index = Number(id);
    const head = cols[6] === '_' ? -1 : Number(cols[6]) - 1;
    if (!Number.isInteger(head) || head < -1) throw new Error(`CoNLL-U line ${n + 1}: bad head ${JSON.stringify(cols[6])}`);
    const word: ConlluWord = {
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      head,
      deprel: cols[7],
      spaceAfter: !/(^|\|)SpaceAfter=No(\||$)/.test(cols[9]),
      misc: cols[9],
    };
    if (rangeEnd >= 0) {
      if (index < rangeEnd) word.spaceAfter = false;
      else {
        word.spaceAfter = rangeSpaceAfter;
        rangeEnd = -1;
      }
      if (rangeForm !== '') {
        word.multiword = rangeForm;
        rangeForm = '';
      }
    }
    current.words.push(word);
  }
  flush();
  return sentences;
}

/** Whether the sentence's tree has no crossing arcs (projective). */
export function isProjective(heads: ArrayLike<number>): boolean {
  const n = heads.length;
  for (let i = 0; i < n; i++) {
    const hi = heads[i];
    const a = Math.min(i, hi < 0 ? n : hi);
    const b = Math.max(i, hi < 0 ? n : hi);
    for (let j = 0; j < n; j++) {
      const hj = heads[j];
      const c = Math.min(j, hj < 0 ? n : hj);
      const d = Math.max(j, hj < 0 ? n : hj);
      if ((a < c && c < b && b < d) || (c < a && a < d && d < b)) return false;
    }
  }
  return true;
}
