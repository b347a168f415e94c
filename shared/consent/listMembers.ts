import type { ContactList } from '../model/contactListDefinition';
import type { ListMembership } from '../model/listMembershipDefinition';
import type { Contactability } from './consentHistory';
import { contactabilityIn, type ConsentIndex } from './consentIndex';

export type JoinRefusal = 'banned' | 'noConsent' | 'alreadyMember';

/** Whether a person may join a list now; a person joins only with a given consent for the list's purpose. */
export const joinRefusalFor = (
  list: Pick<ContactList, 'id' | 'purpose'>,
  personId: string,
  index: ConsentIndex,
  memberships: readonly ListMembership[],
): JoinRefusal | null => {
  if (memberships.some((m) => m.listId === list.id && m.personId === personId && m.leftDate === '')) {
    return 'alreadyMember';
  }
  const contactability = contactabilityIn(index, personId, list.purpose);
  return contactability === 'contactable' ? null : contactability;
};

export type ListMemberRow = { membership: ListMembership; contactability: Contactability };

/**
 * The current members of a list (memberships without a left date), each with whether they may be
 * contacted now. A later withdrawal or ban keeps the membership; it only makes the member not contactable.
 */
export const currentMembers = (
  list: Pick<ContactList, 'id' | 'purpose'>,
  memberships: readonly ListMembership[],
  index: ConsentIndex,
): ListMemberRow[] =>
  memberships
    .filter((membership) => membership.listId === list.id && membership.leftDate === '')
    .map((membership) => ({
      membership,
      contactability: contactabilityIn(index, membership.personId, list.purpose),
    }));
