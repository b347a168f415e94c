import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  indexErasureMarkers,
  markerHashesOf,
  markerInputsOf,
} from '../../../../shared/rights/erasureMarkerHash';
import { createKeyedHash } from '../../../../renderer/rights/erasureKeys';

const secret = randomBytes(32).toString('base64url');

describe('erasure marker hashing', () => {
  it('normalises e-mail and phone the way the register stores them', () => {
    const inputs = markerInputsOf({
      emails: [{ address: ' Aino.Makinen@Example.FI ' }, { address: 'not an address' }],
      phones: [{ number: '040 123 4567' }, { number: '+358 40 1234567' }],
    });
    expect(inputs).toEqual(['email:aino.makinen@example.fi', 'phone:+358401234567']);
  });

  it('is HMAC-SHA-256 with the register key (WebCrypto agrees with Node)', async () => {
    const hash = await createKeyedHash(secret);
    const [hex] = await markerHashesOf(['email:aino.makinen@example.fi'], hash);
    const expected = createHmac('sha256', Buffer.from(secret, 'base64url'))
      .update('email:aino.makinen@example.fi')
      .digest('hex');
    expect(hex).toBe(expected);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives other hashes under another key, so a marker cannot be tested without the key', async () => {
    const input = ['phone:+358401234567'];
    const [one] = await markerHashesOf(input, await createKeyedHash(secret));
    const [other] = await markerHashesOf(input, await createKeyedHash(randomBytes(32).toString('base64url')));
    expect(one).not.toBe(other);
  });

  it('matches a differently typed address of an erased person and nothing else', async () => {
    const hash = await createKeyedHash(secret);
    const erased = await markerHashesOf(
      markerInputsOf({ emails: [{ address: 'aino@example.fi' }], phones: [{ number: '0401234567' }] }),
      hash,
    );
    const index = indexErasureMarkers([{ hashes: erased, erasedOn: '2026-11-22' }]);
    const check = async (contact: Parameters<typeof markerInputsOf>[0]) =>
      index.erasedOn(await markerHashesOf(markerInputsOf(contact), hash));
    expect(await check({ emails: [{ address: 'AINO@example.fi' }], phones: [] })).toBe('2026-11-22');
    expect(await check({ emails: [], phones: [{ number: '+358 40 123 4567' }] })).toBe('2026-11-22');
    expect(await check({ emails: [{ address: 'someone@example.fi' }], phones: [] })).toBeNull();
    expect(await check({ emails: [], phones: [] })).toBeNull();
  });
});
