import { inject } from "vitest";

/** Both production servers the global setup starts; hostile requests must fare the same on each. */
export const SERVERS = [
  { name: "the real site", url: inject("baseUrl") },
  { name: "the fixture site", url: inject("fixtureUrl") },
] as const;
