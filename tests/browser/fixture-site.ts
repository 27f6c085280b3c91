import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { articleFile } from "../support/article-file";
import { copySettings, TEST_MASTHEAD } from "../support/site-settings";

/** The pinned clock of the fixture site: drafts and scheduling are judged at this instant. */
export const FIXTURE_NOW = "2024-05-10T03:00:00.000Z"; // 10:00 GMT+7
/** Scheduled one hour after {@link FIXTURE_NOW}. */
export const SCHEDULED_SLUG = "bai-hen-gio-dang";
export const DRAFT_SLUG = "bai-nhap-chua-dang";
export const HOSTILE_SLUG = "tieu-de-co-ma-doc";
/** The fixture server's PREVIEW_SECRET: preview links are on there, and off on the real site's server. */
export const FIXTURE_PREVIEW_SECRET = "bi-mat-xem-truoc-cua-trang-thu-0123456789";
/**
 * The fixture build prerenders only this many of the newest articles (`PRERENDER_ARTICLES`),
 * so that most of its articles are the archive, rendered on first request.
 */
export const FIXTURE_PRERENDER = 3;
/** Those three: the scheduled article (10/5/2024), the hostile one (9/5/2024), then the newest generated one (24/3/2020). */
export const FIXTURE_PRERENDERED_SLUGS = [SCHEDULED_SLUG, HOSTILE_SLUG, "hoi-nghi-dan-van-so-24"];
/** How many generated articles share the seed's section (enough for two listing pages). */
export const EXTRA_ARTICLES = 24;
/** An older article with a self-hosted video, an audio clip and a video on YouTube (shown by its local poster). */
export const MEDIA_SLUG = "phong-su-video-le-hoi-bach-dang";
/** The sample clips shipped in public/media/mau/, which the media article plays. */
export const SAMPLE_VIDEO = "/media/mau/video-mau.webm";
export const SAMPLE_AUDIO = "/media/mau/am-thanh-mau.mp3";
/** The YouTube address the media article links to; nothing may load from it before a tap. */
export const YOUTUBE_URL = "https://www.youtube.com/watch?v=mau-thu-nghiem";
/** The editors' lead story in the fixture's front-page.yaml, an older article that would not lead by date. */
export const LEAD_SLUG = "hoi-nghi-dan-van-so-5";
/** Their highlights, in order. */
export const HIGHLIGHT_SLUGS = [MEDIA_SLUG, "btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong"];
/** When the choice lapses: 11:30 GMT+7 on the pinned day, after the scheduled article is due (11:00). */
export const LEAD_UNTIL = "2024-05-10 11:30";
/** How many articles readers see at {@link FIXTURE_NOW}: the seed, the generated ones, the hostile one and the media one. */
export const PUBLISHED_COUNT = 1 + EXTRA_ARTICLES + 2;
/** The legal masthead the fixture fills in (test values, not a real paper's). */
export const FIXTURE_MASTHEAD = TEST_MASTHEAD;

const SEED = "content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md";

/** One tag typed three ways: old tone placement, new tone placement, and decomposed (NFD). */
export const RECONCILIATION_TAG_SLUG = "hoa-giai-co-so";
function reconciliationTag(n: number): string {
  if (n === 1) return "Hòa giải cơ sở".normalize("NFD");
  return n % 2 === 0 ? "Hoà giải cơ sở" : "Hòa giải cơ sở";
}

/**
 * Writes a content folder for browser tests that need more than the one real article:
 * pagination, related articles, drafts, scheduling and hostile front matter. It is
 * built into its own dist folder, so the real build is never touched.
 */
export function writeFixtureContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-fixture-"));
  // The real site.yaml leaves the legal masthead empty (placeholders); the fixture fills it in.
  copySettings(dir);
  writeFileSync(
    path.join(dir, "front-page.yaml"),
    `lead: ${LEAD_SLUG}\nhighlights:\n${HIGHLIGHT_SLUGS.map((slug) => `  - ${slug}\n`).join("")}until: ${LEAD_UNTIL}\n`,
  );
  const articles = path.join(dir, "articles");
  mkdirSync(articles, { recursive: true });
  cpSync(SEED, path.join(articles, path.basename(SEED)));
  for (let n = 1; n <= EXTRA_ARTICLES; n++) {
    const day = String(n).padStart(2, "0");
    writeFileSync(
      path.join(articles, `hoi-nghi-dan-van-so-${n}.md`),
      articleFile(
        {
          title: `Hội nghị dân vận khu vực số ${n}`,
          date: `2020-03-${day} 08:${day}`,
          author: n % 2 === 0 ? "Hồng Nhung" : "[Minh Đức, Thu Hà]",
          category: "Chính trị",
          tags: n % 3 === 0 ? "[Dân vận, Quảng Ninh]" : `[${reconciliationTag(n)}]`,
        },
        `Sáng ${n}/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị khu vực số ${n} với các đồng chí UBND và MTTQ các huyện.\n\n![Ảnh minh họa thay cho ảnh gốc](/images/2017/04/btv-tinh-uy-lam-viec-1.svg "Quang cảnh hội nghị số ${n}.")\n\nHội nghị đánh giá công tác dân vận của hệ thống chính trị cơ sở. Xem thêm [Cổng thông tin tỉnh](https://www.quangninh.gov.vn).`,
      ),
    );
  }
  writeFileSync(
    path.join(articles, `${MEDIA_SLUG}.md`),
    articleFile(
      { title: "Phóng sự video về Lễ hội Bạch Đằng", date: "2020-02-15 10:00", author: "Thu Hà", category: "Văn hóa" },
      [
        "Sáng 15/2, lễ hội truyền thống Bạch Đằng khai mạc tại thị xã Quảng Yên.",
        "```video",
        `src: ${SAMPLE_VIDEO}`,
        "poster: /images/2017/04/btv-tinh-uy-lam-viec-2.svg",
        "caption: Quang cảnh lễ khai mạc.",
        "credit: Đài PT-TH tỉnh",
        "```",
        "Các đoàn rước kiệu đi qua trung tâm thị xã.",
        "```audio",
        `src: ${SAMPLE_AUDIO}`,
        "caption: Bản tin phát thanh sáng 15/2.",
        "credit: Đài PT-TH tỉnh",
        "```",
        "```video",
        `src: ${YOUTUBE_URL}`,
        "poster: /images/2017/04/btv-tinh-uy-lam-viec-3.svg",
        "caption: Toàn cảnh lễ hội nhìn từ trên cao.",
        "```",
      ].join("\n\n").replace(/\n\n(?=(src|poster|caption|credit|```)(?!video|audio))/g, "\n"),
    ),
  );
  writeFileSync(
    path.join(articles, `${DRAFT_SLUG}.md`),
    articleFile({ title: "Bản nháp chưa được đăng", date: "2024-05-01 09:00", author: "Hồng Nhung", category: "Xã hội", draft: "true" }, "Nội dung nháp."),
  );
  writeFileSync(
    path.join(articles, `${SCHEDULED_SLUG}.md`),
    articleFile({ title: "Bài hẹn giờ đăng lúc 11 giờ", date: "2024-05-10 11:00", author: "Hồng Nhung", category: "Kinh tế" }, "Nội dung hẹn giờ."),
  );
  writeFileSync(
    path.join(articles, `${HOSTILE_SLUG}.md`),
    articleFile(
      {
        title: `'Tiêu đề </script><script>alert(1)</script> & <b>đậm</b>'`,
        date: "2024-05-09 10:00",
        updated: "2024-05-09 15:30",
        author: `'<img src=x onerror=alert(1)>'`,
        category: "Văn hóa",
        tags: `['<svg onload=alert(1)>', Văn hóa]`,
        summary: `'Sapo có "ngoặc kép" và </title><script>alert(2)</script>'`,
        corrections: "\n  - date: 2024-05-09 16:00\n    text: Sửa lỗi chính tả ở đoạn hai.",
      },
      'Đoạn có <script>alert(3)</script> và [liên kết](javascript:alert(4)) cùng <iframe srcdoc="<script>alert(5)</script>"></iframe>.',
    ),
  );
  return dir;
}
