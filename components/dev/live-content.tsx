/**
 * In `npm run dev`, keeps the page in step with the content files (see content-refresh.tsx).
 * The client component is imported only inside the development branch, so production pages do
 * not even load an empty chunk for it.
 */
export async function LiveContent({ notFound = false }: { notFound?: boolean }) {
  if (process.env.NODE_ENV !== "development") return null;
  const { ContentRefresh } = await import("./content-refresh");
  return <ContentRefresh reload={notFound} retryNotFound={notFound} />;
}
