import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Env } from "@/lib/env";
import { smtpTransportOptions } from "@/lib/mail/transport";
import { medicalReviewCheck } from "./health-content";
import { formatPlaceholder, scanForPlaceholders } from "./placeholders";
import { notPublicReason } from "./public-address";
import { frontmatterData } from "@/lib/content/frontmatter";
import { missingCounterparts } from "@/lib/content/rules/translations";

/**
 * The checks of `npm run launch:check`. Each is one entry of `launchChecks`: to add one (e.g. that
 * every Spanish translation names a reviewer who exists), write a LaunchCheck and append it there.
 * A check reports lines; a line never contains a secret's value, only the variable's name.
 */
export type CheckLine = { status: "ok" | "error" | "warning"; message: string; fix?: string };

export type CheckContext = {
  env: Env;
  projectRoot: string;
  /** --send-test: send one message to MAIL_TO. */
  sendTest: boolean;
};

export type LaunchCheck = { title: string; run: (context: CheckContext) => Promise<CheckLine[]> | CheckLine[] };

const ok = (message: string): CheckLine => ({ status: "ok", message });
const error = (message: string, fix: string): CheckLine => ({ status: "error", message, fix });
const warning = (message: string, fix: string): CheckLine => ({ status: "warning", message, fix });

const examplePattern =
  /@(?:[a-z0-9-]+\.)*(?:[a-z0-9-]+\.(?:example|test|invalid|localhost)|example\.(?:com|net|org))\b/i;

/** A secret long and varied enough not to be guessed (the output of openssl rand -hex 32 passes). */
export function weakSecretReason(value: string): string | undefined {
  if (value.length < 32) return `is ${value.length} characters long; use at least 32`;
  if (new Set(value).size < 12) return "repeats too few different characters";
  return undefined;
}

export const placeholdersCheck: LaunchCheck = {
  title: "Content has no placeholders",
  run: ({ projectRoot }) => {
    const found = scanForPlaceholders(path.join(projectRoot, "content"), projectRoot);
    if (found.length === 0) return [ok("no placeholders in content/")];
    return found.map((item) => {
      const [where, fix] = formatPlaceholder(item).split("\n  Fix: ");
      return error(where ?? item.file, fix ?? item.fix);
    });
  },
};

export const siteUrlCheck: LaunchCheck = {
  title: "SITE_URL is the public https address",
  run: ({ env }) => {
    const reason = notPublicReason(env.SITE_URL);
    if (!reason) return [ok(`SITE_URL=${env.SITE_URL}`)];
    return [error(`SITE_URL=${env.SITE_URL}: ${reason}`, "set SITE_URL=https://<the clinic's domain> and rebuild")];
  },
};

function smtpSummary(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ""}`;
}

/** Error text from the SMTP library, with the URL's credentials removed should they appear. */
function redact(message: string, smtpUrl: string): string {
  const url = new URL(smtpUrl);
  let text = message;
  for (const secret of [url.password, decodeURIComponent(url.password), url.username]) {
    if (secret) text = text.split(secret).join("…");
  }
  return text;
}

export const smtpCheck: LaunchCheck = {
  title: "Mail: SMTP_URL logs in over TLS",
  run: async ({ env, sendTest }) => {
    if (!env.SMTP_URL) {
      return [
        error(
          "SMTP_URL is not set: requests are only written to DATA_DIR/mailbox",
          "set SMTP_URL=smtps://user:password@mail.host:465 (in the EnvironmentFile)",
        ),
      ];
    }
    const options = smtpTransportOptions(env.SMTP_URL, env.SMTP_INSECURE === "1");
    const lines: CheckLine[] = [];
    const where = smtpSummary(env.SMTP_URL);
    if (env.SMTP_INSECURE === "1") {
      lines.push(
        error(
          "SMTP_INSECURE=1 accepts any certificate",
          "remove SMTP_INSECURE once the mail server has a valid certificate",
        ),
      );
    } else if (!options.secure && !options.requireTLS) {
      lines.push(
        error(
          `${where} is plain SMTP without TLS (only allowed on loopback)`,
          "use smtps:// (port 465) or a STARTTLS server on port 587",
        ),
      );
    }
    const transporter = nodemailer.createTransport(options);
    try {
      await transporter.verify();
      lines.push(ok(`logged in to ${where}${options.auth ? "" : " (no login configured)"}; no mail sent`));
      if (sendTest) {
        await transporter.sendMail({
          from: env.MAIL_FROM,
          to: env.MAIL_TO,
          subject: "ShaMynds website: launch check test message",
          text: "This message was sent by npm run launch:check -- --send-test. Consultation requests will arrive like this one.",
        });
        lines.push(ok(`sent a test message to MAIL_TO (${env.MAIL_TO}): check that it arrived`));
      }
    } catch (cause) {
      const message = redact(cause instanceof Error ? cause.message : String(cause), env.SMTP_URL);
      lines.push(error(`${where}: ${message}`, "check the host, port, user and password in SMTP_URL"));
    } finally {
      transporter.close();
    }
    return lines;
  },
};

export const mailAddressesCheck: LaunchCheck = {
  title: "Mail: MAIL_TO and MAIL_FROM are real addresses",
  run: ({ env }) =>
    (["MAIL_TO", "MAIL_FROM"] as const).map((name) =>
      examplePattern.test(env[name])
        ? error(`${name}=${env[name]} is an example address`, `set ${name} to the clinic's real address`)
        : ok(`${name}=${env[name]}`),
    ),
};

export const dataDirCheck: LaunchCheck = {
  title: "DATA_DIR is writable and outside the build",
  run: ({ env, projectRoot }) => {
    const dir = path.resolve(projectRoot, env.DATA_DIR);
    const buildDir = path.join(projectRoot, ".next");
    if (dir === buildDir || dir.startsWith(`${buildDir}${path.sep}`)) {
      return [
        error(
          `DATA_DIR=${dir} is inside the build folder: a rebuild would delete the outbox`,
          "set DATA_DIR=/var/lib/shamynds",
        ),
      ];
    }
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
    } catch {
      return [
        error(
          `DATA_DIR=${dir} is not writable by this user`,
          `chown the folder to the site's user, e.g. chown shamynds: ${dir}`,
        ),
      ];
    }
    return [ok(`DATA_DIR=${dir}`)];
  },
};

export const secretsCheck: LaunchCheck = {
  title: "Secrets: FORM_SECRET, PREVIEW_SECRET, CRON_SECRET",
  run: ({ env }) => {
    const lines: CheckLine[] = [];
    if (env.DATABASE_URL && !env.FORM_SECRET) {
      lines.push(
        error(
          "DATABASE_URL is set but FORM_SECRET is not: instances would refuse each other's forms",
          "set the same FORM_SECRET on every instance (openssl rand -hex 32)",
        ),
      );
    }
    for (const name of ["FORM_SECRET", "PREVIEW_SECRET", "CRON_SECRET"] as const) {
      const value = env[name];
      if (!value) {
        lines.push(ok(`${name} not set${name === "FORM_SECRET" ? " (a key in DATA_DIR is used)" : " (feature off)"}`));
        continue;
      }
      const weak = weakSecretReason(value);
      lines.push(
        weak
          ? error(`${name} ${weak}`, `set ${name} to the output of: openssl rand -hex 32`)
          : ok(`${name} is set and strong`),
      );
    }
    return lines;
  },
};

export const reviewersCheck: LaunchCheck = {
  title: "Clinicians named as reviewers exist",
  run: ({ projectRoot }) => {
    const articlesDir = path.join(projectRoot, "content", "articles");
    const teamDir = path.join(projectRoot, "content", "team");
    const lines: CheckLine[] = [];
    for (const file of readdirSync(articlesDir)
      .filter((name) => name.endsWith(".mdx"))
      .sort()) {
      const data = frontmatterData(readFileSync(path.join(articlesDir, file), "utf8"));
      const reviewer = typeof data.reviewedBy === "string" ? data.reviewedBy : undefined;
      if (!reviewer) continue;
      const shown = `content/articles/${file}`;
      const memberFile = path.join(teamDir, `${reviewer}.mdx`);
      if (!existsSync(memberFile)) {
        lines.push(
          error(
            `${shown}: reviewedBy "${reviewer}" has no content/team/${reviewer}.mdx`,
            "add the clinician to content/team/ or name one who is there",
          ),
        );
        continue;
      }
      const name = String(frontmatterData(readFileSync(memberFile, "utf8")).name ?? "");
      lines.push(
        name.includes("PLACEHOLDER")
          ? error(
              `${shown}: reviewer ${reviewer} is a placeholder ("${name}")`,
              `write the real clinician into content/team/${reviewer}.mdx`,
            )
          : ok(`${shown}: reviewed by ${name}`),
      );
    }
    return lines.length ? lines : [ok("no article names a reviewer")];
  },
};

/** Every check, in the order printed. Append new checks here. */
/** A translation nobody on the team has reviewed is a placeholder too: it must not go live unread. */
export const translationsCheck: LaunchCheck = {
  title: "Translations are reviewed by a team member, and every page has its translation",
  run: ({ projectRoot }) => {
    const teamDir = path.join(projectRoot, "content", "team");
    const lines: CheckLine[] = [];
    for (const folder of ["articles", "pages"]) {
      const dir = path.join(projectRoot, "content", "es", folder);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)
        .filter((name) => name.endsWith(".mdx"))
        .sort()) {
        const shown = `content/es/${folder}/${file}`;
        const data = frontmatterData(readFileSync(path.join(dir, file), "utf8"));
        const reviewer = typeof data.translationReviewedBy === "string" ? data.translationReviewedBy : undefined;
        if (!reviewer) {
          lines.push(
            error(
              `${shown}: translation of "${String(data.translationOf ?? "?")}" has no translationReviewedBy`,
              "have a Spanish-speaking team member read it against the English file, then add translationReviewedBy: <their file name in content/team/>",
            ),
          );
        } else if (!existsSync(path.join(teamDir, `${reviewer}.mdx`))) {
          lines.push(
            error(
              `${shown}: translationReviewedBy "${reviewer}" has no content/team/${reviewer}.mdx`,
              "name a team member who is in content/team/",
            ),
          );
        } else {
          lines.push(ok(`${shown}: reviewed by ${reviewer}`));
        }
      }
    }
    lines.push(...counterpartLines(projectRoot));
    return lines.length > 0 ? lines : [ok("no translations")];
  },
};

/** Pages and articles in one language only (the content check warns about each as well). */
function counterpartLines(projectRoot: string): CheckLine[] {
  const read = (folder: string) => {
    const dir = path.join(projectRoot, "content", folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .sort()
      .map((name) => ({
        slug: name.slice(0, -".mdx".length),
        file: `content/${folder}/${name}`,
        data: frontmatterData(readFileSync(path.join(dir, name), "utf8")),
      }));
  };
  const translationOf = (entry: { data: Record<string, unknown> }) => String(entry.data.translationOf ?? "");
  const missing = missingCounterparts({
    english: {
      articles: read("articles").map((entry) => ({
        file: entry.file,
        slug: entry.slug,
        draft: entry.data.draft === true,
      })),
      pages: read("pages"),
    },
    spanish: {
      articles: read("es/articles").map((entry) => ({
        file: entry.file,
        translationOf: translationOf(entry),
        draft: entry.data.draft === true,
      })),
      pages: read("es/pages").map((entry) => ({ file: entry.file, translationOf: translationOf(entry) })),
    },
  });
  return missing.map((entry) => warning(`${entry.file}: ${entry.message}`, entry.fix));
}

export const launchChecks: LaunchCheck[] = [
  placeholdersCheck,
  siteUrlCheck,
  smtpCheck,
  mailAddressesCheck,
  dataDirCheck,
  secretsCheck,
  reviewersCheck,
  translationsCheck,
  medicalReviewCheck,
];

export async function runLaunchChecks(context: CheckContext, checks = launchChecks) {
  const results: { title: string; lines: CheckLine[] }[] = [];
  for (const check of checks) {
    try {
      results.push({ title: check.title, lines: await check.run(context) });
    } catch (cause) {
      results.push({
        title: check.title,
        lines: [
          error(
            `the check itself failed: ${cause instanceof Error ? cause.name : "error"}`,
            "run it again; report it if it persists",
          ),
        ],
      });
    }
  }
  return results;
}
