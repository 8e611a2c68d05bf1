import { watchContent } from "@/lib/content/watch";
import { isProduction } from "@/lib/env";

// A stream of "a content file changed" events for <ContentRefresh> in `npm run dev`.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  if (isProduction) return new Response("Not found", { status: 404 });

  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(": watching content/\n\n"));
      // Editors often write a file in several steps; send one event per save.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unwatch = watchContent(() => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode("data: changed\n\n")), 150);
      });
      stop = () => {
        clearTimeout(timer);
        unwatch();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // The stream was already cancelled by the reader.
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: the dev server would otherwise gzip the stream and hold every event back.
      "Cache-Control": "no-store, no-transform",
    },
  });
}
