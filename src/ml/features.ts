/**
 * A reusable buffer of hashed feature ids for one prediction, so the hot loop allocates nothing.
 */
export class FeatureBuffer {
  ids: Uint32Array;
  length = 0;

  constructor(capacity = 128) {
    this.ids = new Uint32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  add(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Uint32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }
}
