import { existsSync, watch } from "node:fs";
import path from "node:path";
import { contentDir, publicDir } from "./paths";

/**
 * For `npm run dev` only: calls `onChange` when a file under content/ or public/images/ is
 * saved, so the open page can refresh itself. Returns a function that stops watching.
 */
export function watchContent(onChange: (file: string) => void): () => void {
  // turbopackIgnore: these paths are only watched in development; they are not files to ship.
  const folders = [contentDir, path.join(publicDir, "images")].filter((folder) =>
    existsSync(/*turbopackIgnore: true*/ folder),
  );
  const watchers = folders.map((folder) =>
    watch(/*turbopackIgnore: true*/ folder, { recursive: true }, (_event, name) =>
      onChange(path.join(folder, String(name ?? ""))),
    ),
  );
  return () => {
    for (const watcher of watchers) watcher.close();
  };
}
