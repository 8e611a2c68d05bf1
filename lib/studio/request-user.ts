import { headers } from "next/headers";

/** Set by studio/proxy.ts after it checked the session (and removed from what browsers send). */
export const studioUserHeader = "x-studio-user";
export const studioSessionHeader = "x-studio-session";

/** The logged-in staff member of this request (the proxy let it through, so there is one). */
export async function currentStaff(): Promise<{ name: string; sessionId: string }> {
  const list = await headers();
  const name = list.get(studioUserHeader);
  const sessionId = list.get(studioSessionHeader);
  if (!name || !sessionId)
    throw new Error("No studio session on this request (studio/proxy.ts should have refused it)");
  return { name: decodeURIComponent(name), sessionId };
}

export function staffOf(request: Request): { name: string; sessionId: string } | undefined {
  const name = request.headers.get(studioUserHeader);
  const sessionId = request.headers.get(studioSessionHeader);
  return name && sessionId ? { name: decodeURIComponent(name), sessionId } : undefined;
}
