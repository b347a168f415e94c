import { describe, expect, it } from 'vitest';
import {
  builtInConsentPurposes,
  consentSettingsOf,
  withConsentSettings,
} from '../../../../shared/consent/consentPurposes';

describe('consent purposes settings', () => {
  it('gives every built-in purpose, enabled, when nothing is stored', () => {
    const { purposes } = consentSettingsOf({ features: {} });
    expect(purposes.map((p) => p.key)).toEqual([...builtInConsentPurposes]);
    expect(purposes.every((p) => p.isBuiltIn && p.isEnabled)).toBe(true);
  });

  it('keeps stored order, custom purposes and disabled ones; drops malformed entries and duplicates', () => {
    const { purposes } = consentSettingsOf({
      features: {
        consent: {
          purposes: [
            { key: 'custom-1', label: ' Donor letters ', isBuiltIn: false, isEnabled: true },
            { key: 'marketing', label: 'ignored', isBuiltIn: true, isEnabled: false },
            { key: 'custom-1', label: 'again', isEnabled: true },
            { key: 'custom-2', label: '' },
            'junk',
            { label: 'no key' },
          ],
        },
      },
    });
    expect(purposes.slice(0, 2)).toEqual([
      { key: 'custom-1', label: 'Donor letters', isBuiltIn: false, isEnabled: true },
      { key: 'marketing', label: '', isBuiltIn: true, isEnabled: false },
    ]);
    expect(purposes.map((p) => p.key)).toEqual([
      'custom-1',
      'marketing',
      'newsletter',
      'alumniCommunication',
      'eventInformation',
      'mentoring',
    ]);
  });

  it('survives a stored value of the wrong shape', () => {
    expect(consentSettingsOf({ features: { consent: 'broken' } }).purposes).toHaveLength(5);
    expect(consentSettingsOf(undefined).purposes).toHaveLength(5);
  });

  it('writes its own key and leaves other features alone', () => {
    const settings = { features: { retention: { months: 24 } } };
    const next = withConsentSettings(settings, consentSettingsOf(settings));
    expect(next.features.retention).toEqual({ months: 24 });
    expect(consentSettingsOf(next).purposes).toHaveLength(5);
  });
});
