import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { formatReport, warningsOf } from "../../lib/problem";
import { HOSTILE_SLUG } from "./fixture-site";

// The fixture site's hostile article has raw HTML and a javascript: link, which the
// sanitiser drops: warnings. The build must print them, as the check does, and still pass.

const fixtureContent = inject("fixtureContent");
const log = inject("fixtureBuildLog");
const fixtureUrl = inject("fixtureUrl");

describe("a build of content with warnings", () => {
  const problems = loadContent({ contentDir: fixtureContent, publicDir: path.resolve("public"), displayRoot: process.cwd() }).problems;

  it("has warnings and no error to begin with", () => {
    expect(problems.length).toBeGreaterThan(0);
    expect(warningsOf(problems)).toEqual(problems);
  });

  it("prints the same report as the check", () => {
    expect(log).toContain(formatReport(problems));
  });

  it("passes, and serves the article the warnings are about", async () => {
    expect((await fetch(`${fixtureUrl}/bai-viet/${HOSTILE_SLUG}`)).status).toBe(200);
  });
});
