import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { dataDir } from "@/lib/consultation/paths";
import { isProduction } from "@/lib/env";
import { readMailboxFile } from "@/lib/mail/mailbox";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Message (development)",
  robots: { index: false },
};

type Props = { params: Promise<{ file: string }> };

export default async function MailboxMessagePage({ params }: Props) {
  if (isProduction) notFound();
  const name = decodeURIComponent((await params).file);
  const source = await readMailboxFile(dataDir, name);
  if (source === null) notFound();
  return (
    <>
      <PageHeader title={name} />
      <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <p className="mb-4">
          <Link className="font-semibold text-brand-800 underline" href="/dev/mailbox">
            Back to the mailbox
          </Link>
        </p>
        <pre className="overflow-x-auto rounded-lg bg-sand-50 p-4 text-sm whitespace-pre-wrap">{source}</pre>
      </div>
    </>
  );
}
