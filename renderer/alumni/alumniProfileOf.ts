import { emptyAlumniProfile, type Person } from '../../shared/model';

export type AlumniProfile = typeof emptyAlumniProfile;

/**
 * The alumni fields of a person with defaults: a record pulled from a server that stored it before
 * schema version 1 may lack them.
 */
export const alumniProfileOf = (person: Person): AlumniProfile => ({
  educations: person.educations ?? [],
  employer: person.employer ?? '',
  jobTitle: person.jobTitle ?? '',
  cooperationInterests: person.cooperationInterests ?? [],
  alumniNote: person.alumniNote ?? '',
  removalRequestedAt: person.removalRequestedAt ?? '',
});

export const hasAlumniData = (person: Person): boolean => {
  const profile = alumniProfileOf(person);
  return (
    profile.educations.length > 0 ||
    profile.cooperationInterests.length > 0 ||
    profile.employer !== '' ||
    profile.jobTitle !== '' ||
    profile.alumniNote !== '' ||
    profile.removalRequestedAt !== ''
  );
};
