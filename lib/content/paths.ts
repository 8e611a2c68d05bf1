import path from "node:path";

/** The repository root; content paths in messages are shown relative to it. */
export const projectRoot = process.cwd();
export const contentDir = path.join(projectRoot, "content");

export function relativeToRoot(absolutePath: string): string {
  return path.relative(projectRoot, absolutePath).split(path.sep).join("/");
}
