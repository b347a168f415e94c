import type { UiLanguage } from '../i18n/resources';
import { featureSettingsOf, type RegisterSettings } from '../model/registerSettings';
import { normaliseBusinessId } from '../validation';
import type { ValidationCode } from '../validation/fieldResult';

/** The languages a privacy notice is written in: every UI language. */
export const noticeLanguages = ['fi', 'sv', 'en'] as const satisfies readonly UiLanguage[];
export type NoticeLanguage = (typeof noticeLanguages)[number];

/** A text the controller writes once per notice language; an empty string is "not written yet". */
export type LocalisedText = Record<NoticeLanguage, string>;

/** The lawful bases of GDPR art. 6(1), in the order of its points a–f. */
export const legalBases = [
  'consent',
  'contract',
  'legalObligation',
  'vitalInterests',
  'publicTask',
  'legitimateInterests',
] as const;
export type LegalBasis = (typeof legalBases)[number];

export const transferChoices = ['none', 'withSafeguards'] as const;
export type TransferChoice = (typeof transferChoices)[number];

/** The controller's description of the register: everything a privacy notice needs that Kontakt cannot know. */
export type RegisterDescription = {
  controllerName: LocalisedText;
  businessId: string;
  address: LocalisedText;
  contactPersons: LocalisedText;
  dataProtectionOfficer: LocalisedText;
  registerName: LocalisedText;
  purposes: LocalisedText;
  legalBases: LegalBasis[];
  legalBasisDetails: LocalisedText;
  dataSubjects: LocalisedText;
  sources: LocalisedText;
  recipients: LocalisedText;
  transfers: TransferChoice;
  transferSafeguards: LocalisedText;
  retentionDetails: LocalisedText;
  security: LocalisedText;
};

export type LocalisedField = {
  [K in keyof RegisterDescription]: RegisterDescription[K] extends LocalisedText ? K : never;
}[keyof RegisterDescription];

/** Every per-language field, in the order the form and the notice show them. */
export const localisedFields = [
  'controllerName',
  'address',
  'contactPersons',
  'dataProtectionOfficer',
  'registerName',
  'purposes',
  'legalBasisDetails',
  'dataSubjects',
  'sources',
  'recipients',
  'transferSafeguards',
  'retentionDetails',
  'security',
] as const satisfies readonly LocalisedField[];

/** One-line fields; the others are paragraphs. */
export const shortFields: readonly LocalisedField[] = ['controllerName', 'registerName'];

export const maxShortTextLength = 200;
export const maxLongTextLength = 4000;

export const maxLengthOf = (field: LocalisedField): number =>
  shortFields.includes(field) ? maxShortTextLength : maxLongTextLength;

/**
 * Fields the notice cannot do without. A data protection officer is not required of every controller
 * (art. 37), and the extra legal-basis and retention texts only add to what is configured elsewhere.
 * The safeguards text is required only when data leaves the EU/EEA.
 */
export const requiredFieldsOf = (description: RegisterDescription): LocalisedField[] => [
  'controllerName',
  'address',
  'contactPersons',
  'registerName',
  'purposes',
  'dataSubjects',
  'sources',
  'recipients',
  ...(description.transfers === 'withSafeguards' ? (['transferSafeguards'] as const) : []),
  'security',
];

export const registerDescriptionFeatureKey = 'registerDescription';

const emptyText = (): LocalisedText => ({ fi: '', sv: '', en: '' });

export const emptyRegisterDescription = (): RegisterDescription => ({
  controllerName: emptyText(),
  businessId: '',
  address: emptyText(),
  contactPersons: emptyText(),
  dataProtectionOfficer: emptyText(),
  registerName: emptyText(),
  purposes: emptyText(),
  legalBases: [],
  legalBasisDetails: emptyText(),
  dataSubjects: emptyText(),
  sources: emptyText(),
  recipients: emptyText(),
  transfers: 'none',
  transferSafeguards: emptyText(),
  retentionDetails: emptyText(),
  security: emptyText(),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Line endings unified, trailing spaces and surplus blank lines dropped; paragraphs are kept. */
export const normaliseText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const localisedOf = (value: unknown, maxLength: number): LocalisedText => {
  const text = emptyText();
  if (!isRecord(value)) return text;
  for (const language of noticeLanguages) {
    const candidate = value[language];
    if (typeof candidate === 'string') text[language] = normaliseText(candidate).slice(0, maxLength);
  }
  return text;
};

/**
 * The register description from `settings.features.registerDescription`: every field present, texts
 * trimmed and bounded, unknown legal bases and choices dropped. A stored business ID that does not
 * validate is kept as typed, so the form can show it with its error rather than silently losing it.
 */
export const registerDescriptionOf = (
  settings: Pick<RegisterSettings, 'features'> | undefined,
): RegisterDescription => {
  const stored = featureSettingsOf(settings, registerDescriptionFeatureKey);
  const description = emptyRegisterDescription();
  if (!isRecord(stored)) return description;
  for (const field of localisedFields) description[field] = localisedOf(stored[field], maxLengthOf(field));
  if (typeof stored.businessId === 'string') description.businessId = stored.businessId.trim().slice(0, 20);
  if (Array.isArray(stored.legalBases))
    description.legalBases = legalBases.filter((basis) => (stored.legalBases as unknown[]).includes(basis));
  if ((transferChoices as readonly unknown[]).includes(stored.transfers))
    description.transfers = stored.transfers as TransferChoice;
  return description;
};

export type DescriptionIssue = {
  field: LocalisedField | 'businessId';
  language?: NoticeLanguage;
  code: ValidationCode;
  params?: Record<string, string | number>;
};

/**
 * Checks a description before it is stored and returns it normalised. Empty fields are allowed (a
 * controller may fill the description over several sittings; the notice marks the gaps), but a
 * business ID, when given, must be a valid Y-tunnus, and no text may exceed its length.
 */
export const validateRegisterDescription = (
  draft: RegisterDescription,
): { value: RegisterDescription; issues: DescriptionIssue[] } => {
  const issues: DescriptionIssue[] = [];
  const value: RegisterDescription = {
    ...draft,
    legalBases: legalBases.filter((b) => draft.legalBases.includes(b)),
  };
  for (const field of localisedFields) {
    const text = emptyText();
    for (const language of noticeLanguages) {
      const normalised = normaliseText(draft[field][language]);
      const max = maxLengthOf(field);
      if (normalised.length > max) issues.push({ field, language, code: 'tooLong', params: { max } });
      text[language] = normalised;
    }
    value[field] = text;
  }
  const businessId = draft.businessId.trim();
  if (businessId === '') value.businessId = '';
  else {
    const result = normaliseBusinessId(businessId);
    if (result.isValid) value.businessId = result.value;
    else
      issues.push(
        result.params === undefined
          ? { field: 'businessId', code: result.code }
          : { field: 'businessId', code: result.code, params: result.params },
      );
  }
  return { value, issues };
};

/** The settings patch that stores `description`, keeping every other feature's configuration. */
export const withRegisterDescription = (
  settings: Pick<RegisterSettings, 'features'>,
  description: RegisterDescription,
): Pick<RegisterSettings, 'features'> => ({
  features: { ...settings.features, [registerDescriptionFeatureKey]: description },
});
