/**
 * Runs once when a server process starts. Starts the consultation outbox's delivery loop (so
 * requests stored before a crash or restart are sent without waiting for a visitor) and the
 * hook that tells the rate limiter the real client address.
 */
export async function register() {
  // NEXT_RUNTIME is fixed per bundle by Next.js at build time; SQLite and sockets need Node.js.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installPeerAddressHook } = await import("@/lib/consultation/client-address");
  const { startServices } = await import("@/lib/consultation/services");
  const { env } = await import("@/lib/env");
  installPeerAddressHook();
  startServices(env);
}
