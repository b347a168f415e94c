import type { TagColour } from '../../../shared/model';

/** Chip background per palette entry; mid-tone so white text stays readable in both themes. */
export const tagColourValues: Record<TagColour, string> = {
  grey: '#616161',
  blue: '#1565c0',
  green: '#2e7d32',
  orange: '#b45309',
  red: '#c62828',
  purple: '#6a1b9a',
  teal: '#00695c',
  brown: '#5d4037',
};
