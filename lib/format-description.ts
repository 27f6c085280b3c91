/** Longest meta description; search engines cut around 160 characters anyway. */
export const MAX_DESCRIPTION = 200;

/**
 * Shortens a sapo for meta descriptions at a word boundary, ending with "…".
 *
 * @example formatDescription("Chiều 20/4, tại TP Hạ Long …", 20) // "Chiều 20/4, tại TP…"
 */
export function formatDescription(text: string, max = MAX_DESCRIPTION): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
