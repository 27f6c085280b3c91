import { describe, expect, it } from "vitest";
import { findInlinedStylesheet } from "../../lib/inlined-stylesheet";

describe("findInlinedStylesheet", () => {
  it("takes the rules Next inlined, in page order", () => {
    const html =
      '<html><head><style data-precedence="next" data-href="/_next/static/chunks/a.css">a{color:red}\n</style>' +
      '<style data-precedence="next" data-href="/_next/static/chunks/b.css">.b:after{content:"›"}</style><style>.mine{}</style></head></html>';
    expect(findInlinedStylesheet(html)).toBe('a{color:red}\n.b:after{content:"›"}');
  });

  it("finds nothing in a page without them", () => {
    expect(findInlinedStylesheet("<html><head><style>.x{}</style><link rel=stylesheet href=/a.css></head></html>")).toBeUndefined();
  });
});
