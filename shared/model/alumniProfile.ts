/**
 * The alumni profile a person carries (issue #5): education records and the
 * cooperation interests of an alumni registration form.
 */
export const cooperationInterests = [
  'guestLecturing',
  'studyVisits',
  'internships',
  'projectTopics',
  'jointProjects',
  'alumniNetworking',
  'continuingEducation',
  'competenceDevelopment',
  'alumniEvents',
] as const;

export type CooperationInterest = (typeof cooperationInterests)[number];

/** Years are kept as 'yyyy' text ('' when unknown) so a half-filled form row stays representable. */
export type EducationEntry = {
  institution: string;
  programme: string;
  startYear: string;
  degree: string;
  graduationYear: string;
};

export const educationTextLimits = { institution: 150, programme: 150, degree: 100 } as const;

export const minEducationYear = 1900;
/** Planned graduations may lie in the future, but not absurdly far. */
export const maxEducationYearAhead = 10;

/** The alumni fields of a person who has none: what a new person and a migrated version-0 record get. */
export const emptyAlumniProfile = {
  educations: [] as EducationEntry[],
  employer: '',
  jobTitle: '',
  cooperationInterests: [] as CooperationInterest[],
  alumniNote: '',
  removalRequestedAt: '',
};
