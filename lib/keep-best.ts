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
  const ids: number[] = [];
  const scores: number[] = [];
  // Whether the item at heap position a ranks below the one at b: the heap keeps the worst on top.
  const worse = (a: number, b: number): boolean => {
    const [scoreA, scoreB] = [scores[a] ?? 0, scores[b] ?? 0];
    return scoreA < scoreB || (scoreA === scoreB && (ids[a] ?? 0) > (ids[b] ?? 0));
  };
  const swap = (a: number, b: number): void => {
    [ids[a], ids[b]] = [ids[b] ?? 0, ids[a] ?? 0];
    [scores[a], scores[b]] = [scores[b] ?? 0, scores[a] ?? 0];
  };
  const siftDown = (start: number): void => {
    let at = start;
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let smallest = at;
      if (left < ids.length && worse(left, smallest)) smallest = left;
      if (right < ids.length && worse(right, smallest)) smallest = right;
      if (smallest === at) return;
      swap(at, smallest);
      at = smallest;
    }
  };
  return {
    offer(id, score) {
      if (limit <= 0) return;
      if (ids.length < limit) {
        ids.push(id);
        scores.push(score);
        for (let at = ids.length - 1; at > 0 && worse(at, (at - 1) >> 1); at = (at - 1) >> 1) swap(at, (at - 1) >> 1);
        return;
      }
      const [worstScore, worstId] = [scores[0] ?? 0, ids[0] ?? 0];
      if (score < worstScore || (score === worstScore && id > worstId)) return;
      ids[0] = id;
      scores[0] = score;
      siftDown(0);
    },
    ranked() {
      const order = ids.map((_, position) => position);
      order.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
      return order.map((position) => ids[position] ?? 0);
    },
  };
}
