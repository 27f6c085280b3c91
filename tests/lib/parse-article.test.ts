import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle, readArticle, type ArticleContext } from "../../lib/parse-article";
import { formatProblem, type Problem } from "../../lib/problem";
import { fixtureRegisters } from "../support/registers";

const CONTEXT: ArticleContext = {
  timeZone: "Asia/Ho_Chi_Minh",
  sections: [
    { name: "Chính trị", slug: "chinh-tri", description: "" },
    { name: "Kinh tế", slug: "kinh-te", description: "" },
  ],
};
const DIR = "tests/fixtures/articles";
const DATE_FORM = "ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z";
const CORRECTIONS_FORM = "danh sách các mục có date và text, ví dụ:\n  - date: 2017-04-21 09:00\n    text: Sửa tên đại biểu";
const SEED_TITLE = "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương";
const SHORT_LEAD = "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.";

function read(name: string): string {
  return readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");
}

function parse(name: string) {
  return parseArticle(read(name), `${DIR}/${name}`, name.replace(/\.md$/, ""), CONTEXT);
}

function article(name: string) {
  const result = parse(name);
  if (!result.ok) throw new Error(`expected ${name} to be valid:\n${result.problems.map(formatProblem).join("\n")}`);
  return result.value.article;
}

function shown(problem: Problem): string {
  return formatProblem(problem);
}

function problems(name: string): string[] {
  const result = parse(name);
  if (result.ok) throw new Error(`expected ${name} to be refused`);
  return result.problems.map(shown);
}

describe("parseArticle", () => {
  it.each([
    {
      rule: "requires a title",
      fixture: "missing-title.md",
      expected: [`${DIR}/missing-title.md:1 "title": cần trường "title" (bắt buộc), nhận được không có`],
    },
    {
      rule: "refuses an empty title",
      fixture: "empty-title.md",
      expected: [`${DIR}/empty-title.md:2 "title": cần một chuỗi chữ không rỗng, nhận được chuỗi rỗng`],
    },
    {
      rule: "refuses a title with a zero-width space",
      fixture: "zero-width-space-in-title.md",
      expected: [
        `${DIR}/zero-width-space-in-title.md:2 "title": tiêu đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tiêu đề.`,
      ],
    },
    {
      rule: "requires a date",
      fixture: "missing-date.md",
      expected: [`${DIR}/missing-date.md:1 "date": cần trường "date": ${DATE_FORM}, nhận được không có`],
    },
    {
      rule: "refuses a date it cannot read",
      fixture: "unparseable-date.md",
      expected: [`${DIR}/unparseable-date.md:3 "date": cần ${DATE_FORM}, nhận được "20/4" (không đúng dạng)`],
    },
    {
      rule: "refuses an impossible date instead of rolling it over",
      fixture: "impossible-date.md",
      expected: [
        `${DIR}/impossible-date.md:3 "date": cần ${DATE_FORM}, nhận được "2017-02-30 18:02" (tháng 2/2017 không có ngày 30)`,
      ],
    },
    {
      rule: "refuses an update earlier than the publication",
      fixture: "updated-before-date.md",
      expected: [
        `${DIR}/updated-before-date.md:4 "updated": "updated" phải sau "date" (2017-04-20 18:02), nhận được "2017-04-20 08:00".`,
      ],
    },
    {
      rule: "requires an author",
      fixture: "missing-author.md",
      expected: [
        `${DIR}/missing-author.md:1 "author": cần tên tác giả, hoặc danh sách tên như [Hồng Nhung, Minh Đức] ("author" bắt buộc), nhận được không có`,
      ],
    },
    {
      rule: "refuses an empty author list",
      fixture: "empty-author-list.md",
      expected: [
        `${DIR}/empty-author-list.md:4 "author": cần tên tác giả, hoặc danh sách tên như [Hồng Nhung, Minh Đức] ("author" bắt buộc), nhận được một danh sách 0 mục`,
      ],
    },
    {
      rule: "refuses a category not declared in sections.yaml, listing the declared ones",
      fixture: "unknown-category.md",
      expected: [
        `${DIR}/unknown-category.md:5 "category": cần một chuyên mục đã khai báo trong content/sections.yaml (Chính trị, Kinh tế), nhận được "Thể thao"`,
      ],
    },
    {
      rule: "refuses tags written as a single string",
      fixture: "tags-as-string.md",
      expected: [`${DIR}/tags-as-string.md:6 "tags": cần danh sách như [Dân vận, Quảng Ninh], nhận được "Dân vận"`],
    },
    {
      rule: "refuses a draft flag that is neither true nor false",
      fixture: "draft-maybe.md",
      expected: [`${DIR}/draft-maybe.md:6 "draft": cần true hoặc false, nhận được "maybe"`],
    },
    {
      rule: "suggests title for the misspelt field tittle, and still requires a title",
      fixture: "misspelt-field-tittle.md",
      expected: [
        `${DIR}/misspelt-field-tittle.md:2 "tittle": trường không được hỗ trợ (có phải là "title"?).`,
        `${DIR}/misspelt-field-tittle.md:1 "title": cần trường "title" (bắt buộc), nhận được không có`,
      ],
    },
    {
      rule: "asks whether each Vietnamese field name meant the contract's field",
      fixture: "vietnamese-field-names.md",
      expected: [
        `${DIR}/vietnamese-field-names.md:2 "tieu_de": trường không được hỗ trợ (có phải là "title"?).`,
        `${DIR}/vietnamese-field-names.md:3 "ngay": trường không được hỗ trợ (có phải là "date"?).`,
        `${DIR}/vietnamese-field-names.md:4 "tac_gia": trường không được hỗ trợ (có phải là "author"?).`,
        `${DIR}/vietnamese-field-names.md:5 "chuyen_muc": trường không được hỗ trợ (có phải là "category"?).`,
        `${DIR}/vietnamese-field-names.md:6 "tu_khoa": trường không được hỗ trợ (có phải là "tags"?).`,
        `${DIR}/vietnamese-field-names.md:1 "title": cần trường "title" (bắt buộc), nhận được không có`,
        `${DIR}/vietnamese-field-names.md:1 "date": cần trường "date": ${DATE_FORM}, nhận được không có`,
        `${DIR}/vietnamese-field-names.md:1 "author": cần tên tác giả, hoặc danh sách tên như [Hồng Nhung, Minh Đức] ("author" bắt buộc), nhận được không có`,
        `${DIR}/vietnamese-field-names.md:1 "category": cần trường "category" (bắt buộc), nhận được không có`,
      ],
    },
    {
      rule: "lists the valid fields for an unknown field with no near match",
      fixture: "unknown-field-without-suggestion.md",
      expected: [
        `${DIR}/unknown-field-without-suggestion.md:6 "photographer": trường không được hỗ trợ (các trường hợp lệ: title, date, updated, author, category, tags, places, summary, source, draft, corrections).`,
      ],
    },
    {
      rule: "requires alt text on every image, at the image's line",
      fixture: "image-without-alt.md",
      expected: [
        `${DIR}/image-without-alt.md:10: ảnh /images/2017/04/btv-tinh-uy-lam-viec-1.svg thiếu mô tả (alt): viết ![mô tả ảnh](/images/2017/04/btv-tinh-uy-lam-viec-1.svg "Chú thích").`,
      ],
    },
    {
      rule: "requires a sapo when the body has no paragraph",
      fixture: "no-paragraph-for-summary.md",
      expected: [
        `${DIR}/no-paragraph-for-summary.md:1 "summary": cần một đoạn sapo: trường summary hoặc một đoạn văn trong bài, nhận được bài không có đoạn văn nào`,
      ],
    },
    {
      rule: "refuses each correction without a readable date and a text",
      fixture: "corrections-invalid.md",
      expected: [
        `${DIR}/corrections-invalid.md:6 "corrections": cần ${CORRECTIONS_FORM}, nhận được một nhóm trường lồng nhau`,
        `${DIR}/corrections-invalid.md:6 "corrections": cần ${CORRECTIONS_FORM}, nhận được "Sửa tên đại biểu"`,
      ],
    },
    {
      rule: "refuses corrections that are not a list",
      fixture: "corrections-not-a-list.md",
      expected: [`${DIR}/corrections-not-a-list.md:6 "corrections": cần ${CORRECTIONS_FORM}, nhận được "Sửa tên đại biểu"`],
    },
    {
      rule: "refuses a bidi override in an author's name",
      fixture: "bidi-override-in-author.md",
      expected: [`${DIR}/bidi-override-in-author.md:4 "author": tên tác giả có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tên tác giả.`],
    },
    {
      rule: "refuses a bidi override in a tag",
      fixture: "bidi-override-in-tags.md",
      expected: [`${DIR}/bidi-override-in-tags.md:6 "tags": chủ đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại chủ đề.`],
    },
    {
      rule: "refuses bidi overrides in the sapo and the source",
      fixture: "bidi-override-in-summary-and-source.md",
      expected: [
        `${DIR}/bidi-override-in-summary-and-source.md:6 "summary": sapo có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại sapo.`,
        `${DIR}/bidi-override-in-summary-and-source.md:7 "source": nguồn có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại nguồn.`,
      ],
    },
    {
      rule: "refuses a bidi override in the body, at its line",
      fixture: "bidi-override-in-body.md",
      expected: [`${DIR}/bidi-override-in-body.md:10: đoạn văn này có ký tự ẩn (zero-width hoặc ký tự điều khiển, như dấu đảo chiều chữ); hãy gõ lại đoạn văn này.`],
    },
    {
      rule: "refuses a bidi override in a photo caption, once",
      fixture: "bidi-override-in-caption.md",
      expected: [`${DIR}/bidi-override-in-caption.md:10: chú thích ảnh có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại chú thích ảnh.`],
    },
    {
      rule: "refuses a bidi override in a correction",
      fixture: "bidi-override-in-correction.md",
      expected: [`${DIR}/bidi-override-in-correction.md:6 "corrections": lời đính chính có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại lời đính chính.`],
    },
    {
      rule: "refuses an author whose name has no letter or digit (an empty link)",
      fixture: "author-without-letters.md",
      expected: [`${DIR}/author-without-letters.md:4 "author": cần tên tác giả có ít nhất một chữ cái hoặc chữ số (để làm đường dẫn), nhận được "!!!"`],
    },
    {
      rule: "refuses a tag with no letter or digit",
      fixture: "tag-without-letters.md",
      expected: [`${DIR}/tag-without-letters.md:6 "tags": cần chủ đề có ít nhất một chữ cái hoặc chữ số (để làm đường dẫn), nhận được "#"`],
    },
    {
      rule: "reports different tags whose slugs collide, but not two spellings of one tag",
      fixture: "tags-with-colliding-slugs.md",
      expected: [
        `${DIR}/tags-with-colliding-slugs.md:6 "tags": chủ đề "C#" trùng đường dẫn /the/c với chủ đề "C++" (trong cùng tệp); hai tên khác nhau sẽ gộp thành một trang. Đổi tên một trong hai (ví dụ "C++" thành "Cpp").`,
        `${DIR}/tags-with-colliding-slugs.md:6 "tags": chủ đề "C" trùng đường dẫn /the/c với chủ đề "C++" (trong cùng tệp); hai tên khác nhau sẽ gộp thành một trang. Đổi tên một trong hai (ví dụ "C++" thành "Cpp").`,
      ],
    },
    {
      rule: "refuses a title longer than 250 characters, saying the limit",
      fixture: "title-too-long.md",
      expected: [
        `${DIR}/title-too-long.md:2 "title": cần tối đa 250 ký tự (người đọc và máy tìm kiếm chỉ thấy phần đầu), nhận được 262 ký tự: "Kỳ họp thứ 5 HĐND tỉnh rất dài rất dài rất dài rất dài rấ…"`,
      ],
    },
    {
      rule: "refuses more than 20 tags with one message",
      fixture: "too-many-tags.md",
      expected: [`${DIR}/too-many-tags.md:6 "tags": cần tối đa 20 mục, nhận được 25 mục`],
    },
    {
      rule: "refuses JavaScript front matter",
      fixture: "javascript-front-matter.md",
      expected: [
        `${DIR}/javascript-front-matter.md:1: phần đầu viết bằng "js" không được chấp nhận; chỉ dùng YAML: mở bằng dòng --- (không kèm chữ nào).`,
      ],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(problems(fixture)).toEqual(expected);
  });

  it("does not run the code in JavaScript front matter", () => {
    expect(parse("javascript-front-matter.md").ok).toBe(false);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it("reads a valid article into its fields", () => {
    const valid = article("valid.md");
    expect(valid).toMatchObject({
      slug: "valid",
      file: `${DIR}/valid.md`,
      title: SEED_TITLE,
      authors: ["Hồng Nhung"],
      section: { name: "Chính trị", slug: "chinh-tri", description: "" },
      source: "Báo Quảng Ninh",
      draft: false,
      images: [],
      corrections: [],
    });
    expect(valid.published.toISOString()).toBe("2017-04-20T11:02:00.000Z");
    expect(valid.updated).toBeUndefined();
  });

  it("drops repeated tags, keeping the first of each", () => {
    expect(article("valid.md").tags).toEqual(["Dân vận", "Quảng Ninh"]);
  });

  it("reads an author list", () => {
    expect(article("author-list.md").authors).toEqual(["Hồng Nhung", "Minh Đức"]);
  });

  it("matches a category written without diacritics to its section", () => {
    expect(article("category-without-diacritics.md").section.name).toBe("Chính trị");
  });

  it("reads draft: true", () => {
    expect(article("draft-true.md").draft).toBe(true);
  });

  it("reads an update later than the publication", () => {
    expect(article("updated-after-date.md").updated?.toISOString()).toBe("2017-04-21T01:15:00.000Z");
  });

  it("takes the sapo from the first paragraph that is not a photo, as plain text on one line", () => {
    const result = article("summary-from-first-paragraph.md");
    expect(result.summary).toBe(SHORT_LEAD);
    expect(result.leadFromBody).toBe(true);
  });

  it("makes the first photo the lead image, with its caption", () => {
    const image = {
      src: "/images/2017/04/btv-tinh-uy-lam-viec-1.svg",
      alt: "Ảnh minh họa 1",
      caption: "Bí thư Tỉnh ủy trao đổi với Đoàn khảo sát.",
    };
    const result = article("summary-from-first-paragraph.md");
    expect(result.leadImage).toEqual(image);
    expect(result.images).toEqual([image]);
  });

  it("uses an explicit summary and keeps the body's first paragraph in the body", () => {
    const result = article("explicit-summary.md");
    expect(result.summary).toBe("Đoàn khảo sát Ban Dân vận Trung ương làm việc tại Quảng Ninh.");
    expect(result.leadFromBody).toBe(false);
    expect(result.markdown).toContain(SHORT_LEAD);
  });

  it("reads a valid correction as an instant in Vietnam time", () => {
    const corrections = article("corrections-valid.md").corrections;
    expect(corrections.map((correction) => [correction.date.toISOString(), correction.text])).toEqual([
      ["2017-04-21T02:00:00.000Z", "Sửa tên đại biểu"],
    ]);
  });

  it("normalises text typed in NFD to NFC", () => {
    const text = read("nfd-text.md");
    expect(text).not.toBe(text.normalize("NFC"));
    const result = article("nfd-text.md");
    expect(result.title).toBe(SEED_TITLE.normalize("NFC"));
    expect(result.authors).toEqual(["Hồng Nhung".normalize("NFC")]);
    expect(result.section.slug).toBe("chinh-tri");
    expect(result.tags).toEqual(["Dân vận", "Quảng Ninh"].map((tag) => tag.normalize("NFC")));
    expect(result.markdown).toBe(result.markdown.normalize("NFC"));
  });

  it("reads a file with CRLF line endings like one with LF", () => {
    const text = read("crlf-line-endings.md");
    expect(text).toContain("\r\n");
    const result = article("crlf-line-endings.md");
    expect(result.title).toBe(SEED_TITLE);
    expect(result.markdown).not.toContain("\r");
    expect({ ...result, slug: "valid", file: "" }).toEqual({ ...article("valid.md"), file: "" });
  });

  it("reads a file that starts with a byte-order mark like one without", () => {
    expect(read("byte-order-mark.md").startsWith("\ufeff")).toBe(true);
    const result = article("byte-order-mark.md");
    expect(result.title).toBe(SEED_TITLE);
    expect({ ...result, slug: "valid", file: "" }).toEqual({ ...article("valid.md"), file: "" });
  });

  it("uses the slug it is given, not one made from the title", () => {
    const result = parseArticle(read("valid.md"), `${DIR}/valid.md`, "btv-tinh-uy", CONTEXT);
    expect(result.ok && result.value.article.slug).toBe("btv-tinh-uy");
  });

  it("collects every problem in a file, not just the first", () => {
    const text = read("valid.md")
      .replace(`title: ${SEED_TITLE}`, 'title: ""')
      .replace("date: 2017-04-20 18:02", "date: 20/4")
      .replace("category: Chính trị", "category: Thể thao");
    const result = parseArticle(text, "bai.md", "bai", CONTEXT);
    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).toEqual(["title", "date", "category"]);
  });

  it("hands back the body's facts with lines counted from the top of the file", () => {
    const result = parse("summary-from-first-paragraph.md");
    expect(result.ok && result.value.facts.images.map((image) => image.line)).toEqual([8]);
    expect(result.ok && result.value.facts.links).toEqual([{ url: "/bai-viet/doan-khao-sat", line: 11, text: "Đoàn khảo sát" }]);
  });
});

describe("parseArticle tags", () => {
  it("keeps one spelling of a tag typed twice with different case or tone placement", () => {
    const text = "---\ntitle: T\ndate: 2017-04-20 18:02\nauthor: A\ncategory: Chính trị\ntags: [Dân vận, dân vận, Hoà giải, Hòa giải]\n---\n\nĐoạn.\n";
    const result = parseArticle(text, "a.md", "a", CONTEXT);
    expect(result.ok && result.value.article.tags).toEqual(["Dân vận", "Hoà giải"]);
  });
});

describe("parseArticle invisible characters in the title", () => {
  // Written as YAML escapes, so each row shows which character it is. The importer's list
  // lacked tab and newline, and neither list had the soft hyphen, the Arabic letter mark or
  // the bidi isolates; one rule covers them all now.
  it.each([
    ["a tab", "\\t"],
    ["a newline", "\\n"],
    ["a soft hyphen", "\\u00ad"],
    ["an Arabic letter mark", "\\u061c"],
    ["a left-to-right isolate", "\\u2066"],
    ["a right-to-left isolate", "\\u2067"],
    ["a first-strong isolate", "\\u2068"],
    ["a pop directional isolate", "\\u2069"],
  ])("refuses a title with %s", (_name, escape) => {
    const text = read("valid.md").replace(`title: ${SEED_TITLE}`, `title: "BTV Tỉnh ủy${escape} làm việc"`);
    const result = parseArticle(text, "bai.md", "bai", CONTEXT);
    expect(result.ok ? [] : result.problems.map(shown)).toEqual([
      'bai.md:2 "title": tiêu đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tiêu đề.',
    ]);
  });
});

describe("parseArticle on more fixture files, one per rule", () => {
  it.each([
    {
      rule: "refuses a title that YAML reads as a number",
      fixture: "title-is-a-number.md",
      expected: [`${DIR}/title-is-a-number.md:2 "title": cần một chuỗi chữ không rỗng, nhận được 2017 (không phải chuỗi)`],
    },
    {
      rule: "requires a category",
      fixture: "missing-category.md",
      expected: [`${DIR}/missing-category.md:1 "category": cần trường "category" (bắt buộc), nhận được không có`],
    },
    {
      rule: "refuses a date that YAML reads as a number",
      fixture: "date-is-a-number.md",
      expected: [`${DIR}/date-is-a-number.md:3 "date": cần ${DATE_FORM}, nhận được 2017 (không phải chuỗi)`],
    },
    {
      rule: "refuses a date with day and month swapped, naming the month that does not exist",
      fixture: "date-day-and-month-swapped.md",
      expected: [`${DIR}/date-day-and-month-swapped.md:3 "date": cần ${DATE_FORM}, nhận được "2017-20-04 18:02" (không có tháng 20)`],
    },
    {
      rule: "refuses a time past midnight such as 24:30",
      fixture: "date-time-past-midnight.md",
      expected: [`${DIR}/date-time-past-midnight.md:3 "date": cần ${DATE_FORM}, nhận được "2017-04-20 24:30" (giờ không hợp lệ)`],
    },
    {
      rule: "refuses a time-zone offset beyond +14:00",
      fixture: "date-offset-out-of-range.md",
      expected: [
        `${DIR}/date-offset-out-of-range.md:3 "date": cần ${DATE_FORM}, nhận được "2017-04-20T18:02+15:00" (độ lệch múi giờ +15:00 không hợp lệ)`,
      ],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(problems(fixture)).toEqual(expected);
  });

  // The stack runs out in the tree walkers only after micromark has matched the runs in
  // quadratic time: about 6 s here for 10,000 a side (30 s for 20,000), so the default 5 s
  // timeout would fail it. Parsing is synchronous, so no timeout can stop it early (reported).
  it("turns a body that exhausts the stack (10,000 * on each side of a word) into a message at the body's first line (pathological-emphasis.md)", () => {
    expect(problems("pathological-emphasis.md")).toEqual([
      `${DIR}/pathological-emphasis.md:7: nội dung bài có cấu trúc quá phức tạp để đọc (ví dụ hàng nghìn dấu * liền nhau); hãy bỏ các ký tự định dạng thừa.`,
    ]);
  }, 60_000);
});

describe("readArticle runs every rule on every file", () => {
  function reading(name: string) {
    return readArticle(read(name), `${DIR}/${name}`, name.replace(/\.md$/, ""), CONTEXT);
  }

  it.each([
    {
      rule: "reports a photo's missing alt text below a date it cannot read",
      fixture: "bad-date-and-image-without-alt.md",
      expected: [
        `${DIR}/bad-date-and-image-without-alt.md:10: ảnh /images/2017/04/btv-tinh-uy-lam-viec-1.svg thiếu mô tả (alt): viết ![mô tả ảnh](/images/2017/04/btv-tinh-uy-lam-viec-1.svg "Chú thích").`,
        `${DIR}/bad-date-and-image-without-alt.md:3 "date": cần ${DATE_FORM}, nhận được "20/4" (không đúng dạng)`,
      ],
    },
    {
      rule: "reports a photo's missing alt text below front matter that is not even YAML",
      fixture: "yaml-error-and-image-without-alt.md",
      expected: [
        `${DIR}/yaml-error-and-image-without-alt.md:2:8: YAML sai cú pháp: dấu ngoặc " mở ở đây nhưng không được đóng. Sửa dòng thành: \`title: "BTV Tỉnh ủy làm việc"\``,
        `${DIR}/yaml-error-and-image-without-alt.md:10: ảnh /images/2017/04/btv-tinh-uy-lam-viec-1.svg thiếu mô tả (alt): viết ![mô tả ảnh](/images/2017/04/btv-tinh-uy-lam-viec-1.svg "Chú thích").`,
      ],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    const result = reading(fixture);
    expect(result.problems.map(formatProblem)).toEqual(expected);
    expect(result.article).toBeUndefined();
    expect(result.facts?.images.map((image) => image.url)).toEqual(["/images/2017/04/btv-tinh-uy-lam-viec-1.svg"]);
  });
});

describe("readArticle warns about everything the sanitiser drops, and still publishes the article", () => {
  const EMBED = "sẽ bị bỏ: bạn đọc không thấy gì ở chỗ này. Để nhúng video hay âm thanh, dùng khối ```video (hoặc ```audio) như hướng dẫn ở content/README.md, mục Video và âm thanh.";
  const LINK_RULE = "Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc / (trang trong báo), viết chữ thường.";
  const MARKDOWN = "Viết bằng Markdown (xem content/README.md, mục Thân bài).";

  it.each([
    {
      rule: "a video pasted as an <iframe>, pointing to the guide's video section",
      fixture: "raw-html-video-iframe.md",
      expected: [`${DIR}/raw-html-video-iframe.md:10: khung nhúng <iframe> (video, bản đồ, bài đăng mạng xã hội…) ${EMBED} (cảnh báo)`],
    },
    {
      rule: "a table pasted from Word, text and all",
      fixture: "raw-html-table-from-word.md",
      expected: [
        `${DIR}/raw-html-table-from-word.md:10: bảng HTML (<table>, thường do dán từ Word) sẽ bị bỏ cùng mọi chữ trong bảng: bạn đọc không thấy gì ở chỗ này. Viết lại nội dung bảng thành đoạn văn hoặc danh sách (mỗi dòng bắt đầu bằng "- "). (cảnh báo)`,
      ],
    },
    {
      rule: "a javascript: link, which keeps its text and loses its address",
      fixture: "link-with-javascript-address.md",
      expected: [
        `${DIR}/link-with-javascript-address.md:10: liên kết "javascript:alert(1)" sẽ bị bỏ địa chỉ: bạn đọc chỉ thấy chữ "video buổi làm việc", không bấm được. ${LINK_RULE} (cảnh báo)`,
      ],
    },
    {
      rule: "a tel: link, which the sanitiser does not allow either",
      fixture: "link-with-tel-address.md",
      expected: [
        `${DIR}/link-with-tel-address.md:10: liên kết "tel:02033835555" sẽ bị bỏ địa chỉ: bạn đọc chỉ thấy chữ "đường dây nóng", không bấm được. ${LINK_RULE} (cảnh báo)`,
      ],
    },
    {
      rule: "a link whose scheme is in capitals, which the sanitiser compares exactly",
      fixture: "link-with-uppercase-scheme.md",
      expected: [
        `${DIR}/link-with-uppercase-scheme.md:10: liên kết "HTTPS://www.quangninh.gov.vn" sẽ bị bỏ địa chỉ: bạn đọc chỉ thấy chữ "trang của tỉnh", không bấm được. ${LINK_RULE} (cảnh báo)`,
      ],
    },
    {
      rule: "bold written as <b> tags, once for the line however many there are",
      fixture: "raw-html-bold-tags.md",
      expected: [`${DIR}/raw-html-bold-tags.md:10: thẻ HTML <b> sẽ bị bỏ: bạn đọc chỉ thấy chữ, không có định dạng. Viết **chữ đậm** hoặc *chữ nghiêng*. (cảnh báo)`],
    },
    {
      rule: "a <br>, which glues two lines together",
      fixture: "raw-html-line-break.md",
      expected: [
        `${DIR}/raw-html-line-break.md:10: thẻ <br> sẽ bị bỏ: bạn đọc thấy hai phần chữ dính liền nhau. Muốn xuống dòng, tách thành hai đoạn bằng một dòng trống. (cảnh báo)`,
      ],
    },
    {
      rule: "a <script>",
      fixture: "raw-html-script.md",
      expected: [`${DIR}/raw-html-script.md:10: mã <script> sẽ bị bỏ: bạn đọc không thấy gì ở chỗ này. Bài không được chứa mã chạy trên trang. (cảnh báo)`],
    },
    {
      rule: "an <img> with an event handler",
      fixture: "raw-html-image-with-event-handler.md",
      expected: [
        `${DIR}/raw-html-image-with-event-handler.md:10: ảnh viết bằng HTML (<img>) sẽ bị bỏ (kể cả mã chạy khi bấm hay khi tải, như onclick, onerror): bạn đọc không thấy ảnh. Viết ![mô tả ảnh](/images/… "Chú thích") trên một dòng riêng. (cảnh báo)`,
      ],
    },
    {
      rule: "a <div> block pasted from Word, text and all",
      fixture: "raw-html-div-from-word.md",
      expected: [`${DIR}/raw-html-div-from-word.md:10: mã HTML <div> sẽ bị bỏ cùng mọi chữ bên trong: bạn đọc không thấy gì ở chỗ này. ${MARKDOWN} (cảnh báo)`],
    },
    {
      rule: "a link written as an <a> tag",
      fixture: "raw-html-anchor.md",
      expected: [
        `${DIR}/raw-html-anchor.md:10: liên kết viết bằng HTML (<a>) sẽ bị bỏ: bạn đọc chỉ thấy chữ, không bấm được. Viết [chữ hiện ra](https://…). (cảnh báo)`,
      ],
    },
    {
      rule: "nothing for an HTML comment, which readers are not meant to see",
      fixture: "html-comment.md",
      expected: [],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    const result = readArticle(read(fixture), `${DIR}/${fixture}`, "bai", CONTEXT);
    expect(result.problems.map(formatProblem)).toEqual(expected);
    expect(result.article?.slug).toBe("bai");
    expect(parse(fixture).ok).toBe(true);
  });

  it("hands the warnings back with the parsed article", () => {
    const result = parse("raw-html-script.md");
    expect(result.ok && result.value.warnings.map((warning) => warning.severity)).toEqual(["warning"]);
  });
});

describe("readArticle with the registers", () => {
  const registers = fixtureRegisters("valid");
  const reading = readArticle(read("places-tagged.md"), `${DIR}/places-tagged.md`, "places-tagged", { ...CONTEXT, registers });

  it("checks each tagged place against the gazetteer, suggesting the one meant", () => {
    expect(reading.problems.map(shown)).toEqual([
      `${DIR}/places-tagged.md:6 "places": cần một địa danh có trong content/places.yaml, nhận được "Đông Tến" (có phải là "xa-cu", xã Đông Tiến?)`,
      `${DIR}/places-tagged.md:6 "places": cần một địa danh có trong content/places.yaml, nhận được "Hà Nội"`,
    ]);
  });

  it("keeps the places as ids and the body's mentions, once the places are right", () => {
    const fixed = read("places-tagged.md").replace(", Đông Tến, Hà Nội", "");
    const { article: tagged } = readArticle(fixed, `${DIR}/places-tagged.md`, "places-tagged", { ...CONTEXT, registers });
    expect([tagged?.places, tagged?.mentions.map((mention) => `${mention.kind}:${mention.id}`)]).toEqual([
      ["xa-moi", "thanh-hoa"],
      ["person:nguyen-van-a", "body:tinh-uy", "document:290-qd-tw"],
    ]);
  });
});
