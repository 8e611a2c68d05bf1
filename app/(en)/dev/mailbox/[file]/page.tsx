import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { dataDir } from "@/lib/consultation/paths";
import { isProduction } from "@/lib/env";
import { htmlPreviewDocument, readMailboxMessage } from "@/lib/mail/mailbox-message";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Message (development)",
  robots: { index: false },
};

type Props = { params: Promise<{ file: string }> };

const sectionTitle = "mt-8 mb-3 text-lg font-semibold text-ink";

export default async function MailboxMessagePage({ params }: Props) {
  if (isProduction) notFound();
  const name = decodeURIComponent((await params).file);
  const message = await readMailboxMessage(dataDir, name);
  if (message === null) notFound();
  const subject = message.headers.find(([header]) => header === "subject")?.[1];
  return (
    <>
      <PageHeader title={subject ?? name} lead={name} />
      <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <p className="mb-4">
          <Link className="font-semibold text-brand-800 underline" href="/dev/mailbox">
            Back to the mailbox
          </Link>
        </p>

        <h2 className={sectionTitle}>Headers</h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          {message.headers.map(([header, value], index) => (
            <div key={`${header}-${index}`} className="contents">
              <dt className="font-semibold capitalize">{header}</dt>
              <dd className="break-all text-ink-muted">{value}</dd>
            </div>
          ))}
        </dl>

        <h2 className={sectionTitle}>Text part</h2>
        {message.text ? (
          <pre className="overflow-x-auto rounded-lg bg-sand-50 p-4 text-sm whitespace-pre-wrap">{message.text}</pre>
        ) : (
          <p>(none)</p>
        )}

        <h2 className={sectionTitle}>HTML part</h2>
        {message.html ? (
          // No allow-* tokens: the message's HTML runs no script and cannot reach this page.
          <iframe
            title="HTML part of the message"
            sandbox=""
            srcDoc={htmlPreviewDocument(message.html)}
            className="h-[32rem] w-full rounded-lg border border-sand-200 bg-white"
          />
        ) : (
          <p>(none)</p>
        )}

        <details className="mt-8">
          <summary className="cursor-pointer font-semibold">Raw source</summary>
          <pre className="mt-3 overflow-x-auto rounded-lg bg-sand-50 p-4 text-xs whitespace-pre-wrap">
            {message.source}
          </pre>
        </details>
      </div>
    </>
  );
}
