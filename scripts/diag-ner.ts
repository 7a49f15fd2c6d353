/**
 * Diagnostic: the NER tagger's spans vs. the entity resolver's name mentions on a JSONL input.
 *   node dist/scripts/diag-ner.js IN.jsonl TAGGER_OUT.jsonl DIFF.txt
 * Writes the tagger's own spans as contract mentions (to score the tagger alone) and a list
 * of every span the resolver changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { runPipeline } from '../src/analyze/pipeline.js';

const [input, taggerOut, diffOut] = process.argv.slice(2);
const MAP: Record<string, string> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const CONLL: Record<string, string> = { PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', ORG: 'ORG', NORP: 'MISC', EVENT: 'MISC', MISC: 'MISC' };
const pipe = loadDefaultPipeline();
const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean);
const tagOut: string[] = [];
const diff: string[] = [];
const counts = new Map<string, number>();
for (const line of lines) {
  const d = JSON.parse(line) as { id: string; text: string; date?: string };
  const { doc, analysis } = runPipeline(pipe, { id: d.id, text: d.text, date: d.date ?? null } as never);
  const spans = new Map<string, string>();
  const ents: Array<{ id: string; type: string; name: string; mentions: Array<{ start: number; end: number; text: string }> }> = [];
  let open: { s: number; e: number; l: string } | null = null;
  const flush = (): void => {
    if (!open) return;
    const s = doc.tokens[open.s].start, e = doc.tokens[open.e - 1].end;
    spans.set(`${s}:${e}`, open.l);
    ents.push({ id: 'T' + ents.length, type: MAP[open.l], name: d.text.slice(s, e), mentions: [{ start: s, end: e, text: d.text.slice(s, e) }] });
    open = null;
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.ner[i] ?? 'O';
    const l = t.slice(2);
    if (t.startsWith('I-') && open && open.l === l) { open.e = i + 1; continue; }
    flush();
    if (t !== 'O') open = { s: i, e: i + 1, l };
  }
  flush();
  tagOut.push(JSON.stringify({ id: d.id, text: d.text, entities: ents }));
  const pred = new Map<string, string>();
  for (const e of analysis.entities) for (const m of e.mentions) if (!m.kind || m.kind === 'name') pred.set(`${m.start}:${m.end}`, CONLL[e.type] + '/' + e.type + '/' + e.name);
  const ctx = (s: number, e: number): string => d.text.slice(Math.max(0, s - 40), s).replace(/\n/g, ' / ') + '[[' + d.text.slice(s, e) + ']]' + d.text.slice(e, e + 40).replace(/\n/g, ' / ');
  for (const [k, l] of spans) {
    const [s, e] = k.split(':').map(Number);
    const p = pred.get(k);
    let cat: string;
    if (!p) cat = 'DROPPED ' + l;
    else if (p.split('/')[0] !== l) cat = `RETYPED ${l}->${p.split('/')[1]}`;
    else continue;
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
    diff.push(`${cat}\t${d.id}\t${p ?? ''}\t${ctx(s, e)}`);
  }
  for (const [k, p] of pred) {
    if (spans.has(k)) continue;
    const [s, e] = k.split(':').map(Number);
    const cat = 'ADDED ' + p.split('/')[1];
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
    diff.push(`${cat}\t${d.id}\t${p}\t${ctx(s, e)}`);
  }
}
writeFileSync(taggerOut, tagOut.join('\n') + '\n');
diff.sort();
writeFileSync(diffOut, diff.join('\n') + '\n');
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(v, k);
