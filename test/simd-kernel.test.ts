import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Perceptron, FeatureBuffer, CompactTable, encodeModel, useSimd, simdAvailable } from '../src/ml/index.js';
import { decodeCompactModel } from '../src/ml/compact.js';
import { assembleKernel, kernelModuleText } from '../scripts/build-kernel.js';
import { repoRoot } from './helpers.js';

/** A perceptron with pseudo-random weights in every row (a deterministic generator). */
function randomPerceptron(nClasses: number, bits: number, seed: number): Perceptron {
  const p = new Perceptron(nClasses, bits);
  let x = seed >>> 0;
  for (let k = 0; k < p.weights.length; k++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    p.weights[k] = ((x >>> 8) / (1 << 24)) * 2 - 1;
  }
  return p;
}

function randomFeatures(n: number, seed: number): FeatureBuffer {
  const fb = new FeatureBuffer(8);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 22695477) + 1) >>> 0;
    fb.add(x);
  }
  return fb;
}

/** The same table with the kernel and with the plain loops. */
function bothWays(p: Perceptron): { simd: CompactTable; plain: CompactTable } {
  useSimd(true);
  const simd = CompactTable.fromPerceptron(p);
  useSimd(false);
  const plain = CompactTable.fromPerceptron(p);
  useSimd(true);
  return { simd, plain };
}

test('the embedded kernel binary is the one its WebAssembly source assembles to', async () => {
  const embedded = readFileSync(join(repoRoot, 'src', 'ml', 'simd', 'kernel-bytes.ts'), 'utf8');
  assert.equal(embedded, kernelModuleText(await assembleKernel()), 'run node dist/scripts/build-kernel.js after editing kernel-source.ts');
});

test('SIMD scores equal the plain loops for every row width, feature count and class subset', () => {
  assert.ok(simdAvailable(), 'Node 20 has WebAssembly SIMD');
  for (const nClasses of [5, 16, 17, 32, 33, 49, 64]) {
    const { simd, plain } = bothWays(randomPerceptron(nClasses, 10, nClasses));
    assert.equal(simd.simd, true);
    assert.equal(plain.simd, false);
    assert.equal(simd.stride, nClasses <= 16 ? 16 : nClasses <= 32 ? 32 : 64);
    const a = new Float32Array(nClasses);
    const b = new Float32Array(nClasses);
    // 300 features exceed what 16-bit lanes may hold: the table must fall back, still exact.
    for (const n of [0, 1, 7, 30, 62, 128, 258, 300]) {
      const fb = randomFeatures(n, n * 31 + nClasses);
      simd.score(fb, a);
      plain.score(fb, b);
      assert.deepEqual(a, b, `${nClasses} classes, ${n} features`);
      const classes = Int32Array.from([nClasses - 1, 0, Math.floor(nClasses / 2)]);
      a.fill(-7);
      b.fill(-7);
      simd.scoreClasses(fb, classes, 2, a);
      plain.scoreClasses(fb, classes, 2, b);
      assert.deepEqual(a, b, `subset, ${nClasses} classes, ${n} features`);
      assert.equal(a[Math.floor(nClasses / 2)], -7, 'classes not asked for are left alone');
    }
  }
});

test('scores still rank the classes as the float perceptron does', () => {
  const p = randomPerceptron(49, 12, 7);
  const { simd } = bothWays(p);
  const exact = new Float32Array(49);
  const approx = new Float32Array(49);
  let agree = 0;
  for (let k = 0; k < 200; k++) {
    const fb = randomFeatures(20, k);
    p.score(fb, exact);
    simd.score(fb, approx);
    if (Perceptron.argmax(exact, 49) === Perceptron.argmax(approx, 49)) agree++;
  }
  // 8-bit quantisation may flip near-ties only.
  assert.ok(agree >= 190, `argmax agrees on ${agree} of 200`);
});

test('a model file decodes into kernel tables with padded rows, and into plain ones, alike', () => {
  const p = randomPerceptron(17, 9, 3);
  const bytes = encodeModel(
    { header: { kind: 'toy', card: { name: 'toy', description: '', trainedOn: [], licenses: [], figures: {}, built: '', command: '' }, labels: {}, settings: {} }, tables: { t: p } },
    { precision: 8 },
  );
  useSimd(false);
  const plain = decodeCompactModel(bytes).tables.t;
  useSimd(true);
  const simd = decodeCompactModel(bytes).tables.t;
  assert.equal(simd.stride, 32);
  assert.equal(plain.stride, 17);
  const a = new Float32Array(17);
  const b = new Float32Array(17);
  for (let k = 0; k < 50; k++) {
    const fb = randomFeatures(25, k);
    simd.score(fb, a);
    plain.score(fb, b);
    assert.deepEqual(a, b);
  }
});
