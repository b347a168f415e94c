import {
  alumniByGraduationYear,
  alumniByProgramme,
  consentCoverage,
  eventRegistrations,
} from './otherFeatureStatistics';
import {
  newContactsPerMonth,
  organisationsByCategory,
  organisationsBySector,
  peopleByCategory,
  peopleByContactLanguage,
  peopleByStatus,
} from './registerStatistics';
import { reportingYearOrganisations, reportingYearPeople } from './reportingYearStatistics';
import type { StatisticDefinition } from './statisticTypes';
import { peopleByTag } from './tagStatistics';

/** Every statistic in dashboard order; a feature adds its own by appending here. */
export const statisticRegistry: readonly StatisticDefinition[] = [
  peopleByCategory,
  peopleByTag,
  organisationsByCategory,
  newContactsPerMonth,
  reportingYearPeople,
  reportingYearOrganisations,
  organisationsBySector,
  peopleByStatus,
  peopleByContactLanguage,
  alumniByProgramme,
  alumniByGraduationYear,
  eventRegistrations,
  consentCoverage,
];

/** The statistics the reporting-year workbook holds, one sheet each. */
export const reportingYearStatisticKeys = [reportingYearPeople.key, reportingYearOrganisations.key] as const;
