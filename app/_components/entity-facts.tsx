import type { EntityDetails } from "@/lib/present-entity";

/** What the registers say about a person, body, document or place, above its articles. */
export function EntityFacts({ details }: { details: EntityDetails }) {
  return (
    <>
      {details.nowPartOf.length > 0 ? (
        <p className="entity-now">
          Nay thuộc <UnitLinks units={details.nowPartOf} />.
        </p>
      ) : null}
      {details.facts.length > 0 ? (
        <dl className="entity-facts">
          {details.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.href ? <a href={fact.href}>{fact.text}</a> : fact.text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {details.offices.length > 0 ? (
        <section aria-labelledby="chuc-vu">
          <h2 id="chuc-vu">Chức vụ theo thời gian</h2>
          <ul className="entity-offices">
            {details.offices.map((office) => (
              <li key={`${office.title}|${office.tenure}`}>
                {office.title}
                {office.body ? (
                  <>
                    {" ("}
                    <a href={office.body.href}>{office.body.label}</a>
                    {")"}
                  </>
                ) : null}
                {`: ${office.tenure}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {details.earlierNames.length > 0 ? (
        <p className="entity-earlier">
          Gồm cả các bài viết dưới tên cũ: <UnitLinks units={details.earlierNames} />.
        </p>
      ) : null}
    </>
  );
}

/** Administrative units as links, separated by semicolons. */
function UnitLinks({ units }: { units: EntityDetails["nowPartOf"] }) {
  return units.map((unit, index) => (
    <span key={unit.href}>
      {index > 0 ? "; " : null}
      <a href={unit.href}>{unit.label}</a>
    </span>
  ));
}
