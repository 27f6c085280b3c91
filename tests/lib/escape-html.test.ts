import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../lib/escape-html";

describe("escapeHtml", () => {
  it.each([
    ["&", "&#38;"],
    ["<", "&#60;"],
    [">", "&#62;"],
    ['"', "&#34;"],
    ["'", "&#39;"],
  ])("escapes %j as %j", (char, escaped) => {
    expect(escapeHtml(char)).toBe(escaped);
  });

  it.each([
    ["a tag with attributes", '<a href="x">', "&#60;a href=&#34;x&#34;&#62;"],
    ["a script", "<script>alert('x')</script>", "&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;"],
    ["an entity, which is escaped again rather than trusted", "&amp; &lt;", "&#38;amp; &#38;lt;"],
    ["an attribute breakout", '" onmouseover="alert(1)', "&#34; onmouseover=&#34;alert(1)"],
  ])("escapes %s", (_name, text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it.each(["Báo Tỉnh", "Đảng bộ tỉnh Quảng Ninh", "Chiều 20/4, tại TP Hạ Long.", ""])("leaves %j unchanged", (text) => {
    expect(escapeHtml(text)).toBe(text);
  });
});
