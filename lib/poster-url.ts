/**
 * The address a video's poster is served from. A self-hosted video's poster is a photo;
 * today it is the file as the editor placed it under public/. Every page, the lite page
 * and the structured data ask here, so the photo pipeline (derived sizes) can take over
 * posters by changing this one function.
 *
 * @example posterUrl("/images/2026/12/ky-hop.jpg") // "/images/2026/12/ky-hop.jpg"
 */
export function posterUrl(poster: string): string {
  return poster;
}
