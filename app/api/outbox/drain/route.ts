import { drainOutbox, services } from "@/lib/consultation/services";
import { env } from "@/lib/env";
import { errorClass, logInfo, logWarn } from "@/lib/log";
import { bearerMatches } from "@/lib/outbox/bearer";

/**
 * Delivers every due consultation request and answers with counts, for a scheduler on hosts
 * where no process stays alive between requests (Vercel cron sends GET; curl may POST). Needs
 * `Authorization: Bearer $CRON_SECRET`; without CRON_SECRET the route does not exist (404).
 */
export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

async function drain(request: Request): Promise<Response> {
  const secret = env.CRON_SECRET;
  if (!secret) return new Response("Not found", { status: 404, headers: noStore });
  if (!bearerMatches(request.headers.get("authorization"), secret)) {
    return Response.json(
      { error: "unauthorized" },
      { status: 401, headers: { ...noStore, "WWW-Authenticate": "Bearer" } },
    );
  }
  try {
    const result = await drainOutbox(services());
    if (result.sent + result.retrying + result.failed > 0)
      logInfo(
        "outbox",
        `drain: ${result.sent} sent, ${result.retrying} to retry, ${result.failed} failed, ${result.waiting} waiting`,
      );
    return Response.json(result, { headers: noStore });
  } catch (error) {
    logWarn("outbox", `drain failed (${errorClass(error)})`);
    return Response.json({ error: "outbox unavailable" }, { status: 503, headers: noStore });
  }
}

export async function GET(request: Request) {
  return drain(request);
}

export async function POST(request: Request) {
  return drain(request);
}
