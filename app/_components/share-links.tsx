import type { ShareLinks as Links } from "@/lib/share-links";

/**
 * Sharing as plain links (lib/share-links.ts): nothing loads from a social network until
 * the reader taps, and everything works with JavaScript off. Zalo has no plain share
 * address, so its row is the article's address in a field that is easy to copy.
 */
export function ShareLinks({ share }: { share: Links }) {
  return (
    <section className="share" aria-labelledby="chia-se">
      <h2 id="chia-se" className="share-title">
        Chia sẻ bài viết
      </h2>
      <ul>
        <li>
          <a className="share-facebook" href={share.facebook} rel="noopener noreferrer">
            Facebook
          </a>
        </li>
        <li>
          <a className="share-email" href={share.email}>
            Email
          </a>
        </li>
      </ul>
      <p className="share-copy">
        <label htmlFor="dia-chi-bai">Gửi qua Zalo hay tin nhắn: chép địa chỉ bài</label>
        <input id="dia-chi-bai" type="url" readOnly value={share.url} />
      </p>
    </section>
  );
}
