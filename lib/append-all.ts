/**
 * Appends every item to `target`, in order. `target.push(...items)` passes each item as an
 * argument, and past about 100,000 of them V8 runs out of stack: a 300,000-article build
 * failed so, on the problems of the rules across files. Lists that grow with the archive
 * are appended through here.
 *
 * @example const list = [1]; appendAll(list, [2, 3]); // list is [1, 2, 3]
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
