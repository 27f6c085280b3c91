import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { checkPreviewToken } from "../../lib/preview-link";
import { makeSite, runCli } from "./run-cli";

const SECRET = "bí-mật-xem-trước-của-bộ-kiểm-thử-0123456789";
const NOW = "2017-04-21T00:00:00Z";
const FILE = "content/articles/2017/04/bai-nhap.md";
const roots: string[] = [];

// Each case starts a real process through tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function site(text = ["---", "title: Bài nháp chờ duyệt", "date: 2017-04-22 08:00", "author: Hồng Nhung", "category: Chính trị", "draft: true", "---", "", "Đoạn một.", ""].join("\n")): string {
  const root = makeSite();
  roots.push(root);
  mkdirSync(path.join(root, "content", "articles", "2017", "04"), { recursive: true });
  writeFileSync(path.join(root, FILE), text);
  return root;
}

describe("npm run preview-link on a draft", () => {
  const run = runCli("preview-link", [FILE, "--hours", "48"], site(), { PREVIEW_SECRET: SECRET, BAO_TINH_NOW: NOW });
  const link = new URL(run.stdout.trim());

  it("prints one link to the site's /xem-truoc on stdout, and exits 0", () => {
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")).toHaveLength(2);
    expect(`${link.origin}${link.pathname}`).toBe("https://baotinh.vn/xem-truoc");
  });

  it("carries a token for this article that the server accepts until the hours given", () => {
    const token = link.searchParams.get("ma") ?? "";
    expect(checkPreviewToken(token, SECRET, new Date(NOW))).toEqual({ ok: true, grant: { slug: "bai-nhap", expires: new Date("2017-04-23T00:00:00Z") } });
    expect(checkPreviewToken(token, SECRET, new Date("2017-04-23T00:00:00Z"))).toEqual({ ok: false, reason: "expired" });
  });

  it("says on stderr what the link shows, until when, and that whoever holds it can see it", () => {
    expect(run.stderr).toBe(
      [
        'Đường dẫn xem trước bài "Bài nháp chờ duyệt" (bản nháp), dùng được tới Chủ Nhật, 23/04/2017, 07:00 [GMT+7].',
        "Ai có đường dẫn này cũng xem được bài cho tới lúc đó: chỉ gửi riêng, đừng đăng lên mạng xã hội.",
        "Máy chủ chỉ có những bài đã triển khai: bài mới viết thì đưa lên và triển khai trước (draft: true vẫn giữ bài ẩn với bạn đọc).",
        "",
      ].join("\n"),
    );
  });
});

describe("npm run preview-link refuses", () => {
  it.each<[string, string[], Record<string, string>, string]>([
    [
      "when PREVIEW_SECRET is unset: preview links are off",
      [FILE],
      {},
      "Đường dẫn xem trước đang tắt: chưa đặt biến môi trường PREVIEW_SECRET. Đặt đúng chuỗi bí mật mà máy chủ dùng (hỏi bộ phận kỹ thuật), rồi chạy lại.\n",
    ],
    [
      "a secret too short to be safe",
      [FILE],
      { PREVIEW_SECRET: "ngan" },
      "Biến môi trường không hợp lệ:\nPREVIEW_SECRET: cần chuỗi bí mật dài ít nhất 32 ký tự (tạo bằng lệnh: openssl rand -base64 32), hoặc bỏ trống để tắt đường dẫn xem trước, nhận được 4 ký tự\n",
    ],
    ["a file that does not exist", ["content/articles/khong-co.md"], { PREVIEW_SECRET: SECRET }, "content/articles/khong-co.md: không thấy tệp này; kiểm tra lại đường dẫn.\nChưa tạo đường dẫn xem trước nào.\n"],
    [
      "a file outside content/articles/",
      ["content/site.yaml"],
      { PREVIEW_SECRET: SECRET },
      "content/site.yaml: cần một bài trong content/articles/ (tệp .md); chỉ những bài đó mới lên trang.\nChưa tạo đường dẫn xem trước nào.\n",
    ],
    ["more hours than a month", [FILE, "--hours", "745"], { PREVIEW_SECRET: SECRET }, '--hours phải là số giờ nguyên từ 1 đến 744 (31 ngày), nhận được "745".\n'],
    ["hours that are no whole number", [FILE, "--hours", "1.5"], { PREVIEW_SECRET: SECRET }, '--hours phải là số giờ nguyên từ 1 đến 744 (31 ngày), nhận được "1.5".\n'],
    ["without a file", [], { PREVIEW_SECRET: SECRET }, "Thiếu tệp bài cần xem trước.\n"],
  ])("%s", (_name, args, env, message) => {
    const run = runCli("preview-link", args, site(), env);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith(message)).toBe(true);
  });

  it("an article the check refuses, listing its errors", () => {
    const root = site(["---", "title: Bài lỗi", "date: 22/4/2017", "author: Hồng Nhung", "category: Chính trị", "---", "", "Đoạn một.", ""].join("\n"));
    const run = runCli("preview-link", [FILE], root, { PREVIEW_SECRET: SECRET });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${FILE}:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "22/4/2017" (không đúng dạng)\nChưa tạo đường dẫn xem trước nào. Sửa các lỗi trên (xem "npm run check") rồi chạy lại.\n`,
    );
  });
});
