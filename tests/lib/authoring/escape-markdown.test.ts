import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { escapeMarkdownText, escapeMarkdownTitle } from "../../../lib/authoring/escape-markdown";

function readBack(markdown: string) {
  return remark().parse(markdown).children;
}

describe("escapeMarkdownText", () => {
  it.each([
    ["plain Vietnamese text", "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy làm việc.", "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy làm việc."],
    ["emphasis markers", "*Quyết định* số _290_", "\\*Quyết định\\* số \\_290\\_"],
    ["a link", "[xem thêm](http://x.vn)", "\\[xem thêm\\](http://x.vn)"],
    ["HTML", "<script>alert(1)</script>", "\\<script>alert(1)\\</script>"],
    ["an entity", "R&D và &amp;", "R&D và \\&amp;"],
    ["a heading marker", "# Tin nóng", "\\# Tin nóng"],
    ["a quote marker", "> trích dẫn", "\\> trích dẫn"],
    ["a list bullet", "- Một là", "\\- Một là"],
    ["a numbered list", "1. Một là", "1\\. Một là"],
    ["a hyphen inside a word", "CT-XH và KT-XH", "CT-XH và KT-XH"],
    ["a backslash", "a\\b", "a\\\\b"],
  ])("escapes %s", (_name, text, escaped) => {
    expect(escapeMarkdownText(text)).toBe(escaped);
  });

  it.each([
    "*Quyết định* số _290_ [xem](http://x.vn) <b>đậm</b> `mã` R&amp;D",
    "# Tin nóng",
    "> trích dẫn",
    "- Một là",
    "+ Hai là",
    "1. Một là",
    "2) Hai là",
    "a\\b\\",
  ])("makes %j read back as one paragraph of the same text", (text) => {
    const nodes = readBack(escapeMarkdownText(text));
    expect(nodes.map((node) => node.type)).toEqual(["paragraph"]);
    expect(nodes.map((node) => toString(node))).toEqual([text]);
  });
});

describe("escapeMarkdownTitle", () => {
  it.each([
    ['Đồng chí "Thanh" phát biểu', 'Đồng chí \\"Thanh\\" phát biểu'],
    ["a\\b", "a\\\\b"],
    ["R&amp;D", "R\\&amp;D"],
  ])("escapes %j", (text, escaped) => {
    expect(escapeMarkdownTitle(text)).toBe(escaped);
  });

  it.each(['Đồng chí "Thanh" phát biểu', "đường \\ chéo", "R&amp;D (ảnh) [tư liệu]"])("keeps %j as the image title", (caption) => {
    const [paragraph] = readBack(`![Ảnh](/a.svg "${escapeMarkdownTitle(caption)}")`);
    const image = paragraph?.type === "paragraph" ? paragraph.children[0] : undefined;
    expect(image?.type === "image" ? image.title : undefined).toBe(caption);
  });
});
