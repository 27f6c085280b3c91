import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchFolders, type FolderWatch } from "../../lib/watch-folders";

let root: string;
let watching: FolderWatch | undefined;
afterEach(() => {
  watching?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Resolves once `count()` passes `seen`, or fails after two seconds. */
async function changeAfter(seen: number, count: () => number): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (count() <= seen) {
    if (Date.now() > deadline) throw new Error("no change reported within 2 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("watchFolders", () => {
  it("holds one watch per folder, not per file, and reports a change to a file deep inside", async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-watch-"));
    for (const month of ["01", "02", "03"]) {
      mkdirSync(path.join(root, "articles", "2024", month), { recursive: true });
      for (let n = 0; n < 50; n++) writeFileSync(path.join(root, "articles", "2024", month, `bai-${n}.md`), "x");
    }
    let changes = 0;
    let errors = 0;
    watching = watchFolders(root, () => changes++, () => errors++);
    // root, articles, 2024 and three months; the 150 files take none.
    expect(watching.folders()).toBe(6);
    writeFileSync(path.join(root, "articles", "2024", "02", "bai-7.md"), "sửa");
    await changeAfter(0, () => changes);
    expect(errors).toBe(0);
  });

  it("watches a folder made after it started, and lets a removed one go", async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-watch-"));
    mkdirSync(path.join(root, "articles"));
    let changes = 0;
    watching = watchFolders(root, () => changes++, () => undefined);
    expect(watching.folders()).toBe(2);
    mkdirSync(path.join(root, "articles", "2025", "12"), { recursive: true });
    await changeAfter(0, () => changes);
    // The new month is watched once it exists; a file saved there is a change.
    const deadline = Date.now() + 2_000;
    while (watching.folders() < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watching.folders()).toBe(4);
    const before = changes;
    writeFileSync(path.join(root, "articles", "2025", "12", "bai-moi.md"), "mới");
    await changeAfter(before, () => changes);
    rmSync(path.join(root, "articles", "2025"), { recursive: true });
    const removedBefore = changes;
    await changeAfter(removedBefore, () => changes);
    const gone = Date.now() + 2_000;
    while (watching.folders() > 2 && Date.now() < gone) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watching.folders()).toBe(2);
  });
});
