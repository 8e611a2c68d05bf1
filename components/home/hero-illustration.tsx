/**
 * The home page's picture: a low sun over soft hills and a leaf, drawn inline (about 1 kB, no
 * request, no third party). Decorative, so hidden from assistive technology; sized by its
 * viewBox and width/height, so it never shifts the layout. The sun has colours of its own (app/globals.css):
 * a pale disc in both schemes, where a surface token would turn it into a dark ring at night.
 */
export function HeroIllustration({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 480 360" width="480" height="360" className={className}>
      <rect width="480" height="360" rx="32" className="fill-brand-50" />
      <circle cx="318" cy="138" r="62" className="fill-sun-halo" />
      <circle cx="318" cy="138" r="40" className="fill-sun" />
      <path
        d="M0 250c70-42 150-54 240-26s170 20 240-14v118a32 32 0 0 1-32 32H32A32 32 0 0 1 0 328Z"
        className="fill-brand-100"
      />
      <path
        d="M0 292c90-30 170-30 260-6s160 18 220-8v50a32 32 0 0 1-32 32H32A32 32 0 0 1 0 328Z"
        className="fill-brand-700"
        opacity=".85"
      />
      <path
        d="M128 214c-6-58 26-102 86-118 8 60-24 104-86 118Z"
        className="fill-white stroke-brand-700"
        strokeWidth="4"
        strokeLinejoin="round"
      />
      <path
        d="M128 214c22-36 46-66 80-106"
        className="fill-none stroke-brand-700"
        strokeWidth="4"
        strokeLinecap="round"
      />
    </svg>
  );
}
