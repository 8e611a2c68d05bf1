import Link from "next/link";

/** Says plainly that this is a preview, not the live site. */
export function PreviewBar({ address }: { address: string }) {
  return (
    <p role="status" className="bg-amber-200 px-4 py-2 text-center font-semibold text-slate-900">
      Preview of {address}: not published yet.{" "}
      <Link href="/" className="underline">
        Back to the studio
      </Link>
    </p>
  );
}
