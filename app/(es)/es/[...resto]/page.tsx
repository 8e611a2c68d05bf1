import { notFound } from "next/navigation";

// Any other address under /es is a Spanish 404: notFound() renders ../not-found.tsx inside the
// Spanish root layout (the global 404, app/global-not-found.tsx, is English).
export default function SpanishUnknownPage(): never {
  notFound();
}
