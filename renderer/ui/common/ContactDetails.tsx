import { Link, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AddressEntry, EmailEntry, LinkEntry, PhoneEntry } from '../../../shared/model';
import { useApp } from '../../app/AppContext';
import { countryName, formatPhone } from './formatting';

/** E-mails, phones, addresses and links of a record, each labelled with its type. */
export const ContactDetails = ({
  emails,
  phones,
  addresses,
  links,
}: {
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  links: LinkEntry[];
}) => {
  const { t, i18n } = useTranslation();
  const { platform } = useApp();
  const kind = (group: string, value: string) => (
    <Typography
      component="span"
      variant="body2"
      color="text.secondary"
      sx={{ minWidth: 90, display: 'inline-block' }}
    >
      {t(`kinds.${group}.${value}` as 'kinds.email.work')}
    </Typography>
  );
  if (emails.length + phones.length + addresses.length + links.length === 0) {
    return <Typography color="text.secondary">{t('detail.noValue')}</Typography>;
  }
  return (
    <Stack spacing={0.75} data-testid="contact-details">
      {emails.map((email) => (
        <div key={`e${email.address}`}>
          {kind('email', email.kind)}
          <Link href={`mailto:${email.address}`}>{email.address}</Link>
        </div>
      ))}
      {phones.map((phone) => (
        <div key={`p${phone.number}`}>
          {kind('phone', phone.kind)}
          <Link href={`tel:${phone.number}`}>{formatPhone(phone.number)}</Link>
        </div>
      ))}
      {addresses.map((address, index) => (
        <div key={`a${index}`}>
          {kind('address', address.kind)}
          {[
            address.street,
            `${address.postalCode} ${address.city}`.trim(),
            address.country === 'FI' ? '' : countryName(address.country, i18n.language),
          ]
            .filter(Boolean)
            .join(', ')}
        </div>
      ))}
      {links.map((link) => (
        <div key={`l${link.url}`}>
          {kind('link', link.kind)}
          <Link
            href={link.url}
            onClick={(event) => {
              event.preventDefault();
              void platform.openExternal(link.url);
            }}
          >
            {link.url}
          </Link>
        </div>
      ))}
    </Stack>
  );
};
