import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/render-markdown";

const PHOTO = '![Bí thư Tỉnh ủy phát biểu](/images/2017/04/btv-1.svg "Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.")';

describe("renderMarkdown", () => {
  it("renders a captioned photo as a figure sized from the lookup", () => {
    const html = renderMarkdown(PHOTO, {
      imageSize: (src) => (src === "/images/2017/04/btv-1.svg" ? { width: 1200, height: 800 } : undefined),
    });
    expect(html).toBe(
      '<figure><img src="/images/2017/04/btv-1.svg" alt="Bí thư Tỉnh ủy phát biểu" width="1200" height="800" loading="lazy" decoding="async">' +
        "<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n",
    );
  });

  it("leaves out width and height when the lookup does not know the image", () => {
    expect(renderMarkdown(PHOTO, { imageSize: () => undefined })).toBe(
      '<figure><img src="/images/2017/04/btv-1.svg" alt="Bí thư Tỉnh ủy phát biểu" loading="lazy" decoding="async">' +
        "<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n",
    );
  });

  it("keeps an image without a title in its paragraph", () => {
    expect(renderMarkdown("![Ảnh hội nghị](/images/hoi-nghi.svg)")).toBe('<p><img src="/images/hoi-nghi.svg" alt="Ảnh hội nghị"></p>\n');
  });

  it("keeps a titled image that shares its paragraph with text inline", () => {
    expect(renderMarkdown('Trước ![Ảnh](/a.svg "Chú thích") sau')).toBe('<p>Trước <img src="/a.svg" alt="Ảnh" title="Chú thích"> sau</p>\n');
  });

  it("escapes markup in a caption", () => {
    expect(renderMarkdown('![Ảnh](/a.svg "Chú <b>thích</b> & ghi chú")')).toBe(
      '<figure><img src="/a.svg" alt="Ảnh" loading="lazy" decoding="async"><figcaption>Chú &#x3C;b>thích&#x3C;/b> &#x26; ghi chú</figcaption></figure>\n',
    );
  });

  it("renders paragraphs, emphasis and links", () => {
    expect(renderMarkdown("Chiều 20/4, **BTV Tỉnh ủy** làm việc với [Đoàn khảo sát](/bai-viet/doan-khao-sat).")).toBe(
      '<p>Chiều 20/4, <strong>BTV Tỉnh ủy</strong> làm việc với <a href="/bai-viet/doan-khao-sat">Đoàn khảo sát</a>.</p>\n',
    );
  });

  const FORBIDDEN = ["<script", "onclick", "onerror", "javascript:", "iframe", "data:"];

  it.each([
    ["a raw script element", "<script>alert(1)</script>\n\nĐoạn văn."],
    ["a script inside a paragraph", "Đoạn <script>alert(1)</script> văn."],
    ["an onclick attribute", '<a href="/" onclick="alert(1)">Trang chủ</a>'],
    ["an onerror attribute on raw HTML", '<img src="/a.svg" onerror="alert(1)">'],
    ["a javascript: link", "[Bấm vào đây](javascript:alert(1))"],
    ["an upper-case JAVASCRIPT: link", "[Bấm vào đây](JAVASCRIPT:alert(1))"],
    ["an entity-encoded &#106;avascript: link", "[Bấm vào đây](&#106;avascript:alert(1))"],
    ["a data: image", "![Ảnh](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)"],
    ["a captioned data: image", '![Ảnh](data:image/png;base64,AAAA "Chú thích")'],
    ["a data: link", "[Tải về](data:text/html,<script>alert(1)</script>)"],
    ["an iframe with srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ])("removes %s", (_name, markdown) => {
    const html = renderMarkdown(markdown);
    for (const needle of FORBIDDEN) expect(html.toLowerCase()).not.toContain(needle);
  });

  it("keeps the link text when it removes a dangerous href", () => {
    expect(renderMarkdown("[Bấm vào đây](javascript:alert(1))")).toBe("<p><a>Bấm vào đây</a></p>\n");
  });

  it("keeps the alt text when it removes a data: src", () => {
    expect(renderMarkdown("![Ảnh](data:image/png;base64,AAAA)")).toBe('<p><img alt="Ảnh"></p>\n');
  });

  it("marks exactly the lead paragraph as the sapo when asked, skipping photos before it", () => {
    const markdown = `${PHOTO}\n\nĐoạn sapo.\n\nĐoạn hai.\n\nĐoạn ba.`;
    expect(renderMarkdown(markdown, { markLead: true })).toBe(
      '<figure><img src="/images/2017/04/btv-1.svg" alt="Bí thư Tỉnh ủy phát biểu" loading="lazy" decoding="async">' +
        '<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n<p class="sapo">Đoạn sapo.</p>\n<p>Đoạn hai.</p>\n<p>Đoạn ba.</p>\n',
    );
  });

  it("marks no paragraph when the lead is not asked for", () => {
    expect(renderMarkdown("Đoạn sapo.\n\nĐoạn hai.")).toBe("<p>Đoạn sapo.</p>\n<p>Đoạn hai.</p>\n");
    expect(renderMarkdown("Đoạn sapo.\n\nĐoạn hai.", { markLead: false })).toBe("<p>Đoạn sapo.</p>\n<p>Đoạn hai.</p>\n");
  });

  it("does not let raw HTML in the body claim the sapo class", () => {
    expect(renderMarkdown('<p class="sapo">Giả sapo</p>\n\nĐoạn <span class="sapo">văn</span>.')).toBe("<p>Đoạn văn.</p>\n");
  });

  it("moves body headings one level down, below the page's h1", () => {
    expect(renderMarkdown("# Một\n\n## Hai\n\n###### Sáu")).toBe("<h2>Một</h2>\n<h3>Hai</h3>\n<h6>Sáu</h6>\n");
  });
});
