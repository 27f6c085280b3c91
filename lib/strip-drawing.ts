// The drawing stage of the photo pipeline, shared by the encoder (lib/encode-photo.ts),
// which serves what it returns, and the check (lib/load-content.ts), which refuses a
// drawing it cannot clean before a deploy has to.

// What a drawing's copy leaves out. Design tools write the author's details into
// <metadata> (RDF: names, dates, software) and comments, and embed a raster as
// <image href="data:…">, which keeps the camera's EXIF, GPS included.
//
// Regular expressions suffice here, and are safe, because they only ever remove markup:
// the copy can do nothing its original could not, and it is served only under the
// drawing policy (app/anh/[name]/route.ts: sandbox, no script, nothing loaded from
// anywhere) and shown through <img>, which runs and loads nothing either. Start tags are
// matched attribute by attribute, with the quotes XML requires and without the "<" it
// forbids in a value, so a ">" inside a value cannot end a match early. Markup written to
// fool them (a comment inside CDATA, a character reference in an href) can at worst break
// the drawing, which is the editor's own. Editors are trusted and their tools do not write
// such markup: this is against what a tool leaves behind, not against a hostile file.
//
// Every <image> goes, whatever its href: under <img> and under that policy only an
// embedded data: raster could ever show; an <feImage> too unless it refers to an element
// of the drawing ("#…"). A data: raster left anywhere else (a stylesheet, foreignObject)
// is refused rather than served.
const SPACE = "[ \\t\\r\\n]";
const NAME_PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";
const ATTRIBUTES = `(?:${SPACE}+[^ \\t\\r\\n=/>]+${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'))*${SPACE}*`;
const COMMENT = /<!--[\s\S]*?-->/g;
// Innermost first (no <metadata> opens inside a match), so one nested in another goes too.
const METADATA = new RegExp(`<(${NAME_PREFIX}metadata)${ATTRIBUTES}(?:/>|>(?:(?!<${NAME_PREFIX}metadata[ \\t\\r\\n/>])[\\s\\S])*?</\\1${SPACE}*>)`, "g");
const EMBEDDED = new RegExp(`<(${NAME_PREFIX}(image|feImage))(${ATTRIBUTES})(?:/>|>[\\s\\S]*?</\\1${SPACE}*>)`, "g");
const FRAGMENT_HREF = new RegExp(`${SPACE}${NAME_PREFIX}href${SPACE}*=${SPACE}*["']#`);
const DATA_RASTER = /data:image\//i;

/**
 * A drawing's markup without comments, <metadata> and embedded rasters, or `undefined`
 * when a `data:` raster is left where it cannot be taken out (then it must not be served).
 *
 * @example stripDrawing(Buffer.from('<svg><!-- by X --><rect/></svg>'))?.toString() // '<svg><rect/></svg>'
 */
export function stripDrawing(original: Buffer): Buffer | undefined {
  // latin1 maps each byte to one character and back, so text in any encoding keeps its
  // bytes; the markup matched is ASCII, which no byte of a multi-byte UTF-8 character is.
  let text = original.toString("latin1").replace(COMMENT, "");
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(METADATA, "");
  }
  text = text.replace(EMBEDDED, (element: string, _name: string, local: string, attributes: string) => (local === "feImage" && FRAGMENT_HREF.test(attributes) ? element : ""));
  return DATA_RASTER.test(text) ? undefined : Buffer.from(text, "latin1");
}

/** What an editor is told about a drawing {@link stripDrawing} refuses, and what to do. */
export const LEFTOVER_RASTER = "bản vẽ SVG còn ảnh nhúng (data:image/…) ở chỗ không gỡ ra được, ngoài thẻ <image>; xuất lại bản vẽ mà không nhúng ảnh, hoặc đưa ảnh vào bài thành một ảnh riêng";
