import { ImageResponse } from "next/og";
import { ogImageSize } from "@/lib/seo/metadata";
import { loadOgFont } from "@/lib/seo/og-font";

const colors = {
  background: "#1a3d3a",
  accent: "#aedcd5",
  text: "#ffffff",
  muted: "#d5eeea",
};

/**
 * The 1200×630 card shown when a page is shared: the clinic's mark and name, a large title and a
 * footer line. Rendered by Satori at build time (only flexbox and inline styles are available).
 */
export async function renderOgImage({ title, kicker, footer }: { title: string; kicker: string; footer: string }) {
  const fontSize = title.length > 80 ? 56 : title.length > 50 ? 64 : 76;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 80px",
        background: colors.background,
        color: colors.text,
        fontFamily: "Geist",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <svg width="72" height="72" viewBox="0 0 32 32">
          <circle cx="16" cy="16" r="15" fill="#ffffff" />
          <path
            d="M9 19c3-7 11-7 14 0M11 13c2.5-3 7.5-3 10 0"
            fill="none"
            stroke="#1f5a54"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
        </svg>
        <div style={{ display: "flex", fontSize: 36, color: colors.muted }}>{kicker}</div>
      </div>
      <div
        style={{
          display: "flex",
          fontSize,
          lineHeight: 1.15,
          letterSpacing: -1,
          maxWidth: 1040,
        }}
      >
        {title}
      </div>
      <div
        style={{
          display: "flex",
          alignItems: "center",
          gap: 20,
          fontSize: 28,
          color: colors.accent,
        }}
      >
        <div
          style={{
            display: "flex",
            width: 56,
            height: 6,
            borderRadius: 3,
            background: colors.accent,
          }}
        />
        {footer}
      </div>
    </div>,
    {
      ...ogImageSize,
      fonts: [
        {
          name: "Geist",
          data: await loadOgFont(),
          style: "normal",
          weight: 400,
        },
      ],
    },
  );
}
