import { afterEach, describe, expect, it } from "vitest";
import {
  changedFiles,
  commitFiles,
  dropIfHead,
  parseStatus,
  revertCommit,
  softResetIfHead,
  studioHistory,
} from "./git";
import { testRepo } from "./test-repo";

const repos: ReturnType<typeof testRepo>[] = [];
const newRepo = () => {
  const repo = testRepo();
  repos.push(repo);
  return repo;
};
afterEach(() => repos.splice(0).forEach((repo) => repo.cleanup()));

describe("studio git", () => {
  it("lists unpublished changes under content/ and public/images/ only", async () => {
    const repo = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    repo.write("content/articles/new one.mdx", "new\n");
    repo.write("public/images/team/ana.jpg", "jpg");
    repo.write("package.json", '{ "changed": true }\n');
    repo.write("public/robots.txt", "no\n");
    repo.remove("content/pages/costs.mdx");
    expect(await changedFiles(repo.checkout)).toEqual([
      { path: "content/articles/a.mdx", change: "changed" },
      { path: "content/articles/new one.mdx", change: "added" },
      { path: "content/pages/costs.mdx", change: "deleted" },
      { path: "public/images/team/ana.jpg", change: "added" },
    ]);
  });

  it("reads renames (new then old path) and leaves out a file added and deleted again", () => {
    const output = ["R  content/pages/new.mdx", "content/pages/old.mdx", "AD content/x.mdx", " M content/y.mdx", ""];
    expect(parseStatus(output.join("\0"))).toEqual([
      { path: "content/pages/new.mdx", change: "added" },
      { path: "content/pages/old.mdx", change: "deleted" },
      { path: "content/y.mdx", change: "changed" },
    ]);
  });

  it("commits exactly the given paths, deletions included, as the person, with the trailer", async () => {
    const repo = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    repo.write("content/articles/b.mdx", "new\n");
    repo.remove("content/pages/costs.mdx");
    repo.write("content/articles/not-this.mdx", "someone else's draft\n");
    const sha = await commitFiles({
      checkout: repo.checkout,
      paths: ["content/articles/a.mdx", "content/articles/b.mdx", "content/pages/costs.mdx"],
      author: "Ana <Ruiz>\n",
      message: "Fix the\nprices ",
    });
    expect(sha).toBe(repo.head());
    expect(repo.git("log", "-1", "--format=%an <%ae>|%cn <%ce>|%B").trim()).toBe(
      "Ana Ruiz <studio@shamynds.invalid>|ShaMynds studio <studio@shamynds.invalid>|Fix the prices\n\nStudio-Change: publish",
    );
    expect(repo.git("show", "--name-status", "--format=", sha).trim().split("\n")).toEqual([
      "M\tcontent/articles/a.mdx",
      "A\tcontent/articles/b.mdx",
      "D\tcontent/pages/costs.mdx",
    ]);
    expect(repo.status()).toBe("?? content/articles/not-this.mdx");
  });

  it("refuses paths outside content and images, and paths with nothing to publish", async () => {
    const repo = newRepo();
    repo.write("package.json", "changed\n");
    const publish = (paths: string[]) => commitFiles({ checkout: repo.checkout, paths, author: "Ana", message: "m" });
    await expect(publish(["package.json"])).rejects.toThrow(/only publishes content and images/);
    await expect(publish(["content/../package.json"])).rejects.toThrow(/only publishes content and images/);
    await expect(publish(["content/articles/a.mdx"])).rejects.toThrow(/no unpublished change/);
    await expect(publish([])).rejects.toThrow(/at least one change/);
    await expect(
      commitFiles({ checkout: repo.checkout, paths: ["content/articles/a.mdx"], author: " <> ", message: "m" }),
    ).rejects.toThrow(/Say who you are/);
  });

  it("shows studio changes only, newest first, with their files; an undo marks what it reverts", async () => {
    const repo = newRepo();
    repo.write("content/articles/a.mdx", "---\ntitle: A\n---\n\nFirst line.\nSecond line, edited.\nThird line.\n");
    const first = await commitFiles({
      checkout: repo.checkout,
      paths: ["content/articles/a.mdx"],
      author: "Ana",
      message: "Edit a",
    });
    repo.write("README.md", "developer change\n");
    repo.git("add", "README.md");
    repo.git("commit", "-q", "-m", "Developer: readme", "-m", "Mentions Studio-Change: publish in passing.");
    repo.write("content/pages/costs.mdx", "new prices\n");
    const second = await commitFiles({
      checkout: repo.checkout,
      paths: ["content/pages/costs.mdx"],
      author: "Ben",
      message: "Prices",
    });
    const undo = await revertCommit({ checkout: repo.checkout, commit: first, author: "Carla" });

    const history = await studioHistory(repo.checkout);
    expect(
      history.map(({ commit, author, message, files, kind, reverts, undone }) => ({
        commit,
        author,
        message,
        files,
        kind,
        reverts,
        undone,
      })),
    ).toEqual([
      {
        commit: undo,
        author: "Carla",
        message: 'Undo "Edit a"',
        files: ["content/articles/a.mdx"],
        kind: "undo",
        reverts: first,
        undone: false,
      },
      {
        commit: second,
        author: "Ben",
        message: "Prices",
        files: ["content/pages/costs.mdx"],
        kind: "publish",
        reverts: undefined,
        undone: false,
      },
      {
        commit: first,
        author: "Ana",
        message: "Edit a",
        files: ["content/articles/a.mdx"],
        kind: "publish",
        reverts: undefined,
        undone: true,
      },
    ]);
    expect(history[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(repo.git("log", "-1", "--format=%B").trim()).toBe(`Undo "Edit a"\n\nStudio-Change: undo\nReverts: ${first}`);
    expect(repo.git("show", `${undo}:content/articles/a.mdx`)).toContain("Second line.\n");

    // Undoing the undo brings the change back: the original no longer counts as undone.
    const redo = await revertCommit({ checkout: repo.checkout, commit: undo, author: "Ana" });
    const again = await studioHistory(repo.checkout);
    expect(again.find((item) => item.commit === first)?.undone).toBe(false);
    expect(again.find((item) => item.commit === undo)?.undone).toBe(true);
    expect(again[0]).toMatchObject({ commit: redo, reverts: undo, undone: false });
    await expect(revertCommit({ checkout: repo.checkout, commit: undo, author: "Ana" })).rejects.toThrow(
      /already been undone/,
    );
  });

  it("refuses an undo over unpublished edits, and one that conflicts (leaving the checkout as it was)", async () => {
    const repo = newRepo();
    const edit = (text: string) => repo.write("content/articles/a.mdx", `---\ntitle: A\n---\n\n${text}\n`);
    edit("Version two.");
    const first = await commitFiles({
      checkout: repo.checkout,
      paths: ["content/articles/a.mdx"],
      author: "Ana",
      message: "v2",
    });

    edit("Unpublished draft.");
    await expect(revertCommit({ checkout: repo.checkout, commit: first, author: "Ben" })).rejects.toThrow(
      /content\/articles\/a.mdx has unpublished changes/,
    );

    await commitFiles({ checkout: repo.checkout, paths: ["content/articles/a.mdx"], author: "Ana", message: "v3" });
    repo.write("content/pages/costs.mdx", "someone's unpublished edit\n");
    const head = repo.head();
    await expect(revertCommit({ checkout: repo.checkout, commit: first, author: "Ben" })).rejects.toThrow(
      /cannot be undone automatically/,
    );
    expect(repo.head()).toBe(head);
    expect(repo.status()).toBe(" M content/pages/costs.mdx");

    const developer = repo.git("rev-list", "--max-parents=0", "HEAD").trim();
    await expect(revertCommit({ checkout: repo.checkout, commit: developer, author: "Ben" })).rejects.toThrow(
      /Only changes published from the studio/,
    );
  });

  it("takes a failed publish's commit back into unpublished changes, only while it is HEAD", async () => {
    const repo = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    repo.write("content/articles/b.mdx", "new\n");
    repo.remove("content/pages/costs.mdx");
    const before = repo.status();
    const base = repo.head();
    const sha = await commitFiles({
      checkout: repo.checkout,
      paths: ["content/articles/a.mdx", "content/articles/b.mdx", "content/pages/costs.mdx"],
      author: "Ana",
      message: "m",
    });
    expect(await softResetIfHead({ checkout: repo.checkout, commit: base })).toBe(false);
    expect(await softResetIfHead({ checkout: repo.checkout, commit: sha })).toBe(true);
    expect(repo.head()).toBe(base);
    expect(repo.status()).toBe(before);
  });

  it("drops a failed undo whole", async () => {
    const repo = newRepo();
    repo.write("content/articles/a.mdx", "changed\n");
    const sha = await commitFiles({
      checkout: repo.checkout,
      paths: ["content/articles/a.mdx"],
      author: "Ana",
      message: "m",
    });
    const undo = await revertCommit({ checkout: repo.checkout, commit: sha, author: "Ana" });
    expect(await dropIfHead({ checkout: repo.checkout, commit: undo })).toBe(true);
    expect(repo.head()).toBe(sha);
    expect(repo.status()).toBe("");
  });
});
