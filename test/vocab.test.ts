import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FormTable, Vocab } from '../src/text/vocab.js';
import { makeDoc } from '../src/text/doc.js';
import { loadModels } from '../src/io/models.js';
import { defaultPipeline } from '../src/analyze/default.js';

test('a vocabulary gives each form one id, and starts over (new generation) when full', () => {
  const v = new Vocab(5);
  const a = v.idsOf(['the', 'talks', 'the', 'ended']);
  assert.deepEqual([...a.ids], [0, 1, 0, 2]);
  assert.equal(a.generation, 0);
  assert.equal(v.size, 3);
  // Three more forms would pass the limit of five: the document's ids all come from a fresh start.
  const b = v.idsOf(['Lavrov', 'met', 'Rubio', 'the']);
  assert.equal(b.generation, 1);
  assert.deepEqual([...b.ids], [0, 1, 2, 3]);
  assert.throws(() => new Vocab(0));
});

test('a form table forgets everything when the generation changes', () => {
  const t = new FormTable<string>();
  t.use(0);
  t.set(3, 'three');
  assert.equal(t.get(3), 'three');
  assert.equal(t.get(1), undefined);
  t.use(0);
  assert.equal(t.get(3), 'three');
  t.use(1);
  assert.equal(t.get(3), undefined);
});

test('analyses are the same through a tiny vocabulary that keeps starting over', () => {
  const pipeline = defaultPipeline(loadModels());
  const texts = [
    'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Marco Rubio in Riyadh on Tuesday.',
    '"We agreed to restore our embassies," Lavrov told reporters after the talks, which lasted four and a half hours.',
    'Ukraine was not invited, and President Volodymyr Zelensky said Kyiv would not accept any outcome reached without it.',
  ];
  const annotate = (text: string, vocab?: Vocab) => {
    const doc = makeDoc(text, vocab);
    for (const stage of pipeline.stages) stage.annotate(doc);
    return { xpos: doc.xpos, heads: [...doc.heads], deprels: doc.deprels, ner: doc.ner };
  };
  const tiny = new Vocab(40);
  for (let round = 0; round < 3; round++) {
    for (const text of texts) assert.deepEqual(annotate(text, tiny), annotate(text));
  }
  assert.ok(tiny.generation >= 3, `the tiny vocabulary started over ${tiny.generation} times`);
});
