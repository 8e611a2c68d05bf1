import Link from "next/link";

export function StudioHeader({ name }: { name: string }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-4 border-b pb-4">
      <p className="text-2xl font-bold">
        <Link href="/">ShaMynds studio</Link>
      </p>
      <nav aria-label="Studio" className="flex items-center gap-4">
        <Link href="/keystatic" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
          Edit content
        </Link>
        <span>Logged in as {name}</span>
        <form method="post" action="/api/studio/logout">
          <button type="submit" className="underline">
            Log out
          </button>
        </form>
      </nav>
    </header>
  );
}
