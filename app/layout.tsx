import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ContentProblems } from "./_components/content-problems";
import { DevRefresh } from "./_components/dev-refresh";
import { getContentReport, getSite } from "./_data/content";
import { getSectionLinks } from "./_data/listings";
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

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#8b1a1a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  const sections = getSectionLinks();
  // Only ever set on the dev server: production pages get neither the list nor the script.
  const report = getContentReport();
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua để xem nội dung
        </a>
        <header className="site-header">
          <p className="site-name">
            <a href="/">{site.name}</a>
          </p>
          <nav aria-label="Chuyên mục">
            <ul>
              {sections.map((section) => (
                <li key={section.href}>
                  <a href={section.href}>{section.label}</a>
                </li>
              ))}
              <li>
                <a href="/tim-kiem">Tìm kiếm</a>
              </li>
            </ul>
          </nav>
        </header>
        <main id="noi-dung" tabIndex={-1}>
          {report ? <ContentProblems report={report} /> : null}
          {report?.blocking ? null : children}
        </main>
        <footer className="site-footer">
          <p>
            © {site.name}. {site.description}
          </p>
        </footer>
        <DevRefresh />
      </body>
    </html>
  );
}
