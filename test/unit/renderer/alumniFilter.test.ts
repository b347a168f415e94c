import { describe, expect, it } from 'vitest';
import {
  matchesAlumniFilter,
  noAlumniFilter,
  isAlumniFilterActive,
} from '../../../renderer/alumni/alumniFilter';
import type { Person } from '../../../shared/model';

const alumnus = {
  educations: [
    {
      institution: 'Pohjolan AMK',
      programme: 'Tietojenkäsittely',
      startYear: '2015',
      degree: 'Tradenomi',
      graduationYear: '2019',
    },
    {
      institution: 'Åbo Akademi',
      programme: 'Företagsekonomi',
      startYear: '',
      degree: '',
      graduationYear: '2024',
    },
  ],
  cooperationInterests: ['internships'],
} as unknown as Person;

describe('alumni filters of the people list', () => {
  it('an empty filter is inactive and passes everyone, also a person without alumni fields', () => {
    expect(isAlumniFilterActive(noAlumniFilter)).toBe(false);
    expect(matchesAlumniFilter({} as Person, noAlumniFilter)).toBe(true);
  });

  it('programme (folded), graduation range and interest must hold on the same education record', () => {
    const match = (filter: Partial<typeof noAlumniFilter>) =>
      matchesAlumniFilter(alumnus, { ...noAlumniFilter, ...filter });
    expect(match({ programme: 'tietojenkasittely' })).toBe(true);
    expect(match({ programme: 'foretags', graduatedFrom: '2020' })).toBe(true);
    expect(match({ programme: 'tieto', graduatedFrom: '2020' })).toBe(false);
    expect(match({ graduatedFrom: '2019', graduatedTo: '2019' })).toBe(true);
    expect(match({ graduatedTo: '2018' })).toBe(false);
    expect(match({ interest: 'internships' })).toBe(true);
    expect(match({ interest: 'alumniEvents' })).toBe(false);
    expect(matchesAlumniFilter({} as Person, { ...noAlumniFilter, interest: 'internships' })).toBe(false);
  });
});
