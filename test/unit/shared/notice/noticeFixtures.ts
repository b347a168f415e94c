import { defaultRegisterSettings, type RegisterSettings } from '../../../../shared/model/registerSettings';
import {
  emptyRegisterDescription,
  type LocalisedText,
  type RegisterDescription,
} from '../../../../shared/notice/registerDescription';

const all = (fi: string, sv: string, en: string): LocalisedText => ({ fi, sv, en });

/** A description with every text written in all three languages. */
export const completeDescription = (): RegisterDescription => ({
  ...emptyRegisterDescription(),
  controllerName: all(
    'Esimerkin ammattikorkeakoulu Oy',
    'Exempel yrkeshögskola Ab',
    'Example University of Applied Sciences Ltd',
  ),
  businessId: '1572860-0',
  address: all(
    'Opistotie 1, 00100 Helsinki',
    'Instituttsvägen 1, 00100 Helsingfors',
    'Opistotie 1, 00100 Helsinki, Finland',
  ),
  contactPersons: all(
    'Maija Meikäläinen, maija@example.fi',
    'Maija Meikäläinen, maija@example.fi',
    'Maija Meikäläinen, maija@example.fi',
  ),
  registerName: all(
    'Alumni- ja sidosryhmärekisteri',
    'Alumn- och intressentregister',
    'Alumni and stakeholder register',
  ),
  purposes: all(
    'Yhteydenpito alumneihin ja kumppaneihin.',
    'Kontakt med alumner och partner.',
    'Keeping in touch with alumni and partners.',
  ),
  legalBases: ['consent', 'legitimateInterests'],
  dataSubjects: all(
    'Alumnit ja kumppanien yhteyshenkilöt.',
    'Alumner och partners kontaktpersoner.',
    'Alumni and partners’ contact persons.',
  ),
  sources: all('Rekisteröidyt itse.', 'De registrerade själva.', 'The data subjects themselves.'),
  recipients: all('Tietoja ei luovuteta.', 'Uppgifter lämnas inte ut.', 'Data is not disclosed.'),
  security: all('Pääsy vain henkilöstöllä.', 'Endast personalen har åtkomst.', 'Only staff have access.'),
});

/** Register settings with one custom person category, one disabled built-in, consent and retention configured. */
export const configuredSettings = (): RegisterSettings => {
  const settings = defaultRegisterSettings(0);
  return {
    ...settings,
    personCategories: [
      ...settings.personCategories.map((option) =>
        option.key === 'donor' ? { ...option, isEnabled: false } : option,
      ),
      { key: 'custom-1', label: 'Hallituksen jäsen', isBuiltIn: false, isEnabled: true },
    ],
    features: {
      consent: {
        purposes: [
          { key: 'newsletter', label: '', isBuiltIn: true, isEnabled: true },
          { key: 'marketing', label: '', isBuiltIn: true, isEnabled: false },
          { key: 'custom-a', label: 'Podcast-kutsut', isBuiltIn: false, isEnabled: true },
        ],
      },
      retention: {
        rules: [
          {
            id: 'board',
            target: { kind: 'category', key: 'custom-1' },
            basis: 'lastActivity',
            amount: 24,
            unit: 'months',
            action: 'passivate',
          },
          {
            id: 'participants',
            target: { kind: 'eventParticipants' },
            basis: 'eventEnd',
            amount: 1,
            unit: 'years',
            action: 'erase',
          },
          { label: 'Broken', months: -3 },
          { nothing: true },
        ],
      },
    },
  };
};
