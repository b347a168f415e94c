/**
 * OWASP CSV injection: a cell that starts with = + - @ tab CR or LF may be run as a formula when the file
 * is opened in a spreadsheet, so it gets a leading apostrophe. An E.164 phone number ("+358401234567") is
 * left alone: digits after "+" cannot form a formula that does anything, and an apostrophe would break
 * every phone column a mailing service reads.
 */
export const neutraliseCell = (text: string): string =>
  /^[=+\-@\t\r\n]/.test(text) && !/^\+\d{6,15}$/.test(text) ? `'${text}` : text;
