/**
 * The studio runs no background work: the consultation outbox belongs to the public site's
 * processes (its instrumentation.ts). Without this file Turbopack would pick up the site's.
 */
export function register() {}
