import type { TFunction } from 'i18next';
import type { JoinRefusal } from '../../../shared/consent/listMembers';

/** The translated reason a person could not join a list. */
export const joinRefusalText = (
  t: TFunction,
  reason: JoinRefusal | 'invalid',
  name: string,
  purposeLabel: string,
): string => t(`consent.refusals.${reason}`, { name, purpose: purposeLabel });
