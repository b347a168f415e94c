import { describe, expect, it } from 'vitest';
import { emptyAlumniProfile, type Person } from '../../../../shared/model';
import { mergePerson } from '../../../../shared/spreadsheet/mergeRecords';

const person = (overrides: Partial<Person>): Person => ({
  id: 'p1',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  firstNames: 'Aino',
  lastName: 'Mäkinen',
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
  ...emptyAlumniProfile,
  createdBy: '',
  updatedBy: '',
  ...overrides,
});

const it2019 = {
  institution: 'Pohjolan AMK',
  programme: 'Tietojenkäsittely',
  startYear: '2015',
  degree: 'Tradenomi',
  graduationYear: '2019',
};

describe('import merge of the alumni profile', () => {
  it('lists grow, interests keep their order, scalars never blank and an earlier removal request stays', () => {
    const existing = person({
      educations: [it2019],
      cooperationInterests: ['alumniEvents'],
      employer: 'Vasa Trä Ab',
      removalRequestedAt: '2026-01-02',
    });
    const incoming = person({
      educations: [
        { ...it2019, institution: 'pohjolan amk' },
        { ...it2019, programme: 'Liiketalous', graduationYear: '2024' },
      ],
      cooperationInterests: ['guestLecturing', 'alumniEvents'],
      employer: '',
      jobTitle: 'Myyntipäällikkö',
      removalRequestedAt: '2026-11-20',
    });
    const { next, changes } = mergePerson(existing, incoming);
    expect(next.educations).toEqual([
      it2019,
      { ...it2019, programme: 'Liiketalous', graduationYear: '2024' },
    ]);
    expect(next.cooperationInterests).toEqual(['guestLecturing', 'alumniEvents']);
    expect(next.employer).toBe('Vasa Trä Ab');
    expect(next.jobTitle).toBe('Myyntipäällikkö');
    expect(next.removalRequestedAt).toBe('2026-01-02');
    expect(changes.map((change) => change.field)).toEqual(['educations', 'cooperationInterests', 'jobTitle']);
  });

  it('a stored person from before schema version 1 (no alumni fields) takes the imported profile', () => {
    const { educations, cooperationInterests, ...old } = person({});
    void educations;
    void cooperationInterests;
    const { next } = mergePerson(
      old as Person,
      person({ educations: [it2019], removalRequestedAt: '2026-11-20' }),
    );
    expect(next.educations).toEqual([it2019]);
    expect(next.cooperationInterests).toEqual([]);
    expect(next.removalRequestedAt).toBe('2026-11-20');
  });
});
