import { h } from "hastscript";

/** Crisis resources; required in any article that mentions suicide (safe-messaging practice). */
export function crisisNote() {
  const link = (href: string, text: string) => h("a", { className: "font-semibold underline", href }, text);
  return h(
    "aside",
    {
      ariaLabel: "Crisis help",
      className: "not-prose my-8 rounded-xl border-2 border-alert-700 bg-alert-50 px-5 py-4 text-ink",
    },
    [
      h(
        "p",
        { className: "font-semibold text-alert-800" },
        "If you are thinking about suicide or are in crisis, help is available now.",
      ),
      h("p", { className: "mt-2" }, [
        "Call or text ",
        link("tel:988", "988"),
        " (Suicide & Crisis Lifeline, free, 24/7) or ",
        link("sms:988", "text 988"),
        ". If you are in immediate danger, call ",
        link("tel:911", "911"),
        ".",
      ]),
    ],
  );
}
