import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseBratAttributions } from '../src/io/brat.js';
import { scoreAttributions } from '../src/io/attribution-score.js';
import type { Analysis } from '../src/analyze/analysis.js';

const text = '“We are ready,” Nadia Petrova said. Officials said the road was closed.';
const ann = [
  'T1\tSource 16 29\tNadia Petrova',
  'T2\tCue 30 34\tsaid',
  'T3\tContent 0 15\t“We are ready,”',
  'T4\tAttribution 30 34\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tSource 36 45\tOfficials',
  'T6\tCue 46 50\tsaid',
  'T7\tContent 51 70\tthe road was closed',
  'T8\tAttribution 46 50\tsaid',
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
  '',
].join('\n');

function analysis(quotes: Analysis['quotes']): Analysis {
  return { id: 'x', date: null, text, sentences: [], entities: [], quotes, events: [], meetings: [] };
}

test('brat attributions parse into source, cue and content fragments', () => {
  const gold = parseBratAttributions(ann, text);
  assert.equal(gold.length, 2);
  assert.deepEqual(gold[0].source, [[16, 29]]);
  assert.deepEqual(gold[1].content, [[51, 70]]);
});

test('the scorer counts matches, speakers and cues, direct and all', () => {
  const gold = parseBratAttributions(ann, text);
  const perfect = scoreAttributions([{ analysis: analysis([
    { id: 'Q1', kind: 'direct', start: 1, end: 13, speaker: null, speakerMention: { start: 16, end: 29 }, cue: { start: 30, end: 34 } },
    { id: 'Q2', kind: 'indirect', start: 51, end: 70, speaker: null, speakerMention: { start: 0, end: 5 }, cue: { start: 46, end: 50 } },
  ]), gold, discards: [] }]);
  assert.equal(perfect.direct.gold, 1);
  assert.equal(perfect.direct.f1, 1);
  assert.equal(perfect.all.matched, 2);
  assert.equal(perfect.all.speakerAccuracy, 0.5);
  assert.equal(perfect.all.cueAccuracy, 1);
  const none = scoreAttributions([{ analysis: analysis([]), gold, discards: [] }]);
  assert.equal(none.all.recall, 0);
});

test('parley eval attribution on the PolNeAR dev split', (t) => {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dev = path.resolve(repo, '../shared/data/polnear/dev');
  if (!existsSync(dev)) {
    t.skip(`${dev} is absent`);
    return;
  }
  const out = spawnSync(process.execPath, [path.join(repo, 'dist/src/cli/main.js'), 'eval', 'attribution', dev, '--json'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const score = JSON.parse(out.stdout.trim().split('\n').pop()!);
  assert.equal(score.docs, 84);
  assert.ok(score.direct.f1 > 0.7, `direct F1 ${score.direct.f1}`);
});
