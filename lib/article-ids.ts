// Article ids in the content store are a publication second times ID_SLOTS, plus a slot
// (lib/write-content-store.ts), so ids order articles by publication time: the search
// index walks them newest first, and "published by now" is a range of ids the index
// applies itself. Publication times are whole seconds (front matter has no finer).

/** Ids one publication second holds; a second with more articles borrows ids after the newest. */
export const ID_SLOTS = 1024;

/**
 * The first id of articles published after `now` (ms); the visible ones are below it.
 *
 * @example firstIdAfter(Date.parse("2024-01-01T00:00:00Z")) // 1704067201 * 1024
 */
export function firstIdAfter(now: number): number {
  return (Math.floor(now / 1000) + 1) * ID_SLOTS;
}

/**
 * The same id as SQLite must see it to seek by: a JavaScript number is bound as a REAL,
 * which FTS5 cannot seek by (it then walks every match and lets SQLite drop the rest).
 *
 * @example rowidBound(1024) // 1024n
 */
export function rowidBound(id: number): bigint {
  return BigInt(Math.trunc(id));
}
