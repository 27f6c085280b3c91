import type { ArticleSummary } from "./article";
import { isRecord } from "./parse-front-matter";
import { fail, succeed, type ParseResult } from "./parse-result";
import { normaliseText } from "./parse-text-file";
import { parseYaml } from "./parse-yaml";
import { describeValue, expected, type Problem, type ProblemPlace } from "./problem";
import { FieldReader, fieldPlaces } from "./read-fields";
import { tryDecode } from "./routes";
import { slugify } from "./slugify";

// The front page (trang nhất) as editors arrange it in content/front-page.yaml: the lead
// story, a few highlighted ones and the time after which the choice lapses and the home
// page goes back to the newest articles. One small file rather than flags in articles'
// front matter, because leading is a property of the front page at a time, not of an
// article: two articles can never both claim the lead, and one edit undoes the choice.

/** An article an editor named in front-page.yaml, with the line it is named on. */
export interface FrontPagePick {
  readonly slug: string;
  /** What the editor wrote (a slug, a file name or the article's address), for messages. */
  readonly written: string;
  readonly line?: number | undefined;
}

/** The editors' choice for the home page; no lead and no highlights is no choice at all. */
export interface FrontPageChoice {
  readonly lead?: FrontPagePick | undefined;
  readonly highlights: readonly FrontPagePick[];
  /** When the choice lapses; required whenever there is a choice. */
  readonly until?: Date | undefined;
}

/** The home page when editors have chosen nothing: the newest article leads. */
export const NO_CHOICE: FrontPageChoice = { highlights: [] };

/** How many highlighted articles sit beside the lead story. */
export const MAX_HIGHLIGHTS = 4;
/** How many articles "Tin mới" lists after the lead and the highlights. */
export const LATEST_COUNT = 10;
/** How many articles each section block shows. */
export const SECTION_BLOCK_SIZE = 3;

const FIELDS = ["lead", "highlights", "until"];
const PICK = "đường dẫn của một bài, như btv-tinh-uy-lam-viec (tên tệp bài, không có .md) hoặc địa chỉ /bai-viet/…";
const UNTIL_FORM = "giờ hết hạn dạng 2017-04-20 18:02: sau giờ đó trang chủ tự lấy bài mới nhất";

/**
 * Parses `content/front-page.yaml`. An empty file (comments only) is no choice. A choice
 * needs `until`; the same article twice is refused. Whether the slugs name articles is
 * checked once every article is read, by {@link checkFrontPage}.
 */
export function parseFrontPage(text: string, file: string, timeZone: string): ParseResult<FrontPageChoice> {
  const yaml = parseYaml(normaliseText(text), file, 1);
  if (!yaml.ok) return yaml;
  const { data, keyLines, keyItemLines } = yaml.value;
  if (data === null || data === undefined) return succeed(NO_CHOICE);
  if (!isRecord(data)) return fail([expected({ file, line: 1 }, "các dòng `trường: giá trị` (lead, highlights, until)", describeValue(data))]);
  const problems: Problem[] = [];
  const at = fieldPlaces(file, keyLines);
  const reader = new FieldReader(data, at, problems, { absentAsEmpty: true });
  reader.refuseUnknownFields(FIELDS);
  const leadText = reader.text("lead", { expects: PICK, acceptNumber: true });
  const lead = leadText === undefined ? undefined : pick(leadText, keyLines.get("lead"));
  const highlightTexts = reader.list("highlights", { expects: "danh sách đường dẫn bài như [ky-hop-thu-5, gia-lua-tang]" }) ?? [];
  const itemLines = keyItemLines.get("highlights") ?? [];
  const highlights = highlightTexts.map((written, index) => pick(written, itemLines[index] ?? keyLines.get("highlights")));
  if (highlights.length > MAX_HIGHLIGHTS) {
    problems.push(expected(at("highlights"), `tối đa ${MAX_HIGHLIGHTS} bài nổi bật`, `${highlights.length} bài`));
  }
  const seen = new Set<string>();
  for (const [field, chosen] of [...(lead === undefined ? [] : [["lead", lead] as const]), ...highlights.map((item) => ["highlights", item] as const)]) {
    if (seen.has(chosen.slug)) problems.push(expected(placeOf(file, field, chosen), "mỗi bài một lần trên trang chủ", `${JSON.stringify(chosen.written)} ghi lần thứ hai`));
    seen.add(chosen.slug);
  }
  const until = reader.date("until", { timeZone });
  // A malformed `until` has its own message already; an absent or empty one gets this.
  if ((data.until === undefined || data.until === null) && (lead !== undefined || highlights.length > 0)) {
    problems.push(expected(at("until"), UNTIL_FORM, "không có"));
  }
  return problems.length > 0 ? fail(problems) : succeed({ lead, highlights, until });
}

/** The slugs of the articles the editors chose, the lead first. */
export function chosenSlugs(choice: FrontPageChoice): string[] {
  return [...(choice.lead === undefined ? [] : [choice.lead.slug]), ...choice.highlights.map((item) => item.slug)];
}

/** The problems of a choice whose articles do not exist or will never be published (drafts). */
export function checkFrontPage(choice: FrontPageChoice, articles: ReadonlyMap<string, ArticleSummary>, file: string): Problem[] {
  const picks = [...(choice.lead === undefined ? [] : [["lead", choice.lead] as const]), ...choice.highlights.map((item) => ["highlights", item] as const)];
  return picks.flatMap(([field, chosen]) => {
    const article = articles.get(chosen.slug);
    const place = placeOf(file, field, chosen);
    if (article === undefined) return [expected(place, "đường dẫn của một bài có thật (tên tệp bài, không có .md)", `${JSON.stringify(chosen.written)} (không có bài /bai-viet/${chosen.slug})`)];
    if (article.draft) return [expected(place, "một bài sẽ được đăng, không phải bản nháp", `${JSON.stringify(chosen.written)} (bản nháp: ${article.file})`)];
    return [];
  });
}

/** What the home page shows, top to bottom; no article appears twice. */
export interface FrontPage<T> {
  readonly lead?: T | undefined;
  readonly highlights: readonly T[];
  /** "Tin mới": the newest articles not already shown above. */
  readonly latest: readonly T[];
  /** Each section's newest articles not already shown, sections in menu order; empty blocks left out. */
  readonly sections: readonly { readonly slug: string; readonly name: string; readonly articles: readonly T[] }[];
}

/**
 * Arranges the home page from the visible articles (newest first): the chosen lead and
 * highlights while the choice holds (each only once it is published), topped up with the
 * newest; then "Tin mới"; then the section blocks. Every article is shown at most once.
 */
export function arrangeFrontPage<T extends ArticleSummary>(
  choice: FrontPageChoice,
  newest: readonly T[],
  sections: readonly { readonly slug: string; readonly name: string; readonly articles: readonly T[] }[],
  now: Date,
): FrontPage<T> {
  const holds = choice.until !== undefined && now.getTime() < choice.until.getTime();
  const visible = new Map(newest.map((article) => [article.slug, article]));
  const shown = new Set<string>();
  const unseen = (article: T | undefined): article is T => article !== undefined && !shown.has(article.slug);
  const show = (articles: readonly (T | undefined)[], count: number): T[] => {
    const taken = articles.filter(unseen).slice(0, count);
    for (const article of taken) shown.add(article.slug);
    return taken;
  };
  const chosen = (picks: readonly FrontPagePick[]): (T | undefined)[] => (holds ? picks.map((item) => visible.get(item.slug)) : []);
  const [lead] = show([...chosen(choice.lead === undefined ? [] : [choice.lead]), ...newest], 1);
  const highlights = show(chosen(choice.highlights), MAX_HIGHLIGHTS);
  highlights.push(...show(newest, MAX_HIGHLIGHTS - highlights.length));
  const latest = show(newest, LATEST_COUNT);
  const blocks = sections.map((section) => ({ slug: section.slug, name: section.name, articles: show(section.articles, SECTION_BLOCK_SIZE) }));
  return { lead, highlights, latest, sections: blocks.filter((block) => block.articles.length > 0) };
}

/**
 * The slug an editor meant: `btv-tinh-uy`, `btv-tinh-uy.md`, `/bai-viet/btv-tinh-uy` or the
 * article's full address all name the same article.
 */
function pick(written: string, line: number | undefined): FrontPagePick {
  const path = written.replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
  const last = path.split("/").pop() ?? "";
  return { slug: slugify((tryDecode(last) ?? last).replace(/\.md$/, "")), written, line };
}

function placeOf(file: string, field: string, chosen: FrontPagePick): ProblemPlace {
  return { file, line: chosen.line, field };
}
