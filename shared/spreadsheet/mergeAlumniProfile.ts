import { cooperationInterests, maxListItems, type EducationEntry, type Person } from '../model';
import type { FieldChange } from './mergeRecords';

const formatEducation = (entry: EducationEntry): string =>
  [entry.institution, entry.programme, entry.degree, entry.graduationYear].filter(Boolean).join(', ');

const sameEducation = (a: EducationEntry, b: EducationEntry): boolean =>
  a.institution.toLowerCase() === b.institution.toLowerCase() &&
  a.programme.toLowerCase() === b.programme.toLowerCase() &&
  (a.graduationYear === b.graduationYear || a.graduationYear === '' || b.graduationYear === '');

/**
 * Merges an imported alumni profile into a register person like the rest of an import: education
 * records and interests grow, the note is appended, scalars are set only from non-empty values, and a
 * remove-my-data request already recorded keeps its (earlier) date.
 */
export const mergeAlumniProfile = (next: Person, incoming: Person, changes: FieldChange[]) => {
  let educations = next.educations ?? [];
  for (const entry of incoming.educations ?? []) {
    if (educations.some((current) => sameEducation(current, entry)) || educations.length >= maxListItems)
      continue;
    changes.push({
      field: 'educations',
      old: educations.map(formatEducation).join('; '),
      new: formatEducation(entry),
    });
    educations = [...educations, entry];
  }
  next.educations = educations;

  const current = next.cooperationInterests ?? [];
  const added = (incoming.cooperationInterests ?? []).filter((key) => !current.includes(key));
  if (added.length > 0) {
    changes.push({ field: 'cooperationInterests', old: current.join(', '), new: added.join(', ') });
  }
  next.cooperationInterests = cooperationInterests.filter(
    (key) => current.includes(key) || added.includes(key),
  );

  for (const field of ['employer', 'jobTitle'] as const) {
    const value = incoming[field] ?? '';
    if (value === '' || value === next[field]) continue;
    changes.push({ field, old: next[field] ?? '', new: value });
    next[field] = value;
  }
  next.alumniNote = next.alumniNote ?? '';
  if (incoming.alumniNote && !next.alumniNote.includes(incoming.alumniNote)) {
    changes.push({ field: 'alumniNote', old: next.alumniNote, new: incoming.alumniNote });
    next.alumniNote = next.alumniNote ? `${next.alumniNote}\n${incoming.alumniNote}` : incoming.alumniNote;
  }
  next.removalRequestedAt = next.removalRequestedAt ?? '';
  if (incoming.removalRequestedAt && next.removalRequestedAt === '') {
    changes.push({ field: 'removalRequestedAt', old: '', new: incoming.removalRequestedAt });
    next.removalRequestedAt = incoming.removalRequestedAt;
  }
};
