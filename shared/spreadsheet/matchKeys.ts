import type { Organisation, Person } from '../model';
import { foldText } from '../search/foldText';

export type MatchReason =
  'email' | 'phone' | 'businessId' | 'nameAndBirthDate' | 'nameAndOrganisation' | 'name';

/** Name-only keys: ambiguous in a register of thousands, so a name shared by two people matches neither. */
export const nameOnlyPrefix = 'm:';

export type MatchKey = { key: string; reason: MatchReason };

const fold = (text: string): string => foldText(text).replace(/\s+/g, ' ').trim();

/**
 * The keys a person is recognised by, strongest first. Each name key is built with the current last name
 * and with every former one, so "Lindholm" in a form finds "Öhman (formerly Lindholm)" in the register and
 * the other way round.
 */
export const personMatchKeys = (
  person: Pick<Person, 'emails' | 'phones' | 'firstNames' | 'lastName' | 'formerLastNames' | 'birthDate'>,
  organisationNames: readonly string[],
): MatchKey[] => {
  const keys: MatchKey[] = [];
  person.emails.forEach(
    (email) => email.address && keys.push({ key: `e:${email.address}`, reason: 'email' }),
  );
  person.phones.forEach((phone) => phone.number && keys.push({ key: `p:${phone.number}`, reason: 'phone' }));
  const first = fold(person.firstNames);
  const lastNames = [person.lastName, ...person.formerLastNames].map(fold).filter(Boolean);
  if (first === '') return keys;
  for (const last of lastNames) {
    if (person.birthDate)
      keys.push({ key: `b:${first}|${last}|${person.birthDate}`, reason: 'nameAndBirthDate' });
    for (const organisation of organisationNames)
      if (organisation)
        keys.push({ key: `o:${first}|${last}|${fold(organisation)}`, reason: 'nameAndOrganisation' });
  }
  // The weakest key: the register index drops it when two people share the name (see planImport).
  const last = fold(person.lastName);
  if (last) keys.push({ key: `${nameOnlyPrefix}${first}|${last}`, reason: 'name' });
  return keys;
};

/** An organisation is the same by business ID; by name only when one of them has no business ID. */
export const organisationMatchKeys = (organisation: Pick<Organisation, 'businessId' | 'name'>): MatchKey[] =>
  organisation.businessId
    ? [{ key: `y:${organisation.businessId}`, reason: 'businessId' }]
    : [{ key: `n:${fold(organisation.name)}`, reason: 'name' }];

export const organisationNameKey = (name: string): string => `n:${fold(name)}`;
