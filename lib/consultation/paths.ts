import path from "node:path";
import { env } from "@/lib/env";

/** Where consultation data lives in a DATA_DIR (relative paths from the project root). */
export function dataPaths(dataDirSetting: string) {
  const dataDir = path.resolve(dataDirSetting);
  return { dataDir, databaseFile: path.join(dataDir, "consultations.db") };
}

/** This process's DATA_DIR (default .data). */
export const { dataDir, databaseFile } = dataPaths(env.DATA_DIR);
