import { getFooter } from "../_data/masthead";

/** The footer of every page: the paper and its legal masthead, as Vietnamese law asks online papers to print. */
export function SiteFooter() {
  const footer = getFooter();
  return (
    <footer className="site-footer">
      <p className="footer-name">{footer.siteName}</p>
      {footer.description ? <p>{footer.description}</p> : null}
      <dl className="legal-masthead">
        {footer.legal.map((line) => (
          <div key={line.label}>
            <dt>{line.label}</dt>
            <dd>{line.href === undefined ? line.text : <a href={line.href}>{line.text}</a>}</dd>
          </div>
        ))}
      </dl>
      <p>
        © {footer.siteName}. Ghi rõ nguồn “{footer.siteName}” khi phát hành lại thông tin từ trang này.
      </p>
    </footer>
  );
}
