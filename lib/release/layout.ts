import path from "node:path";

/**
 * Where things live under RELEASE_ROOT (Capistrano's and Deployer's names):
 *
 *   releases/<id>/      one folder per release: the commit's files, node_modules, .next
 *   current             symlink to the live release
 *   slots/<port>        symlink to the release a slot runs (the systemd unit's working directory)
 *   assets/1 … 5        symlinks to the kept releases' web/ folders, newest first: nginx serves a
 *                       page loaded from an older release its stylesheet and images from here
 *   nginx/upstream.conf the live slot (and the other as backup), included by the nginx site
 *   state.json          the live release and the history (who, when, which commit)
 *   release.lock        one release at a time
 *   run/, logs/         child-process mode only: each slot's pid and output
 */
export function releaseLayout(root: string) {
  return {
    root,
    releases: path.join(root, "releases"),
    release: (id: string) => path.join(root, "releases", id),
    current: path.join(root, "current"),
    slot: (port: number) => path.join(root, "slots", String(port)),
    assets: path.join(root, "assets"),
    upstream: path.join(root, "nginx", "upstream.conf"),
    state: path.join(root, "state.json"),
    lock: path.join(root, "release.lock"),
    pidFile: (port: number) => path.join(root, "run", `${port}.pid`),
    logFile: (port: number) => path.join(root, "logs", `${port}.log`),
  };
}

export type ReleaseLayout = ReturnType<typeof releaseLayout>;

/** How many assets/<n> links nginx tries (deploy/nginx/shamynds.conf lists /1 … /5). */
export const assetSlots = 5;

/** Written into each release folder; /api/health reports its id, so the tool knows which release answers. */
export const releaseInfoFile = "release.json";
