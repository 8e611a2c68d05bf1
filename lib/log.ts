/**
 * Server log lines for the consultation pipeline. Callers pass reference codes and error classes
 * only: never a name, email, phone number or an error's message (SMTP servers and SQLite both
 * echo data back in messages).
 */
export function logInfo(scope: string, message: string): void {
  console.info(`${new Date().toISOString()} [${scope}] ${message}`);
}

export function logWarn(scope: string, message: string): void {
  console.warn(`${new Date().toISOString()} [${scope}] ${message}`);
}

/**
 * A short, data-free description of an error: its code (ECONNREFUSED, EAUTH, SQLITE_BUSY…) and
 * the SMTP response code when there is one, or else the error's class name.
 */
export function errorClass(error: unknown): string {
  if (!(error instanceof Error)) return "UnknownError";
  const { code, responseCode } = error as {
    code?: unknown;
    responseCode?: unknown;
  };
  const name = typeof code === "string" && /^[\w.-]{1,40}$/.test(code) ? code : safeName(error.name);
  return typeof responseCode === "number" ? `${name} ${responseCode}` : name;
}

function safeName(name: string): string {
  return /^[\w.-]{1,40}$/.test(name) ? name : "Error";
}
