import { getImageProps, type ImageProps } from "next/image";

/**
 * next/image for content: resized and served by our own server (srcset through /_next/image),
 * with width and height so nothing jumps, lazy unless told otherwise. Rendered as a plain <img>
 * from getImageProps rather than the <Image> client component, so pages with images load no
 * extra JavaScript.
 */
export function ContentImage(props: ImageProps) {
  const { props: image } = getImageProps(props);
  // eslint-disable-next-line @next/next/no-img-element -- this is next/image's own optimized output
  return <img {...image} alt={image.alt} />;
}
