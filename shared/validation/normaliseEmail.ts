import { invalid, valid, type FieldResult } from './fieldResult';

/** RFC 5321 limits, in octets. */
export const maxEmailLength = 254;
const maxLocalPartLength = 64;
const maxDomainLabelLength = 63;

// Dot-atom local part: RFC 5322 atext plus Unicode letters, marks and digits (RFC 6531 internationalised
// addresses). Quoted local parts ("a b"@x.fi) are legal but never seen in a contact register, so they are refused.
const localPartPattern =
  /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const domainLabelPattern = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
// A top-level domain is letters only (".fi", ".рф") or its ASCII (punycode) form ("xn--p1ai").
const topLevelDomainPattern = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

/**
 * Canonicalises one e-mail address typed or imported by a user.
 *
 * The whole address is lower-cased, the local part included, although RFC 5321 lets a server treat the
 * local part case-sensitively: the mail systems our users deal with all treat addresses case-insensitively,
 * and a single canonical spelling is what lets duplicates ("Matti.Meikalainen@x.fi" vs
 * "matti.meikalainen@x.fi") be found and merged.
 *
 * Rewriting "matti at x.fi" into an address is deliberately NOT done here: it is a guess that only the
 * spreadsheet import may make, where the user reviews the result.
 */
export const normaliseEmail = (input: string): FieldResult<string> => {
  const address = stripWrapping(input.trim()).normalize('NFC').toLowerCase();
  if (address === '') return invalid('required');
  if (utf8Length(address) > maxEmailLength) return invalid('tooLong', { max: maxEmailLength });

  const parts = address.split('@');
  if (parts.length !== 2) return invalid('invalidEmail');
  const [localPart, domain] = parts as [string, string];
  if (utf8Length(localPart) > maxLocalPartLength || !localPartPattern.test(localPart)) {
    return invalid('invalidEmail');
  }
  if (!isPlausibleDomain(domain)) return invalid('invalidEmail');
  return valid(address);
};

/** Removes the wrappings e-mail clients add when an address is copied: "<a@x.fi>", "mailto:a@x.fi". */
const stripWrapping = (text: string): string => {
  let result = text;
  if (result.startsWith('<') && result.endsWith('>')) result = result.slice(1, -1).trim();
  if (/^mailto:/i.test(result)) result = result.slice('mailto:'.length).trim();
  return result;
};

const isPlausibleDomain = (domain: string): boolean => {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const isEveryLabelValid = labels.every(
    (label) => label.length <= maxDomainLabelLength && domainLabelPattern.test(label),
  );
  return isEveryLabelValid && topLevelDomainPattern.test(labels[labels.length - 1] ?? '');
};

/** The RFC limits count octets, and an internationalised address has multi-byte characters. */
const utf8Length = (text: string): number => {
  let length = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    length += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return length;
};
