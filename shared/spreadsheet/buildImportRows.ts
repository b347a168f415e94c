import {
  defaultUnit,
  organisationDefinition,
  personDefinition,
  validateRecord,
  type FieldIssue,
  type Organisation,
  type Person,
  type ValidationContext,
} from '../model';
import { normaliseBusinessId } from '../validation';
import {
  cellDate,
  cellText,
  isMarked,
  mapSector,
  repairEmail,
  restorePostalCode,
  splitFullName,
  type NameOrder,
} from './cellTransforms';
import { categoriesOfCell, isCategoryMark, type CategoryValueMap } from './categoryValues';
import { cellReference } from './columnLetter';
import { interestOfTarget, interestTargets, type ImportKind, type ImportTarget } from './importFields';
import type { SheetCell } from './sheetTypes';

/** `key` is a full i18n key (validation.* or spreadsheet.issues.*), so the preview shows "D17: …". */
export type ImportIssue = {
  cell: string;
  key: string;
  params?: Record<string, string | number>;
  isError: boolean;
};

export type OrganisationRef = { name: string; businessId: string };

export type ImportCandidate = {
  rowNumber: number;
  issues: ImportIssue[];
  isRemovalRequest: boolean;
} & (
  | { kind: 'people'; person: Person; organisation: OrganisationRef | null }
  | { kind: 'organisations'; organisation: Organisation }
);

export type ImportSettings = {
  kind: ImportKind;
  /** One entry per column: the field it fills, or '' for ignored. */
  mapping: readonly (ImportTarget | '')[];
  nameOrder: NameOrder;
  /** Sheet row number of the header; data starts on the next row. */
  headerRow: number;
  /** Folded sector labels in every UI language → sector key, so our own exports map back. */
  sectorLabels?: Record<string, string>;
  /** Per categories column: folded cell value → category key (see `categoryValues.ts`). */
  categoryValues?: Readonly<Record<number, CategoryValueMap>>;
  /** Per mark column: the one category a marked cell adds. */
  categoryMarks?: Readonly<Record<number, string>>;
};

const placeholderMeta = {
  id: 'pending',
  status: 'active',
  owningUnit: defaultUnit,
  createdAt: 0,
  updatedAt: 0,
};

const personPathTargets: Record<string, ImportTarget[]> = {
  firstNames: ['firstNames', 'fullName'],
  lastName: ['lastName', 'fullName'],
  formerLastNames: ['formerLastName'],
  preferredName: ['preferredName'],
  birthDate: ['birthDate'],
  title: ['title'],
  notes: ['notes'],
  employer: ['employer'],
  jobTitle: ['jobTitle'],
  cooperationInterests: [...interestTargets],
  institution: ['educationInstitution'],
  programme: ['educationProgramme'],
  startYear: ['educationStartYear'],
  degree: ['educationDegree'],
  graduationYear: ['educationGraduationYear'],
  emails: ['email'],
  phones: ['phones' as ImportTarget, 'phone'],
  links: ['website'],
  name: ['name'],
  businessId: ['businessId'],
  sector: ['sector'],
  industry: ['industry'],
  street: ['street'],
  postalCode: ['postalCode'],
  city: ['city'],
  country: ['country'],
};

/**
 * The alumni profile a row carries: one education record from the education columns, and the
 * interests whose "X" column is marked. Rows without them get the empty profile.
 */
const alumniFieldsOf = (
  text: (target: ImportTarget) => string,
  isMarkedIn: (target: ImportTarget) => boolean,
) => {
  const education = {
    institution: text('educationInstitution'),
    programme: text('educationProgramme'),
    startYear: text('educationStartYear'),
    degree: text('educationDegree'),
    graduationYear: text('educationGraduationYear'),
  };
  const hasEducation = Object.values(education).some((value) => value !== '');
  return {
    educations: hasEducation ? [education] : [],
    employer: text('employer'),
    jobTitle: text('jobTitle'),
    cooperationInterests: interestTargets.filter(isMarkedIn).map(interestOfTarget),
    alumniNote: '',
    removalRequestedAt: '',
  };
};

/** The target a validation path comes from: "addresses.0.postalCode" → postalCode, "emails.0.address" → email. */
const targetsOfPath = (path: string): ImportTarget[] => {
  const parts = path.split('.');
  const head = parts[0]!;
  if (head === 'addresses') return personPathTargets[parts[2] ?? 'street'] ?? [];
  if (head === 'educations') return personPathTargets[parts[2] ?? 'programme'] ?? [];
  return personPathTargets[head] ?? [];
};

export const buildImportRows = (
  rows: readonly (readonly SheetCell[])[],
  settings: ImportSettings,
  context: ValidationContext,
): ImportCandidate[] => {
  const columnOf = new Map<ImportTarget, number>();
  settings.mapping.forEach((target, column) => {
    if (target !== '' && !columnOf.has(target)) columnOf.set(target, column);
  });
  const candidates: ImportCandidate[] = [];
  rows.forEach((row, index) => {
    const rowNumber = settings.headerRow + 1 + index;
    if (!row.some((cell) => cellText(cell) !== '')) return;
    const issues: ImportIssue[] = [];
    const refOf = (target: ImportTarget): string => {
      const column = columnOf.get(target) ?? columnOf.values().next().value ?? 0;
      return cellReference(column, rowNumber);
    };
    const cellOf = (target: ImportTarget): SheetCell => {
      const column = columnOf.get(target);
      return column === undefined ? null : (row[column] ?? null);
    };
    const warn = (target: ImportTarget, key: string, params?: Record<string, string | number>) =>
      issues.push({
        cell: refOf(target),
        key: `spreadsheet.issues.${key}`,
        isError: false,
        ...(params ? { params } : {}),
      });
    for (const column of columnOf.values()) {
      const cell = row[column] ?? null;
      if (cell?.kind === 'error')
        issues.push({
          cell: cellReference(column, rowNumber),
          key: 'spreadsheet.issues.errorCell',
          params: { value: cell.text },
          isError: false,
        });
    }
    const text = (target: ImportTarget) => cellText(cellOf(target));
    const email = repairEmail(text('email'));
    if (email.isRepaired) warn('email', 'emailRepaired', { value: email.value.toLowerCase() });
    const postal = restorePostalCode(cellOf('postalCode'));
    if (postal.isRestored) warn('postalCode', 'postalCodeRestored', { value: postal.value });
    const address = {
      kind: 'postal',
      street: text('street'),
      postalCode: postal.value,
      city: text('city'),
      country: text('country'),
    };
    const common = {
      ...placeholderMeta,
      emails: [{ kind: 'work', address: email.value }],
      phones: [{ kind: 'work', number: text('phone') }],
      addresses: [address],
      notes: text('notes'),
    };
    const toIssues = (fieldIssues: FieldIssue[]) =>
      fieldIssues.forEach((issue) => {
        const target = targetsOfPath(issue.path).find((candidate) => columnOf.has(candidate));
        issues.push({
          cell: target ? refOf(target) : refOf('name'),
          key: `validation.${issue.code}`,
          isError: true,
          ...(issue.params ? { params: issue.params } : {}),
        });
      });
    const categories: string[] = [];
    settings.mapping.forEach((target, column) => {
      const cell = row[column] ?? null;
      if (target === 'categoryMark') {
        const key = settings.categoryMarks?.[column] ?? '';
        if (key !== '' && isCategoryMark(cell) && !categories.includes(key)) categories.push(key);
        return;
      }
      if (target !== 'categories') return;
      const { keys, unmapped } = categoriesOfCell(cell, settings.categoryValues?.[column] ?? {});
      keys.forEach((key) => {
        if (!categories.includes(key)) categories.push(key);
      });
      unmapped.forEach((value) =>
        issues.push({
          cell: cellReference(column, rowNumber),
          key: 'spreadsheet.issues.unmappedCategory',
          params: { value },
          isError: false,
        }),
      );
    });
    const isRemovalRequest = columnOf.has('removalRequest') && isMarked(cellOf('removalRequest'));
    if (isRemovalRequest) warn('removalRequest', 'removalRequest');

    if (settings.kind === 'people') {
      const split = columnOf.has('fullName') ? splitFullName(text('fullName'), settings.nameOrder) : null;
      const firstNames = text('firstNames') || split?.firstNames || '';
      const lastName = text('lastName') || split?.lastName || '';
      const outcome = validateRecord(
        personDefinition,
        {
          ...common,
          phones: [{ kind: 'mobile', number: text('phone') }],
          firstNames,
          lastName,
          formerLastNames: text('formerLastName') ? [text('formerLastName')] : [],
          preferredName: text('preferredName'),
          birthDate: cellDate(cellOf('birthDate')),
          title: text('title'),
          categories,
          contactLanguage: '',
          ...alumniFieldsOf(text, (target) => columnOf.has(target) && isMarked(cellOf(target))),
        } as never,
        context,
      );
      toIssues(outcome.issues);
      let organisation: OrganisationRef | null = null;
      const organisationName = text('organisationName').replace(/\s+/g, ' ');
      if (organisationName !== '') {
        if (organisationName.length > 200)
          issues.push({
            cell: refOf('organisationName'),
            key: 'validation.tooLong',
            params: { max: 200 },
            isError: true,
          });
        const rawBusinessId = text('businessId');
        let businessId = '';
        if (rawBusinessId !== '') {
          const result = normaliseBusinessId(rawBusinessId);
          if (result.isValid) businessId = result.value;
          else
            issues.push({
              cell: refOf('businessId'),
              key: `validation.${result.code}`,
              isError: true,
              ...(result.params ? { params: result.params } : {}),
            });
        }
        organisation = { name: organisationName, businessId };
      }
      candidates.push({
        kind: 'people',
        rowNumber,
        issues,
        isRemovalRequest,
        person: outcome.record,
        organisation,
      });
      return;
    }
    const sectorText = text('sector');
    const sector = mapSector(sectorText, settings.sectorLabels);
    if (sector === null) warn('sector', 'unknownSector', { value: sectorText });
    const outcome = validateRecord(
      organisationDefinition,
      {
        ...common,
        name: text('name'),
        businessId: text('businessId'),
        sector: sector ?? '',
        industry: text('industry'),
        departments: [],
        categories,
        links: [{ kind: 'website', url: text('website') }],
      } as never,
      context,
    );
    toIssues(outcome.issues);
    candidates.push({
      kind: 'organisations',
      rowNumber,
      issues,
      isRemovalRequest,
      organisation: outcome.record,
    });
  });
  return candidates;
};
