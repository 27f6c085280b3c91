import { describe, expect, it } from "vitest";
import { currentTime, parseSettings, SettingsError } from "../../lib/settings";

const ROOT = "/srv/bao";

function refusal(env: Record<string, string>): string {
  try {
    parseSettings(env, ROOT);
  } catch (error) {
    if (error instanceof SettingsError) return error.message;
    throw error;
  }
  throw new Error("expected a SettingsError");
}

describe("parseSettings", () => {
  it("gives every setting its default in an empty environment", () => {
    expect(parseSettings({}, ROOT)).toEqual({
      paths: { contentDir: "/srv/bao/content", publicDir: "/srv/bao/public", displayRoot: ROOT },
      buildFolder: ".next",
      photoCacheDir: "/srv/bao/.cache/photos",
      contentCacheDir: "/srv/bao/.cache/content",
      compileCacheDir: "/srv/bao/.cache/compiled",
      preview: false,
      production: false,
      building: false,
      prerenderArticles: 200,
    });
  });

  it("reads every variable it owns", () => {
    const settings = parseSettings(
      {
        CONTENT_DIR: "tests/noi-dung",
        NEXT_DIST_DIR: ".next-fixture",
        NODE_ENV: "production",
        NEXT_PHASE: "phase-production-build",
        PRERENDER_ARTICLES: "all",
        BAO_TINH_NOW: "2024-05-10T03:00:00.000Z",
        BAO_TINH_TRACE: "trace.log",
        PHOTO_CACHE_DIR: "/tmp/anh",
        PREVIEW_SECRET: "k".repeat(32),
        CONTENT_CACHE_DIR: "/var/cache/bao-tinh",
        COMPILE_CACHE_DIR: "build-cache",
      },
      ROOT,
    );
    expect(settings).toEqual({
      paths: { contentDir: "/srv/bao/tests/noi-dung", publicDir: "/srv/bao/public", displayRoot: ROOT },
      buildFolder: ".next-fixture",
      photoCacheDir: "/tmp/anh",
      contentCacheDir: "/var/cache/bao-tinh",
      compileCacheDir: "/srv/bao/build-cache",
      preview: false,
      production: true,
      building: true,
      prerenderArticles: Infinity,
      pinnedNow: new Date("2024-05-10T03:00:00.000Z"),
      traceFile: "/srv/bao/trace.log",
      previewLinkSecret: "k".repeat(32),
    });
  });

  it.each([
    ["development", { preview: true, production: false }],
    ["production", { preview: false, production: true }],
    ["test", { preview: false, production: false }],
  ])("reads NODE_ENV=%s", (mode, expected) => {
    const { preview, production } = parseSettings({ NODE_ENV: mode }, ROOT);
    expect({ preview, production }).toEqual(expected);
  });

  it("treats a blank variable as unset", () => {
    expect(parseSettings({ CONTENT_DIR: " ", NEXT_DIST_DIR: "", PRERENDER_ARTICLES: "", BAO_TINH_NOW: " ", CONTENT_CACHE_DIR: " " }, ROOT)).toEqual(parseSettings({}, ROOT));
  });

  it.each([
    ["PRERENDER_ARTICLES", "abc", 'PRERENDER_ARTICLES: cần một số nguyên không âm (số bài mới nhất được dựng sẵn) hoặc "all", nhận được "abc"'],
    ["BAO_TINH_NOW", "hôm qua", 'BAO_TINH_NOW: cần thời điểm ISO 8601 có múi giờ, ví dụ 2024-05-10T03:00:00Z, nhận được "hôm qua"'],
    ["BAO_TINH_NOW", "2024-05-10 10:00", 'BAO_TINH_NOW: cần thời điểm ISO 8601 có múi giờ, ví dụ 2024-05-10T03:00:00Z, nhận được "2024-05-10 10:00"'],
    ["BAO_TINH_NOW", "2024-02-30T03:00:00Z", 'BAO_TINH_NOW: cần thời điểm ISO 8601 có múi giờ, ví dụ 2024-05-10T03:00:00Z, nhận được "2024-02-30T03:00:00Z"'],
  ])("refuses %s=%j with one clear line", (name, value, line) => {
    expect(refusal({ [name]: value })).toBe(`Biến môi trường không hợp lệ:\n${line}`);
  });

  it("lists every bad variable at once", () => {
    expect(refusal({ PRERENDER_ARTICLES: "-1", BAO_TINH_NOW: "x" }).split("\n")).toHaveLength(3);
  });
});

describe("currentTime", () => {
  it("is the pinned instant when there is one, as a copy", () => {
    const pinnedNow = new Date("2017-04-20T11:02:00Z");
    const time = currentTime({ pinnedNow });
    expect(time).toEqual(pinnedNow);
    expect(time).not.toBe(pinnedNow);
  });

  it("is the clock otherwise", () => {
    const before = Date.now();
    const time = currentTime({}).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });
});

describe("PREVIEW_SECRET", () => {
  it.each([
    ["unset", undefined],
    ["empty", ""],
    ["blank", "   "],
  ])("turns preview links off when %s", (_name, value) => {
    const env: Record<string, string> = value === undefined ? {} : { PREVIEW_SECRET: value };
    expect(parseSettings(env, ROOT).previewLinkSecret).toBeUndefined();
  });

  it("takes a secret of 32 characters or more, trimmed", () => {
    expect(parseSettings({ PREVIEW_SECRET: ` ${"k".repeat(44)}\n` }, ROOT).previewLinkSecret).toBe("k".repeat(44));
  });

  it("refuses a secret shorter than 32 characters, saying how to make one, without printing it", () => {
    expect(refusal({ PREVIEW_SECRET: "bi-mat-ngan" })).toBe(
      "Biến môi trường không hợp lệ:\nPREVIEW_SECRET: cần chuỗi bí mật dài ít nhất 32 ký tự (tạo bằng lệnh: openssl rand -base64 32), hoặc bỏ trống để tắt đường dẫn xem trước, nhận được 11 ký tự",
    );
  });
});
