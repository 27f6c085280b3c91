import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

/** Where a YAML value sits: its line, and the same for each of its keys or items. */
export interface LineTree {
  readonly line: number;
  /** For a mapping: each key's line and value. */
  readonly keys: ReadonlyMap<string, LineTree>;
  /** For a list: each item's line and value. */
  readonly items: readonly LineTree[];
}

const EMPTY: LineTree = { line: 1, keys: new Map(), items: [] };

/**
 * The lines of every key and list item of a YAML text at any depth, for messages about
 * nested fields (parseYaml gives the top level only). Call it on text parseYaml accepted.
 *
 * @example lineTree("a:\n  b: 1\n").keys.get("a")?.keys.get("b")?.line // 2
 */
export function lineTree(text: string): LineTree {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", lineCounter });
  const lineOf = (node: unknown, fallback: number): number => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : fallback);
  const walk = (node: Node | null | undefined, line: number): LineTree => {
    if (isMap(node)) {
      const keys = new Map<string, LineTree>();
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value ?? "") : "";
        const at = lineOf(pair.key, line);
        keys.set(name, { ...walk(isNode(pair.value) ? pair.value : undefined, at), line: at });
      }
      return { line, keys, items: [] };
    }
    if (isSeq(node)) return { line, keys: new Map(), items: node.items.map((item) => walk(isNode(item) ? item : undefined, lineOf(item, line))) };
    return { line, keys: new Map(), items: [] };
  };
  return doc.contents === null ? EMPTY : walk(doc.contents, lineOf(doc.contents, 1));
}
