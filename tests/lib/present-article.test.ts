import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shareLinks } from "../../lib/share-links";
import type { Article } from "../../lib/article";
import { parseArticle } from "../../lib/parse-article";
import { presentArticle, presentCard } from "../../lib/present-article";

const VIETNAM = "Asia/Ho_Chi_Minh";
const NOW = new Date("2017-05-01T00:00:00Z");
const THUMBNAIL = { sources: [], src: "/anh/btv-0123456789abcdef.svg", width: 1200, height: 800 };

function fixture(name: string): Article {
  const text = readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");
  const result = parseArticle(text, `tests/fixtures/articles/${name}`, "btv-tinh-uy", {
    timeZone: VIETNAM,
    sections: [{ name: "Chính trị", slug: "chinh-tri", description: "" }],
  });
  if (!result.ok) throw new Error(`tests/fixtures/articles/${name} must be valid`);
  return result.value.article;
}

describe("presentCard", () => {
  it("gives a list everything already formatted", () => {
    expect(presentCard(fixture("summary-from-first-paragraph.md"), VIETNAM, NOW, THUMBNAIL)).toEqual({
      href: "/bai-viet/btv-tinh-uy",
      title: "BTV Tỉnh ủy làm việc với Đoàn khảo sát",
      summary: "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
      published: { text: "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", iso: "2017-04-20T18:02:00+07:00" },
      section: { label: "Chính trị", href: "/chuyen-muc/chinh-tri" },
      thumbnail: THUMBNAIL,
      status: undefined,
    });
  });

  it.each([
    ["a draft", { draft: true }, "Bản nháp"],
    ["a draft scheduled for later", { draft: true, published: new Date("2017-06-01T00:00:00Z") }, "Bản nháp"],
    ["an article scheduled for later", { published: new Date("2017-06-01T00:00:00Z") }, "Hẹn giờ đăng"],
    ["an article published exactly now", { published: NOW }, undefined],
    ["a published article", {}, undefined],
  ])("marks %s as %j", (_name, changes, status) => {
    expect(presentCard({ ...fixture("valid.md"), ...changes }, VIETNAM, NOW).status).toBe(status);
  });

  it("keeps hyphenated abbreviations in the title and sapo on one line", () => {
    const card = presentCard({ ...fixture("valid.md"), title: "Khối MTTQ và các tổ chức CT-XH", summary: "Phát triển KT-XH năm 2017-2018." }, VIETNAM, NOW);
    expect([card.title, card.summary]).toEqual(["Khối MTTQ và các tổ chức CT\u2011XH", "Phát triển KT\u2011XH năm 2017-2018."]);
  });

  it("stamps the date in the site's time zone, not the machine's", () => {
    const late = { ...fixture("valid.md"), published: new Date("2017-04-20T17:30:00Z") };
    expect(presentCard(late, VIETNAM, NOW).published).toEqual({
      text: "Thứ Sáu, 21/04/2017, 00:30 [GMT+7]",
      iso: "2017-04-21T00:30:00+07:00",
    });
  });
});

describe("presentArticle", () => {
  const links = {
    tags: [{ label: "Dân vận", href: "/the/dan-van" }],
    authors: [{ label: "Hồng Nhung", href: "/tac-gia/hong-nhung" }],
    share: shareLinks("https://baotinh.vn/bai-viet/btv-tinh-uy", "BTV Tỉnh ủy làm việc"),
  };

  it("adds the page's links, source, lite link and sapo flag to the card", () => {
    const view = presentArticle(fixture("valid.md"), VIETNAM, NOW, links);
    expect(view).toMatchObject({
      href: "/bai-viet/btv-tinh-uy",
      liteHref: "/lite/bai-viet/btv-tinh-uy",
      sapoInBody: true,
      authors: links.authors,
      tags: links.tags,
      source: "Báo Quảng Ninh",
      corrections: [],
      share: links.share,
    });
    expect(view.updated).toBeUndefined();
  });

  it("says the sapo is not in the body when the summary was written separately", () => {
    expect(presentArticle(fixture("explicit-summary.md"), VIETNAM, NOW, links).sapoInBody).toBe(false);
  });

  it("stamps the update like the publication", () => {
    expect(presentArticle(fixture("updated-after-date.md"), VIETNAM, NOW, links).updated).toEqual({
      text: "Thứ Sáu, 21/04/2017, 08:15 [GMT+7]",
      iso: "2017-04-21T08:15:00+07:00",
    });
  });

  it("dates each correction in the site's time zone", () => {
    expect(presentArticle(fixture("corrections-valid.md"), VIETNAM, NOW, links).corrections).toEqual([
      { date: "21/04/2017", text: "Sửa tên đại biểu" },
    ]);
  });
});
