/**
 * Whether an address is one the public can reach: https, and not a name reserved for examples,
 * tests or this machine (RFC 2606 / RFC 6761: *.example, *.test, *.localhost, example.com/.net/.org).
 * A public build must be complete (no placeholders); a local one may be a draft.
 */
const reservedSuffixes = [".example", ".test", ".localhost", ".invalid"];
const reservedNames = new Set([
  "localhost",
  "127.0.0.1",
  "[::1]",
  "0.0.0.0",
  "example.com",
  "example.net",
  "example.org",
]);

/** Why the address is not public, or undefined when it is. */
export function notPublicReason(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `"${address}" is not an absolute URL`;
  }
  const host = url.hostname.toLowerCase();
  if (
    reservedNames.has(host) ||
    [...reservedNames].some((name) => host.endsWith(`.${name}`)) ||
    host.startsWith("127.")
  ) {
    return `${host} is not a public host name`;
  }
  if (reservedSuffixes.some((suffix) => host.endsWith(suffix) || host === suffix.slice(1))) {
    return `${host} is a reserved name for examples, tests or this machine`;
  }
  if (url.protocol !== "https:") return `${url.protocol}// is not https`;
  return undefined;
}

export function isPublicAddress(address: string): boolean {
  return notPublicReason(address) === undefined;
}
