import Link from "next/link";
import { getClinic } from "@/lib/content/clinic";
import { HeroIllustration } from "./hero-illustration";

const isPage = (href: string) => href.startsWith("/");

export interface HeroContent {
  heading: string;
  lead: string;
  primaryCta: { label: string; href: string };
  secondaryCta?: { label: string; href: string };
}

/** A "tel:" button calls the clinic: number and display form from clinic.yaml, never typed twice. */
function phoneCta({ href, label }: { href: string; label: string }) {
  if (!href.startsWith("tel:")) return { href, label };
  const clinic = getClinic();
  return { href: `tel:${clinic.phone}`, label: `${label} ${clinic.phoneDisplay}` };
}

function Cta(props: { href: string; label: string; primary: boolean }) {
  const { href, label } = phoneCta(props);
  const { primary } = props;
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

/** The home page's opening: the words from home.mdx's `hero` (in either language), and a calm picture. */
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
