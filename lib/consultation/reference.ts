import { createHmac, randomInt } from "node:crypto";

/**
 * Reference codes people read aloud on the phone: "SM-" and six characters from A–Z and 2–9
 * (0 and 1 are left out because they look like O and I).
 */
export const referenceAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789";
export const referencePattern = /^SM-[A-Z2-9]{6}$/;

export function newReference(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += referenceAlphabet[randomInt(referenceAlphabet.length)];
  return `SM-${code}`;
}

/**
 * A reference-looking code derived from a secret and a seed, for the decoy confirmation shown to
 * bots: the same submission always gets the same code, and it never matches a stored request
 * except by chance.
 */
export function decoyReference(key: Buffer, seed: string): string {
  const digest = createHmac("sha256", key).update(`decoy:${seed}`).digest();
  let code = "";
  for (let i = 0; i < 6; i++) code += referenceAlphabet[digest[i]! % referenceAlphabet.length];
  return `SM-${code}`;
}
