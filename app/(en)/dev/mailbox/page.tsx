import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { dataDir } from "@/lib/consultation/paths";
import { isProduction } from "@/lib/env";
import { listMailbox } from "@/lib/mail/mailbox";

// Development only: the messages the embedded mailbox received (SMTP_URL unset).
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Mailbox (development)",
  robots: { index: false },
};

export default async function MailboxPage() {
  if (isProduction) notFound();
  const messages = await listMailbox(dataDir);
  return (
    <>
      <PageHeader
        title="Mailbox"
        lead="Emails written to DATA_DIR/mailbox while SMTP_URL is unset. Development only."
      />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        {messages.length === 0 ? (
          <p>No messages yet.</p>
        ) : (
          <ul className="divide-y divide-sand-200">
            {messages.map((message) => (
              <li key={message.name} className="py-3">
                <Link
                  className="font-semibold text-brand-800 underline"
                  href={`/dev/mailbox/${encodeURIComponent(message.name)}`}
                >
                  {message.subject}
                </Link>
                <p className="text-ink-muted">{message.modifiedAt.toISOString()}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
