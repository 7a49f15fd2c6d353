import type { QuoteKind } from '../types.js';
import type { Span } from '../../text/span.js';
import type { TokRange } from './speaker.js';

/** An attribution found in the text, before its speaker is resolved to an entity. */
export interface Draft {
  kind: QuoteKind;
  /** Content span (characters). */
  start: number;
  end: number;
  /** Token range of the words naming the speaker, in this attribution, or null. */
  speakerToks: TokRange | null;
  /** Speaker words taken over from an earlier attribution (carry-over, participles). */
  carried: Draft | null;
  cue: Span | null;
  /** Token index of the cue verb (-1 for a colon or no cue). */
  cueTok: number;
  addressee: Span | null;
  /** Resolved entity id (filled by the resolver). */
  speaker: string | null;
  /** Resolved speaker span (filled by the resolver). */
  speakerSpan: Span | null;
  /**
   * A piece of a content interrupted by its attribution ("The talks, he said in Geneva, had
   * been …"): 'before' ends at the comma before the speaker, 'after' starts where the clause
   * resumes. Those bounds are the rules', which the boundary model does not move.
   */
  interrupted?: 'before' | 'after';
}

/** A reported attribution (indirect, or mixed with quoted words inside), as opposed to a direct quote. */
export function isReported(d: Draft): boolean {
  return d.kind === 'mixed' || d.kind === 'indirect';
}

export function newDraft(kind: QuoteKind, start: number, end: number, fields: Partial<Draft> = {}): Draft {
  return {
    kind,
    start,
    end,
    speakerToks: null,
    carried: null,
    cue: null,
    cueTok: -1,
    addressee: null,
    speaker: null,
    speakerSpan: null,
    ...fields,
  };
}

/** Drafts that carried the speaker of a draft now replaced by another carry the other's. */
export function redirectCarried(drafts: Draft[], replaced: Map<Draft, Draft>): void {
  if (replaced.size === 0) return;
  for (const d of drafts) if (d.carried && replaced.has(d.carried)) d.carried = replaced.get(d.carried)!;
}
