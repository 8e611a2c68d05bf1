import { Component, type ReactNode } from "react";
import { messagesFor, type Locale } from "@/lib/consultation/messages";

/**
 * If the action itself fails (the server refused an oversized body, the connection dropped, the
 * server crashed), React throws here instead of returning a state: say plainly that nothing was
 * sent and give the phone number, never a false "Thank you".
 */
export class FailureBoundary extends Component<
  { phone: string; phoneDisplay: string; locale: Locale; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const m = messagesFor(this.props.locale);
    return (
      <div role="alert" className="rounded-xl border-l-4 border-alert-700 bg-alert-50 px-5 py-4 text-ink">
        <h2 className="text-lg font-bold">{m.failedHeading}</h2>
        <p className="mt-2">
          {m.failedBefore}{" "}
          <a className="font-semibold underline" href={`tel:${this.props.phone}`}>
            {this.props.phoneDisplay}
          </a>
          {m.failedAfter}
        </p>
      </div>
    );
  }
}
