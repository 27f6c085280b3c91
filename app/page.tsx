import { ArticleList } from "./_components/article-list";
import { getSite } from "./_data/content";
import { getHome } from "./_data/listings";
import { pageMetadata } from "./_data/seo";

export const revalidate = 60;

export function generateMetadata() {
  return pageMetadata({ path: "/" });
}

export default function HomePage() {
  const home = getHome();
  return (
    <>
      <h1 className="visually-hidden">{getSite().name}: tin mới nhất</h1>
      <section aria-labelledby="tin-moi">
        <h2 id="tin-moi" className="block-title">
          Tin mới nhất
        </h2>
        {home.latest.length === 0 ? <p>Chưa có bài viết nào.</p> : <ArticleList cards={home.latest} headingLevel={3} />}
      </section>
      {home.sections.map((section) => (
        <section key={section.link.href} aria-labelledby={`muc-${section.link.href.split("/").pop()}`}>
          <h2 id={`muc-${section.link.href.split("/").pop()}`} className="block-title">
            <a href={section.link.href}>{section.link.label}</a>
          </h2>
          <ArticleList cards={section.cards} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
