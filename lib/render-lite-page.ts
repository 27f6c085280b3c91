import { escapeHtml } from "./escape-html";
import type { MastheadLine } from "./legal-masthead";
import type { ArticleView } from "./present-article";

/** What the lite page needs beyond the article view. */
export interface LitePageInput {
  readonly view: ArticleView;
  /** The sanitised body from renderMarkdown, in its one-small-JPEG form. */
  readonly bodyHtml: string;
  readonly siteName: string;
  /** Absolute URL of the full article, for the canonical link. */
  readonly canonicalUrl: string;
  /** The legal masthead, printed in the footer as on every page of the site. */
  readonly masthead: readonly MastheadLine[];
}

// A few hundred bytes of CSS inline: one request, readable on any phone, no JavaScript.
const CSS =
  "body{margin:0 auto;max-width:40rem;padding:1rem;font:1.1rem/1.7 'Noto Serif','Times New Roman',serif;color:#1d1b18}" +
  "a{color:#8b1a1a}h1{font-size:1.5rem;line-height:1.3}.d,figcaption{font:.9rem/1.5 Arial,sans-serif;color:#55504a}" +
  "figure{margin:1rem 0}img{max-width:100%;height:auto}.sapo{font-weight:700}.b{text-align:right;font-weight:700}.credit{display:block;text-align:right}";

/**
 * Renders the lite version of an article (like BBC's Lite pages): the same words,
 * dateline, captions and byline in one small HTML document with no JavaScript.
 * Each photo is one small JPEG, with its caption, loaded only when scrolled to; video and
 * audio clips come as plain links (the caller renders the body so), and the footer
 * carries the legal masthead.
 */
export function renderLitePage({ view, bodyHtml, siteName, canonicalUrl, masthead }: LitePageInput): string {
  const text = escapeHtml;
  const authors = view.authors.map((author) => text(author.label)).join(", ");
  const updated = view.updated ? `<p class="d">Cập nhật: <time datetime="${text(view.updated.iso)}">${text(view.updated.text)}</time></p>` : "";
  const source = view.source ? `<p class="d" style="text-align:right">Nguồn: ${text(view.source)}</p>` : "";
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(view.title)} · ${text(siteName)} (bản rút gọn)</title>
<meta name="description" content="${text(view.summary)}">
<link rel="canonical" href="${text(canonicalUrl)}">
<link rel="icon" href="/icon.svg" type="image/svg+xml">
<style>${CSS}</style>
</head>
<body>
<header><p><a href="/">${text(siteName)}</a> › <a href="${text(view.section.href)}">${text(view.section.label)}</a></p></header>
<main>
<article>
<h1>${text(view.title)}</h1>
<p class="d"><time datetime="${text(view.published.iso)}">${text(view.published.text)}</time></p>
${updated}
${view.sapoInBody ? "" : `<p class="sapo">${text(view.summary)}</p>`}
${bodyHtml}
<p class="b">${authors}</p>
${source}
</article>
</main>
<footer><p><a href="${text(view.href)}">Xem bản đầy đủ</a></p>
<p class="d">${text(siteName)}<br>${masthead.map((line) => `${text(line.label)}: ${line.href === undefined ? text(line.text) : `<a href="${text(line.href)}">${text(line.text)}</a>`}`).join("<br>")}</p></footer>
</body>
</html>
`;
}
