import "server-only";
import { statSync } from "node:fs";
import { showPath } from "@/lib/content-paths";
import { storeFileOf, StoreError } from "@/lib/content-store";
import { getStore } from "./content";
import { getSettings } from "./settings";

// The one verdict on whether this process can serve its build's content, for /healthz
// (nginx and the deploy wait for it) and for instrumentation.ts (a damaged build refuses
// to start): the build's content store is open and verified (lib/content-store.ts checks
// its version, length and completeness when it opens), and its file is still in place.

/** Whether the process serves verified content, and if not why (Vietnamese, naming the file). */
export type ContentHealth = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The content's health: the build's store opened and verified, and the build still in place. */
export function contentHealth(): ContentHealth {
  const settings = getSettings();
  // The dev server and builds read content/ on every change; there is no build to verify.
  if (!settings.production || settings.building) return { ok: true };
  try {
    getStore();
  } catch (error) {
    return { ok: false, reason: error instanceof StoreError ? error.message : `không mở được kho nội dung: ${error instanceof Error ? error.message : String(error)}` };
  }
  // Opened once at start; a build folder removed under a running server leaves it unable
  // to serve its prerendered pages, so the file is looked at again (a stat) on each check.
  const file = storeFileOf(settings);
  const fault = storeFileFault(file);
  return fault === undefined ? { ok: true } : { ok: false, reason: `${showPath(settings.paths, file)}: ${fault}` };
}

/** What is wrong with the store file as a file (missing, a folder…), or undefined when it is a regular file. */
function storeFileFault(file: string): string | undefined {
  try {
    const stats = statSync(/*turbopackIgnore: true*/ file, { throwIfNoEntry: false });
    if (stats === undefined) return "không còn kho nội dung của bản build này (thư mục build đã bị xóa hoặc không đầy đủ)";
    return stats.isFile() ? undefined : "kho nội dung của bản build này không phải là một tệp";
  } catch (error) {
    return `không đọc được kho nội dung (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Ends a production server that is starting on a damaged build, saying why, instead of letting it answer 500 to every request. */
export function refuseUnhealthyStart(): void {
  const health = contentHealth();
  if (health.ok) return;
  console.error(`Không khởi động máy chủ: ${health.reason}`);
  process.exit(1);
}
