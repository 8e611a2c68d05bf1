import Link from "next/link";
import type { Hero as HeroContent } from "@/lib/content/schemas";
import { HeroIllustration } from "./hero-illustration";

const isPage = (href: string) => href.startsWith("/");

function Cta({ href, label, primary }: { href: string; label: string; primary: boolean }) {
  const className = primary
    ? "inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800"
    : "inline-flex min-h-12 items-center rounded-lg border-2 border-brand-700 bg-white px-6 text-lg font-semibold text-brand-800 hover:bg-brand-50";
  return isPage(href) ? (
    <Link href={href} className={className}>
      {label}
    </Link>
  ) : (
    <a href={href} className={className}>
      {label}
    </a>
  );
}

/** The home page's opening: the words from content/pages/home.mdx's `hero`, and a calm picture. */
export function Hero({ hero }: { hero: HeroContent }) {
  return (
    <section className="bg-sand-50">
      <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-12 sm:px-6 sm:py-16 lg:grid-cols-[3fr_2fr]">
        <div>
          <h1 className="text-4xl font-bold tracking-tight text-brand-900 sm:text-5xl">{hero.heading}</h1>
          <p className="mt-5 max-w-2xl text-lg text-ink">{hero.lead}</p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Cta {...hero.primaryCta} primary />
            {hero.secondaryCta ? <Cta {...hero.secondaryCta} primary={false} /> : null}
          </div>
        </div>
        <HeroIllustration className="mx-auto hidden h-auto w-full max-w-md sm:block" />
      </div>
    </section>
  );
}
