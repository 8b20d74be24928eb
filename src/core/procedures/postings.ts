/**
 * Postings of the procedure index: for each term, the records containing it, with the precomputed saturated
 * weight and the strength of the field it was found in.
 */

/** The postings of one term. `strength`: 2 matched in name/keywords, 1 in field/result, 0 only in long texts. */
export interface Posting {
  docs: Int32Array;
  weights: Float32Array;
  strength: Uint8Array;
}

/**
 * Where a record stands in a term's postings (docs are sorted): its position, or -1 when it does not hold the term.
 *
 * @param posting - the term's postings.
 * @param doc - the record (doc id).
 * @returns the position in `posting.docs`, or -1.
 */
export function positionOf(posting: Posting, doc: number): number {
  const docs = posting.docs;
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = docs[mid] ?? 0;
    if (v === doc) return mid;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Postings collected as flat (term, doc, weight, strength) rows in growable typed arrays, then laid out per term
 * with a counting sort: one allocation per column instead of three small arrays per term (less garbage
 * collection). Docs are pushed in increasing order, so each term's docs stay sorted.
 */
export class PostingTriples {
  private terms = new Int32Array(1 << 20);
  private docs = new Int32Array(1 << 20);
  private weights = new Float32Array(1 << 20);
  private strengths = new Uint8Array(1 << 20);
  private size = 0;

  /** Adds one row: a term found in a document, with its saturated weight and field strength. */
  push(term: number, doc: number, weight: number, strength: number): void {
    if (this.size === this.terms.length) this.grow();
    this.terms[this.size] = term;
    this.docs[this.size] = doc;
    this.weights[this.size] = weight;
    this.strengths[this.size] = strength;
    this.size++;
  }

  private grow(): void {
    const grow = <T extends Int32Array | Float32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(old.length * 2);
      next.set(old);
      return next;
    };
    this.terms = grow(this.terms, (n) => new Int32Array(n));
    this.docs = grow(this.docs, (n) => new Int32Array(n));
    this.weights = grow(this.weights, (n) => new Float32Array(n));
    this.strengths = grow(this.strengths, (n) => new Uint8Array(n));
  }

  /**
   * Lays the rows out per term.
   *
   * @param termCount - number of term ids in use.
   * @returns the postings, indexed by term id (views into three shared arrays).
   */
  toPostings(termCount: number): Posting[] {
    const offsets = new Int32Array(termCount + 1);
    for (let i = 0; i < this.size; i++) {
      const slot = (this.terms[i] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const docs = new Int32Array(this.size);
    const weights = new Float32Array(this.size);
    const strengths = new Uint8Array(this.size);
    const cursor = offsets.slice(0, termCount);
    for (let i = 0; i < this.size; i++) {
      const term = this.terms[i] ?? 0;
      const at = cursor[term] ?? 0;
      cursor[term] = at + 1;
      docs[at] = this.docs[i] ?? 0;
      weights[at] = this.weights[i] ?? 0;
      strengths[at] = this.strengths[i] ?? 0;
    }
    const postings: Posting[] = [];
    for (let t = 0; t < termCount; t++) {
      const from = offsets[t] ?? 0;
      const to = offsets[t + 1] ?? 0;
      postings.push({ docs: docs.subarray(from, to), weights: weights.subarray(from, to), strength: strengths.subarray(from, to) });
    }
    return postings;
  }
}

