import { describe, expect, it } from "vitest";
import { joinAbbreviations } from "../../lib/non-breaking-hyphens";
import { renderMarkdown } from "../../lib/render-markdown";

const NB = "\u2011";

describe("joinAbbreviations", () => {
  it.each([
    ["các tổ chức CT-XH", `các tổ chức CT${NB}XH`],
    ["phát triển KT-XH…", `phát triển KT${NB}XH…`],
    ["Quyết định 290-QĐ/TW", `Quyết định 290${NB}QĐ/TW`],
    ["Số 15/QĐ-UBND", `Số 15/QĐ${NB}UBND`],
    ["(COVID-19)", `(COVID${NB}19)`],
  ])("joins %j", (text, joined) => {
    expect(joinAbbreviations(text)).toBe(joined);
  });

  it.each([
    ["a date", "2017-04-20"],
    ["words joined by a spaced dash", "kinh tế - xã hội"],
    ["place names joined by a hyphen", "tuyến Hà Nội-Hải Phòng"],
    ["a word in lower case", "e-mail"],
  ])("leaves %s alone", (_name, text) => {
    expect(joinAbbreviations(text)).toBe(text);
  });
});

describe("non-breaking hyphens in a body", () => {
  it("joins abbreviations in text, an expanded one included, but not in code", () => {
    const html = renderMarkdown("Các tổ chức CT-XH và `CT-XH`.", { glossary: new Map([["CT-XH", "chính trị - xã hội"]]) });
    expect(html).toBe(`<p>Các tổ chức <abbr title="chính trị - xã hội">CT${NB}XH</abbr> và <code>CT-XH</code>.</p>\n`);
  });

  it("leaves a link's address alone while joining its text", () => {
    expect(renderMarkdown("[Nghị quyết KT-XH](https://example.vn/KT-XH)")).toBe(`<p><a href="https://example.vn/KT-XH">Nghị quyết KT${NB}XH</a></p>\n`);
  });
});
