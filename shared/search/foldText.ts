/**
 * Folds text for matching: lower case, diacritics removed, so "makinen" finds
 * "Mäkinen" and "ostersund" finds "Östersund". Letters that do not decompose
 * (ø, æ, ß, đ, ł) are mapped by hand.
 */
const extraFolds: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæœßđłþð]/g, (letter) => extraFolds[letter] ?? letter);
