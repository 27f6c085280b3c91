import { truncateSync, statSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { Section } from "../../lib/article";
import { openContentStore, STORE_VERSION, StoreError } from "../../lib/content-store";
import { recordOf } from "../../lib/load-content";
import { findRelated } from "../../lib/related-articles";
import { writeContentStore } from "../../lib/write-content-store";
import { makeArticle, POLITICS } from "../support/make-article";
import { fixtureRegisters } from "../support/registers";
import { openTestStore, storeContent, storeFolder } from "../support/store-file";

const ECONOMY: Section = { name: "Kinh tế", slug: "kinh-te", description: "Tin kinh tế" };
const NOW = Date.parse("2024-05-10T03:00:00Z");
const day = (n: number) => new Date(Date.parse("2024-05-01T00:00:00Z") + n * 86_400_000);

const ARTICLES = [
  makeArticle("mot", { published: day(1), tags: ["Dân vận", "Quảng Ninh"] }),
  makeArticle("hai", { published: day(2), tags: ["Dân vận"], authors: ["Minh Đức"] }),
  makeArticle("ba", { published: day(3), tags: ["Quảng Ninh"], section: ECONOMY }),
  makeArticle("bon", { published: day(4), tags: ["Hoà giải"] }),
  makeArticle("hen-gio", { published: day(20), tags: ["Dân vận"] }),
];
const opened = openTestStore(ARTICLES, { sections: [POLITICS, ECONOMY] });
const { store } = opened;
afterAll(() => opened.remove());

describe("the content store's queries", () => {
  it("gives an article's record and body, and nothing for a scheduled one before its time", () => {
    expect(store.article("hai", NOW)).toEqual(recordOf(ARTICLES[1] ?? makeArticle("x")));
    expect(store.markdown("hai")).toBe(ARTICLES[1]?.markdown);
    expect(store.article("hen-gio", NOW)).toBeUndefined();
    expect(store.article("hen-gio", day(21).getTime())?.slug).toBe("hen-gio");
  });

  it("lists the newest visible articles, of the site and of a section", () => {
    expect(store.newest(NOW, 10).map((record) => record.slug)).toEqual(["bon", "ba", "hai", "mot"]);
    expect(store.newest(NOW, 2, "chinh-tri").map((record) => record.slug)).toEqual(["bon", "hai"]);
  });

  it.each([
    ["tag", "dan-van", 2, "Dân vận", ["hai", "mot"]],
    ["author", "minh-duc", 1, "Minh Đức", ["hai"]],
    ["section", "kinh-te", 1, "Kinh tế", ["ba"]],
  ] as const)("pages the %s listing %s: %i visible, named %j", (kind, slug, count, name, slugs) => {
    expect(store.group(kind, slug, NOW)).toMatchObject({ slug, count, name });
    expect(store.listing(kind, slug, NOW, 20, 0).map((record) => record.slug)).toEqual(slugs);
  });

  it("has no tag listing without visible articles, but every declared section", () => {
    expect(store.group("tag", "khong-co", NOW)).toBeUndefined();
    expect(store.groups("section", NOW).map((group) => [group.slug, group.count])).toEqual([
      ["chinh-tri", 3],
      ["kinh-te", 1],
    ]);
  });

  it("ranks related articles as findRelated does", () => {
    const visible = ARTICLES.filter((article) => article.published.getTime() <= NOW).sort((a, b) => b.published.getTime() - a.published.getTime());
    for (const article of visible) {
      expect(store.related(recordOf(article), NOW, 5).map((record) => record.slug)).toEqual(findRelated(article, visible).map((other) => other.slug));
    }
  });

  it("knows the next scheduled publication, the newest slugs and the visible count", () => {
    expect(store.nextChange(NOW)).toBe(day(20).getTime());
    expect(store.newestSlugs(2)).toEqual(["hen-gio", "bon"]);
    expect(store.visibleCount(NOW)).toBe(4);
    expect(store.articleDates(NOW, 1, 2).map((entry) => entry.slug)).toEqual(["ba", "hai"]);
  });
});

describe("the store's person, body, document and place listings", () => {
  const mention = { kind: "person", id: "nguyen-van-a", name: "Nguyễn Văn A", written: "Nguyễn Văn A" } as const;
  const entities = openTestStore(
    [
      makeArticle("nhac-ten", { published: day(1), mentions: [mention], places: ["xa-cu"] }),
      makeArticle("nhac-lai", { published: day(2), mentions: [mention] }),
      makeArticle("ban-nhap", { published: day(3), mentions: [mention], places: ["xa-cu"], draft: true }),
    ],
    { registers: fixtureRegisters("valid") },
  );
  afterAll(() => entities.remove());

  it("lists a person's articles newest first, drafts left out, under the name the register gives", () => {
    expect(entities.store.group("person", "nguyen-van-a", NOW)).toMatchObject({ name: "Nguyễn Văn A", count: 2 });
    expect(entities.store.listing("person", "nguyen-van-a", NOW, 10, 0).map((record) => record.slug)).toEqual(["nhac-lai", "nhac-ten"]);
  });

  it("lists an article tagged with a place that ended under the unit it became too", () => {
    expect(entities.store.listing("place", "xa-cu", NOW, 10, 0).map((record) => record.slug)).toEqual(["nhac-ten"]);
    expect(entities.store.listing("place", "xa-moi", NOW, 10, 0).map((record) => record.slug)).toEqual(["nhac-ten"]);
    expect(entities.store.group("body", "hdnd-tinh", NOW)).toBeUndefined();
  });

  it("keeps the registers for the entity pages' facts", () => {
    expect([...entities.store.registers.places.keys()]).toEqual(["thanh-hoa", "xa-cu", "xa-moi"]);
  });
});

describe("opening a damaged store", () => {
  const folder = storeFolder();
  afterAll(() => folder.remove());
  const fresh = () => writeContentStore(folder.file, storeContent(ARTICLES));

  it.each([
    ["missing", () => `${folder.file}.khong-co`, /^kho\.sqlite: không có kho nội dung/],
    ["truncated", () => (fresh(), truncateSync(folder.file, Math.floor(statSync(folder.file).size / 2)), folder.file), /^kho\.sqlite: kho nội dung bị hỏng/],
    ["not a database", () => (writeFileSync(folder.file, "x".repeat(8192)), folder.file), /^kho\.sqlite: (không mở được|kho nội dung bị hỏng)/],
    [
      "of another version",
      () => {
        fresh();
        const db = new Database(folder.file);
        db.pragma("user_version = 7");
        db.close();
        return folder.file;
      },
      new RegExp(`^kho\\.sqlite: kho nội dung thuộc phiên bản 7, máy chủ này cần phiên bản ${STORE_VERSION}\\.`),
    ],
  ] as const)("refuses a store that is %s with a StoreError naming the file", (_name, damage, message) => {
    const file = damage();
    expect(() => openContentStore(file, "kho.sqlite")).toThrow(StoreError);
    expect(() => openContentStore(file, "kho.sqlite")).toThrow(message);
  });
});
