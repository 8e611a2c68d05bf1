import { cookies } from "next/headers";
import { SESSION_COOKIE, clearedSessionCookie, endSession } from "@/lib/studio/sessions";
import { studioDataDir } from "@/lib/studio/settings";

/** Log out: the session ends on the server at once, not only in this browser. */
export async function POST() {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) endSession(studioDataDir, token);
  return new Response(null, { status: 303, headers: { Location: "/login", "Set-Cookie": clearedSessionCookie() } });
}
