import { spawnSync } from "node:child_process";
import path from "node:path";
import { compileKey, restoreCompiled, saveCompiled } from "../compiled-build";
import { readBuildId } from "../deploy/release";
import { commandSettings } from "./content-folder";

// `npm run build` (and the deploy's build step): Next's build in its two halves, so that
// a build whose code has not changed skips the compile (lib/compiled-build.ts; README,
// Decisions: "Publishing without a recompile").
//   1. the compile: copied from the compile cache when one with the same key is kept,
//      else `next build --experimental-build-mode compile`, then kept;
//   2. `next build --experimental-build-mode generate`: reads content into the build's
//      store and prerenders the newest pages.
// `--full` compiles even when a kept compile matches.
//
//   tsx lib/cli/build.ts [--full]

function runNext(root: string, mode: "compile" | "generate"): number {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build", "--experimental-build-mode", mode], {
    cwd: root,
    stdio: "inherit",
    // The site never reports to Next's telemetry (no request to another host).
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.error !== undefined) console.error(`Không chạy được next build: ${result.error.message}`);
  return result.status ?? 1;
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => arg !== "--full");
  if (unknown.length > 0) {
    console.error(`Tùy chọn không hợp lệ: ${unknown.join(" ")}\nCách dùng: npm run build [-- --full]`);
    return 1;
  }
  const root = process.cwd();
  const settings = commandSettings();
  const buildDir = path.resolve(root, settings.buildFolder);
  const { key, files } = compileKey({ root, buildFolder: settings.buildFolder, env: process.env, runtime: `${process.version} ${process.platform} ${process.arch}` });
  const started = performance.now();
  if (!argv.includes("--full") && restoreCompiled(settings.compileCacheDir, key, buildDir) && readBuildId(buildDir) !== undefined) {
    console.log(`Mã nguồn không đổi (${files} tệp, khóa ${key.slice(0, 12)}): dùng lại bản biên dịch đã lưu, chép trong ${((performance.now() - started) / 1000).toFixed(1)} s; chỉ dựng lại nội dung.`);
  } else {
    const compiled = runNext(root, "compile");
    if (compiled !== 0) return compiled;
    saveCompiled(settings.compileCacheDir, key, buildDir);
  }
  return runNext(root, "generate");
}

process.exitCode = main(process.argv.slice(2));
