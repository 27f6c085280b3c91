import { readFileSync } from "node:fs";
import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../lib/article";
import { importPlainText, type ImportOptions } from "../../../lib/authoring/import-plain-text";
import { parseArticle } from "../../../lib/parse-article";
import { formatProblem } from "../../../lib/problem";
import { captionedImage } from "../../../lib/remark-figures";
import { parseSections, parseSiteConfig } from "../../../lib/site-config";

// The seed article as the paper's site gives it in plain text (a copy of /work/shared/seed/000_1a00409db1d51469.txt).
const SEED_TEXT = new URL("../../fixtures/import/seed-btv-tinh-uy-lam-viec.txt", import.meta.url);
const SEED_ARTICLE = "content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md";
const OPTIONS: ImportOptions = { file: "bai.txt", timeZone: "Asia/Ho_Chi_Minh", category: "Chính trị" };

function fromRepo(file: string): string {
  return readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");
}

function settings() {
  const site = parseSiteConfig(fromRepo("content/site.yaml"), "content/site.yaml");
  const sections = parseSections(fromRepo("content/sections.yaml"), "content/sections.yaml");
  if (!site.ok || !sections.ok) throw new Error("content/site.yaml or content/sections.yaml does not load");
  return { timeZone: site.value.timeZone, sections: sections.value };
}

function parse(markdown: string, file: string, slug: string): Article {
  const result = parseArticle(markdown, file, slug, settings());
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value.article;
}

function imported(text: string | Uint8Array, options: Partial<ImportOptions> = {}) {
  const result = importPlainText(text, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  const { value } = result;
  return { ...value, article: parse(value.markdown, `content/${value.relativePath}`, value.slug) };
}

function refused(text: string | Uint8Array, options: Partial<ImportOptions> = {}): string[] {
  const result = importPlainText(text, { ...OPTIONS, ...options });
  if (result.ok) throw new Error(`expected a refusal, got:\n${result.value.markdown}`);
  return result.problems.map(formatProblem);
}

/** Body paragraphs as plain text, photos left out: what "word for word" compares. */
function paragraphs(article: Article): string[] {
  return remark()
    .parse(article.markdown)
    .children.filter((node): node is Paragraph => node.type === "paragraph" && captionedImage(node) === undefined)
    .map((node) => toString(node));
}

function article(lines: readonly string[]): string {
  return ["Tiêu đề bài thử", "", "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", "", ...lines].join("\n");
}

describe("importPlainText on the seed", () => {
  const seed = imported(readFileSync(SEED_TEXT));
  const expected = parse(fromRepo(SEED_ARTICLE), SEED_ARTICLE, "btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong");

  it("files it where the seed article is", () => {
    expect(`content/${seed.relativePath}`).toBe(SEED_ARTICLE);
  });

  it("gives the same title, instant, author and section as the article in content/", () => {
    expect(seed.article.title).toBe(expected.title);
    expect(seed.article.published).toEqual(expected.published);
    expect(seed.article.authors).toEqual(expected.authors);
    expect(seed.article.section).toEqual(expected.section);
  });

  it("gives the same body paragraphs, word for word", () => {
    expect(paragraphs(seed.article)).toEqual(paragraphs(expected));
    expect(paragraphs(seed.article)).toHaveLength(11);
  });

  it("gives the same three captions in the same order, on placeholder photos", () => {
    expect(seed.article.images.map((image) => image.caption)).toEqual(expected.images.map((image) => image.caption));
    expect(seed.article.images).toHaveLength(3);
    for (const image of seed.article.images) expect(image).toMatchObject({ src: "/images/placeholder.svg", alt: "Ảnh minh họa" });
  });

  it("puts each photo between the same paragraphs", () => {
    const shape = (item: Article) => item.markdown.split("\n\n").map((block) => (block.trim().startsWith("![") ? "ảnh" : "đoạn"));
    expect(shape(seed.article)).toEqual(shape(expected));
  });

  it("imports it as a draft", () => {
    expect(seed.article.draft).toBe(true);
  });

  it("reports every guess for the editor to check", () => {
    expect(seed.guesses).toEqual([
      'tiêu đề (dòng 1): "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương"',
      "ngày đăng (dòng 3): 2017-04-20 18:02",
      'chú thích ảnh (dòng 12, ngay sau dòng chữ lạc "q"): "Bí thư Tỉnh ủy Nguyễn Văn Đọc trao đổi các nội dung với Đoàn khảo sát Ban Dân vận Trung ương."',
      'chú thích ảnh (dòng 22–23, dòng lặp lại): "Bí thư Tỉnh ủy Nguyễn Văn Đọc làm rõ một số nội dung mà Đoàn khảo sát Ban Dân vận Trung ương quan tâm."',
      'chú thích ảnh (dòng 31–32, dòng lặp lại): "Đồng chí Ngô Thị Doãn Thanh, Phó Trưởng Ban Dân vận Trung ương phát biểu tại buổi làm việc."',
      "bỏ 11 dòng rác (dấu câu hoặc chữ cái lẻ): dòng 4, 5, 11, 40, 41, 42, 43, 44, 45, 46, 47",
      "tác giả (dòng 38, dòng ngắn cuối bài): Hồng Nhung",
      'ảnh: 3 ảnh tạm /images/placeholder.svg ("Ảnh minh họa"); thay bằng ảnh thật và sửa mô tả.',
      "chuyên mục: Chính trị",
      "draft: true (bản nháp, chưa đăng); đổi thành false khi đã đọc lại bài và thay ảnh.",
    ]);
  });

  it("reads the same from text as from UTF-8 bytes, and with Windows line endings", () => {
    const text = readFileSync(SEED_TEXT, "utf8");
    expect(importPlainText(text, OPTIONS)).toEqual(importPlainText(readFileSync(SEED_TEXT), OPTIONS));
    expect(importPlainText(`\ufeff${text.replace(/\n/g, "\r\n")}`, OPTIONS)).toEqual(importPlainText(text, OPTIONS));
  });
});

describe("importPlainText front matter", () => {
  it("writes the fields in the contract's order", () => {
    const result = imported(article(["Đoạn một.", "", "Hồng Nhung"]), { source: "Báo Quảng Ninh" });
    expect(result.markdown).toBe(
      [
        "---",
        "title: Tiêu đề bài thử",
        "date: 2017-04-20 18:02",
        "author: Hồng Nhung",
        "category: Chính trị",
        "source: Báo Quảng Ninh",
        "draft: true",
        "---",
        "",
        "Đoạn một.",
        "",
      ].join("\n"),
    );
  });

  it("says why the section was chosen, when told", () => {
    const result = imported(article(["Đoạn một.", "", "Hồng Nhung"]), { categoryNote: "chuyên mục mặc định" });
    expect(result.guesses).toContain("chuyên mục: Chính trị (chuyên mục mặc định)");
  });

  it("publishes at once when asked", () => {
    expect(imported(article(["Đoạn một.", "", "Hồng Nhung"]), { draft: false }).article.draft).toBe(false);
  });

  it("quotes a title YAML would misread and keeps it exactly", () => {
    const text = article(["Đoạn một.", "", "Hồng Nhung"]).replace("Tiêu đề bài thử", "Kỳ họp thứ 5: Đường về đích #1");
    expect(imported(text).article.title).toBe("Kỳ họp thứ 5: Đường về đích #1");
  });

  it("converts an offset other than the site's to the site's wall-clock time", () => {
    const text = article(["Đoạn một.", "", "Hồng Nhung"]).replace("18:02 [GMT+7]", "19:02 [GMT+8]");
    const result = imported(text);
    expect(result.markdown).toContain("\ndate: 2017-04-20 18:02\n");
    expect(result.article.published).toEqual(new Date("2017-04-20T11:02:00Z"));
  });

  it("reads a dateline without an offset as the site's time and says so", () => {
    const text = article(["Đoạn một.", "", "Hồng Nhung"]).replace(" [GMT+7]", "");
    const result = imported(text);
    expect(result.article.published).toEqual(new Date("2017-04-20T11:02:00Z"));
    expect(result.guesses).toContain("ngày đăng (dòng 3): 2017-04-20 18:02 (không ghi múi giờ: coi là giờ Asia/Ho_Chi_Minh)");
  });

  it("warns when the weekday does not match the date", () => {
    const text = article(["Đoạn một.", "", "Hồng Nhung"]).replace("Thứ Năm", "Thứ Sáu");
    expect(imported(text).guesses).toContain('lưu ý dòng 3: ghi "Thứ Sáu" nhưng 20/04/2017 là Thứ Năm; đã theo ngày tháng.');
  });

  it("files a just-after-midnight article under the month of its Vietnamese date", () => {
    const text = article(["Đoạn một.", "", "Hồng Nhung"]).replace("Thứ Năm, 20/04/2017, 18:02", "Thứ Hai, 01/05/2017, 00:30");
    expect(imported(text).relativePath).toBe("articles/2017/05/tieu-de-bai-thu.md");
  });
});

describe("importPlainText bylines", () => {
  it.each([
    ["one name", "Hồng Nhung", ["Hồng Nhung"]],
    ["names separated by a comma", "Hồng Nhung, Minh Đức", ["Hồng Nhung", "Minh Đức"]],
    ["names separated by a dash", "Hồng Nhung - Minh Đức", ["Hồng Nhung", "Minh Đức"]],
    ["a 'Bài, ảnh:' prefix", "Bài, ảnh: Hồng Nhung", ["Hồng Nhung"]],
    ["a 'Bài và ảnh:' prefix", "Bài và ảnh: Hồng Nhung", ["Hồng Nhung"]],
  ])("reads %s", (_name, byline, authors) => {
    expect(imported(article(["Đoạn một.", "", byline])).article.authors).toEqual(authors);
  });

  it("takes --author over the byline and drops the byline from the body", () => {
    const result = imported(article(["Đoạn một.", "", "H.N"]), { author: "Hồng Nhung" });
    expect(result.article.authors).toEqual(["Hồng Nhung"]);
    expect(paragraphs(result.article)).toEqual(["Đoạn một."]);
    expect(result.guesses).toContain('tác giả: Hồng Nhung, theo --author (đã bỏ dòng ký tên "H.N" ở dòng 7)');
  });

  it("keeps a last line that is a sentence as a paragraph when --author is given", () => {
    const result = imported(article(["Đoạn một.", "", "Đoạn cuối cũng là một câu."]), { author: "Hồng Nhung" });
    expect(paragraphs(result.article)).toEqual(["Đoạn một.", "Đoạn cuối cũng là một câu."]);
  });
});

describe("importPlainText captions and debris", () => {
  it.each<[string, string[], string[], string[]]>([
    ["a line repeated on the next line is one caption", ["Đoạn một.", "", "Chú thích ảnh.", "Chú thích ảnh.", "", "Đoạn hai."], ["Đoạn một.", "Đoạn hai."], ["Chú thích ảnh."]],
    ["a line repeated three times is still one caption", ["Đoạn một.", "Chú thích.", "Chú thích.", "Chú thích.", "", "Đoạn hai."], ["Đoạn một.", "Đoạn hai."], ["Chú thích."]],
    ["a single line right after a stray letter is a caption", ["Đoạn một.", "", "q", "Chú thích ảnh.", "", "Đoạn hai."], ["Đoạn một.", "Đoạn hai."], ["Chú thích ảnh."]],
    ["a stray letter followed by a blank line marks nothing", ["Đoạn một.", "", "q", "", "Đoạn hai."], ["Đoạn một.", "Đoạn hai."], []],
    ["a stray letter before two lines marks nothing", ["q", "Đoạn một.", "Đoạn hai."], ["Đoạn một.", "Đoạn hai."], []],
    ["a stray dot before a line marks nothing", ["Đoạn một.", "", ".", "Đoạn hai.", "", "Đoạn ba."], ["Đoạn một.", "Đoạn hai.", "Đoạn ba."], []],
    ["the same line apart is two paragraphs", ["Đoạn một.", "", "Đoạn một."], ["Đoạn một.", "Đoạn một."], []],
    ["lines in one block are separate paragraphs", ["Đoạn một.", "Đoạn hai."], ["Đoạn một.", "Đoạn hai."], []],
    ["debris lines of dots, dashes and ellipses go", [".", "…", "---", "* * *", "Đoạn một.", "."], ["Đoạn một."], []],
  ])("%s", (_name, body, expectedParagraphs, captions) => {
    const result = imported(article([...body, "", "Hồng Nhung", ".", "."]));
    expect(paragraphs(result.article)).toEqual(expectedParagraphs);
    expect(result.article.images.map((image) => image.caption)).toEqual(captions);
  });

  it("keeps Markdown-looking text as plain text", () => {
    const lines = ["1. Một là *quan trọng* [xem](http://x.vn)", "# Không phải tiêu đề", "- Không phải danh sách <b>"];
    const result = imported(article([...lines, "", "Chú thích \"Thanh\" \\ R&amp;D", "Chú thích \"Thanh\" \\ R&amp;D", "", "Hồng Nhung"]));
    expect(paragraphs(result.article)).toEqual(lines);
    expect(result.article.images.map((image) => image.caption)).toEqual(['Chú thích "Thanh" \\ R&amp;D']);
  });

  it("removes invisible characters and folds runs of spaces", () => {
    const text = article(["Đoạn\u200b  một\u00a0có   khoảng trắng.", "", "Hồng Nhung"]).replace("Tiêu đề", "Tiêu\u200b đề\ufeff");
    const result = imported(text);
    expect(result.article.title).toBe("Tiêu đề bài thử");
    expect(paragraphs(result.article)).toEqual(["Đoạn một có khoảng trắng."]);
  });

  it.each([
    ["a soft hyphen", "\u00ad"],
    ["an Arabic letter mark", "\u061c"],
    ["a left-to-right isolate", "\u2066"],
    ["a right-to-left isolate", "\u2067"],
    ["a first-strong isolate", "\u2068"],
    ["a pop directional isolate", "\u2069"],
  ])("drops %s, which the content check would refuse in a title", (_name, character) => {
    const result = imported(article([`Đoạn${character} một.`, "", "Hồng Nhung"]).replace("Tiêu đề", `Tiêu${character} đề`));
    expect(result.article.title).toBe("Tiêu đề bài thử");
    expect(paragraphs(result.article)).toEqual(["Đoạn một."]);
  });

  it("turns a tab into a space", () => {
    const result = imported(article(["Đoạn\tmột.", "", "Hồng Nhung"]).replace("Tiêu đề", "Tiêu\tđề"));
    expect(result.article.title).toBe("Tiêu đề bài thử");
    expect(paragraphs(result.article)).toEqual(["Đoạn một."]);
  });

  it("skips a title printed twice before the dateline", () => {
    const text = ["Tiêu đề bài thử", "Tiêu đề bài thử", "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", "Đoạn một.", "Hồng Nhung"].join("\n");
    expect(paragraphs(imported(text).article)).toEqual(["Đoạn một."]);
  });
});

describe("importPlainText refusals", () => {
  it.each<[string, string | Uint8Array, string[]]>([
    ["an empty file", "", ["bai.txt: cần tiêu đề ở dòng đầu, rồi dòng ngày giờ và các đoạn văn, nhận được tệp trống"]],
    ["a file of blank and debris lines", "\n.\n\nq\n", ["bai.txt: cần tiêu đề ở dòng đầu, rồi dòng ngày giờ và các đoạn văn, nhận được tệp trống"]],
    [
      "a file that is not UTF-8",
      new Uint8Array([0x54, 0x69, 0xea, 0x75, 0x0a, 0x54, 0x68, 0xb8, 0x20, 0x4e, 0xa8, 0x6d]),
      ["bai.txt:1: tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8."],
    ],
    [
      "text already mangled by a wrong decoding",
      "Tiêu đề\nThứ Năm, 20/04/2017, 18:02\nĐo\ufffdn một.\nHồng Nhung",
      ["bai.txt:3: tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8."],
    ],
    ["a title alone", "Tiêu đề bài thử\n\n", ['bai.txt:2: cần dòng ngày giờ ngay sau tiêu đề, dạng "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", nhận được hết tệp']],
    [
      "a dateline in place of the title",
      "Thứ Năm, 20/04/2017, 18:02 [GMT+7]\nĐoạn một.\nHồng Nhung",
      ['bai.txt:1: cần tiêu đề ở dòng đầu, trước dòng ngày giờ, nhận được "Thứ Năm, 20/04/2017, 18:02 [GMT+7]"'],
    ],
    [
      "no dateline",
      "Tiêu đề bài thử\n\nChiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy làm việc.\n\nHồng Nhung",
      ['bai.txt:3: cần dòng ngày giờ ngay sau tiêu đề, dạng "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", nhận được "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy làm việc." (không đúng dạng)'],
    ],
    [
      "a date that does not exist",
      article(["Đoạn một.", "", "Hồng Nhung"]).replace("20/04/2017", "31/04/2017"),
      ['bai.txt:3: cần dòng ngày giờ ngay sau tiêu đề, dạng "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", nhận được "Thứ Năm, 31/04/2017, 18:02 [GMT+7]" (tháng 4/2017 không có ngày 31)'],
    ],
    ["no body", article(["", ".", "."]), [
      'bai.txt "author": cần tên tác giả ở dòng cuối bài (ngắn, tối đa 60 ký tự, không kết thúc bằng dấu câu), hoặc ghi tên bằng --author, nhận được không có dòng nào',
      "bai.txt:3: cần ít nhất một đoạn văn sau dòng ngày giờ, nhận được không có đoạn nào",
    ]],
    ["a byline with no paragraph", article(["Hồng Nhung"]), ["bai.txt:3: cần ít nhất một đoạn văn sau dòng ngày giờ, nhận được không có đoạn nào"]],
    ["only captions", article(["Chú thích.", "Chú thích.", "", "Hồng Nhung"]), ["bai.txt:3: cần ít nhất một đoạn văn sau dòng ngày giờ, nhận được không có đoạn nào"]],
    [
      "no byline",
      article(["Đoạn một.", "", "Đoạn cuối là một câu đầy đủ."]),
      ['bai.txt:7 "author": cần tên tác giả ở dòng cuối bài (ngắn, tối đa 60 ký tự, không kết thúc bằng dấu câu), hoặc ghi tên bằng --author, nhận được "Đoạn cuối là một câu đầy đủ."'],
    ],
  ])("refuses %s", (_name, text, problems) => {
    expect(refused(text)).toEqual(problems);
  });

  it("lists every problem at once: a broken dateline and a missing byline", () => {
    const text = ["Tiêu đề bài thử", "Thứ Năm, 31/04/2017, 18:02", "Đoạn một.", "Đoạn cuối là một câu đầy đủ."].join("\n");
    expect(refused(text)).toHaveLength(2);
  });
});

describe("importPlainText on real pages: what the page puts around the article", () => {
  it("makes a closing 'Nguồn:' line the source, not the author (the issue's case)", () => {
    const result = imported(article(["Đoạn một.", "", "Hồng Nhung", "Nguồn: Báo Quảng Ninh"]));
    expect(result.article.authors).toEqual(["Hồng Nhung"]);
    expect(result.article.source).toBe("Báo Quảng Ninh");
    expect(result.guesses).toContain("nguồn (dòng 8): Báo Quảng Ninh");
    expect(result.guesses).toContain("bỏ 1 dòng nguồn (đã ghi vào source): dòng 8");
  });

  it("takes --source over the page's source line and says what the page said", () => {
    const result = imported(article(["Đoạn một.", "", "Hồng Nhung", "Nguồn: Báo Quảng Ninh"]), { source: "TTXVN" });
    expect(result.article.source).toBe("TTXVN");
    expect(result.guesses).toContain('nguồn: TTXVN, theo --source (dòng 8 ghi "Báo Quảng Ninh")');
  });

  it("makes a short closing '(Theo …)' line the source, and keeps 'Theo đó, …' a paragraph", () => {
    const result = imported(article(["Theo đó, nhiều hộ đã bán lúa.", "", "Hồng Nhung", "(Theo Báo Quảng Ninh)"]));
    expect(result.article.source).toBe("Báo Quảng Ninh");
    expect(paragraphs(result.article)).toEqual(["Theo đó, nhiều hộ đã bán lúa."]);
  });

  it.each<[string, string[], string]>([
    ["an 'Ảnh:' line under a caption is its credit", ["Đoạn một.", "", "q", "Quang cảnh hội nghị.", "Ảnh: Minh Đức", "", "Đoạn hai."], "Quang cảnh hội nghị. Ảnh: Minh Đức"],
    // Written "Quang cảnh (Ảnh: Thu Hà)"; the page shows the credit apart, so the caption reads as text, then credit.
    ["a credit under a caption with no full stop comes in brackets", ["Đoạn một.", "Quang cảnh", "Quang cảnh", "(Ảnh: Thu Hà)", "", "Đoạn hai."], "Quang cảnh Ảnh: Thu Hà"],
    ["an 'Ảnh:' line alone is a photo whose caption is its credit", ["Đoạn một.", "", "Ảnh: TTXVN", "", "Đoạn hai."], "Ảnh: TTXVN"],
    ["a caption wholly in brackets is a caption", ["Đoạn một.", "", "(Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Minh Đức)", "", "Đoạn hai."], "Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Minh Đức"],
  ])("%s", (_name, body, caption) => {
    const result = imported(article([...body, "", "Hồng Nhung"]));
    expect(result.article.images.map((image) => image.caption)).toEqual([caption]);
    expect(paragraphs(result.article)).toEqual(["Đoạn một.", "Đoạn hai."]);
  });

  it.each<[string, string[], string[]]>([
    ["a 'Từ khóa:' line", ["Từ khóa: Dân vận, Quảng Ninh"], ["Dân vận", "Quảng Ninh"]],
    ["a 'Tags:' label with the tags on the next line", ["Tags:", "Nông nghiệp; Giá lúa"], ["Nông nghiệp", "Giá lúa"]],
  ])("makes %s the tags", (_name, lines, tags) => {
    const result = imported(article(["Đoạn một.", "", "Hồng Nhung", "", ...lines]));
    expect(result.article.tags).toEqual(tags);
    expect(paragraphs(result.article)).toEqual(["Đoạn một."]);
  });

  it.each<[string, string[]]>([
    ["share, comment, print and e-mail buttons", ["Chia sẻ", "Bình luận (3)", "In bài | Gửi email"]],
    ["a view counter", ["Lượt xem: 1.234"]],
    ["a related list and the lines right under it", ["Tin liên quan", "Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ", "Hội nghị giao ban quý I"]],
    ["a related list with items set out after a blank line", ["Tin cùng chuyên mục", "", "- Khai giảng lớp tiếng Anh", "- Trao học bổng"]],
  ])("drops %s after the byline", (_name, lines) => {
    const result = imported(article(["Đoạn một.", "", "Hồng Nhung", "", ...lines]));
    expect(result.article.authors).toEqual(["Hồng Nhung"]);
    expect(paragraphs(result.article)).toEqual(["Đoạn một."]);
  });

  it("drops a breadcrumb above the title and takes its section when none was chosen", () => {
    const text = ["Trang chủ > Kinh tế", "", ...article(["Đoạn một.", "", "Hồng Nhung"]).split("\n")].join("\n");
    const result = imported(text, { breadcrumbSections: ["Chính trị", "Kinh tế"] });
    expect(result.article.title).toBe("Tiêu đề bài thử");
    expect(result.article.section.name).toBe("Kinh tế");
    expect(result.guesses).toContain("chuyên mục (dòng 1, theo dòng đường dẫn trang): Kinh tế");
  });

  it("keeps the section chosen with --category over the breadcrumb's", () => {
    const text = ["Trang chủ > Kinh tế", "", ...article(["Đoạn một.", "", "Hồng Nhung"]).split("\n")].join("\n");
    expect(imported(text).article.section.name).toBe("Chính trị");
  });
});

describe("importPlainText on layouts of provincial papers' pages", () => {
  const LAYOUTS = new URL("../../fixtures/import/layouts/", import.meta.url);
  const SECTION_NAMES = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa"];
  const layout = (name: string, extension: string) => readFileSync(new URL(`${name}${extension}`, LAYOUTS), "utf8");

  it.each([
    ["duong-dan-va-tin-lien-quan", "articles/2017/05/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12.md"],
    ["nguon-va-tu-khoa", "articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md"],
    ["theo-va-the", "articles/2017/04/gia-lua-tang-nong-dan-phan-khoi.md"],
    ["anh-chi-co-ten-nguoi-chup", "articles/2017/05/hoc-sinh-vung-cao-den-truong-sau-ky-nghi.md"],
  ])("imports %s.txt into exactly %s.md, with every decision in its report, and the result checks clean", (name, relativePath) => {
    const result = imported(layout(name, ".txt"), {
      file: `${name}.txt`,
      categoryNote: "chuyên mục đầu tiên trong content/sections.yaml; chọn khác bằng --category",
      breadcrumbSections: SECTION_NAMES,
    });
    expect(result.relativePath).toBe(relativePath);
    expect(result.markdown).toBe(layout(name, ".md"));
    expect(result.guesses).toEqual(layout(name, ".report").trimEnd().split("\n"));
  });
});
