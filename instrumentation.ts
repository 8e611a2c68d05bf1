/**
 * Runs once when a server process starts. Starts the consultation outbox's delivery loop (so
 * requests stored before a crash or restart are sent without waiting for a visitor), the hook
 * that tells the rate limiter the real client address and, in `next dev`, the listener limit of
 * a response (lib/dev/response-listeners.ts).
 */
export async function register() {
  // NEXT_RUNTIME is fixed per bundle by Next.js at build time; SQLite and sockets need Node.js.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressHook } = await import("@/lib/consultation/client-address");
  const { startServices } = await import("@/lib/consultation/services");
  const { env } = await import("@/lib/env");
  installPeerAddressHook();
  if (env.NODE_ENV === "development") {
    const { allowNextDevResponseListeners } = await import("@/lib/dev/response-listeners");
    allowNextDevResponseListeners();
  }
  startServices(env);
}
