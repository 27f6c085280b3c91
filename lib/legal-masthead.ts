import { warningAt, type Problem } from "./problem";
import type { FieldReader } from "./read-fields";

// Vietnamese law (Luật Báo chí 2016) has an online paper print who publishes it: the
// governing body, the licence, the editor-in-chief and how to reach the newsroom. These
// fields live in content/site.yaml; the footer of every page and the publisher's JSON-LD
// print them. A field left empty is shown as a placeholder and warned about, never filled
// with an invented value.

/** The legal masthead (thông tin pháp lý) from `content/site.yaml`; a field not yet set is undefined. */
export interface LegalMasthead {
  /** Cơ quan chủ quản: the body the paper belongs to. */
  readonly governingBody?: string | undefined;
  /** The licence's number as printed on it, e.g. `123/GP-BTTTT`. */
  readonly licenceNumber?: string | undefined;
  /** Who issued the licence, e.g. Bộ Thông tin và Truyền thông. */
  readonly licenceIssuer?: string | undefined;
  /** The day the licence was issued, `2021-01-12`. */
  readonly licenceDate?: string | undefined;
  readonly editorInChief?: string | undefined;
  readonly address?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  /** The page (or address) where the paper states its editorial principles; optional, not a legal field. */
  readonly publishingPrinciples?: string | undefined;
}

/** The site.yaml fields of the masthead, in the order the footer prints them. */
export const MASTHEAD_FIELDS = [
  "governingBody",
  "licenceNumber",
  "licenceIssuer",
  "licenceDate",
  "editorInChief",
  "address",
  "phone",
  "email",
  "publishingPrinciples",
] as const;

/** What each legal field is, in the editors' words: for the warning when it is still empty. */
const LEGAL_FIELDS: readonly (readonly [Exclude<keyof LegalMasthead, "publishingPrinciples">, string])[] = [
  ["governingBody", "tên cơ quan chủ quản"],
  ["licenceNumber", "số giấy phép hoạt động báo điện tử"],
  ["licenceIssuer", "tên cơ quan cấp giấy phép"],
  ["licenceDate", "ngày cấp giấy phép dạng 2021-01-12"],
  ["editorInChief", "họ tên Tổng biên tập"],
  ["address", "địa chỉ tòa soạn"],
  ["phone", "số điện thoại tòa soạn"],
  ["email", "địa chỉ thư điện tử của tòa soạn"],
];

/** Shown in place of a legal field not yet set: plainly a placeholder, never a made-up value. */
export const UNSET = "(chưa khai báo)";

/**
 * Reads the masthead fields of site.yaml, adding a problem for each one that is set but
 * malformed. Empty or absent fields are not errors: see {@link findUnsetMastheadFields}.
 */
export function readLegalMasthead(reader: FieldReader): LegalMasthead {
  // An empty value (`phone:` or `phone: ""`) is a field not yet filled in, like an absent one.
  const text = (field: string, expects: string, accept: (value: string) => boolean = () => true): string | undefined =>
    reader.text(field, { expects, fallback: "", accept: (value) => value === "" || accept(value) }) || undefined;
  return {
    governingBody: text("governingBody", "tên cơ quan chủ quản"),
    licenceNumber: text("licenceNumber", "số giấy phép như 123/GP-BTTTT"),
    licenceIssuer: text("licenceIssuer", "tên cơ quan cấp giấy phép"),
    licenceDate: text("licenceDate", "ngày cấp giấy phép có thật, dạng 2021-01-12 (năm-tháng-ngày)", isCalendarDate),
    editorInChief: text("editorInChief", "họ tên Tổng biên tập"),
    address: text("address", "địa chỉ tòa soạn"),
    phone: text("phone", "một số điện thoại như 0203 3835 218 hoặc +84 203 3835 218", isPhone),
    email: text("email", "một địa chỉ thư điện tử như toasoan@baotinh.vn", isEmail),
    publishingPrinciples: text("publishingPrinciples", "địa chỉ trang nguyên tắc biên tập: https://… hoặc đường dẫn bắt đầu bằng /", isPageAddress),
  };
}

/**
 * One warning per legal field still empty, so `npm run check` and the build say what the
 * footer is missing until the newsroom fills it in.
 *
 * @example findUnsetMastheadFields({}, "content/site.yaml")[0].message
 * // 'cần tên cơ quan chủ quản (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; …'

 */
export function findUnsetMastheadFields(masthead: LegalMasthead, file: string): Problem[] {
  return LEGAL_FIELDS.filter(([field]) => masthead[field] === undefined).map(([field, what]) =>
    warningAt(
      { file, field },
      `cần ${what} (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "${UNSET}"`,
    ),
  );
}

/** One line of the footer's legal block: a label, its text, and a link where the text is an address. */
export interface MastheadLine {
  readonly label: string;
  readonly text: string;
  readonly href?: string | undefined;
}

/**
 * The footer's legal block as label and text pairs, unset fields as {@link UNSET}.
 *
 * @example formatMastheadLines({ licenceNumber: "123/GP-BTTTT", licenceDate: "2021-01-12" })[1]
 * // { label: "Giấy phép", text: "số 123/GP-BTTTT, cấp ngày 12/01/2021" }
 */
export function formatMastheadLines(masthead: LegalMasthead): MastheadLine[] {
  const or = (value: string | undefined): string => value ?? UNSET;
  const lines: MastheadLine[] = [
    { label: "Cơ quan chủ quản", text: or(masthead.governingBody) },
    { label: "Giấy phép", text: formatLicence(masthead) },
    { label: "Tổng biên tập", text: or(masthead.editorInChief) },
    { label: "Địa chỉ", text: or(masthead.address) },
    { label: "Điện thoại", text: or(masthead.phone), href: masthead.phone === undefined ? undefined : `tel:${masthead.phone.replace(/[^+\d]/g, "")}` },
    { label: "Email", text: or(masthead.email), href: masthead.email === undefined ? undefined : `mailto:${masthead.email}` },
  ];
  if (masthead.publishingPrinciples !== undefined) lines.push({ label: "Nguyên tắc biên tập", text: "Đọc nguyên tắc biên tập của tòa soạn", href: masthead.publishingPrinciples });
  return lines;
}

// As the papers print it: "số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 12/01/2021".
function formatLicence({ licenceNumber, licenceIssuer, licenceDate }: LegalMasthead): string {
  if (licenceNumber === undefined) return UNSET;
  const [year, month, day] = (licenceDate ?? "").split("-");
  const date = licenceDate === undefined ? "" : ` ngày ${day}/${month}/${year}`;
  if (licenceIssuer !== undefined) return `số ${licenceNumber} do ${licenceIssuer} cấp${date}`;
  return date === "" ? `số ${licenceNumber}` : `số ${licenceNumber}, cấp${date}`;
}

// A calendar day that exists as written: 2021-02-30 is refused, not rolled over into March.
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = (match ?? []).slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

function isPhone(text: string): boolean {
  return /^\+?[\d\s.()-]+$/.test(text) && (text.match(/\d/g) ?? []).length >= 6;
}

function isEmail(text: string): boolean {
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text);
}

function isPageAddress(text: string): boolean {
  return /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/.test(text) || /^\/(?!\/)\S*$/.test(text);
}
