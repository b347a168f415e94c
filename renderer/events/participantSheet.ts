import type { TFunction } from 'i18next';
import { effectivePaymentStatus } from '../../shared/events/paymentRules';
import { formatInvoiceReference } from '../../shared/events/referenceNumber';
import { registrationStatuses, type Registration } from '../../shared/model';
import { primaryOrganisationIds } from '../state/listRows';
import { personDisplayName, personSortName } from '../state/recordLabels';
import type { RegisterStore } from '../state/registerStore';
import type { XlsxSheet } from '../spreadsheet/writeXlsx';

export const participantColumns = [
  'name',
  'email',
  'phone',
  'organisation',
  'status',
  'payment',
  'amount',
  'reference',
] as const;

/**
 * The participant list of one event: seat holders first, then the waiting list in its order, then the
 * cancelled; names as the register shows them, amounts as numbers in euros so the sheet can sum them.
 */
export const buildParticipantSheet = (
  store: RegisterStore,
  registrations: readonly Registration[],
  today: string,
  t: TFunction,
): XlsxSheet => {
  const organisationOf = primaryOrganisationIds(store, today);
  const rank = (r: Registration) => registrationStatuses.indexOf(r.registrationStatus);
  const rows = registrations
    .filter((r) => r.status === 'active')
    .map((registration) => ({ registration, person: store.people.get(registration.personId) }))
    .sort(
      (a, b) =>
        rank(a.registration) - rank(b.registration) ||
        (a.registration.registrationStatus === 'waitingList'
          ? a.registration.registeredAt - b.registration.registeredAt
          : 0) ||
        (a.person ? personSortName(a.person) : '').localeCompare(b.person ? personSortName(b.person) : ''),
    )
    .map(({ registration, person }) => {
      const organisationId = organisationOf.get(registration.personId);
      return [
        person ? personDisplayName(person) : '',
        person?.emails[0]?.address ?? '',
        person?.phones[0]?.number ?? '',
        organisationId ? (store.organisations.get(organisationId)?.name ?? '') : '',
        t(`events.statuses.${registration.registrationStatus}`),
        t(`events.payments.${effectivePaymentStatus(registration, today)}`),
        registration.amountCents === null ? null : registration.amountCents / 100,
        formatInvoiceReference(registration.invoiceReference),
      ];
    });
  return {
    name: t('events.fileNameParticipants'),
    header: participantColumns.map((key) => t(`events.exportColumns.${key}`)),
    rows,
  };
};
