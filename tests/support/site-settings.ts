import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// The real content/site.yaml ships the legal masthead empty, and the check warns once per
// empty field (lib/legal-masthead.ts). A test site is a newsroom that has filled it in, so
// a clean test site has no problem at all and a test sees only the problems it made.

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** The legal masthead test sites carry (test values, not a real paper's). */
export const TEST_MASTHEAD = {
  governingBody: "Cơ quan chủ quản thử nghiệm",
  licenceNumber: "SỐ-THỬ/GP",
  licenceIssuer: "Cơ quan cấp phép thử nghiệm",
  licenceDate: "2021-01-12",
  editorInChief: "Nguyễn Văn Thử",
  address: "Số 1 đường Thử, TP Hạ Long",
  phone: "0203 3835 218",
  email: "toasoan@baotinh.vn",
} as const;

const MASTHEAD_LINE = new RegExp(`^(${Object.keys(TEST_MASTHEAD).join("|")}):.*\\n`, "gm");

/** The real content/site.yaml with its legal masthead filled in from {@link TEST_MASTHEAD}. */
export function siteYamlWithMasthead(): string {
  const site = readFileSync(path.join(REPO, "content", "site.yaml"), "utf8").replace(MASTHEAD_LINE, "");
  return `${site}${Object.entries(TEST_MASTHEAD)
    .map(([key, value]) => `${key}: "${value}"`)
    .join("\n")}\n`;
}

/** The registers the seed article's places and mentions are checked against. */
export const REGISTER_FILES = ["people.yaml", "bodies.yaml", "documents.yaml", "places.yaml"] as const;

/**
 * Copies the real settings files into the content folder `dir` (site.yaml with the
 * masthead filled in, then each of `others` as it is: by default the sections, the
 * glossary and the registers, which the seed article is tagged from).
 */
export function copySettings(dir: string, others: readonly string[] = ["sections.yaml", "abbreviations.yaml", ...REGISTER_FILES]): void {
  writeFileSync(path.join(dir, "site.yaml"), siteYamlWithMasthead());
  for (const name of others) cpSync(path.join(REPO, "content", name), path.join(dir, name));
}
