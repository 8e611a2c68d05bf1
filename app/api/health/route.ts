import { services } from "@/lib/consultation/services";
import { env } from "@/lib/env";
import { healthReport } from "@/lib/outbox/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await healthReport(
    () => services().store,
    // What the configuration chose, even when the services could not start.
    { store: env.DATABASE_URL ? "postgres" : "sqlite", mail: env.SMTP_URL ? "smtp" : "mailbox" },
    Date.now(),
  );
  return Response.json(report.body, {
    status: report.httpStatus,
    headers: { "Cache-Control": "no-store" },
  });
}
