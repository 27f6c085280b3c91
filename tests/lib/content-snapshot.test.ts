import { serialize } from "node:v8";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT } from "../../lib/content-snapshot";
import type { Content } from "../../lib/load-content";
import { makeArticle, POLITICS } from "./make-article";

const content: Content = {
  site: { name: "Báo Tỉnh", baseUrl: "https://baotinh.vn", description: "", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh" },
  sections: [POLITICS],
  articles: [makeArticle("mot", { tags: ["Dân vận"], updated: new Date("2017-04-21T01:00:00Z") }), makeArticle("hai", { draft: true })],
  imageSizes: new Map([["/images/a.jpg", { width: 800, height: 600, bytes: 51_200, type: "image/jpeg" }]]),
  glossary: new Map([["BTV", "Ban Thường vụ"]]),
};

describe("content snapshot", () => {
  it("gives back the same content, dates as dates and maps as maps", () => {
    const back = decodeSnapshot(encodeSnapshot(content));
    expect(back).toEqual(content);
    expect(back?.articles[0]?.published).toBeInstanceOf(Date);
    expect(back?.imageSizes.get("/images/a.jpg")?.width).toBe(800);
  });

  it("is compact: gzip over V8's encoding", () => {
    const big: Content = { ...content, articles: Array.from({ length: 200 }, (_, n) => makeArticle(`bai-${n}`, { markdown: "Sáng nay, hội nghị bàn về công tác dân vận. ".repeat(100) })) };
    expect(encodeSnapshot(big).length).toBeLessThan(serialize(big).length / 5);
  });

  it.each([
    ["an empty file", Buffer.alloc(0)],
    ["bytes that are not gzip", Buffer.from("không phải snapshot")],
    ["a truncated snapshot", encodeSnapshot(content).subarray(0, 40)],
    ["another format", gzipSync(serialize({ format: SNAPSHOT_FORMAT + 1, content }))],
    ["a snapshot without articles", gzipSync(serialize({ format: SNAPSHOT_FORMAT, content: { ...content, articles: undefined } }))],
    ["articles whose dates are strings", gzipSync(serialize({ format: SNAPSHOT_FORMAT, content: { ...content, articles: [{ ...makeArticle("a"), published: "2017-04-20" }] } }))],
  ])("refuses %s, so the server reads the content folder instead", (_name, buffer) => {
    expect(decodeSnapshot(buffer)).toBeUndefined();
  });
});
