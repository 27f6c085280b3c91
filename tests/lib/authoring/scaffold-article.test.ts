import { describe, expect, it } from "vitest";
import { NOW, parseScaffolded, scaffold, TITLE, ZONE } from "../../support/scaffolded-article";
import { FIELDS } from "../../../lib/parse-article";
import { parseFrontMatter } from "../../../lib/parse-front-matter";
import { formatProblem } from "../../../lib/problem";
import { scaffoldArticle } from "../../../lib/authoring/scaffold-article";
import { AUTHOR_PLACEHOLDER, BODY_PLACEHOLDER } from "../../../lib/scaffold-leftovers";

describe("scaffoldArticle", () => {
  it("files the article under the year and month of its date, named by the title's slug", () => {
    expect(scaffold().relativePath).toBe("articles/2017/04/ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich.md");
    expect(scaffold().slug).toBe("ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich");
  });

  it.each([
    ["an afternoon", "2017-04-20T11:02:00Z", "2017-04-20 18:02", "articles/2017/04/"],
    ["half past midnight in Vietnam, still the 30th in UTC", "2017-04-30T17:30:00Z", "2017-05-01 00:30", "articles/2017/05/"],
    ["New Year in Vietnam, still New Year's Eve in UTC", "2016-12-31T17:00:59Z", "2017-01-01 00:00", "articles/2017/01/"],
  ])("dates %s in Vietnam time, whatever the machine's time zone", (_name, iso, date, folder) => {
    const result = scaffold(TITLE, new Date(iso));
    expect(result.text).toContain(`\ndate: ${date}\n`);
    expect(result.relativePath.startsWith(folder)).toBe(true);
  });

  it("writes a file the site accepts, as a draft, with the title exactly as given", () => {
    const article = parseScaffolded(scaffold().text);
    expect(article.title).toBe(TITLE);
    expect(article.published).toEqual(NOW);
    expect(article.draft).toBe(true);
    expect(article.section.name).toBe("Chính trị");
    expect(article.authors).toEqual([AUTHOR_PLACEHOLDER]);
    expect(article.summary).toBe(BODY_PLACEHOLDER);
  });

  it("writes every field of the content contract, in the contract's order", () => {
    const front = parseFrontMatter(scaffold().text, "x.md");
    expect(front.ok && Object.keys(front.value.data)).toEqual([...FIELDS]);
  });

  it("explains each field in a Vietnamese comment", () => {
    const comments = scaffold().text.split("\n").filter((line) => line.startsWith("# "));
    expect(comments.length).toBeGreaterThanOrEqual(FIELDS.length);
    expect(scaffold().text).toContain("# true = bản nháp, chưa đăng. Đổi thành false khi bài đã sẵn sàng.\ndraft: true\n");
  });

  it("uses the author and category given", () => {
    const article = parseScaffolded(scaffold(TITLE, NOW, { category: "Kinh tế", author: "Hồng Nhung" }).text);
    expect(article.authors).toEqual(["Hồng Nhung"]);
    expect(article.section.name).toBe("Kinh tế");
  });

  it("tidies a title typed with extra spaces or in NFD", () => {
    const article = parseScaffolded(scaffold(`  ${TITLE.normalize("NFD")}\n `).text);
    expect(article.title).toBe(TITLE);
  });

  it.each([
    ["an empty title", "", "không có"],
    ["a title of spaces", "   ", "không có"],
    ["a title with no letter or digit", "!!!", '"!!!"'],
  ])("refuses %s", (_name, title, found) => {
    const result = scaffoldArticle(title, NOW, ZONE, { category: "Chính trị" });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `npm run new "title": cần tiêu đề bài có chữ cái hoặc chữ số (để làm đường dẫn bài), nhận được ${found}`,
    ]);
  });
});
