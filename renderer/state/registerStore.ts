import type { Subscription } from 'rxjs';
import type {
  Affiliation,
  Category,
  CategoryOption,
  CategoryScope,
  Organisation,
  Person,
  RegisterConfig,
  RegisterSettings,
} from '../../shared/model';
import {
  categoryOptionsOf,
  defaultRegisterSettings,
  featuresWithRegisterConfigs,
  registerSettingsId,
} from '../../shared/model';
import { createSearchIndex, type SearchIndex } from '../../shared/search/searchIndex';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import { readInChunks } from './readInChunks';

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
  /**
   * The settings as the app reads them: this device's settings whose `features` are overlaid, per synced
   * feature (`syncedFeatureKeys`), by the register-wide `registerConfigs` records. Every feature accessor
   * (`relationTypesOf`, `consentSettingsOf`, …) reads through this. Same object until either changes.
   */
  settings: () => RegisterSettings;
  /** This device's own settings, as stored; only settings writes start from these. */
  localSettings: () => RegisterSettings;
  /** The register-wide feature configuration records (Settings writes them through registerConfigActions). */
  registerConfigs: ReadonlyMap<string, RegisterConfig>;
  /**
   * The categories of a scope: the synced `categories` records, or this device's settings list while
   * there are none (see `categoryOptionsOf`). Every screen reads categories through this.
   */
  categoryOptions: (scope: CategoryScope) => readonly CategoryOption[];
  /** The category records themselves (Settings → Categories edits them). */
  categories: ReadonlyMap<string, Category>;
  loading: () => LoadProgress;
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

/** How far the background load after unlock has come; lists show partial results until it completes. */
export type LoadProgress = { loaded: number; total: number; isComplete: boolean };

const firstChunk = 500;
const laterChunk = 5_000;
// During the background load, lists re-sort at most this often rather than once per chunk.
const loadingNotifyInterval = 1_000;
const bulkChangeCount = 200;
const bulkNotifyInterval = 2_000;

export const createRegisterStore = async (
  database: RegisterDatabase,
  onLoadError: (error: unknown) => void,
): Promise<RegisterStore> => {
  const people = new Map<string, Person>();
  const organisations = new Map<string, Organisation>();
  const affiliations = new Map<string, Affiliation>();
  const categories = new Map<string, Category>();
  const registerConfigs = new Map<string, RegisterConfig>();
  // The overlaid settings, rebuilt only when the settings or a config record change.
  let effectiveSettings: RegisterSettings | null = null;
  // Recomputed only when categories or settings change, so callers may compare options by identity.
  let optionsCache: Partial<Record<CategoryScope, readonly CategoryOption[]>> = {};
  const peopleIndex = createSearchIndex();
  const organisationsIndex = createSearchIndex();
  let settings = defaultRegisterSettings(Date.now());
  let version = 0;
  let isClosed = false;
  let progress: LoadProgress = { loaded: 0, total: 0, isComplete: false };
  const listeners = new Set<() => void>();
  // Records a change event has written or removed; the background load must not overwrite them with older data.
  const touchedDuringLoad = new Set<string>();

  let notifyScheduled = false;
  let changesSinceNotify = 0;
  let lastNotifyAt = Number.NEGATIVE_INFINITY;
  let wasLastNotifyBulk = false;
  const notify = () => {
    version += 1;
    changesSinceNotify += 1;
    // Changes of one bulk write arrive together; React re-renders once for them. After a large bulk
    // (a sync pull, an import) the next re-render waits a little, so lists re-sort every couple of
    // seconds rather than after every batch of a 100 000-record sync; a lone edit shows at once.
    if (notifyScheduled) return;
    notifyScheduled = true;
    const fire = () => {
      notifyScheduled = false;
      wasLastNotifyBulk = changesSinceNotify >= bulkChangeCount;
      changesSinceNotify = 0;
      lastNotifyAt = performance.now();
      listeners.forEach((listener) => listener());
    };
    const wait = wasLastNotifyBulk ? lastNotifyAt + bulkNotifyInterval - performance.now() : 0;
    if (wait > 0) setTimeout(fire, wait);
    else queueMicrotask(fire);
  };

  const putPerson = (person: Person) => {
    people.set(person.id, person);
    peopleIndex.upsert(person.id, personSearchParts(person));
  };
  const putOrganisation = (organisation: Organisation) => {
    organisations.set(organisation.id, organisation);
    organisationsIndex.upsert(organisation.id, organisationSearchParts(organisation));
  };

  const follow = <T extends { id: string }>(
    collection: { $: { subscribe: (next: (event: ChangeEvent<T>) => void) => Subscription } },
    put: (record: T) => void,
    remove: (id: string) => void,
  ) =>
    collection.$.subscribe((event) => {
      if (!progress.isComplete) touchedDuringLoad.add(event.documentId);
      if (event.operation === 'DELETE') remove(event.documentId);
      else put(stripMeta(event.documentData));
      notify();
    });

  // Subscribe before reading, so no change between the read and the subscription is missed.
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
        optionsCache = {};
        effectiveSettings = null;
      },
      () => undefined,
    ),
    follow<Category>(
      database.categories as never,
      (category) => {
        categories.set(category.id, category);
        optionsCache = {};
      },
      (id) => {
        categories.delete(id);
        optionsCache = {};
      },
    ),
    follow<RegisterConfig>(
      database.registerConfigs as never,
      (record) => {
        registerConfigs.set(record.id, record);
        effectiveSettings = null;
      },
      (id) => {
        registerConfigs.delete(id);
        effectiveSettings = null;
      },
    ),
  ];

  const isCancelled = () => isClosed;
  let lastLoadingNotify = 0;
  const loadInto =
    <T extends { id: string }>(put: (record: T) => void) =>
    async (documents: T[]) => {
      for (const document of documents) if (!touchedDuringLoad.has(document.id)) put(stripMeta(document));
      progress = { ...progress, loaded: progress.loaded + documents.length };
      if (performance.now() - lastLoadingNotify >= loadingNotifyInterval) {
        lastLoadingNotify = performance.now();
        notify();
      }
      // Yield to the UI between chunks so typing and scrolling stay smooth while loading.
      await new Promise((resolve) => setTimeout(resolve, 0));
    };

  const [settingsDoc, categoryDocs, configDocs, ...counts] = await Promise.all([
    database.settings.findOne(registerSettingsId).exec(),
    database.categories.find().exec(),
    database.registerConfigs.find().exec(),
    database.people.count().exec(),
    database.organisations.count().exec(),
    database.affiliations.count().exec(),
  ]);
  if (settingsDoc) settings = { ...settings, ...stripMeta(settingsDoc.toJSON() as RegisterSettings) };
  for (const document of categoryDocs) {
    const category = stripMeta(document.toJSON() as Category);
    // A change event that arrived meanwhile is newer than this read.
    if (!categories.has(category.id)) categories.set(category.id, category);
  }
  for (const document of configDocs) {
    const record = stripMeta(document.toJSON() as RegisterConfig);
    if (!registerConfigs.has(record.id)) registerConfigs.set(record.id, record);
  }
  optionsCache = {};
  effectiveSettings = null;
  progress = { loaded: 0, total: counts.reduce((sum, count) => sum + count, 0), isComplete: false };

  // The first page of people is read before unlock completes; everything else loads behind it.
  const firstPeople = await readInChunks(
    database.people,
    { chunkSize: firstChunk, maxChunks: 1 },
    loadInto<Person>(putPerson),
    isCancelled,
  );

  const backgroundLoad = async () => {
    const all = { chunkSize: laterChunk };
    await readInChunks(database.organisations, all, loadInto(putOrganisation), isCancelled);
    await readInChunks(
      database.affiliations,
      all,
      loadInto<Affiliation>((affiliation) => affiliations.set(affiliation.id, affiliation)),
      isCancelled,
    );
    if (!firstPeople.isDone)
      await readInChunks(
        database.people,
        { ...all, afterId: firstPeople.lastId },
        loadInto<Person>(putPerson),
        isCancelled,
      );
    if (isClosed) return;
    progress = { ...progress, loaded: progress.total, isComplete: true };
    touchedDuringLoad.clear();
    notify();
  };
  void backgroundLoad().catch((error: unknown) => {
    if (!isClosed) onLoadError(error);
  });

  return {
    database,
    people,
    organisations,
    affiliations,
    settings: () => {
      effectiveSettings ??= {
        ...settings,
        features: featuresWithRegisterConfigs(settings.features ?? {}, registerConfigs.values()),
      };
      return effectiveSettings;
    },
    localSettings: () => settings,
    registerConfigs,
    categoryOptions: (scope) => {
      const cached = optionsCache[scope];
      if (cached) return cached;
      const fallback = scope === 'person' ? settings.personCategories : settings.organisationCategories;
      const options = categoryOptionsOf([...categories.values()], fallback, scope);
      optionsCache = { ...optionsCache, [scope]: options };
      return options;
    },
    categories,
    loading: () => progress,
    peopleIndex,
    organisationsIndex,
    version: () => version,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      isClosed = true;
      subscriptions.forEach((subscription) => subscription.unsubscribe());
      listeners.clear();
      people.clear();
      organisations.clear();
      affiliations.clear();
      categories.clear();
      registerConfigs.clear();
      await database.close();
    },
  };
};
