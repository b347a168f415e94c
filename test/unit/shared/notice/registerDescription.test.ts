import { describe, expect, it } from 'vitest';
import { defaultRegisterSettings } from '../../../../shared/model/registerSettings';
import {
  consentPurposesFromSettings,
  noticeFactsOf,
  retentionRulesFromSettings,
} from '../../../../shared/notice/noticeFacts';
import {
  emptyRegisterDescription,
  registerDescriptionOf,
  validateRegisterDescription,
  withRegisterDescription,
} from '../../../../shared/notice/registerDescription';
import { completeDescription, configuredSettings } from './noticeFixtures';

describe('registerDescriptionOf', () => {
  it('gives an empty description when nothing is stored', () => {
    expect(registerDescriptionOf(defaultRegisterSettings(0))).toEqual(emptyRegisterDescription());
    expect(registerDescriptionOf(undefined)).toEqual(emptyRegisterDescription());
  });

  it('reads back what withRegisterDescription stored, keeping other features', () => {
    const settings = { ...defaultRegisterSettings(0), features: { consent: { purposes: [] } } };
    const patch = withRegisterDescription(settings, completeDescription());
    expect(patch.features.consent).toEqual({ purposes: [] });
    expect(registerDescriptionOf(patch)).toEqual(completeDescription());
  });

  it('fills missing parts and drops malformed ones', () => {
    const description = registerDescriptionOf({
      features: {
        registerDescription: {
          controllerName: { fi: '  Oy Esimerkki Ab \r\n', sv: 42, xx: 'ignored' },
          legalBases: ['consent', 'bribery', 'consent', 'contract'],
          transfers: 'everywhere',
          security: 'not an object',
          businessId: ' 1234 ',
        },
      },
    });
    expect(description.controllerName).toEqual({ fi: 'Oy Esimerkki Ab', sv: '', en: '' });
    expect(description.legalBases).toEqual(['consent', 'contract']);
    expect(description.transfers).toBe('none');
    expect(description.security).toEqual({ fi: '', sv: '', en: '' });
    // An invalid stored business ID is kept as typed, so the form shows it with its error.
    expect(description.businessId).toBe('1234');
  });

  it('bounds texts to their maximum length', () => {
    const description = registerDescriptionOf({
      features: {
        registerDescription: { registerName: { en: 'x'.repeat(500) }, purposes: { en: 'y'.repeat(5000) } },
      },
    });
    expect(description.registerName.en).toHaveLength(200);
    expect(description.purposes.en).toHaveLength(4000);
  });
});

describe('validateRegisterDescription', () => {
  it('canonicalises a valid business ID and accepts empty texts', () => {
    const { value, issues } = validateRegisterDescription({
      ...emptyRegisterDescription(),
      businessId: ' 572860-7',
    });
    expect(issues).toEqual([]);
    expect(value.businessId).toBe('0572860-7');
  });

  it('refuses a business ID with a wrong check digit, naming the expected digit', () => {
    const { issues } = validateRegisterDescription({ ...completeDescription(), businessId: '1572860-1' });
    expect(issues).toEqual([{ field: 'businessId', code: 'businessIdCheckDigit', params: { expected: 0 } }]);
  });

  it('reports a text too long at its language', () => {
    const draft = completeDescription();
    draft.registerName = { ...draft.registerName, sv: 'å'.repeat(201) };
    expect(validateRegisterDescription(draft).issues).toEqual([
      { field: 'registerName', language: 'sv', code: 'tooLong', params: { max: 200 } },
    ]);
  });

  it('normalises line endings and blank lines but keeps paragraphs', () => {
    const draft = completeDescription();
    draft.sources = { ...draft.sources, fi: ' Yksi.  \r\n\r\n\r\n\r\nKaksi. ' };
    expect(validateRegisterDescription(draft).value.sources.fi).toBe('Yksi.\n\nKaksi.');
  });
});

describe('notice facts from settings', () => {
  it('takes enabled categories, enabled consent purposes and well-formed retention rules', () => {
    const facts = noticeFactsOf(configuredSettings(), '2026-11-22');
    expect(facts.personCategories.map((option) => option.key)).not.toContain('donor');
    expect(facts.personCategories).toContainEqual({
      key: 'custom-1',
      label: 'Hallituksen jäsen',
      isBuiltIn: false,
    });
    expect(facts.consentPurposes.map((purpose) => purpose.key)).toEqual([
      'newsletter',
      'custom-a',
      'alumniCommunication',
      'eventInformation',
      'mentoring',
    ]);
    expect(facts.retentionRules.map((fact) => fact.rule?.id)).toEqual(['board', 'participants']);
    expect(facts.personFields).toContain('emails');
  });

  it('offers the built-in consent purposes and no retention rules when neither is configured', () => {
    const settings = defaultRegisterSettings(0);
    expect(consentPurposesFromSettings(settings).map((purpose) => purpose.key)).toEqual([
      'newsletter',
      'marketing',
      'alumniCommunication',
      'eventInformation',
      'mentoring',
    ]);
    expect(retentionRulesFromSettings(settings)).toEqual([]);
    expect(retentionRulesFromSettings({ features: { retention: 'garbage' } })).toEqual([]);
  });
});
