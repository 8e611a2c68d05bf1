import { getClinic } from "@/lib/content/clinic";

/*
 * <ClinicPhone /> and <ClinicEmail />: the clinic's number and address as links, taken from
 * content/clinic.yaml, so a page never shows an old number after the clinic's details change.
 */
export function ClinicPhone() {
  const clinic = getClinic();
  return <a href={`tel:${clinic.phone}`}>{clinic.phoneDisplay}</a>;
}

export function ClinicEmail() {
  const { email } = getClinic();
  return <a href={`mailto:${email}`}>{email}</a>;
}
