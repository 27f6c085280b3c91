/**
 * Suggests the known field an editor probably meant by a misspelt one, by edit distance.
 *
 * @example suggestField("tittle", ["title", "date"]) // "title"
 */
export function suggestField(typed: string, known: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(lower, field);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The message for a key a file does not support: the field probably meant, or else the
 * list of valid ones. Front matter and site.yaml word it the same way.
 */
export function unsupportedFieldMessage(typed: string, known: readonly string[]): string {
  const guess = suggestField(typed, known);
  return `trường không được hỗ trợ (${guess === undefined ? `các trường hợp lệ: ${known.join(", ")}` : `có phải là "${guess}"?`}).`;
}
