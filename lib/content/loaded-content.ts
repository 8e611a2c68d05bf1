/**
 * Content is read once per process in production: pages are built from it and it does not change
 * under a running site. The studio is the exception: it previews files staff have just saved, so
 * it asks for everything to be read again (forgetLoadedContent) before each preview.
 */
let generation = 0;

export function forgetLoadedContent(): void {
  generation += 1;
}

/** A value kept until the next forgetLoadedContent(). */
export function loadedContent<T>() {
  let value: T | undefined;
  let keptAt = -1;
  return {
    get: (): T | undefined => (keptAt === generation ? value : undefined),
    keep: (next: T): void => {
      value = next;
      keptAt = generation;
    },
  };
}
