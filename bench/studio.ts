/**
 * `npm run bench:studio [-- --articles=1000 --skip-large]`: publishing from the staff studio, timed
 * next to `npm run release` alone in the same run, on the same server layout (git checkout, two
 * slots behind the shipped nginx). A publish is what the Publish button does: the studio runs the
 * content check, commits the changed article in the person's name and runs `npm run release`;
 * the time is from the button to "Live since". Also: the studio's memory next to the public
 * server's (resident set size of each `next-server` process, after the same work), and public
 * requests that failed while the studio published (goal 0).
 * Run with tsx: it shares tests/support/{release,nginx,studio}.ts with the end-to-end tests.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startShippedNginx, request } from "../tests/support/nginx";
import { freePort } from "../tests/support/ports";
import { makeReleaseSite } from "../tests/support/release";
import { addStaff, staffPassword, startStudio } from "../tests/support/studio";
import { MB, option, printMachine, printTable, writeResult } from "./lib/report.mjs";
import { writeSyntheticArticles } from "./lib/synthetic-articles.mjs";

const articleFile = path.join("content", "articles", "why-does-ketamine-therapy-work.mdx");
const extraArticles = Number(option("articles", 1000));

printMachine();
let reload = "";
const site = await makeReleaseSite({ TRUST_PROXY: "1" }, () => reload);
const nginx = await startShippedNginx({ releaseRoot: site.root });
reload = nginx.reloadCommand;

let reads = 0;
let failed = 0;
let reading = false;
const reader = async () => {
  while (reading) {
    const answer = await request(`${nginx.httpsUrl}/articles/why-does-ketamine-therapy-work`, { ca: nginx.ca }).catch(
      () => ({ status: 0 }),
    );
    reads += 1;
    if (answer.status !== 200) failed += 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** A sentence added to the seed article, as a staff member's save would leave it. */
const changeArticle = (repo: string, words: string) => {
  const file = path.join(repo, articleFile);
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\n\n${words}\n`);
};

/** Resident memory of the process listening on a port (`next start` forks next-server). */
function residentMB(port: number): number | null {
  const line = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(line)?.[1];
  if (!pid) return null;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return rss ? MB(Number(rss) * 1024) : null;
}

const rows: Record<string, unknown>[] = [];
const studioPort = await freePort();
let studio: Awaited<ReturnType<typeof startStudio>> | undefined;
try {
  const first = await site.release();
  if (first.code !== 0) throw new Error(first.output);
  addStaff(site.repo, site.env(), "Bench Person");
  const buildStarted = Date.now();
  studio = await startStudio(site.repo, site.env(), studioPort);
  const studioStartSeconds = (Date.now() - buildStarted) / 1000;

  const login = await fetch(`${studio.url}/api/studio/login`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: studio.url, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ name: "Bench Person", password: staffPassword, next: "/" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  if (!cookie.startsWith("__Host-studio=")) throw new Error(`login failed: ${login.status}`);

  const publish = async (what: string) => {
    changeArticle(site.repo, `A sentence published from the studio (${what}).`);
    const started = Date.now();
    // The studio's home page runs the content check first, as a person sees it before pressing Publish.
    await fetch(`${studio!.url}/`, { headers: { cookie } });
    const answer = await fetch(`${studio!.url}/api/studio/publish`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: studio!.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ message: `Bench: ${what}` }),
    });
    const job = answer.headers.get("location");
    if (answer.status !== 303 || !job?.startsWith("/jobs/")) throw new Error(`publish refused: ${answer.status}`);
    for (;;) {
      const page = await (await fetch(`${studio!.url}${job}`, { headers: { cookie } })).text();
      if (page.includes("Live since")) break;
      if (page.includes("failed at")) throw new Error(`publish failed:\n${page.replace(/<[^>]*>/g, " ")}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return (Date.now() - started) / 1000;
  };
  const releaseAlone = async (what: string) => {
    site.commit(`Bench: ${what}`, (repo) => changeArticle(repo, `A sentence released directly (${what}).`));
    const run = await site.release("--by", "bench");
    if (run.code !== 0) throw new Error(run.output);
    return run.seconds;
  };

  reading = true;
  const reading1 = reader();
  const measure = async (content: string) => {
    const before = { reads, failed };
    const alone = await releaseAlone(content);
    const published = await publish(content);
    rows.push({
      content,
      "npm run release alone (s)": Math.round(alone * 10) / 10,
      "studio publish, to live (s)": Math.round(published * 10) / 10,
      "public reads meanwhile": reads - before.reads,
      failed: failed - before.failed,
    });
  };
  await measure("today's content");
  const memory = {
    "studio (MB)": residentMB(studioPort),
    "public server (MB)": residentMB(site.state().live!.port),
  };
  if (!option("skip-large", false)) {
    site.commit(`${extraArticles} synthetic articles`, (repo) => writeSyntheticArticles(repo, extraArticles));
    const run = await site.release();
    if (run.code !== 0) throw new Error(run.output);
    await measure(`+${extraArticles} articles`);
  }
  reading = false;
  await reading1;

  printTable("Publishing one changed article (same run, same machine)", rows);
  printTable("Memory after one publish (resident set size)", [memory]);
  console.log(`studio build and start: ${studioStartSeconds.toFixed(1)} s`);
  writeResult("studio", {
    method:
      "A copy of the project committed to a temporary git checkout; the public site released behind the shipped nginx (child-process slots); npm run studio on the checkout. Each row: a sentence committed and released with npm run release, then a sentence saved into the checkout and published through the studio's Publish endpoint (content check, commit, release), timed to 'Live since'. A reader GETs the seed article through nginx every 50 ms.",
    rows,
    memory,
    studioStartSeconds,
  });
} finally {
  reading = false;
  await studio?.stop();
  await nginx.stop();
  await site.stop();
}
