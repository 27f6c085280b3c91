import { describe, expect, it } from "vitest";
import { photoKey, planPhoto } from "../../lib/plan-photo";
import { renderMarkdown } from "../../lib/render-markdown";

const PHOTO = '![Bí thư Tỉnh ủy phát biểu](/images/2017/04/btv-1.jpg "Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.")';
const PLAN = planPhoto("/images/2017/04/btv-1.jpg", { format: "jpeg", width: 1000, height: 750 }, "a".repeat(64));
const KEY = photoKey("a".repeat(64));
const photo = (src: string) => (src === PLAN.src ? PLAN : undefined);
const WEBP = [320, 480, 640, 960, 1000].map((width) => `/anh/btv-1-${KEY}-${width}.webp ${width}w`).join(", ");
const JPEG = [320, 640, 1000].map((width) => `/anh/btv-1-${KEY}-${width}.jpg ${width}w`).join(", ");
const COLUMN = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";

function picture(alt: string, loading: string, sizes = COLUMN): string {
  return (
    `<picture><source type="image/webp" srcset="${WEBP}" sizes="${sizes}">` +
    `<img src="/anh/btv-1-${KEY}-640.jpg" srcset="${JPEG}" sizes="${sizes}" alt="${alt}" width="1000" height="750" ${loading}></picture>`
  );
}

const FIRST = 'fetchpriority="high"';
const LAZY = 'loading="lazy" decoding="async"';

describe("renderMarkdown", () => {
  it("renders a captioned photo as a figure of its derived files, sized from the oriented original", () => {
    expect(renderMarkdown(PHOTO, { photo })).toBe(
      `<figure>${picture("Bí thư Tỉnh ủy phát biểu", FIRST)}<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n`,
    );
  });

  it("loads the first photo at once with high priority and every later one lazily", () => {
    expect(renderMarkdown(`${PHOTO}\n\nĐoạn.\n\n${PHOTO}`, { photo })).toBe(
      `<figure>${picture("Bí thư Tỉnh ủy phát biểu", FIRST)}<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n` +
        "<p>Đoạn.</p>\n" +
        `<figure>${picture("Bí thư Tỉnh ủy phát biểu", LAZY)}<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n`,
    );
  });

  it("writes one JPEG of the asked width per photo for the lite page and feeds", () => {
    expect(renderMarkdown(PHOTO, { photo, photoForm: { kind: "jpeg", width: 320 } })).toBe(
      `<figure><img src="/anh/btv-1-${KEY}-320.jpg" alt="Bí thư Tỉnh ủy phát biểu" width="320" height="240" ${LAZY}>` +
        "<figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n",
    );
  });

  it("keeps the address the article wrote when no plan knows the photo", () => {
    expect(renderMarkdown(PHOTO)).toBe(
      `<figure><img src="/images/2017/04/btv-1.jpg" alt="Bí thư Tỉnh ủy phát biểu" ${FIRST}><figcaption>Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.</figcaption></figure>\n`,
    );
  });

  it("makes an image alone in its paragraph a figure without a caption", () => {
    expect(renderMarkdown("![Ảnh hội nghị](/images/2017/04/btv-1.jpg)", { photo })).toBe(`<figure>${picture("Ảnh hội nghị", FIRST)}</figure>\n`);
  });

  it("reads a title in curly quotes, as word processors type it, as the caption", () => {
    expect(renderMarkdown("![Ảnh](/images/2017/04/btv-1.jpg “Quang cảnh hội nghị.”)", { photo })).toBe(
      `<figure>${picture("Ảnh", FIRST)}<figcaption>Quang cảnh hội nghị.</figcaption></figure>\n`,
    );
  });

  it.each([
    ["on the next line", "![Ảnh](/images/2017/04/btv-1.jpg)\n*Quang cảnh hội nghị. Ảnh: Hồng Nhung*"],
    ["in a paragraph of its own", "![Ảnh](/images/2017/04/btv-1.jpg)\n\n*Quang cảnh hội nghị. Ảnh: Hồng Nhung*"],
    ["as the title", '![Ảnh](/images/2017/04/btv-1.jpg "Quang cảnh hội nghị. Ảnh: Hồng Nhung")'],
  ])("shows a caption written %s with its credit apart", (_name, markdown) => {
    expect(renderMarkdown(`${markdown}\n\nĐoạn sau.`, { photo })).toBe(
      `<figure>${picture("Ảnh", FIRST)}<figcaption>Quang cảnh hội nghị. <span class="credit">Ảnh: Hồng Nhung</span></figcaption></figure>\n<p>Đoạn sau.</p>\n`,
    );
  });

  it("joins the title and an italic credit line under the photo", () => {
    expect(renderMarkdown('![Ảnh](/images/2017/04/btv-1.jpg "Quang cảnh hội nghị.")\n*Ảnh: Hồng Nhung*', { photo })).toBe(
      `<figure>${picture("Ảnh", FIRST)}<figcaption>Quang cảnh hội nghị. <span class="credit">Ảnh: Hồng Nhung</span></figcaption></figure>\n`,
    );
  });

  it("lays two captioned photos in a row out as a gallery, each in half the column", () => {
    const gallery = "(min-width: 42rem) 20rem, calc(100vw - 2rem)";
    expect(renderMarkdown('![Một](/images/2017/04/btv-1.jpg "Một.")\n\n![Hai](/images/2017/04/btv-1.jpg)\n*Hai.*', { photo })).toBe(
      `<div class="gallery"><figure>${picture("Một", FIRST, gallery)}<figcaption>Một.</figcaption></figure>` +
        `<figure>${picture("Hai", LAZY, gallery)}<figcaption>Hai.</figcaption></figure></div>\n`,
    );
  });

  it("keeps photos one by one in the JPEG form, which has no gallery", () => {
    expect(renderMarkdown('![Một](/images/2017/04/btv-1.jpg "Một.")\n\n![Hai](/images/2017/04/btv-1.jpg "Hai.")', { photo, photoForm: { kind: "jpeg", width: 640 } })).toBe(
      `<figure><img src="/anh/btv-1-${KEY}-640.jpg" alt="Một" width="640" height="480" ${LAZY}><figcaption>Một.</figcaption></figure>\n` +
        `<figure><img src="/anh/btv-1-${KEY}-640.jpg" alt="Hai" width="640" height="480" ${LAZY}><figcaption>Hai.</figcaption></figure>\n`,
    );
  });

  it("leaves an uncaptioned photo out of the gallery next to it", () => {
    expect(renderMarkdown('![Một](/images/2017/04/btv-1.jpg "Một.")\n\n![Hai](/images/2017/04/btv-1.jpg)', { photo })).toBe(
      `<figure>${picture("Một", FIRST)}<figcaption>Một.</figcaption></figure>\n<figure>${picture("Hai", LAZY)}</figure>\n`,
    );
  });

  it("keeps a titled image that shares its paragraph with text inline, as a picture with its title", () => {
    const inline = picture("Ảnh", `${FIRST} title="Chú thích"`);
    expect(renderMarkdown('Trước ![Ảnh](/images/2017/04/btv-1.jpg "Chú thích") sau', { photo })).toBe(`<p>Trước ${inline} sau</p>\n`);
  });

  it("gives a reference-style image the same derived files", () => {
    expect(renderMarkdown("![Ảnh][anh]\n\n[anh]: /images/2017/04/btv-1.jpg", { photo })).toBe(`<figure>${picture("Ảnh", FIRST)}</figure>\n`);
  });

  it("escapes markup in a caption", () => {
    expect(renderMarkdown('![Ảnh](/a.svg "Chú <b>thích</b> & ghi chú")')).toBe(
      `<figure><img src="/a.svg" alt="Ảnh" ${FIRST}><figcaption>Chú &#x3C;b>thích&#x3C;/b> &#x26; ghi chú</figcaption></figure>\n`,
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
    expect(renderMarkdown("![Ảnh](data:image/png;base64,AAAA)")).toBe(`<figure><img alt="Ảnh" ${FIRST}></figure>\n`);
  });

  it("marks exactly the lead paragraph as the sapo when asked, skipping photos before it", () => {
    const markdown = `![Ảnh](/images/2017/04/btv-1.jpg)\n*Chú thích.*\n\nĐoạn sapo.\n\nĐoạn hai.\n\nĐoạn ba.`;
    expect(renderMarkdown(markdown, { markLead: true, photo })).toBe(
      `<figure>${picture("Ảnh", FIRST)}<figcaption>Chú thích.</figcaption></figure>\n<p class="sapo">Đoạn sapo.</p>\n<p>Đoạn hai.</p>\n<p>Đoạn ba.</p>\n`,
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

describe("renderMarkdown with a glossary and captioned photos", () => {
  const glossary = new Map([["UBND", "Ủy ban nhân dân"]]);

  it.each([
    ["an italic caption line after a blank line", ["![Ảnh](/images/a.jpg)", "", "*Chủ tịch UBND tỉnh phát biểu. Ảnh: Minh Đức*"]],
    ["an italic caption line right under the photo", ["![Ảnh](/images/a.jpg)", "*Chủ tịch UBND tỉnh phát biểu. Ảnh: Minh Đức*"]],
    ["a caption in the photo's title", ['![Ảnh](/images/a.jpg "Chủ tịch UBND tỉnh phát biểu. Ảnh: Minh Đức")']],
  ])("expands the body's first abbreviation even when %s used it first", (_name, photo) => {
    const html = renderMarkdown([...photo, "", "Sau đó UBND tỉnh họp."].join("\n"), { glossary });
    expect(html).toContain("<figcaption>Chủ tịch UBND tỉnh phát biểu. <span class=\"credit\">Ảnh: Minh Đức</span></figcaption>");
    expect(html).toContain('<p>Sau đó <abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh họp.</p>');
  });
});
