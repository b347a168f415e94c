/**
 * What erasure does to a collection's records about a person:
 * - `delete`: the record is about the person only (the person, their links) and goes, blanked first;
 * - `blankReference`: the record is about something else (an event, a list) and stays, with the
 *   reference to the person set to '' (the reference field must then be optional in its definition);
 * - `keepAnonymised`: the record must outlive the person (the request log, an audit trail): it stays
 *   with its reference, which names nobody once the person is gone, and `anonymisedFields` blanked;
 * - `unlinkFromList`: the record names several people in a list (an activity): the person is taken
 *   out of it, and the record goes when nobody else is left in it.
 */
export type ErasureAction =
  | { kind: 'delete' }
  | { kind: 'unlinkFromList' }
  | { kind: 'blankReference' }
  | { kind: 'keepAnonymised'; anonymisedFields: readonly string[] };

/**
 * A collection that holds records about a person, found through a plaintext reference field (only
 * plaintext fields can be queried in storage). `personField: 'id'` means the record is the person.
 */
export type PersonDataCollection = {
  collection: string;
  personField: string;
  /** A second plaintext reference that may also name the person (the other end of a relation). */
  otherPersonField?: string;
  /** The person field is an encrypted list of ids, filtered after decryption. */
  isPersonList?: boolean;
  /** Bulk records leave the person field empty and list their people in this encrypted field. */
  bulkListField?: string;
  erasure: ErasureAction;
};

/**
 * Every collection that references a person. Erasure walks this list; a feature that adds a record
 * type referencing people adds one line here (the lead does so when merging). Order matters: records
 * are handled top to bottom, the person itself last, so nothing points at a missing person midway.
 */
export const personDataCollections: readonly PersonDataCollection[] = [
  { collection: 'affiliations', personField: 'personId', erasure: { kind: 'delete' } },
  // Consent history and bans prove what the person agreed to; once the person is erased they prove
  // nothing about anyone, and the erasure marker takes over warning before a re-import.
  { collection: 'consentEvents', personField: 'personId', erasure: { kind: 'delete' } },
  { collection: 'marketingBans', personField: 'personId', erasure: { kind: 'delete' } },
  { collection: 'listMemberships', personField: 'personId', erasure: { kind: 'delete' } },
  { collection: 'registrations', personField: 'personId', erasure: { kind: 'delete' } },
  {
    collection: 'relations',
    personField: 'fromId',
    otherPersonField: 'toId',
    erasure: { kind: 'delete' },
  },
  {
    collection: 'activities',
    personField: 'personIds',
    isPersonList: true,
    erasure: { kind: 'unlinkFromList' },
  },
  {
    collection: 'rightsRequests',
    personField: 'personId',
    erasure: { kind: 'keepAnonymised', anonymisedFields: ['note'] },
  },
  // The access log is the controller's account of who handled the data: it stays, naming an id that
  // names nobody once the person is gone.
  {
    collection: 'accessEntries',
    personField: 'personId',
    bulkListField: 'personIds',
    erasure: { kind: 'keepAnonymised', anonymisedFields: [] },
  },
  { collection: 'people', personField: 'id', erasure: { kind: 'delete' } },
];

/** The empty value an erased field takes: the same shape as the server's tombstones. */
export const erasedValueOf = (value: unknown): unknown =>
  Array.isArray(value) ? [] : typeof value === 'number' ? 0 : typeof value === 'boolean' ? false : '';

/**
 * A record as erasure leaves it, or null when it goes. Pure, so the plan can be tested and the
 * renderer only writes what it says.
 */
export const erasedRecordOf = (
  entry: PersonDataCollection,
  record: Record<string, unknown>,
  personId: string,
): Record<string, unknown> | null => {
  switch (entry.erasure.kind) {
    case 'delete':
      return null;
    case 'blankReference':
      return { ...record, [entry.personField]: '' };
    case 'unlinkFromList': {
      const ids = Array.isArray(record[entry.personField]) ? (record[entry.personField] as unknown[]) : [];
      const others = ids.filter((id) => id !== personId);
      return others.length === 0 ? null : { ...record, [entry.personField]: others };
    }
    case 'keepAnonymised': {
      const blanked = Object.fromEntries(
        entry.erasure.anonymisedFields.map((field) => [field, erasedValueOf(record[field])]),
      );
      return { ...record, ...blanked };
    }
  }
};

/**
 * A deleted record as its tombstone should hold it: every field blanked but the plaintext bookkeeping
 * (id, status, owning unit, timestamps, references), so the tombstone RxDB keeps until it is purged, and
 * the one the server keeps forever, carry nothing personal.
 */
export const blankedForDeletion = (
  record: Record<string, unknown>,
  plaintextFields: readonly string[],
): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(record).map(([field, value]) => [
      field,
      plaintextFields.includes(field) ? value : erasedValueOf(value),
    ]),
  );
