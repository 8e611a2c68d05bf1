import { h } from "hastscript";
import { getClinic } from "@/lib/content/clinic";

/**
 * <ClinicPhone /> and <ClinicEmail />: the clinic's number and address as links, taken from
 * content/clinic.yaml, so a page never shows an old number after the clinic's details change.
 */
export function clinicPhone() {
  const clinic = getClinic();
  return h("a", { href: `tel:${clinic.phone}` }, clinic.phoneDisplay);
}

export function clinicEmail() {
  const { email } = getClinic();
  return h("a", { href: `mailto:${email}` }, email);
}
