import { serialize } from "node:v8";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT, snapshotFile } from "../../lib/content-snapshot";
import type { Content } from "../../lib/load-content";
import { makeArticle, POLITICS } from "../support/make-article";

const content: Content = {
  site: { name: "Báo Tỉnh", baseUrl: "https://baotinh.vn", description: "", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh", masthead: { editorInChief: "Nguyễn Văn A" } },
  sections: [POLITICS],
  articles: [makeArticle("mot", { tags: ["Dân vận"], updated: new Date("2017-04-21T01:00:00Z") }), makeArticle("hai", { draft: true })],
  imageSizes: new Map([
    ["/images/a.jpg", { format: "jpeg", width: 800, height: 600, orientation: 6, bytes: 51_200, type: "image/jpeg", colour: "rgb", animated: false, complete: true }],
  ]),
  photoHashes: new Map([["/images/a.jpg", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"]]),
  mediaFiles: new Map([["/media/2017/04/ky-hop.mp4", { bytes: 1_048_576, type: "video/mp4" }]]),
  glossary: new Map([["BTV", "Ban Thường vụ"]]),
  frontPage: { lead: { slug: "mot", written: "mot", line: 1 }, highlights: [], until: new Date("2017-04-22T00:00:00Z") },
};

describe("content snapshot", () => {
  it("gives back the same content, dates as dates and maps as maps", () => {
    const back = decodeSnapshot(encodeSnapshot(content));
    expect(back).toEqual(content);
    expect(back?.articles[0]?.published).toBeInstanceOf(Date);
    expect(back?.imageSizes.get("/images/a.jpg")?.width).toBe(800);
    expect(back?.photoHashes.get("/images/a.jpg")).toBe("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  });

  it("is compact: gzip over V8's encoding", () => {
    const big: Content = { ...content, articles: Array.from({ length: 200 }, (_, n) => makeArticle(`bai-${n}`, { markdown: "Sáng nay, hội nghị bàn về công tác dân vận. ".repeat(100) })) };
    expect(encodeSnapshot(big).length).toBeLessThan(serialize(big).length / 5);
    expect(decodeSnapshot(encodeSnapshot(big))).toEqual(big);
  });

  it("keeps every article, in order, across many chunks", () => {
    const many: Content = { ...content, articles: Array.from({ length: 2_345 }, (_, n) => makeArticle(`bai-${n}`)) };
    expect(decodeSnapshot(encodeSnapshot(many))?.articles.map((article) => article.slug)).toEqual(many.articles.map((article) => article.slug));
  });

  /** A chunk as the encoder writes it: length, then gzipped V8 serialisation. */
  const chunk = (value: unknown): Buffer => {
    const body = gzipSync(serialize(value));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    return Buffer.concat([length, body]);
  };
  const { articles, ...settings } = content;
  const header = { format: SNAPSHOT_FORMAT, count: articles.length, content: settings };
  const whole = encodeSnapshot(content);

  it.each([
    ["an empty file", Buffer.alloc(0)],
    ["bytes that are not a snapshot", Buffer.from("không phải snapshot")],
    ["a snapshot cut short", whole.subarray(0, whole.length - 10)],
    ["a snapshot missing its last chunk", Buffer.concat([chunk(header)])],
    ["another format", Buffer.concat([chunk({ ...header, format: SNAPSHOT_FORMAT + 1 }), chunk(articles)])],
    ["a header without the glossary", Buffer.concat([chunk({ ...header, content: { ...settings, glossary: undefined } }), chunk(articles)])],
    ["a header without the photo hashes", Buffer.concat([chunk({ ...header, content: { ...settings, photoHashes: undefined } }), chunk(articles)])],
    ["articles whose dates are strings", Buffer.concat([chunk(header), chunk(articles.map((article) => ({ ...article, published: "2017-04-20" })))])],
    ["a chunk that is not a list", Buffer.concat([chunk(header), chunk({ articles })])],
  ])("refuses %s, so the server reads the content folder instead", (_name, buffer) => {
    expect(decodeSnapshot(buffer)).toBeUndefined();
  });
});

describe("snapshotFile", () => {
  it("lies inside the build folder, resolved from the repository root, for the server and npm run photos alike", () => {
    const paths = { contentDir: "/srv/bao/content", publicDir: "/srv/bao/public", displayRoot: "/srv/bao" };
    expect(snapshotFile({ paths, buildFolder: ".next-staging" })).toBe("/srv/bao/.next-staging/bao-tinh-content.snapshot");
  });
});
