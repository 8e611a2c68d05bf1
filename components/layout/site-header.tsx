import Link from "next/link";
import { getClinic } from "@/lib/content/clinic";
import { HeaderSearch } from "@/components/search/header-search";
import { SearchForm } from "@/components/search/search-form";
import { t, type Locale } from "@/lib/i18n/messages";
import { navLinksIn } from "./nav-links";
import { consultationPaths } from "@/lib/i18n/form-paths";
import { homePaths } from "@/lib/i18n/paths";

const linkClass =
  "inline-flex min-h-11 items-center rounded px-2 font-medium text-ink hover:text-brand-700 hover:underline underline-offset-4";
// The desktop bar holds seven links and the button from 1280 px: each stays on one line, and
// the clinic's name wraps instead when they need the room (no sideways scrolling at 1280 px).
const barLinkClass =
  "inline-flex min-h-11 items-center rounded px-1.5 text-[0.95rem] font-medium whitespace-nowrap text-ink hover:text-brand-700 hover:underline underline-offset-4";

export function SiteHeader({ locale = "en" }: { locale?: Locale }) {
  const clinic = getClinic();
  const words = t(locale).header;
  const links = navLinksIn(locale, "main");
  const barLinks = navLinksIn(locale, "main", { bar: true });
  const home = homePaths[locale];
  const consultation = consultationPaths[locale];
  return (
    <header className="border-b border-sand-200 bg-sand-50">
      <div className="relative mx-auto flex max-w-6xl items-center justify-between gap-x-4 px-4 py-3 sm:px-6">
        <Link href={home} className="inline-flex min-h-11 items-center gap-2 rounded text-lg font-bold text-brand-800">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-8 shrink-0">
            <circle cx="16" cy="16" r="15" className="fill-brand-700" />
            <path
              d="M9 19c3-7 11-7 14 0M11 13c2.5-3 7.5-3 10 0"
              className="fill-none stroke-white"
              strokeWidth="2.2"
              strokeLinecap="round"
            />
          </svg>
          <span>{clinic.name}</span>
        </Link>

        <nav aria-label={words.mainNav} className="hidden xl:block">
          <ul className="flex items-center gap-0.5">
            {barLinks.map((link) => (
              <li key={link.href}>
                <Link className={barLinkClass} href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href={consultation}
                className="ml-2 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-3 font-semibold whitespace-nowrap text-white hover:bg-brand-800"
              >
                {words.cta}
              </Link>
            </li>
          </ul>
        </nav>
        <HeaderSearch locale={locale} />

        {/* The mobile menu is a native disclosure: it opens and closes without JavaScript. */}
        <details className="xl:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
              <path d="M3 5h14M3 10h14M3 15h14" className="stroke-current" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {words.menu}
          </summary>
          <nav
            aria-label={words.mobileNav}
            className="absolute inset-x-0 top-full z-40 border-b border-sand-200 bg-sand-50 px-4 pt-2 pb-4 shadow-lg sm:px-6"
          >
            <ul className="flex flex-col gap-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link className={`${linkClass} w-full`} href={link.href}>
                    {link.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link
                  href={consultation}
                  className="mt-1 inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
                >
                  {words.cta}
                </Link>
              </li>
            </ul>
            {/* After the links: keyboard users reach the navigation first (tests/e2e/site.spec.ts). */}
            <SearchForm locale={locale} id="menu-search-q" className="mt-4 border-t border-sand-200 pt-4" />
          </nav>
        </details>
      </div>
    </header>
  );
}
