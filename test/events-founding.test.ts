import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { runPipeline } from '../src/analyze/pipeline.js';
import type { Analysis } from '../src/analyze/analysis.js';
import type { Event } from '../src/extract/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const example = path.join(shared, 'examples/riyadh-2025-02-18');

interface Want { what: string; codePrefix: string; between?: string[]; location?: string; date?: string; modality?: string[] }

/** The event test of ../shared/tools/check-example.mjs. */
function matches(a: Analysis, want: Want): (ev: Event) => boolean {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const country = (ref: string | null, actor: string | null) => ((ref ? byId.get(ref)?.country : undefined) ?? actor?.slice(0, 3) ?? '').toUpperCase();
  return (ev) => {
    if (!ev.code.startsWith(want.codePrefix)) return false;
    if (want.date && ev.date !== want.date) return false;
    if (want.modality && !want.modality.includes(ev.modality)) return false;
    if (want.between && [country(ev.source, ev.sourceActor), country(ev.target, ev.targetActor)].sort().join('-') !== [...want.between].sort().join('-')) return false;
    if (want.location) {
      const loc = ev.location ? byId.get(ev.location) : undefined;
      if (!loc || ![loc.name, ...loc.mentions.map((m) => m.text)].some((n) => n.toLowerCase().includes(want.location!.toLowerCase()))) return false;
    }
    return true;
  };
}

test('founding example: the event facts and the Riyadh meeting record', (t) => {
  if (!existsSync(example + '.txt')) return t.skip(`${shared} is absent`);
  const raw = readFileSync(example + '.txt', 'utf8');
  const expected = JSON.parse(readFileSync(example + '.expected.json', 'utf8')) as { events: Want[]; mustNot: Want[] };
  const text = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
  const { doc, analysis } = runPipeline(loadDefaultPipeline(), { id: 'riyadh', text, date: '2025-02-18' });
  // Whatever the models, background must never become news.
  for (const bad of expected.mustNot) assert.ok(!analysis.events.some(matches(analysis, bad)), `must not: ${bad.what}`);
  assert.ok(doc.heads.some((h) => h >= 0) && analysis.entities.length > 0, 'the shipped models parse and the resolver finds entities');
  for (const want of expected.events) assert.ok(analysis.events.some(matches(analysis, want)), `event: ${want.what}`);
  const riyadh = analysis.meetings.find((m) => m.date === '2025-02-18');
  assert.ok(riyadh, 'a meeting record for 2025-02-18');
  const name = (id: string) => analysis.entities.find((e) => e.id === id)?.name ?? id;
  assert.equal(riyadh.durationHours, 4.5);
  assert.match(name(riyadh.location ?? ''), /Riyadh/);
  const side = (c: string) => (riyadh.sides.find((s) => s.side === c)?.participants ?? []).map(name).join(' ');
  for (const p of ['Ushakov', 'Lavrov']) assert.match(side('RUS'), new RegExp(p));
  for (const p of ['Rubio', 'Waltz', 'Witkoff']) assert.match(side('USA'), new RegExp(p));
  assert.ok(riyadh.absent.some((id) => analysis.entities.find((e) => e.id === id)?.country === 'UKR'), 'Ukraine absent');
});
