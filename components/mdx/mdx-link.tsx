import type { ComponentProps } from "react";

/**
 * Links in content. Site-internal, in-page, phone, text-message and mail links stay as written;
 * external links open safely. Any other scheme (javascript:, data:, …) loses its href (the
 * sanitizer removed it already; this holds even for a tree that did not pass through it).
 */
export function MdxLink({ href = "", children, ...props }: ComponentProps<"a">) {
  if (/^(\/|#|tel:|sms:|mailto:)/.test(href)) {
    return (
      <a href={href} {...props}>
        {children}
      </a>
    );
  }
  if (/^https?:\/\//i.test(href)) {
    return (
      <a href={href} rel="noopener noreferrer" {...props}>
        {children}
      </a>
    );
  }
  return <a {...props}>{children}</a>;
}
