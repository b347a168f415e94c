import { describe, expect, it } from 'vitest';
import {
  directionsFor,
  relationTypesOf,
  withCustomRelationTypes,
} from '../../../../shared/relations/relationTypes';

describe('relation types', () => {
  it('keeps well-formed custom types after the built-in ones and drops the rest', () => {
    const features = {
      relations: {
        customTypes: [
          {
            key: 'custom-1',
            fromKind: 'person',
            toKind: 'person',
            forward: 'Sponsor of',
            inverse: 'Sponsored by',
          },
          { key: 'custom-2', fromKind: 'person', toKind: 'planet', forward: 'Lives on' },
          { key: 'mentor', fromKind: 'person', toKind: 'person', forward: 'Shadowing a built-in key' },
          { key: 'custom-3', fromKind: 'organisation', toKind: 'organisation', forward: '  ' },
        ],
      },
    };
    const types = relationTypesOf({ features });
    expect(types.filter((type) => !type.isBuiltIn).map((type) => type.key)).toEqual(['custom-1']);
    expect(types.find((type) => type.key === 'mentor')?.isBuiltIn).toBe(true);
    // A round trip through the settings keeps the custom type as it was.
    expect(relationTypesOf({ features: withCustomRelationTypes({ features: {} }, types) })).toEqual(types);
  });

  it('offers a person both ends of person–person types, an organisation a symmetric type once', () => {
    const types = relationTypesOf({ features: {} });
    const forPerson = directionsFor(types, 'person').map(
      (d) => `${d.type.key}:${d.isForward ? 'from' : 'to'}`,
    );
    expect(forPerson).toContain('mentor:from');
    expect(forPerson).toContain('mentor:to');
    expect(forPerson).toContain('boardMember:from');
    expect(forPerson).not.toContain('boardMember:to');
    const forOrganisation = directionsFor(types, 'organisation').map(
      (d) => `${d.type.key}:${d.isForward ? 'from' : 'to'}`,
    );
    expect(forOrganisation.filter((direction) => direction.startsWith('partner'))).toEqual(['partner:from']);
    expect(forOrganisation).toContain('boardMember:to');
  });
});
