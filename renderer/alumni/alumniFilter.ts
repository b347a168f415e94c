import { foldText } from '../../shared/search/foldText';
import type { CooperationInterest, Person } from '../../shared/model';
import { alumniProfileOf } from './alumniProfileOf';

/** The people list's alumni filters; empty values do not filter. Years are 'yyyy' text as typed. */
export type AlumniFilter = {
  programme: string;
  graduatedFrom: string;
  graduatedTo: string;
  interest: CooperationInterest | '';
};

export const noAlumniFilter: AlumniFilter = {
  programme: '',
  graduatedFrom: '',
  graduatedTo: '',
  interest: '',
};

export const isAlumniFilterActive = (filter: AlumniFilter): boolean =>
  filter.programme.trim() !== '' ||
  /^\d{4}$/.test(filter.graduatedFrom) ||
  /^\d{4}$/.test(filter.graduatedTo) ||
  filter.interest !== '';

/**
 * Whether a person passes the alumni filters: an interest they chose, and one education record that
 * matches the programme (folded substring) and graduated within the range — all on the same record.
 */
export const matchesAlumniFilter = (person: Person, filter: AlumniFilter): boolean => {
  const profile = alumniProfileOf(person);
  if (filter.interest && !profile.cooperationInterests.includes(filter.interest)) return false;
  const programme = foldText(filter.programme.trim());
  const from = /^\d{4}$/.test(filter.graduatedFrom) ? filter.graduatedFrom : '';
  const to = /^\d{4}$/.test(filter.graduatedTo) ? filter.graduatedTo : '';
  if (programme === '' && from === '' && to === '') return true;
  return profile.educations.some(
    (entry) =>
      (programme === '' || foldText(entry.programme).includes(programme)) &&
      (from === '' || (entry.graduationYear !== '' && entry.graduationYear >= from)) &&
      (to === '' || (entry.graduationYear !== '' && entry.graduationYear <= to)),
  );
};
