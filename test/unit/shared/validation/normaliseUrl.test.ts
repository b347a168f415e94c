import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../../shared/validation';

describe('normaliseUrl', () => {
  it.each([
    ['example.com', 'https://example.com/'],
    ['  www.example.fi  ', 'https://www.example.fi/'],
    ['https://www.example.fi', 'https://www.example.fi/'],
    ['http://example.fi/', 'http://example.fi/'],
    ['HTTPS://WWW.Example.FI/Polku', 'https://www.example.fi/Polku'],
    ['https://example.fi/a/b?c=1&d=2#e', 'https://example.fi/a/b?c=1&d=2#e'],
    ['example.com:8080/admin', 'https://example.com:8080/admin'],
    ['https://example.com:443/', 'https://example.com/'],
    ['http://localhost:3000/x', 'http://localhost:3000/x'],
    ['localhost:3000', 'https://localhost:3000/'],
    ['localhost', 'https://localhost/'],
    ['http://192.168.1.10/', 'http://192.168.1.10/'],
    ['sub.domain.example.co.uk', 'https://sub.domain.example.co.uk/'],
    ['ähtäri.fi', 'https://xn--htri-koac.fi/'],
    ['https://example.fi/hae?q=ä', 'https://example.fi/hae?q=%C3%A4'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normaliseUrl(input)).toEqual({ isValid: true, value: expected });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.com/',
    'mailto:anna@example.com',
    'tel:+358401234567',
    'ws://example.com/',
    'http:example.com',
    'https:/example.com',
    'example',
    'https://example',
    'https://example.',
    'example.c0m',
    'https://example.com./',
    'https://.example.com/',
    'https://exa mple.com/',
    'https://example.com/a b',
    'www.example.fi Helsinki',
    'https://user:secret@example.com/',
    'https://google.com@evil.example/',
    'https://[::1]/',
    'http://',
    'https://',
    '//',
  ])('rejects %j', (input) => {
    expect(normaliseUrl(input)).toEqual({ isValid: false, code: 'invalidUrl' });
  });

  it.each(['', '   '])('rejects %j with required', (input) => {
    expect(normaliseUrl(input)).toEqual({ isValid: false, code: 'required' });
  });
});
