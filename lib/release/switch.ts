import { execSync } from "node:child_process";
import path from "node:path";
import { assetSlots, type ReleaseLayout } from "./layout";
import { pointLink, writeFileAtomic } from "./links";

/**
 * The nginx upstream for a live slot: the other slot is a `backup`, so a request nginx could not
 * even connect with (nothing sent yet) goes there instead of failing. nginx never retries a
 * request that reached a server, so a form post is never sent twice.
 */
export function upstreamConfig(livePort: number, otherPort: number): string {
  return (
    "# Written by `npm run release` (lib/release/switch.ts); included by deploy/nginx/shamynds.conf.\n" +
    `server 127.0.0.1:${livePort};\n` +
    `server 127.0.0.1:${otherPort} backup;\n`
  );
}

/**
 * Traffic to `livePort` in one step: the upstream file, then nginx's graceful reload (new workers
 * take new connections, old ones finish what they are serving). Also points `current` and the
 * asset links (newest first) at the kept releases.
 */
export function switchTraffic(
  layout: ReleaseLayout,
  { livePort, otherPort, keptIds, reload }: { livePort: number; otherPort: number; keptIds: string[]; reload?: string },
): void {
  const [liveId] = keptIds;
  if (!liveId) throw new Error("no live release to switch to");
  for (let n = 1; n <= assetSlots; n++) {
    const id = keptIds[n - 1];
    // A slot without a release points at a folder that does not exist: nginx's try_files skips it.
    pointLink(path.join(layout.assets, String(n)), path.join("..", "releases", id ?? "none", "web"));
  }
  pointLink(layout.current, path.join("releases", liveId));
  writeFileAtomic(layout.upstream, upstreamConfig(livePort, otherPort));
  if (reload) execSync(reload, { stdio: "pipe", timeout: 30_000 });
}
