import type { CooperationInterest } from '../model/alumniProfile';
import { foldText } from '../search/foldText';

export type ImportKind = 'people' | 'organisations';

/** One import target per cooperation interest: an alumni form has an "X" column for each. */
export const interestTargets = [
  'interestGuestLecturing',
  'interestStudyVisits',
  'interestInternships',
  'interestProjectTopics',
  'interestJointProjects',
  'interestAlumniNetworking',
  'interestContinuingEducation',
  'interestCompetenceDevelopment',
  'interestAlumniEvents',
] as const;

export type InterestTarget = (typeof interestTargets)[number];

/** The interest key of an interest target: interestGuestLecturing → guestLecturing. */
export const interestOfTarget = (target: InterestTarget): CooperationInterest =>
  `${target.charAt(8).toLowerCase()}${target.slice(9)}` as CooperationInterest;

export const personImportTargets = [
  'fullName',
  'firstNames',
  'lastName',
  'formerLastName',
  'preferredName',
  'birthDate',
  'title',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
  'organisationName',
  'businessId',
  'notes',
  'categories',
  'categoryMark',
  'removalRequest',
  'educationInstitution',
  'educationProgramme',
  'educationStartYear',
  'educationDegree',
  'educationGraduationYear',
  'employer',
  'jobTitle',
  ...interestTargets,
] as const;

export const organisationImportTargets = [
  'name',
  'businessId',
  'sector',
  'industry',
  'website',
  'email',
  'phone',
  'street',
  'postalCode',
  'city',
  'country',
  'notes',
  'categories',
  'categoryMark',
] as const;

export type PersonImportTarget = (typeof personImportTargets)[number];
export type OrganisationImportTarget = (typeof organisationImportTargets)[number];
export type ImportTarget = PersonImportTarget | OrganisationImportTarget;

/**
 * Targets several columns may share: values of every categories column are added together, and each
 * mark column ("X" per interest) adds its own chosen category.
 */
export const multiColumnTargets: readonly ImportTarget[] = ['categories', 'categoryMark'];

export const importTargetsFor = (kind: ImportKind): readonly ImportTarget[] =>
  kind === 'people' ? personImportTargets : organisationImportTargets;

/**
 * Header names seen in Finnish, Swedish and English exports, folded (lower case, no diacritics).
 * A header matches a target when it equals an alias, or when it starts with one followed by a space or
 * "(" ("Sähköposti (henkilökohtainen)").
 */
const aliases: Record<ImportTarget, readonly string[]> = {
  fullName: [
    'nimi',
    'koko nimi',
    'namn',
    'fullstandigt namn',
    'name',
    'full name',
    'osallistuja',
    'deltagare',
  ],
  firstNames: ['etunimi', 'etunimet', 'fornamn', 'first name', 'firstname', 'first names', 'given name'],
  lastName: ['sukunimi', 'efternamn', 'last name', 'lastname', 'surname', 'family name'],
  formerLastName: [
    'entinen sukunimi',
    'aiempi sukunimi',
    'tidigare efternamn',
    'former last name',
    'former surname',
    'maiden name',
    'former last names',
  ],
  preferredName: ['kutsumanimi', 'tilltalsnamn', 'preferred name', 'nickname'],
  birthDate: ['syntymaaika', 'syntymapaiva', 'fodelsedatum', 'date of birth', 'birth date', 'birthdate'],
  title: ['titteli', 'tehtava', 'tyotehtava', 'ammatti', 'befattning', 'titel', 'title', 'job title', 'role'],
  email: ['sahkoposti', 'sahkopostiosoite', 'email', 'e-mail', 'e-post', 'epost', 'e-postadress', 'mail'],
  phone: [
    'puhelin',
    'puhelinnumero',
    'matkapuhelin',
    'gsm',
    'telefon',
    'telefonnummer',
    'mobil',
    'phone',
    'phone number',
    'mobile',
  ],
  street: [
    'osoite',
    'lahiosoite',
    'katuosoite',
    'adress',
    'gatuadress',
    'address',
    'street',
    'street address',
  ],
  postalCode: ['postinumero', 'postnummer', 'postal code', 'postcode', 'zip', 'zip code'],
  city: ['postitoimipaikka', 'kaupunki', 'kunta', 'postort', 'stad', 'ort', 'city', 'town'],
  country: ['maa', 'land', 'country'],
  organisationName: [
    'organisaatio',
    'yritys',
    'yrityksen nimi',
    'tyopaikka',
    'tyopaikka/yritys',
    'organisation',
    'organisationens namn',
    'foretag',
    'arbetsplats',
    'organization',
    'company',
    'employer',
  ],
  name: [
    'organisaatio',
    'nimi',
    'yritys',
    'organisation',
    'namn',
    'foretag',
    'name',
    'organization',
    'company',
  ],
  businessId: [
    'y-tunnus',
    'ytunnus',
    'fo-nummer',
    'fo nummer',
    'business id',
    'business identity code',
    'vat',
  ],
  sector: ['sektori', 'sektor', 'sector'],
  industry: ['toimiala', 'bransch', 'industry'],
  website: ['verkkosivut', 'kotisivu', 'www', 'webbplats', 'hemsida', 'website', 'web', 'url'],
  notes: ['lisatiedot', 'huomautukset', 'muistiinpanot', 'anteckningar', 'ovrigt', 'notes', 'comments'],
  categories: [
    'luokka',
    'luokat',
    'kategoria',
    'kategoriat',
    'kategori',
    'kategorier',
    'category',
    'categories',
  ],
  // Never suggested: which columns are marks, and for which category, only the user knows.
  categoryMark: [],
  educationInstitution: ['oppilaitos', 'korkeakoulu', 'laroanstalt', 'hogskola', 'institution', 'school'],
  educationProgramme: [
    'koulutus/koulutusohjelma',
    'koulutusohjelma',
    'koulutus',
    'utbildningsprogram',
    'utbildning',
    'degree programme',
    'study programme',
    'programme',
  ],
  educationStartYear: [
    'opintojen aloitusvuosi',
    'aloitusvuosi',
    'studierna inleddes',
    'startar',
    'start year',
  ],
  educationDegree: ['suoritettu tutkinto', 'tutkinto', 'avlagd examen', 'examen', 'degree'],
  educationGraduationYear: [
    'valmistumisvuosi',
    'examensar',
    'utexaminerad',
    'graduation year',
    'year of graduation',
  ],
  // Without a work-place column of its own an employer column maps to the organisation (an affiliation).
  employer: ['tyonantaja', 'arbetsgivare', 'current employer'],
  jobTitle: ['tyotehtava nykyisessa tyopaikassa', 'nuvarande befattning', 'current job title'],
  interestGuestLecturing: [
    'vierailu/osaamisen jakaminen opintojaksoilla',
    'vierailuluennot',
    'gastforelasning',
    'guest lecturing',
  ],
  interestStudyVisits: ['opintokaynnit omalla tyopaikalla', 'opintokaynnit', 'studiebesok', 'study visits'],
  interestInternships: [
    'harjoittelupaikan tarjoaminen',
    'harjoittelupaikat',
    'praktikplatser',
    'offering internships',
    'internships',
  ],
  interestProjectTopics: [
    'projekti- ja opinnaytetyoaiheiden tarjoaminen',
    'opinnaytetyoaiheet',
    'projekt- och examensarbetsamnen',
    'project or thesis topics',
  ],
  interestJointProjects: ['hankeyhteistyo', 'projektsamarbete', 'joint projects'],
  interestAlumniNetworking: [
    'verkostoituminen muiden alumnien kanssa',
    'verkostoituminen',
    'natverkande med andra alumner',
    'networking with other alumni',
  ],
  interestContinuingEducation: [
    'jatko- ja taydennyskoulutus',
    'taydennyskoulutus',
    'fortbildning',
    'continuing education',
  ],
  interestCompetenceDevelopment: [
    'muu osaamisen kehittaminen',
    'annan kompetensutveckling',
    'other competence development',
  ],
  interestAlumniEvents: ['alumnitapahtumat', 'alumnevenemang', 'alumni events'],
  removalRequest: [
    'haluan poistaa tietoni',
    'poista tietoni',
    'jag vill att mina uppgifter tas bort',
    'ta bort mina uppgifter',
    'remove my data',
    'delete my data',
  ],
};

const foldHeader = (header: string): string => foldText(header.trim()).replace(/\s+/g, ' ');

const matches = (header: string, alias: string): boolean =>
  header === alias || header.startsWith(`${alias} `) || header.startsWith(`${alias}(`);

/**
 * Suggests a target per column from its header; a target goes to the first column that names it, and
 * `extraNames` (the UI's own field labels in every language, which our exports use as headers) are
 * tried first so an exported file maps back exactly.
 */
export const suggestMapping = (
  headers: readonly string[],
  kind: ImportKind,
  extraNames: Partial<Record<ImportTarget, readonly string[]>> = {},
): (ImportTarget | '')[] => {
  const targets = importTargetsFor(kind);
  const taken = new Set<ImportTarget>();
  const folded = headers.map(foldHeader);
  const result: (ImportTarget | '')[] = folded.map(() => '');
  const assign = (predicate: (header: string, target: ImportTarget) => boolean) => {
    folded.forEach((header, column) => {
      if (result[column] !== '' || header === '') return;
      const target = targets.find((candidate) => !taken.has(candidate) && predicate(header, candidate));
      if (target) {
        result[column] = target;
        taken.add(target);
      }
    });
  };
  assign((header, target) => (extraNames[target] ?? []).some((name) => foldHeader(name) === header));
  assign((header, target) => aliases[target].includes(header));
  // Longer aliases first, so "yrityksen nimi" is not taken for "nimi".
  assign((header, target) =>
    [...aliases[target]].sort((a, b) => b.length - a.length).some((alias) => matches(header, alias)),
  );
  return result;
};

/** Sets `target` on `column` and clears it from any other column: a field takes one column. */
export const assignTarget = (
  mapping: readonly (ImportTarget | '')[],
  column: number,
  target: ImportTarget | '',
): (ImportTarget | '')[] =>
  mapping.map((current, index) =>
    index === column
      ? target
      : target !== '' && current === target && !multiColumnTargets.includes(target)
        ? ''
        : current,
  );

/** Columns whose header text repeats an earlier column's; the UI warns about them. */
export const duplicateHeaderColumns = (headers: readonly string[]): number[] => {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  headers.forEach((header, column) => {
    const key = foldHeader(header);
    if (key === '') return;
    if (seen.has(key)) duplicates.push(column);
    seen.add(key);
  });
  return duplicates;
};
