"use client";

import { ErrorMessage } from "@/components/layout/error-message";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage locale="en" error={error} reset={reset} />;
}
