import type { ComponentProps } from "react";

/** Tables in content scroll sideways on a narrow screen instead of widening the page. */
export function ScrollTable(props: ComponentProps<"table">) {
  return (
    // A focusable region so keyboard users can scroll it (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}
