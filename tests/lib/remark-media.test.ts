import { describe, expect, it } from "vitest";
import type { ArticleMedia } from "../../lib/article";
import { PHOTO_SIZES } from "../../lib/photo-sources";
import { planPhoto } from "../../lib/plan-photo";
import { renderMarkdown } from "../../lib/render-markdown";
import { formatBytes, siteName } from "../../lib/remark-media";

const VIDEO: ArticleMedia = { kind: "video", src: "/media/2017/04/ky-hop.mp4", external: false, poster: "/images/2017/04/ky-hop.jpg", caption: "Quang cảnh phiên khai mạc.", credit: "Đài PT-TH tỉnh", line: 3 };
const AUDIO: ArticleMedia = { kind: "audio", src: "/media/2017/04/ban-tin.mp3", external: false, caption: "Bản tin thời sự.", line: 3 };
const YOUTUBE: ArticleMedia = { kind: "video", src: "https://www.youtube.com/watch?v=abc123&t=5", external: true, poster: "/images/2017/04/ky-hop.jpg", caption: "Toàn văn phát biểu.", line: 3 };

const block = (clip: ArticleMedia) => `\`\`\`${clip.kind}\nsrc: ${clip.src}\n\`\`\`\n`;
const FILES = new Map([
  ["/media/2017/04/ky-hop.mp4", { bytes: 12_900_000, type: "video/mp4" }],
  ["/media/2017/04/ban-tin.mp3", { bytes: 300_000, type: "audio/mpeg" }],
]);
// The poster is a photo like any other: the lookup gives its plan, as for the body's photos.
const POSTER = planPhoto("/images/2017/04/ky-hop.jpg", { format: "jpeg", width: 1280, height: 720 }, "c".repeat(64));
const derived = (width: number, extension: string) => `/anh/ky-hop-${POSTER.key}-${width}.${extension}`;
const render = (clip: ArticleMedia, as: "player" | "link", photoForm?: { kind: "jpeg"; width: number }) =>
  renderMarkdown(block(clip), {
    photo: (src) => (src === POSTER.src ? POSTER : undefined),
    ...(photoForm === undefined ? {} : { photoForm }),
    media: { media: [clip], as, mediaFile: (src) => FILES.get(src) },
  });

describe("video and audio on the article page", () => {
  it("renders a self-hosted video as a player that loads nothing before play, with its poster's column-wide JPEG, caption and credit", () => {
    expect(render(VIDEO, "player")).toBe(
      `<figure class="media media-video"><video controls preload="none" poster="${derived(640, "jpg")}" width="1280" height="720">` +
        '<source src="/media/2017/04/ky-hop.mp4" type="video/mp4"><a href="/media/2017/04/ky-hop.mp4">Tải video về máy</a></video><figcaption>Quang cảnh phiên khai mạc. <span class="credit">Video: Đài PT\u2011TH tỉnh</span></figcaption></figure>\n',
    );
  });

  it("renders an audio clip as a player that loads nothing before play", () => {
    expect(render(AUDIO, "player")).toBe(
      '<figure class="media media-audio"><audio controls preload="none"><source src="/media/2017/04/ban-tin.mp3" type="audio/mpeg"><a href="/media/2017/04/ban-tin.mp3">Tải tệp âm thanh về máy</a></audio><figcaption>Bản tin thời sự.</figcaption></figure>\n',
    );
  });

  it("renders a video on YouTube as its local poster's derived files linking there: no frame, no request to YouTube", () => {
    const html = render(YOUTUBE, "player");
    const webp = [320, 480, 640, 960, 1280].map((width) => `${derived(width, "webp")} ${width}w`).join(", ");
    const jpeg = [320, 640, 1200].map((width) => `${derived(width, "jpg")} ${width}w`).join(", ");
    expect(html).toBe(
      '<figure class="media media-external"><a href="https://www.youtube.com/watch?v=abc123&#x26;t=5" class="video-link">' +
        `<picture><source type="image/webp" srcset="${webp}" sizes="${PHOTO_SIZES.column}">` +
        `<img src="${derived(640, "jpg")}" srcset="${jpeg}" sizes="${PHOTO_SIZES.column}" alt="" width="1280" height="720" loading="lazy" decoding="async"></picture>` +
        '<span class="video-play">Xem video trên YouTube</span></a><figcaption>Toàn văn phát biểu.</figcaption></figure>\n',
    );
    expect(html).not.toMatch(/<iframe|youtube\.com\/embed|ytimg/);
  });

  it.each([
    ["a feed's 640-wide JPEG", { kind: "jpeg", width: 640 } as const, `poster="${derived(640, "jpg")}"`],
    ["the lite form's 320-wide JPEG", { kind: "jpeg", width: 320 } as const, `poster="${derived(320, "jpg")}"`],
  ])("gives the player, in a body of one JPEG per photo, %s as its poster", (_name, form, poster) => {
    expect(render(VIDEO, "player", form)).toContain(`<video controls preload="none" ${poster} width="1280" height="720">`);
  });

  it("keeps the written address of a poster the lookup has no plan for", () => {
    const unknown = { ...VIDEO, poster: "/images/2017/04/khong-co.jpg" };
    expect(render(unknown, "player")).toContain('<video controls preload="none" poster="/images/2017/04/khong-co.jpg">');
  });

  it.each([
    [VIDEO, '<p class="media-link"><a href="/media/2017/04/ky-hop.mp4">Xem video (MP4, 12,3 MB)</a>: Quang cảnh phiên khai mạc. Video: Đài PT\u2011TH tỉnh</p>\n'],
    [AUDIO, '<p class="media-link"><a href="/media/2017/04/ban-tin.mp3">Nghe (MP3, 293 KB)</a>: Bản tin thời sự.</p>\n'],
    [YOUTUBE, '<p class="media-link"><a href="https://www.youtube.com/watch?v=abc123&#x26;t=5">Xem video trên YouTube</a>: Toàn văn phát biểu.</p>\n'],
  ])("renders a clip as one plain link for the lite page (%#)", (clip, html) => {
    expect(render(clip, "link")).toBe(html);
  });

  it("keeps a caption's markup as text", () => {
    const hostile = { ...VIDEO, caption: '<script>alert(1)</script>"', credit: "<b>x</b>" };
    expect(render(hostile, "player")).toContain("<figcaption>&#x3C;script>alert(1)&#x3C;/script>\" <span class=\"credit\">Video: &#x3C;b>x&#x3C;/b></span></figcaption>");
  });

  it("leaves other fenced code as code", () => {
    expect(renderMarkdown("```yaml\nsrc: /a.mp4\n```\n", { media: { media: [VIDEO], as: "player" } })).toBe('<pre><code class="language-yaml">src: /a.mp4\n</code></pre>\n');
  });

  it("gives a block the clip of its own position, the second block the second clip", () => {
    const html = renderMarkdown(`${block(VIDEO)}\nĐoạn giữa.\n\n${block(AUDIO)}`, { media: { media: [VIDEO, AUDIO], as: "link" } });
    expect(html).toBe(
      '<p class="media-link"><a href="/media/2017/04/ky-hop.mp4">Xem video</a>: Quang cảnh phiên khai mạc. Video: Đài PT\u2011TH tỉnh</p>\n<p>Đoạn giữa.</p>\n<p class="media-link"><a href="/media/2017/04/ban-tin.mp3">Nghe</a>: Bản tin thời sự.</p>\n',
    );
  });
});

describe("siteName", () => {
  it.each([
    ["https://www.youtube.com/watch?v=abc", "YouTube"],
    ["https://youtu.be/abc", "YouTube"],
    ["https://m.youtube.com/watch?v=abc", "YouTube"],
    ["https://www.facebook.com/baotinh/videos/123", "Facebook"],
    ["https://fb.watch/abc", "Facebook"],
    ["https://vimeo.com/123", "Vimeo"],
    ["https://www.tiktok.com/@baotinh/video/1", "TikTok"],
    ["https://truyenhinh.quangninh.vn/video/1", "truyenhinh.quangninh.vn"],
  ])("names %s as %s", (url, name) => {
    expect(siteName(url)).toBe(name);
  });
});

describe("formatBytes", () => {
  it.each([
    [100, "1 KB"],
    [300_000, "293 KB"],
    [1024 * 1024, "1,0 MB"],
    [12_900_000, "12,3 MB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
