import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

const trace = readFileSync(inject("buildTrace"), "utf8").trim().split("\n");
const articleCount = readdirSync(path.join(inject("fixtureContent"), "articles")).length;

/** How often each key occurs per process in the build trace. */
function countsPerProcess(kind: "read" | "render"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of trace) {
    const [pid, event, subject] = line.split(" ");
    if (event !== kind || subject === undefined) continue;
    const key = `${pid} ${subject}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe("work done by one production build of the fixture site", () => {
  it("reads each article file exactly once in every process that loads content", () => {
    const reads = countsPerProcess("read");
    const articleReads = [...reads].filter(([key]) => key.includes("/articles/"));
    const processes = new Set(articleReads.map(([key]) => key.split(" ")[0]));
    expect(processes.size).toBeGreaterThan(0);
    expect(articleReads.length).toBe(articleCount * processes.size);
    expect(articleReads.filter(([, count]) => count > 1)).toEqual([]);
  });

  it("renders each article's Markdown at most once per process in each photo form (page, lite page, feeds), though several pages use each", () => {
    const renders = countsPerProcess("render");
    expect(renders.size).toBeGreaterThan(0);
    expect([...renders].filter(([, count]) => count > 1)).toEqual([]);
  });
});
