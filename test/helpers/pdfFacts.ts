/**
 * What a test can read from a PDF without a PDF library: the header, the page count and the
 * document title from the info dictionary (Chromium writes the page's <title> there, as UTF-16BE hex
 * or as a literal string).
 */
export const pdfFacts = (bytes: Buffer): { isPdf: boolean; pages: number; title: string } => {
  const text = bytes.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
  const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text);
  let title = '';
  if (hex?.[1]) {
    const units = hex[1].match(/.{4}/g) ?? [];
    title = String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
  } else if (literal?.[1]) {
    const raw = literal[1].replace(/\\([()\\])/g, '$1');
    title = raw.startsWith('\u00fe\u00ff')
      ? Buffer.from(raw.slice(2), 'latin1').swap16().toString('utf16le')
      : raw;
  }
  return { isPdf: text.startsWith('%PDF-'), pages, title };
};
