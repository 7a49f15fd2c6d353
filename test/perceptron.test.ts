import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Perceptron, FeatureBuffer, feat1, hashString, encodeModel, decodeModel } from '../src/ml/index.js';
import { parsePrecision } from '../src/cli/train.js';
import { findModelFile, readCompactModelFile, writeModelFile } from '../src/io/models.js';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A toy task: the class is the first letter's bucket; the perceptron must learn it from hashed features. */
function example(word: string): { fb: FeatureBuffer; label: number } {
  const fb = new FeatureBuffer();
  fb.add(feat1(0, hashString(word[0])));
  fb.add(feat1(1, hashString(word.slice(-1))));
  fb.add(feat1(2, 0)); // bias
  return { fb, label: word.charCodeAt(0) % 3 };
}

test('averaged perceptron learns a separable task, survives a save/load round trip', () => {
  const words = ['apple', 'bread', 'cider', 'dates', 'eggs', 'figs', 'grape', 'honey', 'icing', 'jam', 'kale', 'lime'];
  const p = new Perceptron(3, 10);
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 10; epoch++) {
    for (const w of words) {
      const { fb, label } = example(w);
      p.tick();
      p.score(fb, scores);
      p.update(label, Perceptron.argmax(scores, 3), fb);
    }
  }
  p.average();
  const correct = (q: Perceptron): number =>
    words.filter((w) => {
      const { fb, label } = example(w);
      q.score(fb, scores);
      return Perceptron.argmax(scores, 3) === label;
    }).length;
  assert.equal(correct(p), words.length);
  const bytes = encodeModel({ header: { kind: 'toy', card: { name: 'toy', description: '', trainedOn: [], licenses: [], figures: {}, built: '', command: '' }, labels: { classes: ['a', 'b', 'c'] }, settings: {} }, tables: { main: p } });
  const back = decodeModel(bytes);
  assert.deepEqual(back.header.labels.classes, ['a', 'b', 'c']);
  assert.equal(correct(back.tables.main), words.length);
  assert.ok(bytes.length < 4 * (1 << 10) * 3, 'sparse rows keep the file smaller than the dense table');
});

test('per-table precision: one table kept at 16 bits, the rest at 8; read back at each its own', () => {
  const a = new Perceptron(3, 6);
  const b = new Perceptron(3, 6);
  for (let k = 0; k < a.weights.length; k++) {
    a.weights[k] = Math.sin(k) * 3;
    b.weights[k] = Math.cos(k) * 3;
  }
  const header = { kind: 'toy', card: { name: 'toy', description: '', trainedOn: [], licenses: [], figures: {}, built: '', command: '' }, labels: {}, settings: {} };
  const bytes = encodeModel({ header, tables: { moves: a, labeller: b } }, { precision: 8, tablePrecision: { moves: 16 } });
  const back = decodeModel(bytes);
  // 16 bits keep a weight to 1/32767 of the largest, 8 bits to 1/127.
  const err = (p: Perceptron, q: Perceptron): number => Math.max(...Array.from(p.weights, (w, k) => Math.abs(w - q.weights[k])));
  assert.ok(err(a, back.tables.moves) < 3 / 32767 + 1e-6);
  assert.ok(err(b, back.tables.labeller) > 3 / 32767 && err(b, back.tables.labeller) < 3 / 127 + 1e-6);
  assert.deepEqual(parsePrecision('8,moves=16'), { precision: 8, tablePrecision: { moves: 16 } });
  assert.deepEqual(parsePrecision('16'), { precision: 16, tablePrecision: {} });
  assert.throws(() => parsePrecision('8,moves=12'), /--precision: 12 is not 8 or 16/);
});

test('decodeModel refuses bytes that are not a model', () => {
  assert.throws(() => decodeModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])), /not a Parley model/);
});

test('parameter mixing: a table mixed with others holds the mean of their weights, and refuses another shape', () => {
  const a = new Perceptron(2, 4);
  const b = new Perceptron(2, 4);
  const c = new Perceptron(2, 4);
  for (let k = 0; k < a.weights.length; k++) {
    a.weights[k] = k;
    b.weights[k] = 2 * k;
    c.weights[k] = -k;
  }
  a.mixWith([b, c]);
  for (let k = 0; k < a.weights.length; k++) assert.ok(Math.abs(a.weights[k] - (2 * k) / 3) < 1e-5, `weight ${k}`);
  const single = new Perceptron(2, 4, Float32Array.from(b.weights));
  single.mixWith([]);
  assert.deepEqual(Array.from(single.weights), Array.from(b.weights));
  assert.throws(() => a.mixWith([new Perceptron(3, 4)]), /cannot mix tables of 48 and 32 weights/);
});

test('a model file streamed from disk fills the same tables as one inflated whole; a cut one is refused', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-model-'));
  try {
    // Tables past the streaming block (8192 rows), sparse rows with gaps, three shapes:
    // unpadded 3-class rows, kernel-padded 17-class rows and 16-bit rows.
    const tables: Record<string, Perceptron> = { moves: new Perceptron(3, 14), tags: new Perceptron(17, 14), wide: new Perceptron(5, 12) };
    for (const p of Object.values(tables)) for (let k = 0; k < p.weights.length; k++) p.weights[k] = k % 7 === 0 ? 0 : Math.sin(k * 0.37) * 5;
    const header = { kind: 'toy', card: { name: 'toy', description: '', trainedOn: [], licenses: [], figures: {}, built: '', command: '' }, labels: {}, settings: {} };
    const plain = path.join(dir, 'toy.model');
    const packed = path.join(dir, 'toy.model.gz');
    writeModelFile(plain, { header, tables }, { precision: 8, tablePrecision: { wide: 16 } });
    writeModelFile(packed, { header, tables }, { precision: 8, tablePrecision: { wide: 16 } });
    const streamed = readCompactModelFile(plain);
    const inflated = readCompactModelFile(packed);
    for (const name of Object.keys(tables)) {
      assert.deepEqual(Array.from(streamed.tables[name].values), Array.from(inflated.tables[name].values), name);
      assert.ok(streamed.tables[name].values.some((v) => v !== 0), `${name} holds weights`);
    }
    const bytes = readFileSync(plain);
    writeFileSync(plain, bytes.subarray(0, bytes.length - 100));
    assert.throws(() => readCompactModelFile(plain), /toy\.model: truncated Parley model file/);
    // Both names present: the newer file is the model meant.
    utimesSync(packed, new Date(), new Date(Date.now() + 5000));
    assert.equal(findModelFile('toy', dir), packed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
