import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { THEME_COLOR } from "@/lib/render-furniture";
import { DevRefresh } from "./_components/dev-refresh";
import { SiteFooter } from "./_components/site-footer";
import { getSite } from "./_data/content";
import { pageMetadata } from "./_data/seo";
import "./globals.css";

export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    ...pageMetadata({ path: "/" }),
    metadataBase: new URL(site.baseUrl),
    title: { default: site.name, template: `%s · ${site.name}` },
    applicationName: site.name,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: THEME_COLOR };

// Each page renders its own masthead (app/_components/page-frame.tsx); the footer, with
// the legal masthead, is the same everywhere, and so is the dev server's refresh script
// (rendered on the dev server only: production pages carry no script of ours).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        {children}
        <SiteFooter />
        <DevRefresh />
      </body>
    </html>
  );
}
