import { escapeHtml } from "./escape-html";
import type { MastheadLine } from "./legal-masthead";
import type { Link, Stamp } from "./present-article";

// The furniture around every page, as HTML text: the skip link, the masthead (name,
// today's date, search, sections) and the footer with the legal masthead. The React pages
// set it as their header's and footer's inner HTML (app/_components/page-frame.tsx), and
// the search page, written as text for speed (app/tim-kiem/route.ts), prints the same
// markup, so the two cannot drift apart.

/** What the masthead at the top of a page shows. */
export interface MastheadView {
  readonly siteName: string;
  readonly sections: readonly Link[];
  /** Today in the site's zone (`Thứ Ba, 01/12/2026`); pages revalidate every 60 s, so it turns over at midnight there. */
  readonly today: Stamp;
}

/** What the footer of every page prints: the paper, its description and the legal masthead. */
export interface FooterView {
  readonly siteName: string;
  readonly description: string;
  readonly legal: readonly MastheadLine[];
}

/** The browser's colour for the site (the masthead's red), in every page's head. */
export const THEME_COLOR = "#8b1a1a";

/** The id of every page's main landmark, the skip link's target. */
export const MAIN_ID = "noi-dung";

/** The skip link's words: the first thing on every page, a keyboard user's way past the masthead. */
export const SKIP_LINK_TEXT = "Bỏ qua để xem nội dung";

/**
 * The inside of `<header class="site-header">`. `dated: false` leaves today's date out, for
 * a page prerendered once per deploy (the 404 page) that would otherwise show a stale one.
 *
 * @example renderMasthead({ siteName: "Báo Tỉnh", sections: [], today: { text: "Thứ Ba, 01/12/2026", iso: "2026-12-01" } }, false)
 * // '<div class="masthead"><p class="site-name"><a href="/">Báo Tỉnh</a></p><form …'
 */
export function renderMasthead(masthead: MastheadView, dated: boolean): string {
  const text = escapeHtml;
  const date = dated ? `<p class="masthead-date"><time datetime="${text(masthead.today.iso)}">${text(masthead.today.text)}</time></p>` : "";
  const sections = masthead.sections.map((section) => `<li><a href="${text(section.href)}">${text(section.label)}</a></li>`).join("");
  return (
    `<div class="masthead"><p class="site-name"><a href="/">${text(masthead.siteName)}</a></p>${date}` +
    '<form action="/tim-kiem" method="get" role="search" class="masthead-search">' +
    '<label for="tim-nhanh" class="visually-hidden">Tìm bài viết</label>' +
    '<input id="tim-nhanh" name="q" type="search" maxlength="200" placeholder="Tìm bài viết"><button type="submit">Tìm</button></form></div>' +
    `<nav aria-label="Chuyên mục"><ul>${sections}</ul></nav>`
  );
}

/** The inside of `<footer class="site-footer">`: the paper, its description and the legal masthead, as Vietnamese law asks online papers to print. */
export function renderFooter(footer: FooterView): string {
  const text = escapeHtml;
  const name = text(footer.siteName);
  const description = footer.description === "" ? "" : `<p>${text(footer.description)}</p>`;
  const legal = footer.legal
    .map((line) => `<div><dt>${text(line.label)}</dt><dd>${line.href === undefined ? text(line.text) : `<a href="${text(line.href)}">${text(line.text)}</a>`}</dd></div>`)
    .join("");
  return `<p class="footer-name">${name}</p>${description}<dl class="legal-masthead">${legal}</dl><p>© ${name}. Ghi rõ nguồn “${name}” khi phát hành lại thông tin từ trang này.</p>`;
}

/** What the dev server found wrong in content, line for line what `npm run check` prints. */
export interface ContentProblemsView {
  /** Errors, not only warnings: the build would refuse to publish, so the list stands in for the page. */
  readonly blocking: boolean;
  readonly lines: readonly string[];
}

/** The id of the problem list's heading, which labels its section. */
export const CONTENT_PROBLEMS_HEADING = "loi-noi-dung";

/** The inside of the dev server's `<section class="content-problems">`, shown at the top of the main landmark. */
export function renderContentProblemsInner(report: ContentProblemsView): string {
  const title = report.blocking ? "Nội dung có lỗi: trang thật sẽ không dựng được" : "Nội dung có cảnh báo";
  return (
    `<h1 id="${CONTENT_PROBLEMS_HEADING}" class="page-title">${title}</h1>` +
    `<p>Danh sách giống hệt lệnh npm run check. Sửa tệp rồi lưu lại: trang tự tải lại.</p><pre>${escapeHtml(report.lines.join("\n"))}</pre>`
  );
}

/** The dev server's whole problem list. */
export function renderContentProblems(report: ContentProblemsView): string {
  return `<section class="content-problems" aria-labelledby="${CONTENT_PROBLEMS_HEADING}">${renderContentProblemsInner(report)}</section>`;
}
