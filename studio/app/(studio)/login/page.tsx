type Props = { searchParams: Promise<{ problem?: string; next?: string; wait?: string }> };

const problems: Record<string, (wait?: string) => string> = {
  wrong: () => "That name and password do not match an account. Check both and try again.",
  locked: (wait) =>
    `Too many wrong passwords. For your safety, logging in is paused${wait ? ` for about ${wait} minute(s)` : ""}. Ask a colleague to reset your password if you have forgotten it.`,
};

export default async function LoginPage({ searchParams }: Props) {
  const { problem, next, wait } = await searchParams;
  const message = problem ? problems[problem]?.(wait) : undefined;
  return (
    <main className="mx-auto mt-16 max-w-sm rounded-lg bg-white p-6 shadow">
      <h1 className="mb-4 text-2xl font-bold">ShaMynds studio</h1>
      {message && (
        <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {message}
        </p>
      )}
      <form method="post" action="/api/studio/login" className="space-y-4">
        <input type="hidden" name="next" value={next ?? "/"} />
        <p>
          <label htmlFor="name" className="block font-semibold">
            Your name
          </label>
          <input id="name" name="name" autoComplete="username" required className="w-full rounded border px-2 py-1" />
        </p>
        <p>
          <label htmlFor="password" className="block font-semibold">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="w-full rounded border px-2 py-1"
          />
        </p>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          Log in
        </button>
      </form>
    </main>
  );
}
