import { describe, expect, it } from 'vitest';
import { isClientVersionSupported } from '../../../server/http/clientVersion';

describe('isClientVersionSupported', () => {
  it('compares dotted versions numerically and refuses what it cannot read', () => {
    expect(isClientVersionSupported('0.1.0', '0.1.0')).toBe(true);
    expect(isClientVersionSupported('0.10.0', '0.9.3')).toBe(true);
    expect(isClientVersionSupported('1', '0.9.3')).toBe(true);
    expect(isClientVersionSupported('0.0.9', '0.1.0')).toBe(false);
    expect(isClientVersionSupported('0.1', '0.1.1')).toBe(false);
    expect(isClientVersionSupported(undefined, '0.1.0')).toBe(false);
    expect(isClientVersionSupported('1.0.0-beta', '0.1.0')).toBe(false);
  });
});
