import { ArticleList } from "./_components/article-list";
import { LeadStory } from "./_components/lead-story";
import { PageFrame } from "./_components/page-frame";
import { JsonLd } from "./_components/trusted-markup";
import { getSite } from "./_data/content";
import { getHome } from "./_data/listings";
import { pageMetadata, publisherJsonLdScript } from "./_data/seo";

// Regenerated at most every 60 s: a scheduled article, the end of the editors' lead-story
// choice and the masthead's date all turn over with no rebuild.
export const revalidate = 60;

export function generateMetadata() {
  return pageMetadata({ path: "/" });
}

export default function HomePage() {
  const home = getHome();
  return (
    <PageFrame>
      <JsonLd json={publisherJsonLdScript()} />
      <h1 className="visually-hidden">{getSite().name}: tin mới nhất</h1>
      {home.lead === undefined ? (
        <p>Chưa có bài viết nào.</p>
      ) : (
        <section className="front-top" aria-labelledby="tieu-diem">
          <h2 id="tieu-diem" className="visually-hidden">
            Tiêu điểm
          </h2>
          <LeadStory card={home.lead} />
          {home.highlights.length > 0 ? <ArticleList cards={home.highlights} headingLevel={3} className="highlights" /> : null}
        </section>
      )}
      {home.latest.length > 0 ? (
        <section aria-labelledby="tin-moi">
          <h2 id="tin-moi" className="block-title">
            Tin mới
          </h2>
          <ArticleList cards={home.latest} headingLevel={3} />
        </section>
      ) : null}
      {home.sections.map((section) => {
        const id = `muc-${section.link.href.split("/").pop()}`;
        return (
          <section key={section.link.href} aria-labelledby={id}>
            <h2 id={id} className="block-title">
              <a href={section.link.href}>{section.link.label}</a>
            </h2>
            <ArticleList cards={section.cards} headingLevel={3} />
          </section>
        );
      })}
    </PageFrame>
  );
}
