import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { articleFile } from "../support/article-file";
import { cameraPhoto } from "../support/camera-photos";
import { copySettings, TEST_MASTHEAD } from "../support/site-settings";

/** The pinned clock of the fixture site: drafts and scheduling are judged at this instant. */
export const FIXTURE_NOW = "2024-05-10T03:00:00.000Z"; // 10:00 GMT+7
/** Scheduled one hour after {@link FIXTURE_NOW}. */
export const SCHEDULED_SLUG = "bai-hen-gio-dang";
export const DRAFT_SLUG = "bai-nhap-chua-dang";
/**
 * The draft's one photo, with a caption and a credit: the photo article's first camera
 * photo copied under another name, as an editor does who reuses a photo in a new article.
 * So the fixture has the same bytes under two names, each with its own derived names.
 */
export const DRAFT_PHOTO = "/images/2024/05/ban-sao-khanh-thanh.jpg";
/** The photo {@link DRAFT_PHOTO} is a byte-for-byte copy of. */
export const DRAFT_PHOTO_COPIED_FROM = "/images/2019/06/khanh-thanh-1.jpg";
export const DRAFT_PHOTO_CAPTION = "Nhà văn hóa thôn Đông sau một năm đi vào hoạt động.";
export const DRAFT_PHOTO_CREDIT = "Ảnh: Lê Ảnh";
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
/** An older article with a self-hosted video, an audio clip and a video on YouTube (shown by its local poster), both posters camera photos. */
export const MEDIA_SLUG = "phong-su-video-le-hoi-bach-dang";
/** The sample clips shipped in public/media/mau/, which the media article plays. */
export const SAMPLE_VIDEO = "/media/mau/video-mau.webm";
export const SAMPLE_AUDIO = "/media/mau/am-thanh-mau.mp3";
/** The YouTube address the media article links to; nothing may load from it before a tap. */
export const YOUTUBE_URL = "https://www.youtube.com/watch?v=mau-thu-nghiem";
/**
 * The editors' lead story in the fixture's front-page.yaml: an older article that would
 * not lead by date, the photo article, so that the lead shows a camera photo's derived files.
 */
export const LEAD_SLUG = "khanh-thanh-nha-van-hoa-qua-anh";
/** Their highlights, in order. */
export const HIGHLIGHT_SLUGS = [MEDIA_SLUG, "btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong"];
/** When the choice lapses: 11:30 GMT+7 on the pinned day, after the scheduled article is due (11:00). */
export const LEAD_UNTIL = "2024-05-10 11:30";
/** How many articles readers see at {@link FIXTURE_NOW}: the seed, the generated ones, the hostile one, the media one and the photo one. */
export const PUBLISHED_COUNT = 1 + EXTRA_ARTICLES + 3;
/** The legal masthead the fixture fills in (test values, not a real paper's). */
export const FIXTURE_MASTHEAD = TEST_MASTHEAD;

const SEED = "content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md";

/**
 * An article with three camera photos (tests/browser/photos.test.ts): a 6000 × 4000 JPEG
 * with GPS, a portrait stored sideways (EXIF orientation 6), and a phone's 4032 × 3024
 * in Display P3; the last two form a gallery. Dated in the archive, filed in the only
 * section with no other visible article, and the editors' lead story.
 */
export const PHOTO_SLUG = LEAD_SLUG;
/** The media article's posters: the self-hosted video's and the YouTube video's, camera photos with GPS. */
export const VIDEO_POSTER = "/images/2020/02/khai-mac-le-hoi.jpg";
export const YOUTUBE_POSTER = "/images/2020/02/le-hoi-tren-cao.jpg";
const PHOTOS = [
  { src: DRAFT_PHOTO_COPIED_FROM, options: { width: 6000, height: 4000, metadata: true, seed: 11 } },
  { src: "/images/2019/06/khanh-thanh-2.jpg", options: { width: 6000, height: 4000, orientation: 6, metadata: true, seed: 12 } },
  { src: "/images/2019/06/khanh-thanh-3.jpg", options: { width: 4032, height: 3024, metadata: true, displayP3: true, seed: 13 } },
  { src: VIDEO_POSTER, options: { width: 1920, height: 1080, metadata: true, seed: 14 } },
  { src: YOUTUBE_POSTER, options: { width: 1280, height: 720, metadata: true, seed: 15 } },
] as const;
const PHOTO_ARTICLE = articleFile(
  { title: "Khánh thành nhà văn hóa thôn qua ảnh", date: "2019-06-15 09:00", author: "Lê Ảnh", category: "Xã hội" },
  `Sáng 15/6, nhân dân thôn Đông tổ chức lễ khánh thành nhà văn hóa mới, xây bằng nguồn vốn xã hội hóa.

![Quang cảnh lễ khánh thành](/images/2019/06/khanh-thanh-1.jpg “Quang cảnh lễ khánh thành nhà văn hóa thôn Đông. Ảnh: Lê Ảnh”)

Nhà văn hóa có hội trường một trăm chỗ ngồi, sân thể thao và thư viện nhỏ cho thiếu nhi.

![Cụ già cắt băng khánh thành](/images/2019/06/khanh-thanh-2.jpg)
*Người cao tuổi nhất thôn cắt băng khánh thành. Ảnh: Lê Ảnh*

![Thiếu nhi trong thư viện](/images/2019/06/khanh-thanh-3.jpg "Thiếu nhi đọc sách trong thư viện của nhà văn hóa. Ảnh: Thu Hà")

Buổi lễ kết thúc bằng chương trình văn nghệ của các chi hội trong thôn.`,
);

/** Writes the photo article's three camera photos, the media article's posters and the draft's copy into the fixture content folder (about 15 s). */
export async function writeFixturePhotos(dir: string): Promise<void> {
  for (const photo of PHOTOS) {
    const file = path.join(dir, photo.src);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await cameraPhoto(photo.options));
  }
  mkdirSync(path.dirname(path.join(dir, DRAFT_PHOTO)), { recursive: true });
  copyFileSync(path.join(dir, DRAFT_PHOTO_COPIED_FROM), path.join(dir, DRAFT_PHOTO));
}

/** One tag typed three ways: old tone placement, new tone placement, and decomposed (NFD). */
export const RECONCILIATION_TAG_SLUG = "hoa-giai-co-so";

/** An invented commune that ended before {@link FIXTURE_NOW}, its successor, and the article tagged with the old one. */
export const OLD_UNIT = "xa-cu-thu-nghiem";
export const NEW_UNIT = "xa-moi-thu-nghiem";
export const OLD_UNIT_ARTICLE = "hoi-nghi-dan-van-so-1";
// Appended to the real gazetteer: invented units, since the real content never invents a change.
const FIXTURE_PLACES = `
${OLD_UNIT}:
  name: Cũ Thử Nghiệm
  type: xã
  parent: quang-ninh
  to: 2019-12-31
  successors: [${NEW_UNIT}]
${NEW_UNIT}:
  name: Mới Thử Nghiệm
  type: xã
  parent: quang-ninh
  from: 2020-01-01
`;
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
  appendFileSync(path.join(dir, "places.yaml"), FIXTURE_PLACES);
  writeFileSync(
    path.join(dir, "front-page.yaml"),
    `lead: ${LEAD_SLUG}\nhighlights:\n${HIGHLIGHT_SLUGS.map((slug) => `  - ${slug}\n`).join("")}until: ${LEAD_UNTIL}\n`,
  );
  cpSync(path.join("content", "images"), path.join(dir, "images"), { recursive: true });
  const articles = path.join(dir, "articles");
  mkdirSync(articles, { recursive: true });
  cpSync(SEED, path.join(articles, path.basename(SEED)));
  writeFileSync(path.join(articles, `${PHOTO_SLUG}.md`), PHOTO_ARTICLE);
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
          ...(`hoi-nghi-dan-van-so-${n}` === OLD_UNIT_ARTICLE ? { places: `[${OLD_UNIT}]` } : {}),
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
        `poster: ${VIDEO_POSTER}`,
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
        `poster: ${YOUTUBE_POSTER}`,
        "caption: Toàn cảnh lễ hội nhìn từ trên cao.",
        "```",
      ].join("\n\n").replace(/\n\n(?=(src|poster|caption|credit|```)(?!video|audio))/g, "\n"),
    ),
  );
  writeFileSync(
    path.join(articles, `${DRAFT_SLUG}.md`),
    articleFile(
      { title: "Bản nháp chưa được đăng", date: "2024-05-01 09:00", author: "Hồng Nhung", category: "Xã hội", draft: "true" },
      `Nội dung nháp.\n\n![Nhà văn hóa thôn Đông](${DRAFT_PHOTO} "${DRAFT_PHOTO_CAPTION} ${DRAFT_PHOTO_CREDIT}")`,
    ),
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
