import type { ErasureMarker } from '../../shared/model';
import type { ImportCandidate } from '../../shared/spreadsheet/buildImportRows';
import { indexErasureMarkers, markerHashesOf, markerInputsOf } from '../../shared/rights/erasureMarkerHash';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import { createKeyedHash, readErasureKeys } from './erasureKeys';

type Contact = { emails: readonly { address: string }[]; phones: readonly { number: string }[] };

/**
 * For each contact (an import row), the date its person was erased, when any of its e-mail addresses or
 * phone numbers matches an erasure marker. Hashes with every key the device knows, so markers made
 * with any of them match.
 */
export const findErasedContacts = async (
  database: RegisterDatabase,
  contacts: readonly Contact[],
): Promise<(string | null)[]> => {
  const records = (await database.erasureMarkers.find({ selector: { status: 'active' } }).exec()).map(
    (document) => document.toJSON() as ErasureMarker,
  );
  const markers = records.filter((record) => record.kind === 'marker');
  if (markers.length === 0) return contacts.map(() => null);
  const index = indexErasureMarkers(markers);
  const hashers = await Promise.all(
    (await readErasureKeys(database)).map((key) => createKeyedHash(key.secret)),
  );
  return Promise.all(
    contacts.map(async (contact) => {
      const inputs = markerInputsOf(contact);
      if (inputs.length === 0) return null;
      for (const hash of hashers) {
        const date = index.erasedOn(await markerHashesOf(inputs, hash));
        if (date !== null) return date;
      }
      return null;
    }),
  );
};

/** Import rows (people) whose e-mail or phone matches an erasure marker: row number → erasure date. */
export const erasedRowsOf = async (
  database: RegisterDatabase,
  candidates: readonly ImportCandidate[],
): Promise<Map<number, string>> => {
  const people = candidates.flatMap((candidate) => (candidate.kind === 'people' ? [candidate] : []));
  const dates = await findErasedContacts(
    database,
    people.map((candidate) => candidate.person),
  );
  const erased = new Map<number, string>();
  dates.forEach((date, index) => {
    if (date !== null) erased.set(people[index]!.rowNumber, date);
  });
  return erased;
};
