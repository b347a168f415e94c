import { describe, expect, it } from 'vitest';
import { personDefinition } from '../../../../shared/model/personDefinition';
import {
  buildPrivacyNotice,
  noticeSectionIds,
  personFieldPhrases,
} from '../../../../shared/notice/buildPrivacyNotice';
import { noticeFactsOf } from '../../../../shared/notice/noticeFacts';
import { emptyRegisterDescription, noticeLanguages } from '../../../../shared/notice/registerDescription';
import { completeDescription, configuredSettings } from './noticeFixtures';

const facts = noticeFactsOf(configuredSettings(), '2026-11-22');

/** Every string of the document, headings included, as one text per paragraph or list item. */
const textsOf = (notice: ReturnType<typeof buildPrivacyNotice>): string[] => [
  notice.title,
  notice.lead,
  notice.updated,
  ...notice.sections.flatMap((section) => [
    section.heading,
    ...section.blocks.flatMap((block) =>
      block.kind === 'list' ? block.items : [block.text, ...(block.note ? [block.note] : [])],
    ),
  ]),
];

const headings = {
  fi: [
    '1. Rekisterinpitäjä',
    '3. Tietosuojavastaava',
    '6. Rekisterin tietosisältö',
    '12. Rekisteröidyn oikeudet',
  ],
  sv: [
    '1. Personuppgiftsansvarig',
    '3. Dataskyddsombud',
    '6. Registrets datainnehåll',
    '12. Den registrerades rättigheter',
  ],
  en: [
    '1. Controller',
    '3. Data protection officer',
    '6. Data content of the register',
    '12. Rights of the data subject',
  ],
} as const;

const builtInNames = {
  fi: {
    alumnus: 'Alumni',
    newsletter: 'uutiskirjeiden lähettäminen',
    months: 'Luokka: Hallituksen jäsen: 24 kuukautta viimeisestä toiminnasta',
    years: 'Tapahtumien osallistujat: 1 vuosi tapahtuman päättymisestä',
    consent: 'rekisteröidyn suostumus',
    authority: 'Tietosuojavaltuutetun toimisto',
    email: 'sähköpostiosoitteet',
  },
  sv: {
    alumnus: 'Alumn',
    newsletter: 'utskick av nyhetsbrev',
    months: 'Kategori: Hallituksen jäsen: 24 månader från den senaste aktiviteten',
    years: 'Deltagare i evenemang: 1 år från evenemangets slut',
    consent: 'den registrerades samtycke',
    authority: 'Dataombudsmannens byrå',
    email: 'e-postadresser',
  },
  en: {
    alumnus: 'Alumnus',
    newsletter: 'sending newsletters',
    months: 'Category: Hallituksen jäsen: 24 months from the last activity',
    years: 'Event participants: 1 year from the end of the event',
    consent: 'the data subject’s consent',
    authority: 'Office of the Data Protection Ombudsman',
    email: 'e-mail addresses',
  },
} as const;

describe.each(noticeLanguages)('privacy notice in %s', (language) => {
  const notice = buildPrivacyNotice(completeDescription(), facts, language);
  const texts = textsOf(notice);
  const joined = texts.join('\n');

  it('has every section in the Finnish register order, with its translated heading', () => {
    expect(notice.sections.map((section) => section.id)).toEqual([...noticeSectionIds]);
    for (const heading of headings[language])
      expect(notice.sections.map((s) => s.heading)).toContain(heading);
    for (const section of notice.sections) expect(section.blocks.length, section.id).toBeGreaterThan(0);
  });

  it('writes the controller’s texts in this language and nothing is missing', () => {
    expect(joined).toContain(completeDescription().controllerName[language]);
    expect(joined).toContain(completeDescription().registerName[language]);
    expect(joined).toContain('1572860-0');
    expect(notice.missing).toEqual([]);
    expect(notice.untranslated).toEqual([]);
    expect(joined).not.toMatch(/\[(missing|puuttuu|saknas)/);
  });

  it('lists the configured categories, consent purposes and retention rules', () => {
    const names = builtInNames[language];
    expect(texts).toContain(names.alumnus);
    expect(texts).toContain('Hallituksen jäsen');
    expect(texts).toContain(names.newsletter);
    expect(texts).toContain('Podcast-kutsut');
    expect(texts).toContain(names.months);
    expect(texts).toContain(names.years);
    expect(texts).toContain(names.email);
    expect(joined).toContain(names.consent);
    expect(joined).toContain(names.authority);
    // A disabled category and a disabled consent purpose are not offered, so the notice leaves them out.
    const donor = { fi: 'Lahjoittaja', sv: 'Donator', en: 'Donor' }[language];
    const content = notice.sections.find((section) => section.id === 'content')?.blocks ?? [];
    const personCategoryList = content.find(
      (block) => block.kind === 'list' && block.items.includes(names.alumnus),
    );
    expect(personCategoryList?.kind === 'list' && personCategoryList.items).not.toContain(donor);
    expect(personCategoryList?.kind === 'list' && personCategoryList.items).toContain('Hallituksen jäsen');
    const marketing = { fi: 'markkinointi', sv: 'marknadsföring', en: 'marketing' }[language];
    expect(texts).not.toContain(marketing);
  });

  it('dates the notice in d.m.yyyy', () => {
    expect(notice.updated).toMatch(/22\.11\.2026$/);
  });

  it('leaves no key, placeholder or undefined in the text', () => {
    for (const text of texts) {
      expect(text).not.toMatch(/\{\{|\}\}|undefined|\b(doc|notice|fields|categories)\.[a-z]/);
      expect(text.trim()).not.toBe('');
    }
  });

  it('marks every required text as missing when nothing is written, and lists it', () => {
    const empty = buildPrivacyNotice(emptyRegisterDescription(), { ...facts, retentionRules: [] }, language);
    expect(empty.missing.map((gap) => gap.field)).toEqual([
      'controllerName',
      'address',
      'contactPersons',
      'registerName',
      'purposes',
      'legalBases',
      'dataSubjects',
      'sources',
      'recipients',
      'retention',
      'security',
    ]);
    const gaps = empty.sections.flatMap((section) =>
      section.blocks.filter((block) => block.kind === 'paragraph' && block.isGap),
    );
    expect(gaps).toHaveLength(11);
    const marker = {
      fi: '[puuttuu: Rekisterinpitäjä]',
      sv: '[saknas: Personuppgiftsansvarig]',
      en: '[missing: Controller]',
    }[language];
    expect(textsOf(empty)).toContain(marker);
    // The rights and the data content from the configuration are there even so.
    expect(textsOf(empty)).toContain(builtInNames[language].alumnus);
  });
});

describe('privacy notice language fallback', () => {
  it('shows a text missing in the notice language in another language, marked, and lists it', () => {
    const description = completeDescription();
    description.purposes = { fi: 'Vain suomeksi kirjoitettu tarkoitus.', sv: '', en: '' };
    const notice = buildPrivacyNotice(description, facts, 'sv');
    const purposes = notice.sections.find((section) => section.id === 'purposes');
    expect(purposes?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Vain suomeksi kirjoitettu tarkoitus.',
      note: '(på finska, inte översatt)',
    });
    expect(notice.untranslated).toEqual([
      { field: 'purposes', label: 'Ändamål med behandlingen', shownIn: 'fi' },
    ]);
    expect(notice.missing).toEqual([]);
  });

  it('keeps paragraphs and says when there is no data protection officer', () => {
    const description = completeDescription();
    description.sources = { fi: 'Ensimmäinen.\n\nToinen.', sv: 'Första.', en: 'First.' };
    const notice = buildPrivacyNotice(description, facts, 'fi');
    const sources = notice.sections.find((section) => section.id === 'sources');
    expect(sources?.blocks).toEqual([
      { kind: 'paragraph', text: 'Ensimmäinen.' },
      { kind: 'paragraph', text: 'Toinen.' },
    ]);
    const dpo = notice.sections.find((section) => section.id === 'dataProtectionOfficer');
    expect(dpo?.blocks[0]).toMatchObject({
      text: expect.stringContaining('ei ole nimennyt tietosuojavastaavaa'),
    });
  });

  it('asks for the safeguards only when data leaves the EU/EEA', () => {
    const description = { ...completeDescription(), transfers: 'withSafeguards' as const };
    const notice = buildPrivacyNotice(description, facts, 'en');
    expect(notice.missing.map((gap) => gap.field)).toEqual(['transferSafeguards']);
    const none = buildPrivacyNotice(completeDescription(), facts, 'en');
    const transfers = none.sections.find((section) => section.id === 'transfers');
    expect(transfers?.blocks).toEqual([
      { kind: 'paragraph', text: expect.stringContaining('is not transferred outside the European Union') },
    ]);
  });

  it('lists consent purposes only when consent is a legal basis', () => {
    const description = { ...completeDescription(), legalBases: ['legitimateInterests' as const] };
    const texts = textsOf(buildPrivacyNotice(description, facts, 'en'));
    expect(texts).not.toContain('sending newsletters');
  });
});

describe('person data in the notice', () => {
  it('has a phrase for every field of the person model', () => {
    // A field added to the person model must be named in the notice in plain words (or deliberately null).
    for (const field of Object.keys(personDefinition.fields))
      expect(personFieldPhrases, field).toHaveProperty(field);
  });

  it('names a field the table does not know by its form label rather than leaving it out', () => {
    const notice = buildPrivacyNotice(
      completeDescription(),
      { ...facts, personFields: ['firstNames', 'sector'] },
      'en',
    );
    const content = notice.sections.find((section) => section.id === 'content');
    const personList = content?.blocks.find((block) => block.kind === 'list');
    expect(personList).toEqual({
      kind: 'list',
      items: [
        'first names, last name and preferred name',
        'sector',
        expect.stringContaining('links to organisations'),
      ],
    });
  });
});
