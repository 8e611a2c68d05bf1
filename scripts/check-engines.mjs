// Every package in package-lock.json must accept the oldest Node.js our "engines" allows
// (npm only warns about this at install time; here it fails `npm run check`).
import { readFileSync } from "node:fs";
import semver from "semver";

const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
const ours = lock.packages[""].engines?.node;
const oldest = semver.minVersion(ours);
const problems = Object.entries(lock.packages)
  .filter(([name, info]) => name && info.engines?.node && !info.optional)
  .filter(([, info]) => !semver.satisfies(oldest, info.engines.node))
  .map(([name, info]) => `  ${name.replace(/^.*node_modules\//, "")}@${info.version} wants node ${info.engines.node}`);
if (problems.length) {
  console.error(`package.json says node ${ours}, but these dependencies want newer:\n${problems.join("\n")}`);
  console.error("Fix: pin versions whose engines accept Node " + oldest + " (npm view <pkg>@<version> engines).");
  process.exit(1);
}
console.log(`Every dependency accepts Node ${oldest} (engines: ${ours}).`);
