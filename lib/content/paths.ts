import path from "node:path";
import { env } from "@/lib/env";

/** The repository root; content paths in messages are shown relative to it. */
export const projectRoot = process.cwd();
export const contentDir = env.CONTENT_DIR ? path.resolve(env.CONTENT_DIR) : path.join(projectRoot, "content");
/** Where /images/… paths of articles and team photos are looked up. */
export const publicDir = path.join(projectRoot, "public");

export function relativeToRoot(absolutePath: string): string {
  return path.relative(projectRoot, absolutePath).split(path.sep).join("/");
}
