import { emptyAlumniProfile, type Affiliation, type Organisation, type Person } from '../../shared/model';

/** A person with every field empty but those given; for statistics and segment tests. */
export const testPerson = (id: string, fields: Partial<Person> = {}): Person => ({
  id,
  status: 'active',
  owningUnit: 'main',
  createdAt: 0,
  updatedAt: 0,
  firstNames: 'Test',
  lastName: id,
  formerLastNames: [],
  preferredName: '',
  birthDate: '',
  title: '',
  categories: [],
  tags: [],
  contactLanguage: '',
  nationality: '',
  emails: [],
  phones: [],
  addresses: [],
  links: [],
  notes: '',
  createdBy: '',
  updatedBy: '',
  ...emptyAlumniProfile,
  ...fields,
});

export const testOrganisation = (id: string, fields: Partial<Organisation> = {}): Organisation => ({
  id,
  status: 'active',
  owningUnit: 'main',
  createdAt: 0,
  updatedAt: 0,
  name: id,
  businessId: '',
  sector: '',
  industry: '',
  departments: [],
  categories: [],
  tags: [],
  emails: [],
  phones: [],
  addresses: [],
  links: [],
  notes: '',
  createdBy: '',
  updatedBy: '',
  ...fields,
});

export const testAffiliation = (
  id: string,
  personId: string,
  organisationId: string,
  fields: Partial<Affiliation> = {},
): Affiliation => ({
  id,
  status: 'active',
  owningUnit: 'main',
  createdAt: 0,
  updatedAt: 0,
  personId,
  organisationId,
  role: '',
  department: '',
  startDate: '',
  endDate: '',
  isPrimary: false,
  createdBy: '',
  updatedBy: '',
  ...fields,
});

export const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/** Local-time timestamp, as the dashboard counts months in the user's calendar. */
export const localTime = (year: number, month: number, day = 1, hour = 12): number =>
  new Date(year, month - 1, day, hour).getTime();
