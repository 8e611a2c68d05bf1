import { LiveContent } from "@/components/dev/live-content";
import { NotFoundBody } from "@/components/i18n/not-found-body";

export default function NotFound() {
  return (
    <>
      <NotFoundBody locale="en" />
      <LiveContent notFound />
    </>
  );
}
