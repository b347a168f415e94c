import {
  defaultUnit,
  organisationDefinition,
  validateRecord,
  type Affiliation,
  type CollectionKey,
  type Organisation,
  type Person,
  type ValidationContext,
} from '../model';
import type { ImportCandidate, OrganisationRef } from './buildImportRows';
import {
  nameOnlyPrefix,
  organisationMatchKeys,
  organisationNameKey,
  personMatchKeys,
  type MatchReason,
} from './matchKeys';
import { mergeOrganisation, mergePerson, type FieldChange } from './mergeRecords';

export type RowAction = 'create' | 'update' | 'skip';

export type RegisterSnapshot = {
  people: ReadonlyMap<string, Person>;
  organisations: ReadonlyMap<string, Organisation>;
  affiliations: ReadonlyMap<string, Affiliation>;
};

export type PlannedRow = {
  candidate: ImportCandidate;
  hasErrors: boolean;
  match: { id: string; reason: MatchReason } | null;
  /** An earlier row of the same file that is the same person or organisation. */
  duplicateOfRow: number | null;
  changes: FieldChange[];
  suggested: RowAction;
  allowed: readonly RowAction[];
  /** The date the person of this row was erased (an erasure marker matched); such a row defaults to skip. */
  erasedOn?: string;
};

export type ImportSummary = {
  create: number;
  update: number;
  skip: number;
  errors: number;
  unchanged: number;
  duplicates: number;
};

type KeyIndex = Map<string, string>;

/** Links by person id, built once: scanning every link per row would be quadratic for large imports. */
export const affiliationsByPerson = (snapshot: RegisterSnapshot): Map<string, Affiliation[]> => {
  const byPerson = new Map<string, Affiliation[]>();
  for (const affiliation of snapshot.affiliations.values()) {
    const list = byPerson.get(affiliation.personId);
    if (list) list.push(affiliation);
    else byPerson.set(affiliation.personId, [affiliation]);
  }
  return byPerson;
};

const addKeys = (index: KeyIndex, keys: { key: string }[], value: string) =>
  keys.forEach(({ key }) => {
    const current = index.get(key);
    if (current === undefined) index.set(key, value);
    else if (current !== value && key.startsWith(nameOnlyPrefix)) index.set(key, '');
  });

const organisationNamesOf = (snapshot: RegisterSnapshot) => {
  const byPerson = new Map<string, string[]>();
  for (const affiliation of snapshot.affiliations.values()) {
    const name = snapshot.organisations.get(affiliation.organisationId)?.name;
    if (!name) continue;
    byPerson.set(affiliation.personId, [...(byPerson.get(affiliation.personId) ?? []), name]);
  }
  return byPerson;
};

/** Finds a register organisation for a reference from a person row, with the same rule as organisation rows. */
export const createOrganisationResolver = (snapshot: RegisterSnapshot) => {
  const byKey: KeyIndex = new Map();
  for (const organisation of snapshot.organisations.values()) {
    addKeys(byKey, organisationMatchKeys(organisation), organisation.id);
    // By name as well, for references that carry no business ID.
    if (!byKey.has(organisationNameKey(organisation.name)))
      byKey.set(organisationNameKey(organisation.name), organisation.id);
  }
  return (reference: Pick<OrganisationRef, 'name' | 'businessId'>): string | null => {
    if (reference.businessId) {
      const byId = byKey.get(`y:${reference.businessId}`);
      if (byId) return byId;
      const byName = byKey.get(organisationNameKey(reference.name));
      return byName && !snapshot.organisations.get(byName)?.businessId ? byName : null;
    }
    return byKey.get(organisationNameKey(reference.name)) ?? null;
  };
};

/**
 * Matches every candidate against the register and against the earlier rows of the file, and proposes an
 * action: create what is new, update what changes a match, skip what is unchanged, invalid, a duplicate
 * within the file, or a request to remove one's data.
 */
export const planImport = (
  candidates: readonly ImportCandidate[],
  snapshot: RegisterSnapshot,
  /** Row number → erasure date, for rows whose e-mail or phone matches an erasure marker. */
  erasedOnByRow: ReadonlyMap<number, string> = new Map(),
): PlannedRow[] => {
  const registerIndex: KeyIndex = new Map();
  const organisationsOfPerson = organisationNamesOf(snapshot);
  const resolveOrganisation = createOrganisationResolver(snapshot);
  const linksOf = affiliationsByPerson(snapshot);
  if (candidates[0]?.kind === 'people') {
    for (const person of snapshot.people.values())
      addKeys(registerIndex, personMatchKeys(person, organisationsOfPerson.get(person.id) ?? []), person.id);
  } else {
    for (const organisation of snapshot.organisations.values())
      addKeys(registerIndex, organisationMatchKeys(organisation), organisation.id);
  }
  const fileIndex = new Map<string, number>();
  const rowOfMatch = new Map<string, number>();

  return candidates.map((candidate): PlannedRow => {
    const hasErrors = candidate.issues.some((issue) => issue.isError);
    const keys =
      candidate.kind === 'people'
        ? personMatchKeys(candidate.person, candidate.organisation ? [candidate.organisation.name] : [])
        : organisationMatchKeys(candidate.organisation);
    let match: PlannedRow['match'] = null;
    for (const { key, reason } of keys) {
      const id = registerIndex.get(key);
      if (id) {
        match = { id, reason };
        break;
      }
    }
    if (!match && candidate.kind === 'organisations') {
      const id = resolveOrganisation(candidate.organisation);
      if (id) match = { id, reason: 'name' };
    }
    let duplicateOfRow = match ? (rowOfMatch.get(match.id) ?? null) : null;
    // Two rows with only the same name may well be two people, so name-only keys do not mark duplicates.
    const fileKeys = keys.filter(({ key }) => !key.startsWith(nameOnlyPrefix));
    for (const { key } of fileKeys) {
      if (duplicateOfRow === null && fileIndex.has(key)) duplicateOfRow = fileIndex.get(key)!;
    }
    if (!hasErrors && duplicateOfRow === null) {
      fileKeys.forEach(({ key }) => fileIndex.set(key, candidate.rowNumber));
      if (match) rowOfMatch.set(match.id, candidate.rowNumber);
    }
    let changes: FieldChange[] = [];
    if (match && candidate.kind === 'people') {
      const existing = snapshot.people.get(match.id)!;
      changes = mergePerson(existing, candidate.person).changes;
      if (candidate.organisation) {
        const organisationId = resolveOrganisation(candidate.organisation);
        const isLinked =
          organisationId !== null &&
          (linksOf.get(existing.id) ?? []).some(
            (affiliation) => affiliation.organisationId === organisationId,
          );
        if (!isLinked)
          changes.push({
            field: 'organisation',
            old: (organisationsOfPerson.get(existing.id) ?? []).join(', '),
            new: candidate.organisation.name,
          });
      }
    } else if (match && candidate.kind === 'organisations') {
      changes = mergeOrganisation(snapshot.organisations.get(match.id)!, candidate.organisation).changes;
    }
    const isBlocked = hasErrors || candidate.isRemovalRequest;
    const allowed: RowAction[] = isBlocked ? ['skip'] : match ? ['update', 'skip'] : ['create', 'skip'];
    const erasedOn = erasedOnByRow.get(candidate.rowNumber);
    // Re-adding someone who asked to be erased must be a deliberate choice, never the default.
    const suggested: RowAction =
      isBlocked || duplicateOfRow !== null || (erasedOn !== undefined && !match)
        ? 'skip'
        : match
          ? changes.length > 0
            ? 'update'
            : 'skip'
          : 'create';
    return {
      candidate,
      hasErrors,
      match,
      duplicateOfRow,
      changes,
      suggested,
      allowed,
      ...(erasedOn !== undefined ? { erasedOn } : {}),
    };
  });
};

/** Counts for the preview: errors are rows that cannot be imported; skip includes unchanged and duplicates. */
export const summariseImport = (
  rows: readonly PlannedRow[],
  actions: ReadonlyMap<number, RowAction>,
): ImportSummary => {
  const summary: ImportSummary = { create: 0, update: 0, skip: 0, errors: 0, unchanged: 0, duplicates: 0 };
  for (const row of rows) {
    if (row.hasErrors) {
      summary.errors += 1;
      continue;
    }
    const action = actionOf(row, actions);
    if (action === 'update' && row.changes.length === 0) summary.skip += 1;
    else summary[action] += 1;
    if (row.duplicateOfRow !== null) summary.duplicates += 1;
    else if (row.match && row.changes.length === 0) summary.unchanged += 1;
  }
  return summary;
};

/** The user's choice for a row, or the suggestion; never an action the row does not allow. */
export const actionOf = (row: PlannedRow, actions: ReadonlyMap<number, RowAction>): RowAction => {
  const chosen = actions.get(row.candidate.rowNumber);
  return chosen && row.allowed.includes(chosen) ? chosen : row.suggested;
};

export type WritePlan = {
  creates: { collection: CollectionKey; record: { id: string } & Record<string, unknown> }[];
  updates: {
    collection: CollectionKey;
    previous: { id: string } & Record<string, unknown>;
    next: { id: string } & Record<string, unknown>;
  }[];
  /** Per sheet row: what happens to it and the id it ends up as. */
  outcomes: Map<
    number,
    { status: 'created' | 'updated' | 'skipped' | 'unchanged' | 'invalid' | 'duplicate'; id?: string }
  >;
};

/**
 * Turns the chosen actions into the records to write. Records carry the batch in createdBy/updatedBy
 * ("import:<batch id>"), organisations named in person rows are created once, and a person gets a link
 * to their organisation unless one exists.
 */
export const buildWritePlan = (
  rows: readonly PlannedRow[],
  actions: ReadonlyMap<number, RowAction>,
  snapshot: RegisterSnapshot,
  options: { batchId: string; now: number; newId: () => string; context: ValidationContext },
): WritePlan => {
  const plan: WritePlan = { creates: [], updates: [], outcomes: new Map() };
  const marker = `import:${options.batchId}`;
  const meta = (id: string) => ({
    id,
    status: 'active',
    owningUnit: defaultUnit,
    createdAt: options.now,
    updatedAt: options.now,
    createdBy: marker,
    updatedBy: marker,
  });
  const resolveOrganisation = createOrganisationResolver(snapshot);
  const linksOf = affiliationsByPerson(snapshot);
  const newOrganisations = new Map<string, string>();
  const updatedPeople = new Map<string, Person>();
  const updateIndex = new Map<string, number>();
  const organisationIdFor = (reference: OrganisationRef): string | null => {
    const existing = resolveOrganisation(reference);
    if (existing) return existing;
    // The same rule as against the register: a business ID decides; a name only where one side has none.
    const created = reference.businessId
      ? (newOrganisations.get(`y:${reference.businessId}`) ??
        newOrganisations.get(`n-only:${organisationNameKey(reference.name)}`))
      : newOrganisations.get(organisationNameKey(reference.name));
    if (created) return created;
    const outcome = validateRecord(
      organisationDefinition,
      { ...meta(options.newId()), name: reference.name, businessId: reference.businessId } as never,
      options.context,
    );
    if (!outcome.isValid) return null;
    plan.creates.push({ collection: 'organisations', record: outcome.record as never });
    if (reference.businessId) newOrganisations.set(`y:${reference.businessId}`, outcome.record.id);
    else newOrganisations.set(`n-only:${organisationNameKey(reference.name)}`, outcome.record.id);
    if (!newOrganisations.has(organisationNameKey(reference.name)))
      newOrganisations.set(organisationNameKey(reference.name), outcome.record.id);
    return outcome.record.id;
  };
  const link = (personId: string, reference: OrganisationRef, hasPrimary: boolean) => {
    const organisationId = organisationIdFor(reference);
    if (!organisationId) return;
    const links = linksOf.get(personId) ?? [];
    if (links.some((affiliation) => affiliation.organisationId === organisationId)) return;
    const affiliation: Affiliation = {
      ...(meta(options.newId()) as Pick<
        Affiliation,
        'id' | 'status' | 'owningUnit' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy'
      >),
      personId,
      organisationId,
      role: '',
      department: '',
      startDate: '',
      endDate: '',
      isPrimary: !hasPrimary,
    };
    plan.creates.push({ collection: 'affiliations', record: affiliation as never });
    linksOf.set(personId, [...links, affiliation]);
  };

  for (const row of rows) {
    const action = actionOf(row, actions);
    const { candidate } = row;
    if (row.hasErrors) {
      plan.outcomes.set(candidate.rowNumber, { status: 'invalid' });
      continue;
    }
    if (action === 'skip') {
      const status =
        row.duplicateOfRow !== null
          ? 'duplicate'
          : row.match && row.changes.length === 0
            ? 'unchanged'
            : 'skipped';
      plan.outcomes.set(candidate.rowNumber, { status, ...(row.match ? { id: row.match.id } : {}) });
      continue;
    }
    if (candidate.kind === 'people') {
      if (action === 'create') {
        const id = options.newId();
        plan.creates.push({ collection: 'people', record: { ...candidate.person, ...meta(id) } as never });
        if (candidate.organisation) link(id, candidate.organisation, false);
        plan.outcomes.set(candidate.rowNumber, { status: 'created', id });
        continue;
      }
      const existing = updatedPeople.get(row.match!.id) ?? snapshot.people.get(row.match!.id)!;
      const { next, changes } = mergePerson(existing, candidate.person);
      if (changes.length > 0) {
        const record = { ...next, updatedAt: options.now, updatedBy: marker };
        const original = snapshot.people.get(existing.id)!;
        const update = { collection: 'people' as const, previous: original as never, next: record as never };
        // A second row for the same person replaces the first one's update instead of adding another.
        const earlier = updateIndex.get(existing.id);
        if (earlier === undefined) {
          updateIndex.set(existing.id, plan.updates.length);
          plan.updates.push(update);
        } else plan.updates[earlier] = update;
        updatedPeople.set(existing.id, record);
      }
      const createdBefore = plan.creates.length;
      if (candidate.organisation) {
        const hasPrimary = (linksOf.get(existing.id) ?? []).some(
          (affiliation) => affiliation.isPrimary && affiliation.endDate === '',
        );
        link(existing.id, candidate.organisation, hasPrimary);
      }
      const didChange = changes.length > 0 || plan.creates.length > createdBefore;
      plan.outcomes.set(candidate.rowNumber, {
        status: didChange ? 'updated' : 'unchanged',
        id: existing.id,
      });
      continue;
    }
    if (action === 'create') {
      const id = options.newId();
      plan.creates.push({
        collection: 'organisations',
        record: { ...candidate.organisation, ...meta(id) } as never,
      });
      plan.outcomes.set(candidate.rowNumber, { status: 'created', id });
      continue;
    }
    const existing = snapshot.organisations.get(row.match!.id)!;
    const { next, changes } = mergeOrganisation(existing, candidate.organisation);
    if (changes.length > 0)
      plan.updates.push({
        collection: 'organisations',
        previous: existing as never,
        next: { ...next, updatedAt: options.now, updatedBy: marker } as never,
      });
    plan.outcomes.set(candidate.rowNumber, {
      status: changes.length > 0 ? 'updated' : 'unchanged',
      id: existing.id,
    });
  }
  return plan;
};
