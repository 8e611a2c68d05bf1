import type { ComponentPropsWithoutRef } from "react";
import { ContentImage } from "@/components/images/content-image";

/**
 * Markdown images, ![alt](/images/file.jpg), through next/image: resized and served from our own
 * server, lazy-loaded (an article's images are below the fold), with the width and height that
 * lib/content/mdx-plugins.ts read from the file so nothing jumps while it loads.
 */
export function MdxImage({ src, alt, title, width, height }: ComponentPropsWithoutRef<"img">) {
  // content:check guarantees a local file with a size and alt text; anything else is not shown.
  if (typeof src !== "string" || !width || !height) return null;
  return (
    <ContentImage
      src={src}
      alt={alt ?? ""}
      title={title}
      width={Number(width)}
      height={Number(height)}
      sizes="(min-width: 48rem) 48rem, 100vw"
      className="h-auto w-full rounded-xl"
    />
  );
}
