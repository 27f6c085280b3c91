import { describe, expect, it } from "vitest";
import { keepBest } from "../../lib/keep-best";

function rank(limit: number, items: readonly (readonly [number, number])[]): number[] {
  const best = keepBest(limit);
  for (const [id, score] of items) best.offer(id, score);
  return best.ranked();
}

describe("keepBest", () => {
  it.each([
    ["ranks by score, best first", 3, [[1, 0.5], [2, 0.9], [3, 0.7]], [2, 3, 1]],
    ["keeps only the best `limit`", 2, [[1, 0.5], [2, 0.9], [3, 0.7], [4, 0.1]], [2, 3]],
    ["lets a later, better item displace the worst kept", 2, [[1, 0.1], [2, 0.2], [3, 0.3], [4, 0.4]], [4, 3]],
    ["breaks a tie for the smaller id", 3, [[7, 1], [3, 1], [5, 1]], [3, 5, 7]],
    ["breaks a tie at the limit for the smaller id, whatever the order offered", 1, [[9, 1], [2, 1], [5, 1]], [2]],
    ["keeps nothing for a limit of 0", 0, [[1, 1]], []],
    ["returns nothing when offered nothing", 5, [], []],
  ] as const)("%s", (_name, limit, items, expected) => {
    expect(rank(limit, items)).toEqual(expected);
  });

  it("gives the same top 100 of 10,000 as sorting them all", () => {
    const items = Array.from({ length: 10_000 }, (_, id) => [id, ((id * 7919) % 1000) / 10] as const);
    const sorted = [...items].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 100).map(([id]) => id);
    expect(rank(100, items)).toEqual(sorted);
  });
});
