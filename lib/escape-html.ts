/**
 * Escapes text for HTML element content and double-quoted attribute values.
 *
 * @example escapeHtml('<a href="x">') // "&#60;a href=&#34;x&#34;&#62;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
