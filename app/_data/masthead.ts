import "server-only";
import { formatIsoDate, formatMastheadDate } from "@/lib/format-dateline";
import { formatMastheadLines, type MastheadLine } from "@/lib/legal-masthead";
import type { Link, Stamp } from "@/lib/present-article";
import { getSite } from "./content";
import { getSectionLinks } from "./listings";
import { now } from "./settings";

// The furniture around every page: the masthead (name, today's date, search, sections)
// and the footer's legal masthead.

/** What the masthead at the top of a page shows. */
export interface MastheadView {
  readonly siteName: string;
  readonly sections: readonly Link[];
  /** Today in the site's zone (`Thứ Ba, 01/12/2026`); pages revalidate every 60 s, so it turns over at midnight there. */
  readonly today: Stamp;
}

/** The masthead of a page rendered now. */
export function getMasthead(): MastheadView {
  const site = getSite();
  const time = now();
  return {
    siteName: site.name,
    sections: getSectionLinks(),
    today: { text: formatMastheadDate(time, site.timeZone), iso: formatIsoDate(time, site.timeZone) },
  };
}

/** What the footer of every page prints: the paper, its description and the legal masthead. */
export interface FooterView {
  readonly siteName: string;
  readonly description: string;
  readonly legal: readonly MastheadLine[];
}

/** The footer, the same on every page. */
export function getFooter(): FooterView {
  const site = getSite();
  return { siteName: site.name, description: site.description, legal: formatMastheadLines(site.masthead) };
}
