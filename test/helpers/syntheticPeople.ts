import type { Person } from '../../shared/model';
import { emptyAlumniProfile } from '../../shared/model';

// Plausible Finnish and Swedish names so search, sorting and folding meet real shapes (ä, ö, å).
const firstNames = [
  'Aino',
  'Eino',
  'Väinö',
  'Helmi',
  'Juha',
  'Päivi',
  'Mikko',
  'Sanna',
  'Öljy',
  'Åsa',
  'Erik',
  'Karin',
  'Lars',
  'Ingrid',
  'Matti',
  'Tiina',
  'Jussi',
  'Leena',
  'Pekka',
  'Hannele',
];
const lastNames = [
  'Mäkinen',
  'Virtanen',
  'Korhonen',
  'Nieminen',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lindqvist',
  'Åberg',
  'Öhman',
  'Sjöberg',
  'Lehtonen',
  'Räsänen',
  'Björklund',
];
const titles = ['Lehtori', 'Projektipäällikkö', 'Rektor', 'Koordinaattori', 'Toimitusjohtaja', ''];
const cities = ['Helsinki', 'Espoo', 'Vaasa', 'Turku', 'Tampere', 'Oulu', 'Porvoo', 'Jakobstad'];
const categoryPool = ['alumnus', 'lecturer', 'partnerContact', 'customer', 'student'];

/** Deterministic generator (mulberry32), so every benchmark run measures the same records. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** `count` valid Person records with unique ids, e-mails and phones; `now` sets their timestamps. */
export const syntheticPeople = (count: number, seed = 1, now = 1_760_000_000_000): Person[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const firstNames = pick(random, firstNamesPool);
    const lastName = pick(random, lastNames);
    const ascii = `${firstNames}.${lastName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    return {
      id: `bench-${seed}-${index}`,
      status: random() < 0.1 ? 'passive' : 'active',
      owningUnit: 'main',
      createdAt: now - index,
      updatedAt: now - index,
      firstNames,
      lastName,
      formerLastNames: random() < 0.05 ? [pick(random, lastNames)] : [],
      preferredName: '',
      birthDate: '',
      title: pick(random, titles),
      categories: [pick(random, categoryPool)],
      tags: [],
      contactLanguage: random() < 0.8 ? 'fi' : 'sv',
      nationality: 'FI',
      emails: [{ kind: 'work', address: `${ascii}.${index}@example.fi` }],
      phones: [{ kind: 'mobile', number: `+35840${String(1_000_000 + index).padStart(7, '0')}` }],
      addresses: [
        {
          kind: 'postal',
          street: `Testikatu ${index % 200}`,
          postalCode: '00100',
          city: pick(random, cities),
          country: 'FI',
        },
      ],
      links: [],
      notes: random() < 0.2 ? 'Tavattu messuilla; kiinnostunut yhteistyöstä.' : '',
      ...emptyAlumniProfile,
      createdBy: 'bench',
      updatedBy: 'bench',
    } satisfies Person;
  });
};

const firstNamesPool = firstNames;
