import type { ReactNode } from "react";

export const metadata = { title: "ShaMynds studio — editor", robots: { index: false, follow: false } };

/** Keystatic's editor has a root layout of its own: its UI brings its own styles. */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
