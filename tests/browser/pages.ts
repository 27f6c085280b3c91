import { MEDIA_SLUG, NEW_UNIT, OLD_UNIT } from "./fixture-site";

/** The seed article's URL path on the real site. */
export const SEED_PATH = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
/** The seed article's headline, its page's only `<h1>`. */
export const SEED_TITLE = "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương";

/** One page of each kind the issues name, on the real site. */
export const PAGES = [
  { name: "home", path: "/" },
  { name: "article", path: SEED_PATH },
  { name: "section", path: "/chuyen-muc/chinh-tri" },
  { name: "tag", path: "/the/dan-van" },
  { name: "author", path: "/tac-gia/hong-nhung" },
  { name: "search", path: "/tim-kiem?q=dan+van" },
  { name: "not-found", path: "/bai-viet/khong-co-bai-nay" },
  { name: "person", path: "/nhan-vat/nguyen-van-doc" },
  { name: "body", path: "/co-quan/hdnd-tinh-quang-ninh" },
  { name: "document", path: "/van-ban/290-qd-tw" },
  { name: "place", path: "/dia-danh/ha-long" },
  { name: "search-entity", path: "/tim-kiem?q=Nguy%E1%BB%85n+V%C4%83n+%C4%90%E1%BB%8Dc" },
] as const;

/** Pages of the fixture site (its own build, pinned clock): the home page with the editors' lead story, an article with video and audio, and a commune that ended and its successor. */
export const FIXTURE_PAGES = [
  { name: "home-lead-story", path: "/" },
  { name: "article-video", path: `/bai-viet/${MEDIA_SLUG}` },
  { name: "place-ended", path: `/dia-danh/${OLD_UNIT}` },
  { name: "place-successor", path: `/dia-danh/${NEW_UNIT}` },
] as const;
