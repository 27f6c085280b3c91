/**
 * The folder Next builds into and serves from: `NEXT_DIST_DIR`, or `.next`. One place,
 * because next.config.ts and the content snapshot must agree on it.
 */
export function buildFolder(env: Readonly<Record<string, string | undefined>>): string {
  return env.NEXT_DIST_DIR ?? ".next";
}
