import type { NextRequest } from "next/server";
import { resultsHtml, statusHtml } from "@/components/search/results-html";
import { getClinic } from "@/lib/content/clinic";
import { isProduction } from "@/lib/env";
import { locales, type Locale } from "@/lib/i18n/messages";
import { errorClass, logWarn } from "@/lib/log";
import { escapeHtml } from "@/lib/mail/escape-html";
import { suggestsCrisis } from "@/lib/search/crisis-queries";
import { normalizeQuery } from "@/lib/search/query";
import { search } from "@/lib/search/search";
import { searchSetup, SearchSetupError } from "@/lib/search/service";
import { buildCsp } from "@/lib/security/csp";

/**
 * /search?q=… and /es/buscar?q=… (rewritten here by next.config.mjs): the prerendered search page
 * of the language, filled with the results. No JavaScript: the answer is a document, under the
 * same script-src 'none' policy as every prerendered page. The query is never logged, stored or
 * sent anywhere (README, "Search").
 */
export const dynamic = "force-dynamic";

const headers = {
  "Content-Type": "text/html; charset=utf-8",
  // A results page is one person's health question: no browser, proxy or nginx cache keeps it.
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": buildCsp({ upgradeInsecureRequests: isProduction }),
  "X-Robots-Tag": "noindex",
  "Referrer-Policy": "no-referrer",
};

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!(locales as readonly string[]).includes(locale)) return new Response("Not found", { status: 404 });
  const language = locale as Locale;
  const query = normalizeQuery(request.nextUrl.searchParams.getAll("q"));
  try {
    const { index, template } = await searchSetup(language, request.url);
    const outcome = search(index, query);
    const html = template({
      query,
      crisis: suggestsCrisis(query),
      statusHtml: query ? statusHtml(outcome, query, language) : "",
      resultsHtml: resultsHtml(outcome.results, language),
      suggestions: outcome.total === 0,
    });
    return new Response(html, { headers });
  } catch (error) {
    // Never the query: our own message about the build, or only the error's class.
    logWarn("search", error instanceof SearchSetupError ? error.message : `search failed: ${errorClass(error)}`);
    return new Response(unavailable(language), { status: 503, headers });
  }
}

/** A calm page when search cannot answer: crisis help and the clinic's phone, no dead end. */
function unavailable(language: Locale): string {
  const { phone, phoneDisplay } = getClinic();
  const es = language === "es";
  const phoneLink = `<a href="tel:${escapeHtml(phone)}">${escapeHtml(phoneDisplay)}</a>`;
  return `<!DOCTYPE html><html lang="${es ? "es" : "en-US"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${es ? "Buscar" : "Search"}</title></head><body>${
    es
      ? `<h1>La búsqueda no está disponible en este momento</h1><p>Inténtelo de nuevo en unos minutos, o llámenos: ${phoneLink}.</p><p>Si está en crisis, llame al <a href="tel:988">988</a> y oprima 2, o envíe AYUDA al 988. Si corre peligro inmediato, llame al <a href="tel:911">911</a>.</p><p><a href="/es">Página de inicio</a></p>`
      : `<h1>Search is not available right now</h1><p>Please try again in a few minutes, or call us: ${phoneLink}.</p><p>If you are in crisis, call or text <a href="tel:988">988</a>. In immediate danger, call <a href="tel:911">911</a>.</p><p><a href="/">Home page</a></p>`
  }</body></html>`;
}
