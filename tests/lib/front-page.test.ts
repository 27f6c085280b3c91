import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { arrangeFrontPage, chosenSlugs, LATEST_COUNT, MAX_HIGHLIGHTS, NO_CHOICE, parseFrontPage, type FrontPageChoice } from "../../lib/front-page";
import { loadContent } from "../../lib/load-content";
import { formatProblem } from "../../lib/problem";
import { makeArticle, POLITICS } from "../support/make-article";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = "tests/fixtures/front-page";
const VIETNAM = "Asia/Ho_Chi_Minh";

function parseFixture(name: string) {
  const file = `${FIXTURES}/${name}.yaml`;
  return parseFrontPage(readFileSync(path.join(ROOT, file), "utf8"), file, VIETNAM);
}

function problemsOf(name: string): string[] {
  const result = parseFixture(name);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("parseFrontPage", () => {
  it("reads the lead, the highlights and the end of the choice (valid)", () => {
    expect(parseFixture("valid")).toEqual({
      ok: true,
      value: {
        lead: { slug: "btv-tinh-uy-lam-viec", written: "btv-tinh-uy-lam-viec", line: 2 },
        highlights: [
          { slug: "ky-hop-thu-5", written: "ky-hop-thu-5", line: 4 },
          { slug: "gia-lua-tang", written: "/bai-viet/gia-lua-tang", line: 5 },
          { slug: "le-hoi-bach-dang", written: "https://baotinh.vn/bai-viet/Le-Hoi-Bach-Dang.md", line: 6 },
        ],
        // 18:00 in Vietnam.
        until: new Date("2017-04-21T11:00:00Z"),
      },
    });
  });

  it("reads a file of comments alone as no choice (only-comments)", () => {
    expect(parseFixture("only-comments")).toEqual({ ok: true, value: NO_CHOICE });
  });

  it("reads the shipped content/front-page.yaml as no choice", () => {
    expect(parseFrontPage(readFileSync(path.join(ROOT, "content/front-page.yaml"), "utf8"), "content/front-page.yaml", VIETNAM)).toEqual({ ok: true, value: NO_CHOICE });
  });

  it.each([
    {
      rule: "needs an end time whenever articles are chosen",
      fixture: "without-until",
      expected: [`${FIXTURES}/without-until.yaml "until": cần giờ hết hạn dạng 2017-04-20 18:02: sau giờ đó trang chủ tự lấy bài mới nhất, nhận được không có`],
    },
    {
      rule: "refuses an end time that is not a date and time",
      fixture: "until-malformed",
      expected: [
        `${FIXTURES}/until-malformed.yaml:2 "until": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "21/4/2017 18:00" (không đúng dạng)`,
      ],
    },
    {
      rule: `allows at most ${MAX_HIGHLIGHTS} highlights`,
      fixture: "too-many-highlights",
      expected: [`${FIXTURES}/too-many-highlights.yaml:2 "highlights": cần tối đa 4 bài nổi bật, nhận được 5 bài`],
    },
    {
      rule: "refuses the same article twice, however it is written",
      fixture: "same-article-twice",
      expected: [`${FIXTURES}/same-article-twice.yaml:4 "highlights": cần mỗi bài một lần trên trang chủ, nhận được "/bai-viet/btv-tinh-uy-lam-viec" ghi lần thứ hai`],
    },
    {
      rule: "refuses a misspelt field, suggesting the one meant",
      fixture: "misspelt-field",
      expected: [`${FIXTURES}/misspelt-field.yaml:2 "hightlights": trường không được hỗ trợ (có phải là "highlights"?).`],
    },
    {
      rule: "refuses a list instead of fields",
      fixture: "not-a-mapping",
      expected: [`${FIXTURES}/not-a-mapping.yaml:1: cần các dòng \`trường: giá trị\` (lead, highlights, until), nhận được một danh sách 2 mục`],
    },
    {
      rule: "refuses highlights that are not a list",
      fixture: "highlights-not-a-list",
      expected: [`${FIXTURES}/highlights-not-a-list.yaml:2 "highlights": cần danh sách đường dẫn bài như [ky-hop-thu-5, gia-lua-tang], nhận được "ky-hop-thu-5, gia-lua-tang"`],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(problemsOf(fixture)).toEqual(expected);
  });
});

describe("chosenSlugs", () => {
  it.each<[string, FrontPageChoice, string[]]>([
    ["no choice", NO_CHOICE, []],
    ["a lead and highlights, the lead first", { lead: { slug: "a", written: "a" }, highlights: [{ slug: "b", written: "b" }, { slug: "c", written: "c" }] }, ["a", "b", "c"]],
    ["highlights alone", { highlights: [{ slug: "b", written: "/bai-viet/b" }] }, ["b"]],
  ])("names the articles of %s", (_name, choice, slugs) => {
    expect(chosenSlugs(choice)).toEqual(slugs);
  });
});

describe("checkFrontPage, through loadContent", () => {
  const loadCase = (name: string) => {
    const dir = path.join(ROOT, "tests/fixtures/content", name);
    return loadContent({ contentDir: dir, publicDir: path.join(dir, "public"), displayRoot: ROOT }).problems.map(formatProblem);
  };

  it("names a chosen article that does not exist (front-page-missing-article)", () => {
    expect(loadCase("front-page-missing-article")).toEqual([
      'tests/fixtures/content/front-page-missing-article/front-page.yaml:3 "highlights": cần đường dẫn của một bài có thật (tên tệp bài, không có .md), nhận được "ky-hop-thu-5" (không có bài /bai-viet/ky-hop-thu-5)',
    ]);
  });

  it("refuses a draft as the lead, naming its file (front-page-draft)", () => {
    expect(loadCase("front-page-draft")).toEqual([
      'tests/fixtures/content/front-page-draft/front-page.yaml:1 "lead": cần một bài sẽ được đăng, không phải bản nháp, nhận được "ban-nhap" (bản nháp: tests/fixtures/content/front-page-draft/articles/ban-nhap.md)',
    ]);
  });
});

describe("arrangeFrontPage", () => {
  const CULTURE = { name: "Văn hóa", slug: "van-hoa", description: "" };
  // Twenty articles, newest first: bai-1 is the newest; odd ones are politics, even ones culture.
  const newest: Article[] = Array.from({ length: 20 }, (_, index) =>
    makeArticle(`bai-${index + 1}`, { published: new Date(Date.UTC(2017, 3, 20, 12, 0) - index * 3_600_000), section: index % 2 === 0 ? POLITICS : CULTURE }),
  );
  const sections = [POLITICS, CULTURE].map((section) => ({ ...section, articles: newest.filter((article) => article.section.slug === section.slug) }));
  const UNTIL = new Date("2017-04-21T11:00:00Z");
  const CHOICE: FrontPageChoice = {
    lead: { slug: "bai-15", written: "bai-15" },
    highlights: [{ slug: "bai-9", written: "bai-9" }, { slug: "bai-12", written: "bai-12" }],
    until: UNTIL,
  };
  const slugs = (articles: readonly Article[]) => articles.map((article) => article.slug);
  const arrange = (choice: FrontPageChoice, now: Date, visible: readonly Article[] = newest) =>
    arrangeFrontPage(choice, visible, sections.map((section) => ({ ...section, articles: section.articles.filter((article) => visible.includes(article)) })), now);
  const every = (page: ReturnType<typeof arrange>) => [page.lead, ...page.highlights, ...page.latest, ...page.sections.flatMap((block) => block.articles)].flatMap((article) => (article === undefined ? [] : [article.slug]));

  it("leads with the chosen story and shows the chosen highlights first while the choice holds", () => {
    const page = arrange(CHOICE, new Date("2017-04-21T10:59:00Z"));
    expect(page.lead?.slug).toBe("bai-15");
    expect(slugs(page.highlights)).toEqual(["bai-9", "bai-12", "bai-1", "bai-2"]);
    expect(slugs(page.latest)).toEqual(["bai-3", "bai-4", "bai-5", "bai-6", "bai-7", "bai-8", "bai-10", "bai-11", "bai-13", "bai-14"]);
  });

  it.each([
    ["at the end time itself", "2017-04-21T11:00:00Z"],
    ["after it", "2017-04-22T00:00:00Z"],
  ])("falls back to the newest %s", (_name, now) => {
    const page = arrange(CHOICE, new Date(now));
    expect(page.lead?.slug).toBe("bai-1");
    expect(slugs(page.highlights)).toEqual(["bai-2", "bai-3", "bai-4", "bai-5"]);
    expect(page.latest).toHaveLength(LATEST_COUNT);
    expect(page.latest[0]?.slug).toBe("bai-6");
  });

  it("leads with the newest when editors chose nothing", () => {
    expect(arrange(NO_CHOICE, UNTIL).lead?.slug).toBe("bai-1");
  });

  it("waits for a chosen lead that is not yet published, leading with the newest meanwhile", () => {
    const page = arrange(CHOICE, new Date("2017-04-21T00:00:00Z"), newest.filter((article) => article.slug !== "bai-15"));
    expect(page.lead?.slug).toBe("bai-1");
    expect(slugs(page.highlights)).toEqual(["bai-9", "bai-12", "bai-2", "bai-3"]);
  });

  it.each([
    ["while the choice holds", CHOICE, new Date("2017-04-21T00:00:00Z")],
    ["once it has lapsed", CHOICE, new Date("2017-04-22T00:00:00Z")],
    ["with no choice", NO_CHOICE, UNTIL],
  ])("shows no article twice %s, and every one of the twenty somewhere", (_name, choice, now) => {
    const shown = every(arrange(choice, now));
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual(slugs(newest).sort());
  });

  it("fills the section blocks with articles not shown above, three each, in menu order", () => {
    const page = arrange(NO_CHOICE, UNTIL);
    expect(page.sections.map((block) => [block.name, slugs(block.articles)])).toEqual([
      ["Chính trị", ["bai-17", "bai-19"]],
      ["Văn hóa", ["bai-16", "bai-18", "bai-20"]],
    ]);
  });

  it("leaves out a section block with nothing left to show", () => {
    const few = newest.slice(0, 6);
    expect(arrange(NO_CHOICE, UNTIL, few).sections).toEqual([]);
  });

  it("shows nothing on a site without articles", () => {
    expect(arrange(CHOICE, UNTIL, [])).toEqual({ lead: undefined, highlights: [], latest: [], sections: [] });
  });
});
