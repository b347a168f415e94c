import type { RxCollection } from 'rxdb';
import { joinRefusalFor, type JoinRefusal } from '../../shared/consent/listMembers';
import { buildConsentIndex } from '../../shared/consent/consentIndex';
import type {
  ConsentEvent,
  ContactList,
  FieldIssue,
  ListMembership,
  MarketingBanEvent,
  Person,
  RecordDefinition,
  RecordMeta,
} from '../../shared/model';
import {
  consentEventDefinition,
  contactListDefinition,
  defaultUnit,
  listMembershipDefinition,
  marketingBanDefinition,
  validateRecord,
} from '../../shared/model';
import type { RegisterDatabase } from '../db/openRegisterDatabase';
import { todayIso } from '../state/registerActions';

export type ConsentSaveResult = { isSaved: true; id: string } | { isSaved: false; issues: FieldIssue[] };

const contextNow = () => ({ today: todayIso(), knownCategories: [] });

/**
 * Append-only write: always a new id and `insert`, never `upsert`, so an existing event can never be
 * overwritten through this path (an insert of a known id fails instead).
 */
const appendRecord = async <T extends RecordMeta>(
  collection: RxCollection<T>,
  definition: RecordDefinition<T>,
  input: Partial<T>,
  owningUnit: string,
): Promise<ConsentSaveResult> => {
  const now = Date.now();
  const outcome = validateRecord(
    definition,
    {
      ...input,
      id: crypto.randomUUID(),
      status: 'active',
      owningUnit,
      createdAt: now,
      updatedAt: now,
    } as Partial<Record<keyof T, unknown>>,
    contextNow(),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await collection.insert(outcome.record as never);
  return { isSaved: true, id: outcome.record.id };
};

export type ConsentInput = Pick<
  ConsentEvent,
  'purpose' | 'state' | 'date' | 'source' | 'noticeVersion' | 'note'
>;

/** Records a change of consent as a new event carrying the person's owning unit. */
export const recordConsentEvent = (database: RegisterDatabase, person: Person, input: ConsentInput) =>
  appendRecord(
    database.consentEvents,
    consentEventDefinition,
    { ...input, personId: person.id },
    person.owningUnit,
  );

export type BanInput = Pick<MarketingBanEvent, 'action' | 'date' | 'source' | 'note'>;

export const recordMarketingBan = (database: RegisterDatabase, person: Person, input: BanInput) =>
  appendRecord(
    database.marketingBans,
    marketingBanDefinition,
    { ...input, personId: person.id },
    person.owningUnit,
  );

/** Creates a list or saves changes to one; lists are ordinary editable records. */
export const saveContactList = async (
  database: RegisterDatabase,
  existing: ContactList | undefined,
  input: Pick<ContactList, 'name' | 'kind' | 'purpose' | 'description'>,
): Promise<ConsentSaveResult> => {
  const now = Date.now();
  const outcome = validateRecord(
    contactListDefinition,
    {
      ...existing,
      ...input,
      id: existing?.id ?? crypto.randomUUID(),
      status: existing?.status ?? 'active',
      owningUnit: existing?.owningUnit ?? defaultUnit,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    },
    contextNow(),
  );
  if (!outcome.isValid) return { isSaved: false, issues: outcome.issues };
  await database.contactLists.upsert(outcome.record);
  return { isSaved: true, id: outcome.record.id };
};

export type JoinResult =
  { isJoined: true; id: string } | { isJoined: false; reason: JoinRefusal | 'invalid' };

/**
 * Adds a person to a list, checked against the stored consent and ban events read at this moment
 * (not a possibly stale screen): refused without a given consent for the list's purpose or with a ban.
 */
export const joinList = async (
  database: RegisterDatabase,
  list: ContactList,
  person: Person,
  joinedDate = todayIso(),
): Promise<JoinResult> => {
  const [consents, bans, memberships] = await Promise.all([
    database.consentEvents.find({ selector: { personId: person.id } }).exec(),
    database.marketingBans.find({ selector: { personId: person.id } }).exec(),
    database.listMemberships.find({ selector: { personId: person.id } }).exec(),
  ]);
  const index = buildConsentIndex(
    consents.map((document) => document.toJSON() as ConsentEvent),
    bans.map((document) => document.toJSON() as MarketingBanEvent),
  );
  const refusal = joinRefusalFor(
    list,
    person.id,
    index,
    memberships.map((document) => document.toJSON() as ListMembership),
  );
  if (refusal) return { isJoined: false, reason: refusal };
  const result = await appendRecord(
    database.listMemberships,
    listMembershipDefinition,
    { listId: list.id, personId: person.id, joinedDate, leftDate: '' },
    person.owningUnit,
  );
  return result.isSaved ? { isJoined: true, id: result.id } : { isJoined: false, reason: 'invalid' };
};

/** Leaving keeps the membership as history with the day it ended. */
export const leaveList = async (database: RegisterDatabase, membershipId: string, leftDate = todayIso()) => {
  const document = await database.listMemberships.findOne(membershipId).exec();
  if (!document || document.leftDate !== '') return;
  await document.incrementalPatch({ leftDate, updatedAt: Date.now() });
};
