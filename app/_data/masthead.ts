import "server-only";
import { formatIsoDate, formatMastheadDate } from "@/lib/format-dateline";
import { formatMastheadLines } from "@/lib/legal-masthead";
import type { FooterView, MastheadView } from "@/lib/render-furniture";
import { getSite } from "./content";
import { getSectionLinks } from "./listings";
import { now } from "./settings";

// The furniture around every page: the masthead (name, today's date, search, sections)
// and the footer's legal masthead.

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

/** The footer, the same on every page. */
export function getFooter(): FooterView {
  const site = getSite();
  return { siteName: site.name, description: site.description, legal: formatMastheadLines(site.masthead) };
}
