import path from "node:path";
import { env } from "@/lib/env";

/** Where consultation data lives: DATA_DIR (default .data, relative to the project root). */
export const dataDir = path.resolve(env.DATA_DIR);
export const databaseFile = path.join(dataDir, "consultations.db");
