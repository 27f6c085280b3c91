// Sharing with no third-party script: plain links a reader taps, which work with
// JavaScript off and send nothing to a network until tapped. Facebook's sharer.php takes
// the page's address in `u` and reads its title and image from the page's Open Graph
// tags (Meta documents a share dialog needing an app id; sharer.php needs none and still
// works). Zalo documents no plain share address, only a script plugin tied to an Official
// Account, so the article offers its address in a field that is easy to copy instead.

/** The ways an article page offers to share it. */
export interface ShareLinks {
  /** The article's canonical address: shown to copy (for Zalo) and printed. */
  readonly url: string;
  readonly facebook: string;
  readonly email: string;
}

/**
 * Share links for an article at `url` (absolute) with headline `title`.
 *
 * @example shareLinks("https://baotinh.vn/bai-viet/a", "Tin").facebook
 * // "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbaotinh.vn%2Fbai-viet%2Fa"
 */
export function shareLinks(url: string, title: string): ShareLinks {
  const encoded = encodeURIComponent(url);
  return {
    url,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    // encodeURIComponent writes spaces as %20, which every mail client reads (not "+").
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`,
  };
}
