import { useTranslation } from 'react-i18next';
import type { RetentionLanguage, RetentionNames } from '../../shared/retention/retentionRuleText';
import { useConsentPurposes } from '../consent/useConsentPurposes';
import { useCategoryLabel } from '../ui/common/useCategoryOptions';

/** Names for rule wording in the UI language, and that language in the form the shared wording takes. */
export const useRetentionNames = (): { names: RetentionNames; language: RetentionLanguage } => {
  const { i18n } = useTranslation();
  const category = useCategoryLabel('person');
  const { labelOf } = useConsentPurposes();
  const current = (i18n.resolvedLanguage ?? i18n.language).slice(0, 2);
  const language: RetentionLanguage = current === 'sv' || current === 'en' ? current : 'fi';
  return { names: { category, purpose: labelOf }, language };
};
