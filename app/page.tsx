import { ArticleList } from "./_components/ArticleList";
import { getLatestCards, getSite } from "./_data/content";

export default function HomePage() {
  const cards = getLatestCards();
  return (
    <>
      <h1 className="page-title">{getSite().name}: tin mới nhất</h1>
      {cards.length === 0 ? <p>Chưa có bài viết nào.</p> : <ArticleList cards={cards} />}
    </>
  );
}
