import { describe, expect, it } from 'vitest';
import { emptyValueOf } from '../../../../server/sync/recordDefinitions';
import {
  cooperationInterests,
  fieldJsonSchema,
  personDefinition,
  validateRecord,
  type Person,
} from '../../../../shared/model';

const context = { today: '2026-11-22', knownCategories: ['alumnus'] };

const validPerson: Partial<Person> = {
  id: 'p1',
  status: 'active',
  owningUnit: 'main',
  createdAt: 1,
  updatedAt: 1,
  firstNames: 'Aino',
  lastName: 'Mäkinen',
};

const validate = (overrides: Partial<Record<keyof Person, unknown>>) =>
  validateRecord(personDefinition, { ...validPerson, ...overrides }, context);

const education = (overrides: Record<string, unknown> = {}) => ({
  institution: 'Pohjolan AMK',
  programme: 'Tietojenkäsittely',
  startYear: '2015',
  degree: 'Tradenomi',
  graduationYear: '2019',
  ...overrides,
});

describe('alumni profile fields of a person', () => {
  it('a person without alumni data validates with empty values', () => {
    const outcome = validate({});
    expect(outcome.issues).toEqual([]);
    expect(outcome.record).toMatchObject({
      educations: [],
      employer: '',
      jobTitle: '',
      cooperationInterests: [],
      alumniNote: '',
      removalRequestedAt: '',
    });
  });

  it('education records are trimmed, a number year from a spreadsheet becomes text, blank rows are dropped', () => {
    const outcome = validate({
      educations: [
        education({ institution: '  Pohjolan   AMK ', startYear: 2015, graduationYear: 2019 }),
        { institution: '', programme: ' ', startYear: '', degree: '', graduationYear: '' },
      ],
    });
    expect(outcome.issues).toEqual([]);
    expect(outcome.record.educations).toEqual([education()]);
  });

  it('years must be 1900 … ten years from today, four digits, and graduation not before the start', () => {
    expect(validate({ educations: [education({ startYear: '1899' })] }).issues).toEqual([
      { path: 'educations.0.startYear', code: 'notAllowed' },
    ]);
    expect(validate({ educations: [education({ graduationYear: '2036' })] }).issues).toEqual([]);
    expect(validate({ educations: [education({ graduationYear: '2037' })] }).issues).toEqual([
      { path: 'educations.0.graduationYear', code: 'notAllowed' },
    ]);
    expect(validate({ educations: [education({ startYear: '15' })] }).issues).toEqual([
      { path: 'educations.0.startYear', code: 'notAllowed' },
    ]);
    expect(
      validate({ educations: [education({ startYear: '2020', graduationYear: '2019' })] }).issues,
    ).toEqual([{ path: 'educations.0.graduationYear', code: 'endBeforeStart' }]);
  });

  it('education texts have length limits and the list at most 20 entries', () => {
    expect(validate({ educations: [education({ programme: 'x'.repeat(151) })] }).issues).toEqual([
      { path: 'educations.0.programme', code: 'tooLong', params: { max: 150 } },
    ]);
    const many = Array.from({ length: 21 }, () => education());
    expect(validate({ educations: many }).issues).toContainEqual({
      path: 'educations',
      code: 'tooMany',
      params: { max: 20 },
    });
  });

  it('cooperation interests keep only known keys, once, in the built-in order', () => {
    const outcome = validate({
      cooperationInterests: ['alumniEvents', 'guestLecturing', 'alumniEvents', ''],
    });
    expect(outcome.issues).toEqual([]);
    expect(outcome.record.cooperationInterests).toEqual(['guestLecturing', 'alumniEvents']);
    expect(validate({ cooperationInterests: ['sponsoring'] }).issues).toEqual([
      { path: 'cooperationInterests', code: 'notAllowed' },
    ]);
    expect(cooperationInterests).toHaveLength(9);
  });

  it('the remove-my-data request is a date', () => {
    expect(validate({ removalRequestedAt: '22.11.2026' }).record.removalRequestedAt).toBe('2026-11-22');
    expect(validate({ removalRequestedAt: 'soon' }).issues).toEqual([
      { path: 'removalRequestedAt', code: 'invalidDate' },
    ]);
  });

  it('the RxDB schema and the server empty values cover the new kinds', () => {
    expect(fieldJsonSchema({ kind: 'choiceList', options: cooperationInterests })).toEqual({
      type: 'array',
      maxItems: 9,
      items: { type: 'string', enum: [...cooperationInterests] },
    });
    expect(fieldJsonSchema({ kind: 'educations' })).toMatchObject({
      type: 'array',
      maxItems: 20,
      items: { required: ['institution', 'programme', 'startYear', 'degree', 'graduationYear'] },
    });
    expect(emptyValueOf({ kind: 'educations' })).toEqual([]);
    expect(emptyValueOf({ kind: 'choiceList', options: cooperationInterests })).toEqual([]);
  });
});
