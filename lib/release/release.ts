import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { extractCommit, installDependencies, linkWebAssets } from "./build";
import { checkRelease, waitForRelease } from "./checks";
import { releaseInfoFile, releaseLayout, type ReleaseLayout } from "./layout";
import { pointLink } from "./links";
import { acquireLock } from "./lock";
import { childProcesses, sleep, systemdProcesses, type SlotProcesses } from "./processes";
import type { ReleaseSettings } from "./settings";
import { readState, writeState, type ReleaseRecord, type ReleaseState } from "./state";
import { run, step, StepError } from "./steps";
import { switchTraffic } from "./switch";

export type Report = (line: string) => void;

type Context = {
  settings: ReleaseSettings;
  layout: ReleaseLayout;
  processes: SlotProcesses;
  report: Report;
  by: string;
};

function context(settings: ReleaseSettings, by: string, report: Report, processes?: SlotProcesses): Context {
  const layout = releaseLayout(settings.root);
  return {
    settings,
    layout,
    processes: processes ?? (settings.processes === "systemd" ? systemdProcesses() : childProcesses(layout)),
    report,
    by,
  };
}

const origin = (port: number) => `http://127.0.0.1:${port}`;

/** The environment a release is built and served with: the command's own, with the data folder made absolute. */
function releaseEnv(settings: ReleaseSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: settings.dataDir };
  // A test-only override must never follow a release into production; PORT is the slot's.
  delete env.CONTENT_DIR;
  delete env.PORT;
  return env;
}

/** The slot the live release does not use. */
function freePort(settings: ReleaseSettings, state: ReleaseState): number {
  const [first, second] = settings.ports;
  return state.live?.port === first ? second : first;
}

/**
 * `npm run release [-- --ref <ref>]`: builds the commit into a new release folder, starts it on
 * the free slot, checks it, switches traffic, lets the old release finish, stops it. Until the
 * switch nothing the live site uses is touched; any failure before it leaves the site as it was.
 */
export async function release(
  settings: ReleaseSettings,
  { ref = "HEAD", by, report, processes }: { ref?: string; by: string; report: Report; processes?: SlotProcesses },
): Promise<ReleaseRecord> {
  const ctx = context(settings, by, report, processes);
  const unlock = acquireLock(ctx.layout.lock);
  try {
    const state = readState(ctx.layout.state);
    const { commit, subject } = await step("find the commit", report, async () => {
      const git = (...args: string[]) => run("git", args, { cwd: settings.checkout }).then((out) => out.trim());
      const sha = await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).catch(() => {
        throw new Error(`"${ref}" is not a commit of ${settings.checkout}`);
      });
      return { commit: sha, subject: await git("log", "-1", "--format=%s", sha) };
    });
    const builtAt = new Date().toISOString();
    const id = `${builtAt.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}-${commit.slice(0, 7)}`;
    const record: ReleaseRecord = { id, commit, subject, by, builtAt };
    const dir = ctx.layout.release(id);
    const port = freePort(settings, state);
    const liveDir = state.live ? ctx.layout.release(state.live.id) : undefined;
    report(`Release ${id}: ${commit.slice(0, 7)} "${subject}", into ${dir}`);

    let started = false;
    try {
      await step("copy the commit", report, async () => {
        await extractCommit(settings.checkout, commit, dir);
        writeFileSync(path.join(dir, releaseInfoFile), `${JSON.stringify(record, null, 2)}\n`);
      });
      await step("install packages", report, async () => {
        const how = await installDependencies(
          dir,
          [liveDir, settings.checkout].filter((d): d is string => !!d),
        );
        report(`  packages ${how === "linked" ? "linked from an identical install" : "installed with npm ci"}`);
      });
      await step("build (content check, next build, script-free pages, server actions)", report, () =>
        run("npm", ["run", "build"], { cwd: dir, env: releaseEnv(settings) }),
      );
      await step("keep its assets", report, () => linkWebAssets(dir));
      await startSlot(ctx, { id, dir, port });
      started = true;
      await step("check it (health, a prerendered page, the form and its action)", report, () =>
        checkRelease(origin(port), state.live ? origin(state.live.port) : origin(port)),
      );
    } catch (error) {
      if (started) await ctx.processes.stop(port).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    const releases = [record, ...state.releases.filter((kept) => kept.id !== id)];
    await goLive(ctx, { ...state, releases }, { id, port, action: "release" });
    return record;
  } finally {
    unlock();
  }
}

/** `npm run release -- rollback`: the release before the live one, started again (no build), then switched to. */
export async function rollback(
  settings: ReleaseSettings,
  { by, report, processes }: { by: string; report: Report; processes?: SlotProcesses },
): Promise<ReleaseRecord> {
  const ctx = context(settings, by, report, processes);
  const unlock = acquireLock(ctx.layout.lock);
  try {
    const state = readState(ctx.layout.state);
    if (!state.live) throw new StepError("rollback", "nothing is live yet");
    const liveIndex = state.releases.findIndex((kept) => kept.id === state.live?.id);
    const target = state.releases
      .slice(liveIndex + 1)
      .find((kept) => existsSync(path.join(ctx.layout.release(kept.id), releaseInfoFile)));
    if (!target) throw new StepError("rollback", "no earlier release is kept");
    const port = freePort(settings, state);
    report(`Rollback to ${target.id}: ${target.commit.slice(0, 7)} "${target.subject}"`);
    try {
      await startSlot(ctx, { id: target.id, dir: ctx.layout.release(target.id), port });
      await step("check it", report, () => checkRelease(origin(port), origin(state.live!.port)));
    } catch (error) {
      await ctx.processes.stop(port).catch(() => undefined);
      throw error;
    }
    await goLive(ctx, state, { id: target.id, port, action: "rollback" });
    return target;
  } finally {
    unlock();
  }
}

async function startSlot(ctx: Context, { id, dir, port }: { id: string; dir: string; port: number }) {
  await step(`start it on port ${port}`, ctx.report, async () => {
    pointLink(ctx.layout.slot(port), dir);
    await ctx.processes.start(port, dir, { ...releaseEnv(ctx.settings), NODE_ENV: "production" });
    await waitForRelease(origin(port), id);
  });
}

/** Switch, let the old slot finish its requests, stop it, record, and remove releases beyond the kept number. */
async function goLive(
  ctx: Context,
  state: ReleaseState,
  { id, port, action }: { id: string; port: number; action: "release" | "rollback" },
) {
  const { settings, layout, report } = ctx;
  const previous = state.live;
  const keptIds = [id, ...state.releases.map((kept) => kept.id).filter((other) => other !== id)];
  const otherPort = settings.ports.find((candidate) => candidate !== port)!;
  const switched = Date.now();
  await step("switch traffic", report, async () => {
    try {
      switchTraffic(layout, { livePort: port, otherPort, keptIds, reload: settings.reload });
    } catch (error) {
      // Put the files back as they were, so a later reload of nginx does not switch by surprise.
      if (previous) {
        const back = [previous.id, ...keptIds.filter((other) => other !== previous.id && other !== id)];
        switchTraffic(layout, { livePort: previous.port, otherPort: port, keptIds: back });
      }
      await ctx.processes.stop(port).catch(() => undefined);
      throw error;
    }
  });
  const since = new Date(switched).toISOString();
  const kept = state.releases.slice(0, settings.keep);
  if (!kept.some((record) => record.id === id)) kept.push(state.releases.find((record) => record.id === id)!);
  const removed = state.releases.filter((record) => !kept.includes(record));
  writeState(layout.state, {
    live: { id, port, since },
    releases: kept,
    history: [{ id, action, by: ctx.by, at: since }, ...state.history],
  });
  if (previous) {
    await step(`let the old release finish (${settings.drainMs / 1000} s), then stop it`, report, async () => {
      await sleep(settings.drainMs);
      await ctx.processes.stop(previous.port);
    });
  }
  for (const record of removed) rmSync(layout.release(record.id), { recursive: true, force: true });
  const time = new Date(switched).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  report(
    `Live since ${time}: ${id} on port ${port}${settings.reload ? "" : " (no RELEASE_RELOAD: no proxy was told)"}`,
  );
}

/** `npm run release -- status`. */
export function status(settings: ReleaseSettings): string {
  const layout = releaseLayout(settings.root);
  const state = readState(layout.state);
  if (!state.live) return `No release is live yet (${layout.root}).`;
  const lines = state.releases.map((kept) => {
    const live = kept.id === state.live?.id;
    const when = live ? `live since ${state.live!.since}` : `built ${kept.builtAt}`;
    return `${live ? "*" : " "} ${kept.id}  ${kept.commit.slice(0, 7)}  ${when}  by ${kept.by}  "${kept.subject}"`;
  });
  const last = state.history[0];
  return [
    `Live: ${state.live.id} on port ${state.live.port} (${last ? `${last.action} by ${last.by}` : "?"})`,
    `Kept releases (newest first; * = live), in ${layout.releases}:`,
    ...lines,
  ].join("\n");
}
