import { describe, expect, it } from "vitest";
import { analyseMarkdown } from "../../lib/analyse-markdown";
import { findMentions } from "../../lib/find-mentions";
import type { Registers } from "../../lib/registers";
import { isMentionLink } from "../../lib/remark-entities";
import { renderMarkdown } from "../../lib/render-markdown";

const REGISTERS: Registers = {
  people: new Map([["nguyen-van-doc", { id: "nguyen-van-doc", name: "Nguyễn Văn Đọc", spellings: ["Nguyễn Văn Đọc"], offices: [], lines: { entry: 1 } }]]),
  bodies: new Map([["hdnd-tinh", { id: "hdnd-tinh", name: "Hội đồng nhân dân tỉnh Quảng Ninh", spellings: ["Hội đồng nhân dân tỉnh Quảng Ninh", "HĐND tỉnh"], lines: { entry: 1 } }]]),
  documents: new Map(),
  places: new Map(),
};
const GLOSSARY = new Map([["HĐND", "Hội đồng nhân dân"]]);

const render = (markdown: string) => renderMarkdown(markdown, { registers: REGISTERS, glossary: GLOSSARY });

describe("remarkEntities", () => {
  it.each([
    ["links a person's first mention only", "Nguyễn Văn Đọc nói. Nguyễn Văn Đọc nhắc lại.", '<p><a href="/nhan-vat/nguyen-van-doc" class="mention">Nguyễn Văn Đọc</a> nói. Nguyễn Văn Đọc nhắc lại.</p>\n'],
    ["expands the glossary's abbreviation inside a body's link", "Chủ tịch HĐND tỉnh.", '<p>Chủ tịch <a href="/co-quan/hdnd-tinh" class="mention"><abbr title="Hội đồng nhân dân">HĐND</abbr> tỉnh</a>.</p>\n'],
    ["links a national document number, with its kind word", "Theo Nghị định 123/2024/NĐ-CP.", '<p>Theo <a href="/van-ban/123-2024-nd-cp" class="mention">Nghị định 123/2024/NĐ\u2011CP</a>.</p>\n'],
    ["links inside emphasis", "*Nguyễn Văn Đọc*", '<p><em><a href="/nhan-vat/nguyen-van-doc" class="mention">Nguyễn Văn Đọc</a></em></p>\n'],
    ["never inside a heading, and links the body's first mention after it", "## Nguyễn Văn Đọc\n\nNguyễn Văn Đọc nói.", '<h3>Nguyễn Văn Đọc</h3>\n<p><a href="/nhan-vat/nguyen-van-doc" class="mention">Nguyễn Văn Đọc</a> nói.</p>\n'],
    ["never inside the editor's own link", "[Nguyễn Văn Đọc](https://example.vn)", '<p><a href="https://example.vn">Nguyễn Văn Đọc</a></p>\n'],
    ["never inside code", "`Nguyễn Văn Đọc`", "<p><code>Nguyễn Văn Đọc</code></p>\n"],
    ["never inside a photo's caption", '![Ảnh](/a.svg "Nguyễn Văn Đọc phát biểu.")', '<figure><img src="/a.svg" alt="Ảnh" fetchpriority="high"><figcaption>Nguyễn Văn Đọc phát biểu.</figcaption></figure>\n'],
  ])("%s", (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it("links nothing when the renderer is given no registers", () => {
    expect(renderMarkdown("Nguyễn Văn Đọc, Nghị định 123/2024/NĐ-CP.")).toBe("<p>Nguyễn Văn Đọc, Nghị định 123/2024/NĐ\u2011CP.</p>\n");
  });

  it("links exactly what the article's mentions list, read from the same texts", () => {
    const markdown = '## Nguyễn Văn Đọc\n\n![Ảnh](/a.svg "HĐND tỉnh")\n\nChủ tịch HĐND tỉnh Nguyễn Văn Đọc.';
    const linked = [...render(markdown).matchAll(/href="(\/[a-z-]+\/[a-z0-9-]+)" class="mention"/g)].map((match) => match[1]);
    const mentions = findMentions(analyseMarkdown(markdown, 1).prose, REGISTERS).map((mention) => `/${mention.kind === "person" ? "nhan-vat" : "co-quan"}/${mention.id}`);
    expect(linked).toEqual(["/co-quan/hdnd-tinh", "/nhan-vat/nguyen-van-doc"]);
    expect(mentions).toEqual(linked);
  });
});

describe("isMentionLink", () => {
  it.each([
    [{ type: "link", data: { hProperties: { className: ["mention"] } } }, true],
    [{ type: "link", data: { hProperties: { className: ["video-link"] } } }, false],
    [{ type: "link" }, false],
    [{ type: "text", data: { hProperties: { className: ["mention"] } } }, false],
  ])("tells our links from the editor's: %j", (node, expected) => {
    expect(isMentionLink(node)).toBe(expected);
  });
});
