/**
 * `npm run staff -- <command>`: the studio's accounts, in the same DATA_DIR as the studio.
 *   add <name>      a new account; the name may be several words: add Maria Lopez
 *   remove <name>   deletes the account and logs the person out everywhere
 *   reset <name>    a new password; logs the person out everywhere
 *   list            names and dates (never a password or hash)
 * The password is typed when asked (not shown), or piped on standard input:
 *   printf '%s\n' "$PASSWORD" | npm run staff -- add Maria Lopez
 */
import path from "node:path";
import { env } from "@/lib/env";
import {
  StaffError,
  addStaff,
  checkPassword,
  hasStaff,
  listStaff,
  parseStaffName,
  removeStaff,
  resetPassword,
} from "@/lib/studio/accounts";

const usage = "Usage: npm run staff -- add <name> | remove <name> | reset <name> | list";
const dataDir = path.resolve(env.DATA_DIR);

async function main(args: string[]): Promise<number> {
  const option = args.find((arg) => arg.startsWith("-"));
  if (option && /^--?(p|pw|pass|passwd|password)(=|$)/i.test(option)) {
    console.error(
      "Passwords are never given on the command line: they would stay in the shell history and show in the\n" +
        "list of running processes. Leave it out and type it when asked, or pipe it on standard input:\n" +
        "  printf '%s\\n' \"$PASSWORD\" | npm run staff -- add Maria Lopez",
    );
    return 1;
  }
  if (option) {
    console.error(`Unknown option "${option}". ${usage}`);
    return 2;
  }
  const [command, ...words] = args;
  const name = words.join(" ");
  if (command === "list" && words.length === 0) {
    const staff = listStaff(dataDir);
    for (const person of staff) {
      console.log(`${person.name}  (added ${day(person.createdAt)}, password set ${day(person.passwordChangedAt)})`);
    }
    if (staff.length === 0) console.log("No studio accounts yet. Add one with: npm run staff -- add <name>");
    return 0;
  }
  if (!command || !["add", "remove", "reset"].includes(command) || words.length === 0) {
    console.error(usage);
    return 2;
  }
  if (command === "remove") {
    const removed = removeStaff(dataDir, name);
    console.log(`Removed ${removed.name}. They can no longer log in, and their open sessions have ended.`);
    return 0;
  }
  // Check what can be checked before asking for a password.
  const displayName = parseStaffName(name);
  const exists = hasStaff(dataDir, displayName);
  if (command === "add" && exists) {
    throw new StaffError(`${displayName} already has a studio account. To change the password, use reset.`);
  }
  if (command === "reset" && !exists) throw new StaffError(`There is no studio account for "${displayName}".`);
  const password = await readPassword(displayName);
  if (command === "add") {
    await addStaff(dataDir, displayName, password);
    console.log(`Added ${displayName}. They can log in to the studio now.`);
  } else {
    const { name: resetName } = await resetPassword(dataDir, displayName, password);
    console.log(`New password set for ${resetName}. Their open sessions have ended; they log in with the new one.`);
  }
  return 0;
}

const day = (iso: string) => iso.slice(0, 10);

async function readPassword(name: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const password = await prompt(`Password for ${name}: `);
  checkPassword(password); // say so now, not after typing it twice
  if ((await prompt("Same password again: ")) !== password) {
    throw new StaffError("The two passwords differ. Nothing was changed.");
  }
  return password;
}

/** The first line of piped standard input, without its line ending. */
async function firstLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  process.stdin.destroy();
  const line = text.split("\n")[0]!.replace(/\r$/, "");
  if (!line) throw new StaffError("No password on standard input. Pipe one in, or run this in a terminal.");
  return line;
}

/** Reads a line from the terminal without echoing it. */
function prompt(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve) => {
    let typed: string[] = [];
    const finish = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    const onData = (chunk: string) => {
      if (chunk.startsWith("\u001b")) return; // arrow keys and the like
      for (const character of chunk) {
        if (character === "\r" || character === "\n" || character === "\u0004") {
          finish();
          resolve(typed.join(""));
          return;
        }
        if (character === "\u0003") {
          finish();
          console.error("Cancelled. Nothing was changed.");
          process.exit(130);
        }
        if (character === "\u007f" || character === "\b") typed = typed.slice(0, -1);
        else if (character >= " ") typed.push(character);
      }
    };
    stdin.on("data", onData);
  });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof StaffError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
