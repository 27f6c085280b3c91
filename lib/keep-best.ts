/** A bounded ranking: offer any number of scored items, keep only the best `limit`. */
export interface KeepBest {
  /** Offers item `id` with `score`; a tie goes to the smaller id. */
  offer(id: number, score: number): void;
  /** The kept ids, best first. */
  ranked(): number[];
}

/**
 * Keeps the best `limit` of a stream of scored ids in a min-heap, so ranking m items costs
 * m·log(limit) and never holds more than `limit` of them.
 *
 * @example const best = keepBest(2); best.offer(1, 0.5); best.offer(2, 0.9); best.offer(3, 0.7); best.ranked() // [2, 3]
 */
export function keepBest(limit: number): KeepBest {
  // Parallel typed arrays, no object per item: ranking runs once per matching article.
  const size = Math.max(0, limit);
  const ids = new Float64Array(size);
  const scores = new Float64Array(size);
  let count = 0;
  // Whether the item at heap position a ranks below the one at b: the heap keeps the worst on top.
  const worse = (a: number, b: number): boolean => {
    const scoreA = scores[a] ?? 0;
    const scoreB = scores[b] ?? 0;
    return scoreA < scoreB || (scoreA === scoreB && (ids[a] ?? 0) > (ids[b] ?? 0));
  };
  const swap = (a: number, b: number): void => {
    const id = ids[a] ?? 0;
    const score = scores[a] ?? 0;
    ids[a] = ids[b] ?? 0;
    scores[a] = scores[b] ?? 0;
    ids[b] = id;
    scores[b] = score;
  };
  const siftDown = (start: number): void => {
    let at = start;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < count && worse(left, smallest)) smallest = left;
      if (right < count && worse(right, smallest)) smallest = right;
      if (smallest === at) return;
      swap(at, smallest);
      at = smallest;
    }
  };
  return {
    offer(id, score) {
      if (size === 0) return;
      if (count < size) {
        ids[count] = id;
        scores[count] = score;
        count += 1;
        for (let at = count - 1; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
        return;
      }
      const worstScore = scores[0] ?? 0;
      if (score < worstScore || (score === worstScore && id > (ids[0] ?? 0))) return;
      ids[0] = id;
      scores[0] = score;
      siftDown(0);
    },
    ranked() {
      const order = Array.from({ length: count }, (_, position) => position);
      order.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
      return order.map((position) => ids[position] ?? 0);
    },
  };
}
