import type { Subscription } from 'rxjs';
import type { Affiliation, Organisation, Person, RegisterSettings } from '../../shared/model';
import { defaultRegisterSettings, registerSettingsId } from '../../shared/model';
import { createSearchIndex, type SearchIndex } from '../../shared/search/searchIndex';
import type { RegisterDatabase } from '../db/openRegisterDatabase';

/**
 * The decrypted register held in memory after unlock: maps of records, search
 * indexes and a version number React subscribes to. RxDB change events are
 * the only way records enter, so writes from this tab, other tabs and (later)
 * sync all update it the same way.
 */
export type RegisterStore = {
  database: RegisterDatabase;
  people: ReadonlyMap<string, Person>;
  organisations: ReadonlyMap<string, Organisation>;
  affiliations: ReadonlyMap<string, Affiliation>;
  settings: () => RegisterSettings;
  peopleIndex: SearchIndex;
  organisationsIndex: SearchIndex;
  version: () => number;
  subscribe: (listener: () => void) => () => void;
  close: () => Promise<void>;
};

export const personSearchParts = (person: Person): string[] => [
  person.firstNames,
  person.lastName,
  person.preferredName,
  ...person.formerLastNames,
  person.title,
  ...person.emails.map((email) => email.address),
  ...person.phones.map((phone) => phone.number),
];

export const organisationSearchParts = (organisation: Organisation): string[] => [
  organisation.name,
  organisation.businessId,
  organisation.industry,
  ...organisation.departments,
  ...organisation.emails.map((email) => email.address),
  ...organisation.phones.map((phone) => phone.number),
  ...organisation.addresses.map((address) => address.city),
];

type ChangeEvent<T> = { operation: 'INSERT' | 'UPDATE' | 'DELETE'; documentId: string; documentData: T };

const stripMeta = <T>(data: T): T => {
  const { _rev: _r, _meta: _m, _deleted: _d, _attachments: _a, ...rest } = data as Record<string, unknown>;
  return rest as T;
};

export const createRegisterStore = async (
  database: RegisterDatabase,
  onProgress?: (loaded: number) => void,
): Promise<RegisterStore> => {
  const people = new Map<string, Person>();
  const organisations = new Map<string, Organisation>();
  const affiliations = new Map<string, Affiliation>();
  const peopleIndex = createSearchIndex();
  const organisationsIndex = createSearchIndex();
  let settings = defaultRegisterSettings(Date.now());
  let version = 0;
  const listeners = new Set<() => void>();

  let notifyScheduled = false;
  const notify = () => {
    version += 1;
    // Many change events arrive in one bulk; React re-renders once per frame at most.
    if (notifyScheduled) return;
    notifyScheduled = true;
    queueMicrotask(() => {
      notifyScheduled = false;
      listeners.forEach((listener) => listener());
    });
  };

  const putPerson = (person: Person) => {
    people.set(person.id, person);
    peopleIndex.upsert(person.id, personSearchParts(person));
  };
  const putOrganisation = (organisation: Organisation) => {
    organisations.set(organisation.id, organisation);
    organisationsIndex.upsert(organisation.id, organisationSearchParts(organisation));
  };

  const [peopleDocs, organisationDocs, affiliationDocs, settingsDoc] = await Promise.all([
    database.people.find().exec(),
    database.organisations.find().exec(),
    database.affiliations.find().exec(),
    database.settings.findOne(registerSettingsId).exec(),
  ]);
  peopleDocs.forEach((doc) => putPerson(stripMeta(doc.toJSON() as Person)));
  onProgress?.(peopleDocs.length);
  organisationDocs.forEach((doc) => putOrganisation(stripMeta(doc.toJSON() as Organisation)));
  affiliationDocs.forEach((doc) => affiliations.set(doc.id, stripMeta(doc.toJSON() as Affiliation)));
  if (settingsDoc) settings = { ...settings, ...stripMeta(settingsDoc.toJSON() as RegisterSettings) };

  const follow = <T extends { id: string }>(
    collection: { $: { subscribe: (next: (event: ChangeEvent<T>) => void) => Subscription } },
    put: (record: T) => void,
    remove: (id: string) => void,
  ) =>
    collection.$.subscribe((event) => {
      if (event.operation === 'DELETE') remove(event.documentId);
      else put(stripMeta(event.documentData));
      notify();
    });

  const subscriptions = [
    follow<Person>(database.people as never, putPerson, (id) => {
      people.delete(id);
      peopleIndex.remove(id);
    }),
    follow<Organisation>(database.organisations as never, putOrganisation, (id) => {
      organisations.delete(id);
      organisationsIndex.remove(id);
    }),
    follow<Affiliation>(
      database.affiliations as never,
      (affiliation) => affiliations.set(affiliation.id, affiliation),
      (id) => affiliations.delete(id),
    ),
    follow<RegisterSettings>(
      database.settings as never,
      (next) => {
        settings = { ...settings, ...next };
      },
      () => undefined,
    ),
  ];

  return {
    database,
    people,
    organisations,
    affiliations,
    settings: () => settings,
    peopleIndex,
    organisationsIndex,
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      subscriptions.forEach((subscription) => subscription.unsubscribe());
      listeners.clear();
      people.clear();
      organisations.clear();
      affiliations.clear();
      await database.close();
    },
  };
};
