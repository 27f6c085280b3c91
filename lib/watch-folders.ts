import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

// The dev server's watch on content/ and public/. Node 20's `fs.watch(dir, { recursive:
// true })` on Linux watches every file as well as every folder: an archive of 100,000
// articles and their photos took more inotify watches than the system allows (about
// 190,000 here), and then Next's own watcher could not start and the dev server broke. A
// folder's watch reports what happens to the files in it, so one watch per folder is
// enough: a few hundred for an archive filed by year and month.

/** A running watch; `folders` is how many folders it holds. */
export interface FolderWatch {
  readonly folders: () => number;
  readonly close: () => void;
}

/**
 * Watches `root` and every folder under it, and each folder made later, calling
 * `onChange` for any change to a file or folder there; `onError` when a watch fails (the
 * caller then falls back to reading on every request).
 */
export function watchFolders(root: string, onChange: () => void, onError: () => void): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  const add = (folder: string): void => {
    if (watchers.has(folder)) return;
    const watcher = watch(/*turbopackIgnore: true*/ folder, (_event, name) => {
      onChange();
      // A new folder (a new month's articles or photos) is watched as soon as it appears.
      if (typeof name === "string") {
        const entry = path.join(/*turbopackIgnore: true*/ folder, name);
        const stats = statSync(/*turbopackIgnore: true*/ entry, { throwIfNoEntry: false });
        if (stats?.isDirectory() === true) addTree(entry);
        // A folder removed: its watches and those under it go.
        else if (stats === undefined) for (const watched of [...watchers.keys()]) if (watched === entry || watched.startsWith(entry + path.sep)) drop(watched);
      }
    });
    watcher.on("error", () => {
      // A folder removed takes its watch with it; that is a change, not a failure.
      drop(folder);
      if (statSync(/*turbopackIgnore: true*/ folder, { throwIfNoEntry: false }) === undefined) onChange();
      else onError();
    });
    watchers.set(folder, watcher);
  };
  const drop = (folder: string): void => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  const addTree = (folder: string): void => {
    add(folder);
    for (const entry of readdirSync(/*turbopackIgnore: true*/ folder, { withFileTypes: true })) {
      if (entry.isDirectory()) addTree(path.join(/*turbopackIgnore: true*/ folder, entry.name));
    }
  };
  addTree(root);
  return {
    folders: () => watchers.size,
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
