/**
 * A dependency-free estimate of passphrase strength. It is deliberately
 * conservative: it rewards length and variety and punishes repetition,
 * sequences and the commonest choices, which is what matters for a key
 * that guards the whole register.
 */
export type PassphraseStrength = { score: 0 | 1 | 2 | 3 | 4; bits: number };

export const minimumPassphraseLength = 10;
export const minimumPassphraseScore = 2;

const common = [
  'password',
  'salasana',
  'losenord',
  'qwerty',
  'asdf',
  '123456',
  'kontakt',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  'summer',
  'kesa',
  'talvi',
  'sommar',
  'vinter',
  'monkey',
  'dragon',
  'abc',
];

const poolSize = (text: string): number => {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/\d/.test(text)) pool += 10;
  if (/[^a-zA-Z\d\s]/.test(text)) pool += 33;
  if (/\s/.test(text)) pool += 1;
  return Math.max(pool, 1);
};

const isSequence = (a: string, b: string) => Math.abs(a.charCodeAt(0) - b.charCodeAt(0)) <= 1;

export const estimatePassphraseStrength = (passphrase: string): PassphraseStrength => {
  if (passphrase.length === 0) return { score: 0, bits: 0 };
  let effectiveLength = 0;
  for (let index = 0; index < passphrase.length; index += 1) {
    const current = passphrase[index]!;
    const previous = passphrase[index - 1];
    // Repeats and runs such as "aaaa" or "1234" add almost nothing.
    effectiveLength +=
      previous !== undefined && (current === previous || isSequence(current, previous)) ? 0.25 : 1;
  }
  const lower = passphrase.toLowerCase();
  const commonPenalty = common.reduce(
    (penalty, word) => (lower.includes(word) ? penalty + word.length * 0.75 : penalty),
    0,
  );
  const words = passphrase.trim().split(/\s+/).length;
  const bits = Math.max(
    0,
    (effectiveLength - commonPenalty) * Math.log2(poolSize(passphrase)) + (words >= 4 ? 10 : 0),
  );
  const score = bits < 28 ? 0 : bits < 40 ? 1 : bits < 55 ? 2 : bits < 70 ? 3 : 4;
  return { score, bits: Math.round(bits) };
};

export const isPassphraseAcceptable = (passphrase: string): boolean =>
  passphrase.length >= minimumPassphraseLength &&
  estimatePassphraseStrength(passphrase).score >= minimumPassphraseScore;
