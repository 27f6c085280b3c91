// Next inlines the site's compiled stylesheet into every page it renders (next.config.ts:
// `inlineCss`), as `<style data-precedence="next" data-href="/_next/static/…css">`. The
// search page, written as text (lib/render-search-page.ts), inlines the same rules, which
// it takes from a page the build prerendered: the compiled CSS's file name is known only
// to the build.

const INLINED = /<style data-precedence="next"[^>]*>([\s\S]*?)<\/style>/g;

/**
 * The stylesheets Next inlined into a page, joined in page order, or undefined if it has none.
 *
 * @example findInlinedStylesheet('<head><style data-precedence="next" data-href="/a.css">a{color:red}</style></head>') // "a{color:red}"
 */
export function findInlinedStylesheet(html: string): string | undefined {
  const rules = [...html.matchAll(INLINED)].map((match) => match[1] ?? "");
  return rules.length === 0 ? undefined : rules.join("");
}
