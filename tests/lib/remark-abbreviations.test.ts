import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/render-markdown";

const GLOSSARY = new Map([
  ["BTV", "Ban Thường vụ"],
  ["HĐND", "Hội đồng nhân dân"],
  ["TW", "Trung ương"],
  ["CT", "Chỉ thị"],
  ["CT-XH", "chính trị - xã hội"],
]);

const BTV = '<abbr title="Ban Thường vụ">BTV</abbr>';

describe("remarkAbbreviations", () => {
  const render = (markdown: string) => renderMarkdown(markdown, { glossary: GLOSSARY });

  it("wraps only the first use of an abbreviation", () => {
    expect(render("BTV họp. Sau đó BTV lại họp.\n\nBTV kết luận.")).toBe(`<p>${BTV} họp. Sau đó BTV lại họp.</p>\n<p>BTV kết luận.</p>\n`);
  });

  it("wraps the first use of each abbreviation separately", () => {
    expect(render("BTV và HĐND họp; BTV và HĐND thống nhất.")).toBe(
      `<p>${BTV} và <abbr title="Hội đồng nhân dân">HĐND</abbr> họp; BTV và HĐND thống nhất.</p>\n`,
    );
  });

  it("wraps an abbreviation inside emphasis when it shares the text with other words", () => {
    expect(render("*Hôm nay BTV họp* và BTV")).toBe(`<p><em>Hôm nay ${BTV} họp</em> và BTV</p>\n`);
  });

  it.each([
    ["a link", "[BTV họp](/bai-viet/btv)\n\nBTV kết luận.", `<p><a href="/bai-viet/btv">BTV họp</a></p>\n<p>${BTV} kết luận.</p>\n`],
    ["a heading, which is also demoted", "# BTV họp\n\nBTV kết luận.", `<h2>BTV họp</h2>\n<p>${BTV} kết luận.</p>\n`],
    ["inline code", "Mã `BTV họp` và BTV kết luận.", `<p>Mã <code>BTV họp</code> và ${BTV} kết luận.</p>\n`],
    ["a code block", "```\nBTV họp\n```\n\nBTV kết luận.", `<pre><code>BTV họp\n</code></pre>\n<p>${BTV} kết luận.</p>\n`],
    ["an image's alt text", "![BTV họp](/a.svg) BTV kết luận.", `<p><img src="/a.svg" alt="BTV họp" fetchpriority="high"> ${BTV} kết luận.</p>\n`],
  ])("never wraps inside %s, and keeps the first use for the text after it", (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it.each([
    ["TW in the document number 290-QĐ/TW", "Theo Quy định 290-QĐ/TW.", "<p>Theo Quy định 290\u2011QĐ/TW.</p>\n"],
    ["BTV inside BTVX", "Đoàn BTVX đến.", "<p>Đoàn BTVX đến.</p>\n"],
    ["BTV after other letters", "Đoàn XBTV đến.", "<p>Đoàn XBTV đến.</p>\n"],
    ["BTV followed by a digit", "Phòng BTV2 họp.", "<p>Phòng BTV2 họp.</p>\n"],
  ])("matches whole tokens only: %s", (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it("leaves CT alone inside CT-XH when only CT is in the glossary", () => {
    expect(renderMarkdown("Các tổ chức CT-XH.", { glossary: new Map([["CT", "Chỉ thị"]]) })).toBe("<p>Các tổ chức CT\u2011XH.</p>\n");
  });

  it("matches CT-XH as one token and CT on its own elsewhere", () => {
    expect(render("Các tổ chức CT-XH thực hiện CT 05.")).toBe(
      '<p>Các tổ chức <abbr title="chính trị - xã hội">CT\u2011XH</abbr> thực hiện <abbr title="Chỉ thị">CT</abbr> 05.</p>\n',
    );
  });

  it.each([
    ["a full stop", "Ông là BTV.", `<p>Ông là ${BTV}.</p>\n`],
    ["brackets", "Ông (BTV) phát biểu.", `<p>Ông (${BTV}) phát biểu.</p>\n`],
    ["a comma", "BTV, HĐND", `<p>${BTV}, <abbr title="Hội đồng nhân dân">HĐND</abbr></p>\n`],
  ])("matches an abbreviation next to %s", (_name, markdown, html) => {
    expect(render(markdown)).toBe(html);
  });

  it("lets the longest abbreviation win when a shorter one is its prefix, whatever the glossary order", () => {
    const glossary = new Map([
      ["BTV", "Ban Thường vụ"],
      ["BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"],
    ]);
    expect(renderMarkdown("BTV Tỉnh ủy họp, BTV Huyện ủy dự.", { glossary })).toBe(
      `<p><abbr title="Ban Thường vụ Tỉnh ủy">BTV Tỉnh ủy</abbr> họp, ${BTV} Huyện ủy dự.</p>\n`,
    );
  });

  it.each([
    ["TP.HCM", "Thành phố Hồ Chí Minh"],
    ["C++", "ngôn ngữ lập trình C++"],
    ["KCN (cũ)", "khu công nghiệp cũ"],
    ["HĐND|UBND", "Hội đồng nhân dân và Ủy ban nhân dân"],
    ["[TW]", "Trung ương"],
  ])("treats the regular-expression characters in %j literally", (short, long) => {
    expect(renderMarkdown(`Tại ${short} hôm nay.`, { glossary: new Map([[short, long]]) })).toBe(
      `<p>Tại <abbr title="${long}">${short}</abbr> hôm nay.</p>\n`,
    );
  });

  it("does not let a dot in an abbreviation stand for any character", () => {
    expect(renderMarkdown("Tại TPxHCM hôm nay.", { glossary: new Map([["TP.HCM", "Thành phố Hồ Chí Minh"]]) })).toBe(
      "<p>Tại TPxHCM hôm nay.</p>\n",
    );
  });

  it("escapes quotes and ampersands in the expansion", () => {
    expect(renderMarkdown("X họp", { glossary: new Map([["X", 'Ban "X" & <Y>']]) })).toBe(
      '<p><abbr title="Ban &#x22;X&#x22; &#x26; <Y>">X</abbr> họp</p>\n',
    );
  });

  it("changes nothing without a glossary or with an empty one", () => {
    expect(renderMarkdown("BTV họp.")).toBe("<p>BTV họp.</p>\n");
    expect(renderMarkdown("BTV họp.", { glossary: new Map() })).toBe("<p>BTV họp.</p>\n");
  });
});

describe("remarkAbbreviations on a text node that is only the abbreviation", () => {
  it.each([
    ["inside strong emphasis", "**BTV** họp. BTV kết luận.", `<p><strong>${BTV}</strong> họp. BTV kết luận.</p>\n`],
    ["as a whole paragraph", "BTV\n\nBTV họp", `<p>${BTV}</p>\n<p>BTV họp</p>\n`],
  ])("wraps the first use %s", (_name, markdown, html) => {
    expect(renderMarkdown(markdown, { glossary: GLOSSARY })).toBe(html);
  });
});

