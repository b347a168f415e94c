/** Today's date on this computer as yyyy-mm-dd (toISOString would give the UTC date, a day off at night). */
export const localIsoDate = (date: Date): string =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
