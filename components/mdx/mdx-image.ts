import type { Element } from "hast";
import { h } from "hastscript";
import { getImageProps } from "next/image";

/**
 * Markdown images, ![alt](/images/file.jpg), through next/image's getImageProps: resized and served
 * from our own server (srcset through /_next/image), lazy-loaded (an article's images are below the
 * fold), with the width and height that lib/content/mdx-plugins.ts read from the file so nothing
 * jumps while it loads.
 */
export function mdxImage(image: Element): Element | null {
  const { src, alt, title, width, height } = image.properties;
  // content:check guarantees a local file with a size and alt text; anything else is not shown.
  if (typeof src !== "string" || !width || !height) return null;
  const { props } = getImageProps({
    src,
    alt: typeof alt === "string" ? alt : "",
    width: Number(width),
    height: Number(height),
    sizes: "(min-width: 48rem) 48rem, 100vw",
    className: "h-auto w-full rounded-xl",
  });
  return h("img", {
    src: props.src,
    srcSet: props.srcSet,
    sizes: props.sizes,
    alt: props.alt,
    title: typeof title === "string" ? title : undefined,
    width: props.width,
    height: props.height,
    loading: props.loading,
    decoding: props.decoding,
    className: props.className,
    style: props.style ? cssText(props.style) : undefined,
  });
}

/** React's style object ({ color: "transparent" }) as an attribute value ("color:transparent"). */
function cssText(style: object): string {
  return Object.entries(style)
    .map(([name, value]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`)
    .join(";");
}
