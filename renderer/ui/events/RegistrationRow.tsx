import { DeleteOutlined } from '@mui/icons-material';
import {
  IconButton,
  Link,
  MenuItem,
  Stack,
  TableCell,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToInput, parseEuros } from '../../../shared/events/money';
import { effectivePaymentStatus } from '../../../shared/events/paymentRules';
import { formatInvoiceReference } from '../../../shared/events/referenceNumber';
import {
  paymentStatuses,
  registrationStatuses,
  type FieldIssue,
  type KontaktEvent,
  type Registration,
} from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { updateRegistration } from '../../events/eventActions';
import { todayIso } from '../../state/registerActions';
import { formatDate } from '../common/formatting';
import { personNames } from './personNames';

/** One registration with its status, payment, amount, reference and due date editable in place. */
export const RegistrationRow = ({
  event,
  registration,
  personName,
  waitingPosition,
  isReadOnly,
  onRemove,
}: {
  event: KontaktEvent;
  registration: Registration;
  personName: string;
  waitingPosition: number | null;
  isReadOnly: boolean;
  onRemove: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const [amount, setAmount] = useState(centsToInput(registration.amountCents, i18n.language));
  const [reference, setReference] = useState(formatInvoiceReference(registration.invoiceReference));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // A stored value changed (saved here, or by sync): show it, as React advises, during render.
  const [shown, setShown] = useState(registration);
  if (shown !== registration) {
    setShown(registration);
    if (shown.amountCents !== registration.amountCents)
      setAmount(centsToInput(registration.amountCents, i18n.language));
    if (shown.invoiceReference !== registration.invoiceReference)
      setReference(formatInvoiceReference(registration.invoiceReference));
  }
  const today = todayIso();
  const payment = effectivePaymentStatus(registration, today);
  const isOverdueByDate = payment === 'overdue' && registration.paymentStatus === 'invoiced';
  const hasDueDate =
    registration.dueDate !== '' ||
    registration.paymentStatus === 'invoiced' ||
    registration.paymentStatus === 'overdue';

  const save = async (patch: Partial<Record<keyof Registration, unknown>>) => {
    const result = await updateRegistration(store, event, registration, patch);
    if (!result.isSaved) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    if (result.promoted.length > 0)
      notify(t('events.promoted', { names: personNames(store, result.promoted) }), 'info');
  };
  const messageFor = (path: string) => {
    const issue = issues.find((candidate) => candidate.path === path);
    return issue ? t(`validation.${issue.code}`, issue.params ?? {}) : undefined;
  };
  const commitAmount = () => {
    const cents = parseEuros(amount);
    if (cents !== 'invalid' && cents === registration.amountCents) return;
    void save({ amountCents: cents === 'invalid' ? Number.NaN : cents });
  };
  const commitReference = () => {
    if (reference.replace(/\s/g, '') === registration.invoiceReference.replace(/\s/g, '')) return;
    void save({ invoiceReference: reference });
  };

  return (
    <TableRow
      data-testid="registration-row"
      data-person={personName}
      data-status={registration.registrationStatus}
    >
      <TableCell>
        <Link href={routeToHash({ page: 'person', id: registration.personId })}>{personName}</Link>
        {waitingPosition !== null ? (
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: 'block' }}
            data-testid="waiting-position"
          >
            {t('events.waitingPosition', { position: waitingPosition })}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>
        <TextField
          select
          size="small"
          value={registration.registrationStatus}
          disabled={isReadOnly}
          onChange={(change) => void save({ registrationStatus: change.target.value })}
          slotProps={{
            htmlInput: {
              'aria-label': t('events.statusOf', { name: personName }),
              'data-testid': 'registration-status',
            },
          }}
          sx={{ width: 150 }}
        >
          {registrationStatuses.map((key) => (
            <MenuItem key={key} value={key}>
              {t(`events.statuses.${key}`)}
            </MenuItem>
          ))}
        </TextField>
      </TableCell>
      <TableCell>
        <Stack spacing={1}>
          <TextField
            select
            size="small"
            value={registration.paymentStatus}
            disabled={isReadOnly}
            onChange={(change) => void save({ paymentStatus: change.target.value })}
            error={isOverdueByDate}
            helperText={
              isOverdueByDate
                ? t('events.overdueByDate', { date: formatDate(registration.dueDate, i18n.language) })
                : undefined
            }
            slotProps={{
              htmlInput: {
                'aria-label': t('events.paymentOf', { name: personName }),
                'data-testid': 'payment-status',
              },
            }}
            sx={{ width: 160 }}
          >
            {paymentStatuses.map((key) => (
              <MenuItem key={key} value={key}>
                {t(`events.payments.${key}`)}
              </MenuItem>
            ))}
          </TextField>
          {/* A due date matters only once an invoice is out. */}
          {hasDueDate ? (
            <TextField
              size="small"
              type="date"
              label={t('events.regColumns.dueDate')}
              value={registration.dueDate}
              disabled={isReadOnly}
              onChange={(change) => void save({ dueDate: change.target.value })}
              error={Boolean(messageFor('dueDate'))}
              helperText={messageFor('dueDate')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'registration-due' } }}
              sx={{ width: 160 }}
            />
          ) : null}
        </Stack>
      </TableCell>
      <TableCell>
        <TextField
          size="small"
          value={amount}
          disabled={isReadOnly}
          onChange={(change) => setAmount(change.target.value)}
          onBlur={commitAmount}
          onKeyDown={(key) => key.key === 'Enter' && commitAmount()}
          error={Boolean(messageFor('amountCents'))}
          helperText={messageFor('amountCents')}
          autoComplete="off"
          slotProps={{
            htmlInput: {
              'aria-label': t('events.amountOf', { name: personName }),
              'data-testid': 'registration-amount',
              inputMode: 'decimal',
            },
          }}
          sx={{ width: 110 }}
        />
      </TableCell>
      <TableCell>
        <TextField
          size="small"
          value={reference}
          disabled={isReadOnly}
          onChange={(change) => setReference(change.target.value)}
          onBlur={commitReference}
          onKeyDown={(key) => key.key === 'Enter' && commitReference()}
          error={Boolean(messageFor('invoiceReference'))}
          helperText={messageFor('invoiceReference')}
          autoComplete="off"
          slotProps={{
            htmlInput: {
              'aria-label': t('events.referenceOf', { name: personName }),
              'data-testid': 'registration-reference',
            },
          }}
          sx={{ width: 160 }}
        />
      </TableCell>
      <TableCell>
        <Tooltip title={t('events.removeOf', { name: personName })}>
          <span>
            <IconButton
              aria-label={t('events.removeOf', { name: personName })}
              onClick={onRemove}
              disabled={isReadOnly}
              data-testid="registration-remove"
            >
              <DeleteOutlined />
            </IconButton>
          </span>
        </Tooltip>
      </TableCell>
    </TableRow>
  );
};
