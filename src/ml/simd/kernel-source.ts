/**
 * The WebAssembly text of the scoring kernel: sums the int8 weight rows of a feature list
 * with 128-bit SIMD, sixteen classes per load, into 16-bit lanes. A perceptron score is a
 * sum of one row per feature, and in plain JavaScript each class is a separate load and add;
 * here a 64-class row is four loads and eight adds. The binary is built from this text by
 * `scripts/build-kernel.ts` into kernel-bytes.ts (a test checks the two agree).
 *
 * Memory layout of one kernel instance (one per table): feature ids at IDS_AT, the 16-bit
 * sums written at OUT_AT, the table's rows from TABLE_AT, each row padded to a whole
 * number of 16-byte chunks (`score1` for up to 16 classes, `score2` 32, `score4` 64).
 */

export const IDS_AT = 0;
/** Room for 1024 feature ids before the output. */
export const OUT_AT = 4096;
/** The table starts on a 64-byte (cache line) boundary after the output lanes. */
export const TABLE_AT = 4096 + 128;
/** Chunks of 16 classes per row for which a kernel exists. */
export const KERNEL_CHUNKS = [1, 2, 4] as const;

function scoreFunction(chunks: number): string {
  const shift = Math.log2(chunks * 16);
  const acc = (k: number): string => `$a${k}`;
  const locals: string[] = [];
  const body: string[] = [];
  const store: string[] = [];
  for (let k = 0; k < 2 * chunks; k++) locals.push(`(local ${acc(k)} v128)`);
  for (let k = 0; k < chunks; k++) {
    body.push(
      `(local.set $v (v128.load offset=${k * 16} (local.get $row)))`,
      `(local.set ${acc(2 * k)} (i16x8.add (local.get ${acc(2 * k)}) (i16x8.extend_low_i8x16_s (local.get $v))))`,
      `(local.set ${acc(2 * k + 1)} (i16x8.add (local.get ${acc(2 * k + 1)}) (i16x8.extend_high_i8x16_s (local.get $v))))`,
    );
    store.push(
      `(v128.store offset=${OUT_AT + 32 * k} (i32.const 0) (local.get ${acc(2 * k)}))`,
      `(v128.store offset=${OUT_AT + 32 * k + 16} (i32.const 0) (local.get ${acc(2 * k + 1)}))`,
    );
  }
  return `
  (func (export "score${chunks}") (param $n i32) (param $mask i32)
    (local $i i32) (local $row i32) (local $v v128) ${locals.join(' ')}
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $row
          (i32.add (i32.const ${TABLE_AT})
            (i32.shl
              (i32.and (i32.load offset=${IDS_AT} (i32.shl (local.get $i) (i32.const 2))) (local.get $mask))
              (i32.const ${shift}))))
        ${body.join('\n        ')}
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    ${store.join('\n    ')})`;
}

/** The kernel module's text. Each instance imports its own memory. */
export function kernelSource(): string {
  return `(module
  (import "env" "memory" (memory 1))${KERNEL_CHUNKS.map(scoreFunction).join('')})
`;
}
