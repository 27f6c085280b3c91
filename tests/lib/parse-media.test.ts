import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle, type ArticleContext } from "../../lib/parse-article";
import { mediaTypeOf, parseMediaBlock } from "../../lib/parse-media";
import { formatProblem } from "../../lib/problem";

const CONTEXT: ArticleContext = { timeZone: "Asia/Ho_Chi_Minh", sections: [{ name: "Chính trị", slug: "chinh-tri", description: "" }] };
const DIR = "tests/fixtures/articles";

function parse(name: string) {
  const text = readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");
  return parseArticle(text, `${DIR}/${name}`, name.replace(/\.md$/, ""), CONTEXT);
}

describe("video and audio blocks in an article", () => {
  it("reads a self-hosted video, an audio clip and a video on YouTube, in body order, each at its fence's line and each poster at its own (media-valid.md)", () => {
    const result = parse("media-valid.md");
    expect(result.ok && result.value.article.media).toEqual([
      { kind: "video", src: "/media/2017/04/ky-hop.mp4", external: false, poster: "/images/2017/04/ky-hop.jpg", posterLine: 12, caption: "Quang cảnh phiên khai mạc.", credit: "Đài PT-TH tỉnh", line: 10 },
      { kind: "audio", src: "/media/2017/04/ban-tin.mp3", external: false, caption: "Bản tin thời sự sáng 20/4.", line: 17 },
      { kind: "video", src: "https://www.youtube.com/watch?v=abc123", external: true, poster: "/images/2017/04/ky-hop-youtube.jpg", posterLine: 24, caption: "Toàn văn phát biểu khai mạc.", line: 22 },
    ]);
  });

  it("searches the captions as words of the article, but not the blocks' fields (media-valid.md)", () => {
    const result = parse("media-valid.md");
    const text = result.ok ? result.value.article.text : "";
    expect(text).toBe(
      ["Sáng 20/4, kỳ họp thứ 5 HĐND tỉnh khai mạc.", "Quang cảnh phiên khai mạc.", "Bản tin thời sự sáng 20/4.", "Toàn văn phát biểu khai mạc."].join("\n"),
    );
  });

  it.each([
    {
      rule: "needs a poster for a video",
      fixture: "media-video-without-poster.md",
      expected: [
        `${DIR}/media-video-without-poster.md:10 "poster": cần trường "poster" (bắt buộc), nhận được không có`,
      ],
    },
    {
      rule: "refuses the video site's own thumbnail as poster",
      fixture: "media-poster-from-video-site.md",
      expected: [
        `${DIR}/media-poster-from-video-site.md:12 "poster": cần ảnh đại diện là ảnh gốc trong thư mục content/images/, đường dẫn bắt đầu bằng /images/ (như /images/2026/12/ky-hop.jpg), không phải ảnh trên trang khác, nhận được "https://i.ytimg.com/vi/abc123/hqdefault.jpg"`,
      ],
    },
    {
      rule: "needs a caption, as a photo does",
      fixture: "media-without-caption.md",
      expected: [`${DIR}/media-without-caption.md:10 "caption": cần trường "caption" (bắt buộc), nhận được không có`],
    },
    {
      rule: "refuses a video file browsers do not play",
      fixture: "media-source-wrong-type.md",
      expected: [
        `${DIR}/media-source-wrong-type.md:11 "src": cần tệp video (.mp4, .webm) trong thư mục public/, đường dẫn bắt đầu bằng / (như /media/2026/12/ky-hop.mp4), hoặc địa chỉ https:// của video trên YouTube hay trang video khác, nhận được "/media/2017/04/ky-hop.avi"`,
      ],
    },
    {
      rule: "refuses audio from another site",
      fixture: "media-audio-from-another-site.md",
      expected: [
        `${DIR}/media-audio-from-another-site.md:11 "src": cần tệp âm thanh (.mp3, .m4a, .ogg, .oga) trong thư mục public/, đường dẫn bắt đầu bằng / (như /media/2026/12/ky-hop.mp3), nhận được "https://soundcloud.com/dai-tinh/ban-tin"`,
      ],
    },
    {
      rule: "refuses a misspelt field, suggesting the one meant",
      fixture: "media-misspelt-field.md",
      expected: [
        `${DIR}/media-misspelt-field.md:13 "captoin": trường không được hỗ trợ (có phải là "caption"?).`,
        `${DIR}/media-misspelt-field.md:10 "caption": cần trường "caption" (bắt buộc), nhận được không có`,
      ],
    },
    {
      rule: "refuses a block that is a sentence, not fields",
      fixture: "media-block-without-fields.md",
      expected: [`${DIR}/media-block-without-fields.md:10: cần các dòng \`trường: giá trị\` trong khối \`\`\`video (src, poster, caption, credit), nhận được "Video phiên khai mạc kỳ họp."`],
    },
    {
      rule: "points a YAML mistake inside the block at its line in the file",
      fixture: "media-yaml-unclosed-quote.md",
      expected: [
        `${DIR}/media-yaml-unclosed-quote.md:13:10: YAML sai cú pháp: dấu ngoặc " mở ở đây nhưng không được đóng. Sửa dòng thành: \`caption: "Quang cảnh phiên khai mạc."\``,
      ],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    const result = parse(fixture);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(expected);
  });

  it("refuses a poster on audio, which has nowhere to show one", () => {
    const result = parseMediaBlock({ kind: "audio", yaml: "src: /media/a.mp3\ncaption: Bản tin.\nposter: /images/a.jpg\n", line: 5 }, "a.md");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['a.md:8 "poster": trường không được hỗ trợ (các trường hợp lệ: src, caption, credit).']);
  });

  it("refuses a video address that is not https://", () => {
    const result = parseMediaBlock({ kind: "video", yaml: "src: http://example.com/a.mp4\nposter: /a.jpg\ncaption: C.\n", line: 1 }, "a.md");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'a.md:2 "src": cần tệp video (.mp4, .webm) trong thư mục public/, đường dẫn bắt đầu bằng / (như /media/2026/12/ky-hop.mp4), hoặc địa chỉ https:// của video trên YouTube hay trang video khác, nhận được "http://example.com/a.mp4"',
    ]);
  });
});

describe("mediaTypeOf", () => {
  it.each([
    ["video", "/media/a.mp4", "video/mp4"],
    ["video", "/media/a.WEBM", "video/webm"],
    ["audio", "/media/a.mp3", "audio/mpeg"],
    ["audio", "/media/a.m4a", "audio/mp4"],
    ["audio", "/media/a.ogg?v=2", "audio/ogg"],
    ["video", "/media/a.mp3", undefined],
    ["audio", "/media/a.wav", undefined],
  ] as const)("gives the %s file %s the type %s", (kind, src, type) => {
    expect(mediaTypeOf(kind, src)).toBe(type);
  });
});
