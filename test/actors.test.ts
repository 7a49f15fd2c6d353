import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDoc, type Doc } from '../src/text/doc.js';
import { resolveEntities } from '../src/extract/entities.js';
import type { Entity } from '../src/extract/types.js';
import { analyzeWith } from '../src/analyze/pipeline.js';
import { loadDefaultPipeline } from '../src/io/pipeline.js';
import { findModelFile } from '../src/io/models.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Expected {
  name: string;
  type: string;
  country?: string;
  actor?: string;
  mentions?: string[];
}
interface Sentence {
  region: string;
  text: string;
  names: Array<[string, string]>;
  expect: Expected[];
}

const data = JSON.parse(readFileSync(resolve(repoRoot, 'test/data/actors.json'), 'utf8')) as { sentences: Sentence[] };

/**
 * GOLD NAME SPANS STAND IN FOR THE NER MODEL: until the tagger is on main, each sentence's
 * Doc gets BIO tags from the data file's `names`, so this test measures the resolution
 * logic (types, clustering, titles, countries, actor codes, places), not the tagger.
 */
export function docWithGoldNames(text: string, names: Array<[string, string]>): Doc {
  const doc = makeDoc(text);
  let cursor = 0;
  for (const [surface, label] of names) {
    const at = text.indexOf(surface, cursor);
    assert.ok(at >= 0, `gold name "${surface}" not in "${text}"`);
    cursor = at + surface.length;
    const first = doc.tokens.findIndex((t) => t.start === at);
    const last = doc.tokens.findIndex((t) => t.end === at + surface.length);
    assert.ok(first >= 0 && last >= first, `gold name "${surface}" does not fall on token boundaries`);
    for (let i = first; i <= last; i++) doc.ner[i] = (i === first ? 'B-' : 'I-') + label;
  }
  return doc;
}

const lower = (s: string): string => s.toLowerCase();
const lastWord = (s: string): string => lower(s).split(/\s+/).pop() ?? '';

function findEntity(entities: Entity[], want: Expected): Entity | undefined {
  const names = (e: Entity): string[] => [e.name, ...e.mentions.map((m) => m.text)].map(lower);
  return (
    entities.find((e) => names(e).includes(lower(want.name))) ??
    entities.find((e) => e.type === want.type && names(e).some((n) => lastWord(n) === lastWord(want.name)))
  );
}

interface SuiteScore {
  recall: number;
  precision: number;
  line: string;
  misses: string[];
}

/** Scores one way of reading the suite: every expected fact, and how many entities found were expected. */
function scoreSuite(read: (s: Sentence) => Entity[]): SuiteScore {
  let facts = 0;
  let factsOk = 0;
  let predicted = 0;
  let predictedOk = 0;
  const misses: string[] = [];
  for (const s of data.sentences) {
    const entities = read(s);
    for (const e of entities) for (const m of e.mentions) assert.equal(s.text.slice(m.start, m.end), m.text);
    const matched = new Set<Entity>();
    for (const want of s.expect) {
      const got = findEntity(entities, want);
      const check = (what: string, ok: boolean): void => {
        facts++;
        if (ok) factsOk++;
        else misses.push(`${s.text.slice(0, 40)}… ${want.name}: ${what} (got ${got ? `${got.type} ${got.country} ${got.actor} [${got.mentions.map((m) => m.text).join('|')}]` : 'nothing'})`);
      };
      check('found', got !== undefined);
      if (!got) continue;
      matched.add(got);
      check(`type ${want.type}`, got.type === want.type);
      if (want.country) check(`country ${want.country}`, got.country === want.country);
      if (want.actor) check(`actor ${want.actor}`, got.actor === want.actor);
      for (const m of want.mentions ?? []) check(`mention ${m}`, got.mentions.some((x) => x.text === m));
    }
    predicted += entities.length;
    predictedOk += entities.filter((e) => matched.has(e)).length;
    for (const e of entities) if (!matched.has(e)) misses.push(`${s.text.slice(0, 40)}… unexpected ${e.type} ${e.name}`);
  }
  const recall = factsOk / facts;
  const precision = predictedOk / predicted;
  const line = `${data.sentences.length} sentences, fact recall ${recall.toFixed(3)} (${factsOk}/${facts}), entity precision ${precision.toFixed(3)} (${predictedOk}/${predicted})`;
  return { recall, precision, line, misses };
}

test('actor suite: entities, countries and CAMEO actor codes from 40+ wire sentences (gold name spans)', () => {
  assert.ok(data.sentences.length >= 40);
  const regions = new Set(data.sentences.map((s) => s.region));
  for (const r of ['Africa', 'Latin America', 'South Asia', 'East Asia', 'Europe', 'Middle East']) assert.ok(regions.has(r), r);
  const score = scoreSuite((s) => resolveEntities(docWithGoldNames(s.text, s.names)));
  console.log(`actor suite (gold spans): ${score.line}`);
  for (const m of score.misses) console.log('  ' + m);
  assert.ok(score.recall >= 0.9, `fact recall ${score.recall.toFixed(3)} below 0.9`);
  assert.ok(score.precision >= 0.9, `entity precision ${score.precision.toFixed(3)} below 0.9`);
});

/**
 * END TO END: the same sentences through the shipped default pipeline (tokenizer, POS tagger,
 * parser, NER tagger, then every extractor), so the figures include what the models miss.
 */
test('actor suite end to end: the shipped models and every extractor', (t) => {
  if (findModelFile('ner', resolve(repoRoot, 'models')) === undefined) {
    t.skip('no NER model in models/');
    return;
  }
  const pipeline = loadDefaultPipeline();
  const score = scoreSuite((s) => analyzeWith(pipeline, { id: 'suite', text: s.text, date: '2025-01-01' }).entities);
  console.log(`actor suite (end to end): ${score.line}`);
  for (const m of score.misses) console.log('  ' + m);
  assert.ok(score.recall >= 0.9, `fact recall ${score.recall.toFixed(3)} below 0.9`);
  assert.ok(score.precision >= 0.85, `entity precision ${score.precision.toFixed(3)} below 0.85`);
});
