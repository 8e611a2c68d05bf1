import { services } from "@/lib/consultation/services";
import { env } from "@/lib/env";
import { healthReport } from "@/lib/outbox/health";
import { runningReleaseId } from "@/lib/release/running-release";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await healthReport(
    () => services().store,
    // What the configuration chose, even when the services could not start.
    { store: env.DATABASE_URL ? "postgres" : "sqlite", mail: env.SMTP_URL ? "smtp" : "mailbox" },
    Date.now(),
  );
  // Which release answers (npm run release checks it is talking to the one it started).
  return Response.json(
    { ...report.body, release: runningReleaseId() },
    {
      status: report.httpStatus,
      headers: { "Cache-Control": "no-store" },
    },
  );
}
