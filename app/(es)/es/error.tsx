"use client";

import { ErrorMessage } from "@/components/layout/error-message";

export default function SpanishErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage locale="es" error={error} reset={reset} />;
}
