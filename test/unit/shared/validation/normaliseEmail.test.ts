import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../../shared/validation';

const local64 = 'a'.repeat(64);
// 63 + 1 + 63 + 1 + 58 + 3 = 189 characters, so that local64 + '@' + domain189 is exactly 254.
const domain189 = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.fi`;

describe('normaliseEmail', () => {
  it.each([
    ['matti.meikalainen@example.fi', 'matti.meikalainen@example.fi'],
    ['  Matti.Meikalainen@Example.FI  ', 'matti.meikalainen@example.fi'],
    ['\tANNA@EXAMPLE.COM\n', 'anna@example.com'],
    ['<anna@example.com>', 'anna@example.com'],
    ['< anna@example.com >', 'anna@example.com'],
    ['mailto:anna@example.com', 'anna@example.com'],
    ['MAILTO:Anna@Example.com', 'anna@example.com'],
    ['<mailto:anna@example.com>', 'anna@example.com'],
    ['first.last+newsletter@sub.example.co.uk', 'first.last+newsletter@sub.example.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['info@my-company.fi', 'info@my-company.fi'],
    ['a@b.co', 'a@b.co'],
    ['x_1-2@123.example.org', 'x_1-2@123.example.org'],
    ['Info@Ähtäri.FI', 'info@ähtäri.fi'],
    ['user@xn--hxajbheg2az3al.xn--jxalpdlp', 'user@xn--hxajbheg2az3al.xn--jxalpdlp'],
    [`${local64}@example.fi`, `${local64}@example.fi`],
    [`${local64}@${domain189}`, `${local64}@${domain189}`],
  ])('accepts %j as %j', (input, expected) => {
    expect(normaliseEmail(input)).toEqual({ isValid: true, value: expected });
  });

  it('composes decomposed characters (NFC) so that the same address is always stored the same way', () => {
    expect(normaliseEmail('info@a\u0308hta\u0308ri.fi')).toEqual({ isValid: true, value: 'info@ähtäri.fi' });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['<>', 'required'],
    ['mailto:', 'required'],
    ['matti at example.fi', 'invalidEmail'],
    ['matti(at)example.fi', 'invalidEmail'],
    ['matti.example.fi', 'invalidEmail'],
    ['matti@example', 'invalidEmail'],
    ['matti@localhost', 'invalidEmail'],
    ['matti@example.f', 'invalidEmail'],
    ['matti@example.123', 'invalidEmail'],
    ['matti@example.f1', 'invalidEmail'],
    ['matti@@example.fi', 'invalidEmail'],
    ['a@b@example.fi', 'invalidEmail'],
    ['matti meikalainen@example.fi', 'invalidEmail'],
    ['matti@exa mple.fi', 'invalidEmail'],
    ['a@example.fi, b@example.fi', 'invalidEmail'],
    ['a@example.fi;b@example.fi', 'invalidEmail'],
    ['Matti <matti@example.fi>', 'invalidEmail'],
    ['"matti"@example.fi', 'invalidEmail'],
    ['matti@[192.168.0.1]', 'invalidEmail'],
    ['.matti@example.fi', 'invalidEmail'],
    ['matti.@example.fi', 'invalidEmail'],
    ['mat..ti@example.fi', 'invalidEmail'],
    ['@example.fi', 'invalidEmail'],
    ['matti@', 'invalidEmail'],
    ['matti@.example.fi', 'invalidEmail'],
    ['matti@example..fi', 'invalidEmail'],
    ['matti@example.fi.', 'invalidEmail'],
    ['matti@-example.fi', 'invalidEmail'],
    ['matti@example-.fi', 'invalidEmail'],
    ['matti@exam_ple.fi', 'invalidEmail'],
    ['mailto:anna@example.com?subject=Hei', 'invalidEmail'],
    [`${'a'.repeat(65)}@example.fi`, 'invalidEmail'],
    [`matti@${'b'.repeat(64)}.fi`, 'invalidEmail'],
  ])('rejects %j with %s', (input, code) => {
    expect(normaliseEmail(input)).toEqual({ isValid: false, code });
  });

  it('rejects an address longer than 254 octets with tooLong and the limit', () => {
    const address = `${local64}@${domain189.replace('.fi', 'd.fi')}`;
    expect(address).toHaveLength(255);
    expect(normaliseEmail(address)).toEqual({ isValid: false, code: 'tooLong', params: { max: 254 } });
  });

  it('counts the length in UTF-8 octets, as the RFC limit does', () => {
    // 'ä' is two octets: 60 of them make a 120-octet local part, far over the 64-octet limit.
    expect(normaliseEmail(`${'ä'.repeat(60)}@example.fi`)).toEqual({ isValid: false, code: 'invalidEmail' });
    expect(normaliseEmail(`${'ä'.repeat(32)}@example.fi`)).toEqual({
      isValid: true,
      value: `${'ä'.repeat(32)}@example.fi`,
    });
  });
});
