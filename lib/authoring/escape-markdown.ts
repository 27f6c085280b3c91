/**
 * Escapes one line of plain text so Markdown reads it back as the same plain text: no
 * emphasis, links, HTML, headings, quotes or lists appear that the writer did not mean.
 *
 * @example escapeMarkdownText("1. *Quyết định* số 290") // "1\\. \\*Quyết định\\* số 290"
 */
export function escapeMarkdownText(line: string): string {
  return line
    .replace(/[\\`*_[\]<]/g, "\\$&")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
    .replace(/^(\s*)([#>]|[-+](?=\s|$))/, "$1\\$2")
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/**
 * Escapes text for a Markdown link or image title in double quotes (our photo captions).
 *
 * @example escapeMarkdownTitle('Đồng chí "Thanh" phát biểu') // 'Đồng chí \\"Thanh\\" phát biểu'
 */
export function escapeMarkdownTitle(text: string): string {
  return text.replace(/[\\"]/g, "\\$&").replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
}
