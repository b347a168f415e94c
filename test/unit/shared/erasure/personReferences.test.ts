import { describe, expect, it } from 'vitest';
import { personReferences } from '../../../../shared/erasure/personReferences';
import * as model from '../../../../shared/model';

describe('personReferences', () => {
  it('names each collection once', () => {
    const names = personReferences.map((rule) => rule.collection);
    expect(new Set(names).size).toBe(names.length);
  });

  it('points at plaintext reference fields that exist in the record definitions', () => {
    type AnyDefinition = {
      collection: string;
      fields: Record<string, { kind: string; isPlaintext?: boolean }>;
    };
    const definitions = (Object.values(model) as unknown[]).filter(
      (value): value is AnyDefinition =>
        typeof value === 'object' && value !== null && 'collection' in value && 'fields' in value,
    );
    for (const rule of personReferences) {
      const definition = definitions.find((candidate) => candidate.collection === rule.collection);
      expect(definition, rule.collection).toBeDefined();
      const field = definition?.fields[rule.referenceField];
      expect(field?.kind, `${rule.collection}.${rule.referenceField}`).toBe('reference');
      expect(field?.isPlaintext).toBe(true);
    }
  });
});
