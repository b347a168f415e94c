import { en } from '../i18n/en';
import { retentionRuleInWords } from '../retention/retentionRuleText';
import { noticeTexts } from '../i18n/features/noticeTexts';
import { fi } from '../i18n/fi';
import { sv } from '../i18n/sv';
import type { ConfiguredOption, NoticeFacts, RetentionFact } from './noticeFacts';
import {
  noticeLanguages,
  requiredFieldsOf,
  type LocalisedField,
  type LocalisedText,
  type NoticeLanguage,
  type RegisterDescription,
} from './registerDescription';

/** One paragraph. `note` marks text shown in another language; `isGap` a required text nobody wrote. */
export type NoticeParagraph = { kind: 'paragraph'; text: string; note?: string; isGap?: boolean };
export type NoticeList = { kind: 'list'; items: string[] };
export type NoticeBlock = NoticeParagraph | NoticeList;

export const noticeSectionIds = [
  'controller',
  'contact',
  'dataProtectionOfficer',
  'registerName',
  'purposes',
  'content',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'security',
  'rights',
] as const;
export type NoticeSectionId = (typeof noticeSectionIds)[number];

export type NoticeSection = { id: NoticeSectionId; heading: string; blocks: NoticeBlock[] };

/** A part of the notice the controller has not written: its name in the notice language. */
export type NoticeGap = { field: LocalisedField | 'legalBases' | 'retention'; label: string };
export type NoticeFallback = { field: LocalisedField; label: string; shownIn: NoticeLanguage };

export type PrivacyNotice = {
  language: NoticeLanguage;
  title: string;
  lead: string;
  updated: string;
  sections: NoticeSection[];
  missing: NoticeGap[];
  untranslated: NoticeFallback[];
};

const coreTexts = { en, fi, sv } as const;

/** Which phrase of `doc.personFields` describes a person field; null for fields that say nothing about the person. */
export const personFieldPhrases: Readonly<
  Record<string, keyof (typeof noticeTexts)['en']['doc']['personFields'] | null>
> = {
  id: null,
  firstNames: 'name',
  lastName: 'name',
  preferredName: 'name',
  formerLastNames: 'formerLastNames',
  birthDate: 'birthDate',
  title: 'title',
  categories: 'categories',
  // Tags are a classification like categories, and read as one in the notice.
  tags: 'categories',
  contactLanguage: 'contactLanguage',
  nationality: 'nationality',
  emails: 'emails',
  phones: 'phones',
  addresses: 'addresses',
  links: 'links',
  notes: 'notes',
  educations: 'educations',
  employer: 'employment',
  jobTitle: 'employment',
  cooperationInterests: 'cooperationInterests',
  alumniNote: 'notes',
  removalRequestedAt: 'removalRequest',
  status: 'status',
  owningUnit: 'owningUnit',
  createdAt: 'history',
  updatedAt: 'history',
  createdBy: 'history',
  updatedBy: 'history',
};

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );

const formatDate = (isoDate: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : isoDate;
};

const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');

/**
 * The privacy notice (tietosuojaseloste / dataskyddsbeskrivning) in `language`, built from the
 * controller's description and the register's configuration. Pure: the same inputs give the same
 * document, so the page, print and PDF all show exactly this.
 *
 * A text missing in the notice language is taken from the first other language that has it and
 * marked "(in Finnish, not translated)"; a required text missing in every language becomes a visible
 * "[missing: …]" gap. Both are listed in `missing` / `untranslated` so the page can say what to fill.
 */
export const buildPrivacyNotice = (
  description: RegisterDescription,
  facts: NoticeFacts,
  language: NoticeLanguage,
): PrivacyNotice => {
  const texts = noticeTexts[language];
  const doc = texts.doc;
  const core = coreTexts[language];
  const required = new Set<LocalisedField>(requiredFieldsOf(description));
  const missing: NoticeGap[] = [];
  const untranslated: NoticeFallback[] = [];

  const gap = (field: NoticeGap['field']): NoticeParagraph => {
    const label = texts.fields[field];
    missing.push({ field, label });
    return { kind: 'paragraph', text: fill(doc.missing, { field: label }), isGap: true };
  };

  /** The field's text in the notice language, or another language's with a marker; null when none has it. */
  const textOf = (field: LocalisedField): { text: string; note?: string } | null => {
    const value: LocalisedText = description[field];
    if (value[language] !== '') return { text: value[language] };
    const other = noticeLanguages.find((candidate) => candidate !== language && value[candidate] !== '');
    if (other === undefined) return null;
    untranslated.push({ field, label: texts.fields[field], shownIn: other });
    return { text: value[other], note: fill(doc.untranslated, { language: doc.inLanguage[other] }) };
  };

  /** Paragraph blocks of a free text; a required one left empty everywhere becomes a gap. */
  const freeText = (field: LocalisedField): NoticeBlock[] => {
    const found = textOf(field);
    if (found === null) return required.has(field) ? [gap(field)] : [];
    const paragraphs = paragraphsOf(found.text);
    return paragraphs.map((text, index) =>
      found.note !== undefined && index === paragraphs.length - 1
        ? { kind: 'paragraph', text, note: found.note }
        : { kind: 'paragraph', text },
    );
  };

  const paragraph = (text: string): NoticeParagraph => ({ kind: 'paragraph', text });
  const list = (items: string[]): NoticeList => ({ kind: 'list', items });

  const categoryName = (option: ConfiguredOption, scope: 'person' | 'organisation'): string => {
    if (!option.isBuiltIn) return option.label;
    const names: Record<string, string> = core.categories[scope];
    return names[option.key] ?? option.label ?? option.key;
  };
  const purposeName = (option: ConfiguredOption): string => {
    if (!option.isBuiltIn) return option.label;
    const names: Record<string, string> = doc.consentPurposes;
    return names[option.key] ?? option.label;
  };
  const retentionNames = {
    category: (key: string): string => {
      const option = facts.personCategories.find((candidate) => candidate.key === key);
      return option ? categoryName(option, 'person') : key;
    },
    purpose: (key: string): string => {
      const option = facts.consentPurposes.find((candidate) => candidate.key === key);
      return option ? purposeName(option) : key;
    },
  };
  const periodText = ({ amount, unit }: NonNullable<RetentionFact['period']>): string =>
    fill(doc.periods[`${unit}_${amount === 1 ? 'one' : 'other'}`], { count: amount });

  const personDataItems = (): string[] => {
    const phrases: Record<string, string> = doc.personFields;
    const fieldLabels: Record<string, string> = core.fields;
    const items: string[] = [];
    for (const field of facts.personFields) {
      const phrase = personFieldPhrases[field];
      // A field added to the model after this table still appears, under its form label.
      const item =
        phrase === null
          ? null
          : phrase === undefined
            ? (fieldLabels[field]?.toLowerCase() ?? field)
            : phrases[phrase];
      if (item && !items.includes(item)) items.push(item);
    }
    // What the register says about the person first; its own bookkeeping (status, unit, history) last.
    const bookkeeping = [phrases.status, phrases.owningUnit, phrases.history];
    return [
      ...items.filter((item) => !bookkeeping.includes(item)),
      doc.affiliations,
      ...items.filter((item) => bookkeeping.includes(item)),
    ];
  };

  const controllerBlocks = (): NoticeBlock[] => [
    ...freeText('controllerName'),
    ...(description.businessId === ''
      ? []
      : [paragraph(fill(doc.businessId, { businessId: description.businessId }))]),
    ...freeText('address'),
  ];

  const purposeBlocks = (): NoticeBlock[] => {
    const blocks: NoticeBlock[] = [...freeText('purposes')];
    const details = freeText('legalBasisDetails');
    if (description.legalBases.length > 0) {
      blocks.push(
        paragraph(doc.legalBasesIntro),
        list(description.legalBases.map((basis) => doc.legalBases[basis])),
      );
    } else if (details.length === 0) blocks.push(gap('legalBases'));
    blocks.push(...details);
    if (description.legalBases.includes('consent') && facts.consentPurposes.length > 0)
      blocks.push(paragraph(doc.consentPurposesIntro), list(facts.consentPurposes.map(purposeName)));
    return blocks;
  };

  const contentBlocks = (): NoticeBlock[] => {
    const blocks: NoticeBlock[] = [];
    const subjects = freeText('dataSubjects');
    if (subjects.length > 0 && !subjects.some((block) => block.kind === 'paragraph' && block.isGap))
      blocks.push(paragraph(doc.dataSubjectsIntro));
    blocks.push(...subjects, paragraph(doc.personDataIntro), list(personDataItems()));
    if (facts.personCategories.length > 0)
      blocks.push(
        paragraph(doc.personCategoriesIntro),
        list(facts.personCategories.map((option) => categoryName(option, 'person'))),
      );
    if (facts.organisationCategories.length > 0)
      blocks.push(
        paragraph(doc.organisationData),
        list(facts.organisationCategories.map((option) => categoryName(option, 'organisation'))),
      );
    return blocks;
  };

  const transferBlocks = (): NoticeBlock[] =>
    description.transfers === 'none'
      ? [paragraph(doc.transfersNone)]
      : [paragraph(doc.transfersWithSafeguards), ...freeText('transferSafeguards')];

  const retentionBlocks = (): NoticeBlock[] => {
    const blocks: NoticeBlock[] = [];
    if (facts.retentionRules.length > 0)
      blocks.push(
        paragraph(doc.retentionRulesIntro),
        list(
          facts.retentionRules.map((rule) =>
            rule.rule !== undefined
              ? retentionRuleInWords(rule.rule, language, retentionNames)
              : rule.period === undefined
                ? rule.label
                : `${rule.label}: ${periodText(rule.period)}`,
          ),
        ),
      );
    blocks.push(...freeText('retentionDetails'));
    return blocks.length > 0 ? blocks : [gap('retention')];
  };

  const rightsBlocks = (): NoticeBlock[] => [
    paragraph(doc.rightsIntro),
    list([
      doc.rights.access,
      doc.rights.rectification,
      doc.rights.erasure,
      doc.rights.restriction,
      doc.rights.portability,
      doc.rights.objection,
      doc.rights.withdrawConsent,
      `${doc.rights.complaint} ${doc.authority}`,
    ]),
  ];

  const blocksOf: Record<NoticeSectionId, () => NoticeBlock[]> = {
    controller: controllerBlocks,
    contact: () => freeText('contactPersons'),
    dataProtectionOfficer: () => {
      const blocks = freeText('dataProtectionOfficer');
      return blocks.length > 0 ? blocks : [paragraph(doc.noDataProtectionOfficer)];
    },
    registerName: () => freeText('registerName'),
    purposes: purposeBlocks,
    content: contentBlocks,
    sources: () => freeText('sources'),
    recipients: () => freeText('recipients'),
    transfers: transferBlocks,
    retention: retentionBlocks,
    security: () => [...freeText('security'), paragraph(doc.securityOfKontakt)],
    rights: rightsBlocks,
  };

  const sections = noticeSectionIds.map((id) => ({ id, heading: doc.headings[id], blocks: blocksOf[id]() }));
  return {
    language,
    title: doc.title,
    lead: doc.lead,
    updated: fill(doc.updated, { date: formatDate(facts.date) }),
    sections,
    missing,
    untranslated,
  };
};
