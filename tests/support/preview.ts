/**
 * The PREVIEW_SECRET the end-to-end server runs with (playwright.config.ts passes it to
 * `next start`), so tests/e2e/authoring.spec.ts can open a draft's preview. Never a real secret.
 */
export const e2ePreviewSecret = "e2e-preview-secret-not-for-production";
