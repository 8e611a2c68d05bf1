import { getImageProps } from "next/image";
import type { ComponentProps } from "react";

/**
 * Markdown images, ![alt](/images/file.jpg), through next/image's getImageProps: resized and served
 * from our own server (srcset through /_next/image), lazy-loaded (an article's images are below the
 * fold), with the width and height that lib/content/mdx-plugins.ts read from the file so nothing
 * jumps while it loads.
 */
export function MdxImage({ src, alt, title, width, height }: ComponentProps<"img">) {
  // content:check guarantees a local file with a size and alt text; anything else is not shown.
  if (typeof src !== "string" || !width || !height) return null;
  const { props } = getImageProps({
    src,
    alt: alt ?? "",
    width: Number(width),
    height: Number(height),
    sizes: "(min-width: 48rem) 48rem, 100vw",
    className: "h-auto w-full rounded-xl",
  });
  return (
    // eslint-disable-next-line @next/next/no-img-element -- getImageProps gives next/image's attributes
    <img
      src={props.src}
      srcSet={props.srcSet}
      sizes={props.sizes}
      alt={props.alt}
      title={title}
      width={props.width}
      height={props.height}
      loading={props.loading}
      decoding={props.decoding}
      className={props.className}
      style={props.style}
    />
  );
}
