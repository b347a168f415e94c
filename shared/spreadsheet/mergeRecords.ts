import { mergeAlumniProfile } from './mergeAlumniProfile';
import { maxListItems, type AddressEntry, type Organisation, type Person } from '../model';

/** One field an update changes, as the preview shows it: old → new. */
export type FieldChange = { field: string; old: string; new: string };

const formatAddress = (address: AddressEntry | undefined): string =>
  address ? [address.street, `${address.postalCode} ${address.city}`.trim()].filter(Boolean).join(', ') : '';

const sameAddress = (a: AddressEntry, b: AddressEntry): boolean =>
  a.street === b.street && a.postalCode === b.postalCode && a.city === b.city && a.country === b.country;

type Mergeable = Pick<Person, 'emails' | 'phones' | 'addresses' | 'notes' | 'categories'>;

/** Merges what both record types share; lists grow, the first address is replaced, notes are appended. */
const mergeCommon = <T extends Mergeable>(next: T, incoming: Mergeable, changes: FieldChange[]) => {
  for (const email of incoming.emails) {
    if (
      next.emails.some((current) => current.address === email.address) ||
      next.emails.length >= maxListItems
    )
      continue;
    changes.push({ field: 'email', old: next.emails.map((e) => e.address).join(', '), new: email.address });
    next.emails = [...next.emails, email];
  }
  for (const phone of incoming.phones) {
    if (next.phones.some((current) => current.number === phone.number) || next.phones.length >= maxListItems)
      continue;
    changes.push({ field: 'phone', old: next.phones.map((p) => p.number).join(', '), new: phone.number });
    next.phones = [...next.phones, phone];
  }
  const address = incoming.addresses[0];
  if (address && !next.addresses.some((current) => sameAddress(current, address))) {
    changes.push({ field: 'address', old: formatAddress(next.addresses[0]), new: formatAddress(address) });
    next.addresses = next.addresses.length === 0 ? [address] : [address, ...next.addresses.slice(1)];
  }
  const added = incoming.categories.filter((key) => !next.categories.includes(key));
  if (added.length > 0) {
    changes.push({ field: 'categories', old: next.categories.join(', '), new: added.join(', ') });
    next.categories = [...next.categories, ...added];
  }
  if (incoming.notes && !next.notes.includes(incoming.notes)) {
    changes.push({ field: 'notes', old: next.notes, new: incoming.notes });
    next.notes = next.notes ? `${next.notes}\n${incoming.notes}` : incoming.notes;
  }
};

const mergeScalars = <T extends object>(
  next: T,
  incoming: T,
  fields: readonly (keyof T & string)[],
  changes: FieldChange[],
) => {
  for (const field of fields) {
    const value = incoming[field];
    if (typeof value !== 'string' || value === '' || value === next[field]) continue;
    changes.push({ field, old: String(next[field] ?? ''), new: value });
    (next as Record<string, unknown>)[field] = value;
  }
};

/** Applies the non-empty imported values to a register person; an import never blanks a stored value. */
export const mergePerson = (existing: Person, incoming: Person): { next: Person; changes: FieldChange[] } => {
  const changes: FieldChange[] = [];
  const next: Person = { ...existing };
  mergeScalars(next, incoming, ['firstNames', 'lastName', 'preferredName', 'birthDate', 'title'], changes);
  for (const former of incoming.formerLastNames) {
    if (former === next.lastName || next.formerLastNames.includes(former)) continue;
    changes.push({ field: 'formerLastNames', old: next.formerLastNames.join(', '), new: former });
    next.formerLastNames = [...next.formerLastNames, former].slice(-5);
  }
  mergeCommon(next, incoming, changes);
  mergeAlumniProfile(next, incoming, changes);
  return { next, changes };
};

export const mergeOrganisation = (
  existing: Organisation,
  incoming: Organisation,
): { next: Organisation; changes: FieldChange[] } => {
  const changes: FieldChange[] = [];
  const next: Organisation = { ...existing };
  mergeScalars(next, incoming, ['name', 'businessId', 'sector', 'industry'], changes);
  for (const link of incoming.links) {
    if (next.links.some((current) => current.url === link.url) || next.links.length >= maxListItems) continue;
    changes.push({ field: 'website', old: next.links.map((l) => l.url).join(', '), new: link.url });
    next.links = [...next.links, link];
  }
  mergeCommon(next, incoming, changes);
  return { next, changes };
};
