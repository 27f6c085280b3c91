import { describe, expect, it } from "vitest";
import { analyseMarkdown } from "../../lib/analyse-markdown";

const PHOTO = '![Ảnh hội nghị](/images/hoi-nghi.svg "Quang cảnh hội nghị.")';

describe("analyseMarkdown", () => {
  it("takes the first paragraph that is not a captioned photo as plain text on one line", () => {
    const facts = analyseMarkdown(`${PHOTO}\n\nChiều 20/4, tại **TP Hạ Long**,\nBTV Tỉnh ủy làm việc với [Đoàn khảo sát](/bai-viet/doan).\n\nĐoạn hai.`, 1);
    expect(facts.firstParagraph).toBe("Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy làm việc với Đoàn khảo sát.");
  });

  it("skips headings and quotes when looking for the first paragraph", () => {
    expect(analyseMarkdown("## Tiêu đề phụ\n\n> Trích dẫn.\n\nĐoạn đầu tiên.", 1).firstParagraph).toBe("Đoạn đầu tiên.");
  });

  it("skips an untitled photo and an italic caption line under it, which are the photo's, not the sapo", () => {
    expect(analyseMarkdown("![Ảnh hội nghị](/images/hoi-nghi.svg)\n\n*Quang cảnh hội nghị.*\n\nĐoạn văn.", 1).firstParagraph).toBe("Đoạn văn.");
  });

  it("gives a photo the caption an italic line under it writes, credit included", () => {
    expect(analyseMarkdown("![Ảnh](/images/a.jpg “Quang cảnh.”)\n*Ảnh: Hồng Nhung*", 3).images).toEqual([
      { url: "/images/a.jpg", line: 3, alt: "Ảnh", caption: "Quang cảnh. Ảnh: Hồng Nhung" },
    ]);
  });

  it("gives an empty first paragraph for a body of photos only", () => {
    expect(analyseMarkdown(PHOTO, 1).firstParagraph).toBe("");
    expect(analyseMarkdown("", 1).firstParagraph).toBe("");
  });

  it("lists every image with its alt, caption and line in the file", () => {
    const facts = analyseMarkdown(`Đoạn văn.\n\n${PHOTO}\n\n> ![Ảnh trong trích dẫn](/images/trich.svg)\n`, 8);
    expect(facts.images).toEqual([
      { url: "/images/hoi-nghi.svg", line: 10, alt: "Ảnh hội nghị", caption: "Quang cảnh hội nghị." },
      { url: "/images/trich.svg", line: 12, alt: "Ảnh trong trích dẫn", caption: undefined },
    ]);
  });

  it("records an image without alt text as an empty alt", () => {
    expect(analyseMarkdown("![](/images/a.svg)", 1).images).toEqual([{ url: "/images/a.svg", line: 1, alt: "", caption: undefined }]);
  });

  it("lists inline links and link definitions with their lines", () => {
    const facts = analyseMarkdown("Xem [bài trước](/bai-viet/ky-hop-thu-5) và [nguồn][bqn].\n\n[bqn]: https://baoquangninh.vn/\n", 5);
    expect(facts.links).toEqual([
      { url: "/bai-viet/ky-hop-thu-5", line: 5, text: "bài trước" },
      { url: "https://baoquangninh.vn/", line: 7 },
    ]);
  });

  it("finds links inside emphasis and lists", () => {
    const facts = analyseMarkdown("- **[Một](/bai-viet/mot)**\n- *[Hai](/bai-viet/hai)*\n", 1);
    expect(facts.links.map((link) => link.url)).toEqual(["/bai-viet/mot", "/bai-viet/hai"]);
  });

  it("finds ```video and ```audio blocks with their YAML and the line of their opening fence", () => {
    const facts = analyseMarkdown("Đoạn một.\n\n```video\nsrc: /media/a.mp4\n```\n\n> ```audio\n> src: /media/b.mp3\n> ```\n\n```js\nx\n```\n", 8);
    expect(facts.media).toEqual([
      { kind: "video", yaml: "src: /media/a.mp4", line: 10 },
      { kind: "audio", yaml: "src: /media/b.mp3", line: 14 },
    ]);
    // The quote held only the clip: its line is left empty, as any block without words is.
    expect(facts.text).toBe("Đoạn một.\n\nx");
  });

  it("gives the body as plain text, one block per line", () => {
    expect(analyseMarkdown("Đoạn **một**.\n\n## Tiêu đề\n\nĐoạn [hai](/x).", 1).text).toBe("Đoạn một.\nTiêu đề\nĐoạn hai.");
  });
});

describe("analyseMarkdown with reference-style images", () => {
  it("lists a reference image with the URL of its definition and its alt text", () => {
    const facts = analyseMarkdown("Đoạn.\n\n![][anh]\n\n[anh]: /images/a.svg\n", 10);
    expect(facts.images).toEqual([{ url: "/images/a.svg", line: 12, alt: "" }]);
    expect(facts.links).toEqual([]);
  });

  it("takes a definition written above its reference image for the image's, not a link", () => {
    const facts = analyseMarkdown("[anh]: /images/a.svg\n\nĐoạn.\n\n![Ảnh][anh]\n", 10);
    expect(facts.images).toEqual([{ url: "/images/a.svg", line: 14, alt: "Ảnh" }]);
    expect(facts.links).toEqual([]);
  });

  it("takes the first of two definitions of one label, as the page does", () => {
    expect(analyseMarkdown("![Ảnh][anh]\n\n[anh]: /images/a.svg\n[anh]: /images/b.svg\n", 1).images).toEqual([{ url: "/images/a.svg", line: 1, alt: "Ảnh" }]);
  });

  it("still lists as a link a definition only links use, whatever its address", () => {
    const facts = analyseMarkdown("![Ảnh][anh]\n\nXem [ảnh lớn][goc].\n\n[anh]: /images/a.svg\n[goc]: /images/a.svg\n", 1);
    expect(facts.links).toEqual([{ url: "/images/a.svg", line: 6 }]);
  });
});

describe("analyseMarkdown prose", () => {
  it.each([
    ["a paragraph's texts, emphasis included", "Đồng chí *Nguyễn* Văn Đọc.", ["Đồng chí ", "Nguyễn", " Văn Đọc."]],
    ["none of a heading, a link or code", "## Tiêu đề\n\n[liên kết](https://example.vn) và `mã`.", [" và ", "."]],
    ["none of a photo and the caption line under it", '![Ảnh](/a.svg "Chú thích")\n*Ảnh: Hồng Nhung*\n\nĐoạn văn.', ["Đoạn văn."]],
    ["none of a video block", "```video\nsrc: /media/a.mp4\ncaption: Clip\n```\n\nĐoạn.", ["Đoạn."]],
    ["a quote's and a list's texts", "> Trích dẫn\n\n- mục một", ["Trích dẫn", "mục một"]],
  ])("gives %s", (_name, markdown, prose) => {
    expect(analyseMarkdown(markdown, 1).prose).toEqual(prose);
  });
});
