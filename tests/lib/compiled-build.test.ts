import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileKey, KEPT_COMPILES, pruneCompiled, restoreCompiled, saveCompiled, type CompileContext } from "../../lib/compiled-build";

let root: string;

function write(relative: string, text: string): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function context(changes: Partial<CompileContext> = {}): CompileContext {
  return { root, buildFolder: ".next", env: { NODE_ENV: "production" }, runtime: "v20.20.2 linux x64", ...changes };
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-compile-"));
  write("package.json", "{}");
  write("next.config.ts", "export default {};");
  write("tsconfig.json", JSON.stringify({ include: ["next-env.d.ts", "**/*.ts"] }));
  write("app/page.tsx", "export default function Page() { return null; }");
  write("lib/slugify.ts", "export const a = 1;");
  write("content/articles/bai.md", "---\ntitle: Bài\n---\n");
  write("node_modules/.package-lock.json", '{"packages":{}}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("compileKey", () => {
  it("is the same for the same code, and counts the files it read", () => {
    const first = compileKey(context());
    expect(compileKey(context())).toEqual(first);
    // package.json, next.config.ts, tsconfig.json, the page, the lib module, npm's record of node_modules.
    expect(first.files).toBe(6);
  });

  it("does not change with content, tests, the README or what a build writes", () => {
    const before = compileKey(context()).key;
    write("content/articles/bai-moi.md", "---\ntitle: Bài mới\n---\n");
    write("content/site.yaml", "name: Báo");
    write("tests/lib/x.test.ts", "it");
    write("README.md", "# Báo Tỉnh");
    write("next-env.d.ts", "/// <reference types=\"next\" />");
    write("tsconfig.tsbuildinfo", "{}");
    write("public/media/2024/05/clip.mp4", "video");
    write("tsconfig.json", JSON.stringify({ include: ["next-env.d.ts", "**/*.ts", ".next-fixture-1/types/**/*.ts", ".next-fixture-1/dev/types/**/*.ts"] }));
    expect(compileKey(context()).key).toBe(before);
  });

  it.each([
    ["a lib module", () => write("lib/slugify.ts", "export const a = 2;")],
    ["a new app file", () => write("app/lite/page.tsx", "export default 1;")],
    ["next.config.ts", () => write("next.config.ts", "export default { poweredByHeader: false };")],
    ["the installed packages", () => write("node_modules/.package-lock.json", '{"packages":{"next":{}}}')],
    ["a tsconfig setting", () => write("tsconfig.json", JSON.stringify({ include: ["next-env.d.ts", "**/*.ts"], compilerOptions: { strict: true } }))],
  ])("changes with %s", (_name, change) => {
    const before = compileKey(context()).key;
    change();
    expect(compileKey(context()).key).not.toBe(before);
  });

  it("changes with the build folder, the runtime and a public variable, not with another variable", () => {
    const before = compileKey(context()).key;
    expect(compileKey(context({ buildFolder: ".next-deploy" })).key).not.toBe(before);
    expect(compileKey(context({ runtime: "v22.23.5 linux x64" })).key).not.toBe(before);
    expect(compileKey(context({ env: { NODE_ENV: "production", NEXT_PUBLIC_SITE: "x" } })).key).not.toBe(before);
    expect(compileKey(context({ env: { NODE_ENV: "production", CONTENT_DIR: "/srv/noi-dung", PRERENDER_ARTICLES: "all" } })).key).toBe(before);
  });
});

describe("saveCompiled, restoreCompiled and pruneCompiled", () => {
  const build = (): string => path.join(root, ".next");
  const cache = (): string => path.join(root, ".cache", "compiled");

  function compileInto(id: string): void {
    rmSync(build(), { recursive: true, force: true });
    mkdirSync(path.join(build(), "server", "app"), { recursive: true });
    mkdirSync(path.join(build(), "cache", "turbopack"), { recursive: true });
    writeFileSync(path.join(build(), "BUILD_ID"), id);
    writeFileSync(path.join(build(), "server", "app", "page.js"), `page of ${id}`);
    writeFileSync(path.join(build(), "cache", "turbopack", "db"), "bundler memory");
  }

  it("restores a saved compile into an emptied build folder, without the bundler's cache", () => {
    compileInto("build-a");
    saveCompiled(cache(), "key-a", build());
    writeFileSync(path.join(build(), "server", "app", "index.html"), "a page the last generate step wrote");
    expect(restoreCompiled(cache(), "key-a", build())).toBe(true);
    expect(readFileSync(path.join(build(), "BUILD_ID"), "utf8")).toBe("build-a");
    expect(readFileSync(path.join(build(), "server", "app", "page.js"), "utf8")).toBe("page of build-a");
    expect(existsSync(path.join(build(), "server", "app", "index.html"))).toBe(false);
    expect(existsSync(path.join(build(), "cache"))).toBe(false);
  });

  it("finds nothing for another key, or for a save that never finished", () => {
    compileInto("build-a");
    saveCompiled(cache(), "key-a", build());
    expect(restoreCompiled(cache(), "key-b", build())).toBe(false);
    rmSync(path.join(cache(), "key-a", "complete.json"));
    expect(restoreCompiled(cache(), "key-a", build())).toBe(false);
    // The build folder is left as it was when nothing is restored.
    expect(readFileSync(path.join(build(), "BUILD_ID"), "utf8")).toBe("build-a");
  });

  it(`keeps the ${KEPT_COMPILES} most recently used and removes what an interrupted save left`, () => {
    for (const [index, key] of ["k1", "k2", "k3"].entries()) {
      compileInto(key);
      saveCompiled(cache(), key, build());
      const when = new Date(Date.UTC(2026, 0, 1 + index));
      utimesSync(path.join(cache(), key, "complete.json"), when, when);
    }
    // k1 is used again: k2 is now the least recently used.
    expect(restoreCompiled(cache(), "k1", build())).toBe(true);
    mkdirSync(path.join(cache(), "k9.999999999.tmp", "build"), { recursive: true });
    compileInto("k4");
    saveCompiled(cache(), "k4", build());
    expect(readdirSync(cache()).sort()).toEqual(["k1", "k3", "k4"]);
    pruneCompiled(cache(), 1);
    expect(readdirSync(cache())).toEqual(["k4"]);
  });
});
