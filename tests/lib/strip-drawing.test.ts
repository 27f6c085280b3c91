import { describe, expect, it } from "vitest";
import { stripDrawing } from "../../lib/strip-drawing";

// The encoder's tests (tests/lib/encode-photo.test.ts) check the copy served; these check
// the one question the check asks of a drawing: can its copy be made?
describe("stripDrawing", () => {
  it.each([
    ["a raster in a stylesheet", '<svg><style>rect{fill:url(data:image/png;base64,AAAA)}</style><rect/></svg>'],
    ["a raster in foreignObject", '<svg><foreignObject><img src="data:image/jpeg;base64,AAAA"/></foreignObject></svg>'],
  ])("refuses a drawing with %s, which it cannot take out", (_name, svg) => {
    expect(stripDrawing(Buffer.from(svg))).toBeUndefined();
  });

  it("takes out comments, metadata and embedded <image> rasters, and keeps the rest byte for byte", () => {
    const svg = '<svg><!-- Người vẽ: A --><metadata><rdf:RDF/></metadata><image href="data:image/png;base64,AAAA"/><rect width="1"/></svg>';
    expect(stripDrawing(Buffer.from(svg))?.toString()).toBe('<svg><rect width="1"/></svg>');
  });
});
