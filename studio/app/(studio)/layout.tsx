import type { ReactNode } from "react";
import "@/app/globals.css";

export const metadata = { title: "ShaMynds studio", robots: { index: false, follow: false } };

/** The studio's own pages (login, changes, publishing, history): plain server-rendered HTML forms. */
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    // The studio's own pages use Tailwind's fixed palette: they stay light (app/globals.css, dark scheme).
    <html lang="en" className="scheme-light">
      <body className="min-h-screen bg-slate-50">
        <div className="mx-auto max-w-5xl px-4 py-6">{children}</div>
      </body>
    </html>
  );
}
