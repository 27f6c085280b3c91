import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { fetchPage } from "../support/http";
import { MEDIA_SLUG, PHOTO_SLUG } from "./fixture-site";
import { FIXTURE_PAGES, PAGES, SEED_PATH } from "./pages";

const baseUrl = inject("baseUrl");
const fixtureUrl = inject("fixtureUrl");
const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-vnu-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface VnuMessage {
  type: string;
  message: string;
  url: string;
  lastLine?: number;
  extract?: string;
}

/** Fetches pages, runs vnu over them, and returns every error it reports. */
async function validate(pages: readonly { name: string; url: string }[]): Promise<string[]> {
  const files: string[] = [];
  for (const page of pages) {
    const { html } = await fetchPage(page.url);
    expect(html).toContain("<!DOCTYPE html>");
    const file = path.join(dir, `${page.name}.html`);
    writeFileSync(file, html);
    files.push(file);
  }
  const run = spawnSync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error).toBeUndefined();
  // vnu writes its JSON report on stderr.
  const report: { messages: VnuMessage[] } = JSON.parse(run.stderr);
  // The checker really read every page: each file is named in its report or clean.
  expect(files).toHaveLength(pages.length);
  return report.messages
    .filter((message) => message.type === "error" || message.type === "non-document-error")
    .map((message) => `${path.basename(message.url)}:${message.lastLine ?? "?"} ${message.message} «${message.extract ?? ""}»`);
}

describe("the W3C Nu HTML Checker (vnu-jar)", () => {
  it("reports zero errors on the home, article, section, tag, author, search and 404 pages, the lead story, the video article and their lite versions", async () => {
    const pages = [
      ...PAGES.map((page) => ({ name: page.name, url: `${baseUrl}${page.path}` })),
      ...FIXTURE_PAGES.map((page) => ({ name: page.name, url: `${fixtureUrl}${page.path}` })),
      { name: "lite", url: `${baseUrl}/lite${SEED_PATH}` },
      { name: "lite-video", url: `${fixtureUrl}/lite/bai-viet/${MEDIA_SLUG}` },
    ];
    expect(await validate(pages)).toEqual([]);
  });

  it("reports zero errors on an article with camera photos, credits and a gallery, its lite page and a listing with its card", async () => {
    const pages = [
      { name: "photo-article", url: `${fixtureUrl}/bai-viet/${PHOTO_SLUG}` },
      { name: "photo-lite", url: `${fixtureUrl}/lite/bai-viet/${PHOTO_SLUG}` },
      { name: "photo-section", url: `${fixtureUrl}/chuyen-muc/xa-hoi` },
    ];
    expect(await validate(pages)).toEqual([]);
  });

  it("does flag a broken page, so a clean report means something", () => {
    const file = path.join(dir, "broken.html");
    writeFileSync(file, "<!DOCTYPE html><html lang=vi><head></head><body><p><div></p></body></html>");
    const run = spawnSync("java", ["-jar", "node_modules/vnu-jar/build/dist/vnu.jar", "--format", "json", "--exit-zero-always", file], { encoding: "utf8" });
    const report: { messages: VnuMessage[] } = JSON.parse(run.stderr);
    expect(report.messages.filter((message) => message.type === "error").length).toBeGreaterThan(0);
  });
});
