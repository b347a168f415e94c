import type { AddressEntry, EmailEntry, LinkEntry, PhoneEntry } from '../../../shared/model';
import { AddressesEditor, EmailsEditor, LinksEditor, PhonesEditor } from './EntryListEditor';

type ContactValues = {
  emails: EmailEntry[];
  phones: PhoneEntry[];
  addresses: AddressEntry[];
  links: LinkEntry[];
};
type ContactField = keyof ContactValues;

/** The repeatable contact details every record form has, in the order that record type reads best. */
export const ContactEditors = <T extends ContactValues>({
  values,
  setField,
  messageFor,
  order,
}: {
  values: T;
  setField: <K extends ContactField>(name: K, value: T[K]) => void;
  messageFor: (path: string) => string | undefined;
  order: readonly ContactField[];
}) => (
  <>
    {order.map((field) => {
      switch (field) {
        case 'emails':
          return (
            <EmailsEditor
              key={field}
              value={values.emails}
              onChange={(next) => setField('emails', next as T['emails'])}
              messageFor={messageFor}
            />
          );
        case 'phones':
          return (
            <PhonesEditor
              key={field}
              value={values.phones}
              onChange={(next) => setField('phones', next as T['phones'])}
              messageFor={messageFor}
            />
          );
        case 'addresses':
          return (
            <AddressesEditor
              key={field}
              value={values.addresses}
              onChange={(next) => setField('addresses', next as T['addresses'])}
              messageFor={messageFor}
            />
          );
        case 'links':
          return (
            <LinksEditor
              key={field}
              value={values.links}
              onChange={(next) => setField('links', next as T['links'])}
              messageFor={messageFor}
            />
          );
      }
    })}
  </>
);
