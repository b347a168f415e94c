import { Add, DeleteOutlined } from '@mui/icons-material';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AddressEntry, EmailEntry, LinkEntry, PhoneEntry } from '../../../shared/model';
import { addressKinds, emailKinds, linkKinds, phoneKinds } from '../../../shared/model';
import { CountryField } from './CountryField';

type MessageFor = (path: string) => string | undefined;

/** Rows of one repeatable contact detail with add and remove; messages point at the exact input. */
const EntryList = <E,>({
  title,
  entries,
  onChange,
  blank,
  addLabel,
  renderEntry,
  testId,
}: {
  title: string;
  entries: E[];
  onChange: (entries: E[]) => void;
  blank: E;
  addLabel: string;
  renderEntry: (entry: E, index: number, update: (patch: Partial<E>) => void) => React.ReactNode;
  testId: string;
}) => {
  const { t } = useTranslation();
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Stack spacing={1.5}>
        {entries.map((entry, index) => (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Box sx={{ flex: 1 }}>
              {renderEntry(entry, index, (patch) =>
                onChange(
                  entries.map((current, position) =>
                    position === index ? { ...current, ...patch } : current,
                  ),
                ),
              )}
            </Box>
            <Tooltip title={t('fields.removeEntry')}>
              <IconButton
                aria-label={t('fields.removeEntry')}
                onClick={() => onChange(entries.filter((_entry, position) => position !== index))}
              >
                <DeleteOutlined />
              </IconButton>
            </Tooltip>
          </Stack>
        ))}
        <Box>
          <Button size="small" startIcon={<Add />} onClick={() => onChange([...entries, blank])}>
            {addLabel}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
};

const KindSelect = <K extends string>({
  kinds,
  value,
  onChange,
  group,
}: {
  kinds: readonly K[];
  value: K;
  onChange: (kind: K) => void;
  group: 'email' | 'phone' | 'address' | 'link';
}) => {
  const { t } = useTranslation();
  return (
    <TextField
      select
      label={t('fields.kind')}
      value={value}
      onChange={(event) => onChange(event.target.value as K)}
      sx={{ width: 150, flex: 'none' }}
    >
      {kinds.map((kind) => (
        <MenuItem key={kind} value={kind}>
          {t(`kinds.${group}.${kind}` as 'kinds.email.work')}
        </MenuItem>
      ))}
    </TextField>
  );
};

export const EmailsEditor = ({
  value,
  onChange,
  messageFor,
}: {
  value: EmailEntry[];
  onChange: (v: EmailEntry[]) => void;
  messageFor: MessageFor;
}) => {
  const { t } = useTranslation();
  return (
    <EntryList
      testId="emails-editor"
      title={t('fields.emails')}
      entries={value}
      onChange={onChange}
      blank={{ kind: 'work', address: '' }}
      addLabel={t('fields.addEmail')}
      renderEntry={(entry, index, update) => (
        <Stack direction="row" spacing={1}>
          <KindSelect
            group="email"
            kinds={emailKinds}
            value={entry.kind}
            onChange={(kind) => update({ kind })}
          />
          <TextField
            label={t('fields.emailAddress')}
            name={`emails.${index}.address`}
            type="email"
            value={entry.address}
            onChange={(event) => update({ address: event.target.value })}
            error={Boolean(messageFor(`emails.${index}.address`))}
            helperText={messageFor(`emails.${index}.address`)}
          />
        </Stack>
      )}
    />
  );
};

export const PhonesEditor = ({
  value,
  onChange,
  messageFor,
}: {
  value: PhoneEntry[];
  onChange: (v: PhoneEntry[]) => void;
  messageFor: MessageFor;
}) => {
  const { t } = useTranslation();
  return (
    <EntryList
      testId="phones-editor"
      title={t('fields.phones')}
      entries={value}
      onChange={onChange}
      blank={{ kind: 'mobile', number: '' }}
      addLabel={t('fields.addPhone')}
      renderEntry={(entry, index, update) => (
        <Stack direction="row" spacing={1}>
          <KindSelect
            group="phone"
            kinds={phoneKinds}
            value={entry.kind}
            onChange={(kind) => update({ kind })}
          />
          <TextField
            label={t('fields.phoneNumber')}
            name={`phones.${index}.number`}
            type="tel"
            value={entry.number}
            onChange={(event) => update({ number: event.target.value })}
            error={Boolean(messageFor(`phones.${index}.number`))}
            helperText={messageFor(`phones.${index}.number`)}
          />
        </Stack>
      )}
    />
  );
};

export const LinksEditor = ({
  value,
  onChange,
  messageFor,
}: {
  value: LinkEntry[];
  onChange: (v: LinkEntry[]) => void;
  messageFor: MessageFor;
}) => {
  const { t } = useTranslation();
  return (
    <EntryList
      testId="links-editor"
      title={t('fields.links')}
      entries={value}
      onChange={onChange}
      blank={{ kind: 'website', url: '' }}
      addLabel={t('fields.addLink')}
      renderEntry={(entry, index, update) => (
        <Stack direction="row" spacing={1}>
          <KindSelect
            group="link"
            kinds={linkKinds}
            value={entry.kind}
            onChange={(kind) => update({ kind })}
          />
          <TextField
            label={t('fields.url')}
            name={`links.${index}.url`}
            type="url"
            value={entry.url}
            onChange={(event) => update({ url: event.target.value })}
            error={Boolean(messageFor(`links.${index}.url`))}
            helperText={messageFor(`links.${index}.url`)}
          />
        </Stack>
      )}
    />
  );
};

export const AddressesEditor = ({
  value,
  onChange,
  messageFor,
}: {
  value: AddressEntry[];
  onChange: (v: AddressEntry[]) => void;
  messageFor: MessageFor;
}) => {
  const { t } = useTranslation();
  return (
    <EntryList
      testId="addresses-editor"
      title={t('fields.addresses')}
      entries={value}
      onChange={onChange}
      blank={{ kind: 'postal', street: '', postalCode: '', city: '', country: 'FI' }}
      addLabel={t('fields.addAddress')}
      renderEntry={(entry, index, update) => {
        const message = (field: string) => messageFor(`addresses.${index}.${field}`);
        return (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1}>
              <KindSelect
                group="address"
                kinds={addressKinds}
                value={entry.kind}
                onChange={(kind) => update({ kind })}
              />
              <TextField
                label={t('fields.street')}
                name={`addresses.${index}.street`}
                value={entry.street}
                onChange={(event) => update({ street: event.target.value })}
                error={Boolean(message('street'))}
                helperText={message('street')}
              />
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <TextField
                label={t('fields.postalCode')}
                name={`addresses.${index}.postalCode`}
                value={entry.postalCode}
                onChange={(event) => update({ postalCode: event.target.value })}
                error={Boolean(message('postalCode'))}
                helperText={message('postalCode')}
                sx={{ maxWidth: { sm: 150 } }}
              />
              <TextField
                label={t('fields.city')}
                name={`addresses.${index}.city`}
                value={entry.city}
                onChange={(event) => update({ city: event.target.value })}
                error={Boolean(message('city'))}
                helperText={message('city')}
              />
              <CountryField
                name={`addresses.${index}.country`}
                label={t('fields.country')}
                value={entry.country}
                onChange={(country) => update({ country })}
                error={message('country')}
              />
            </Stack>
          </Stack>
        );
      }}
    />
  );
};
