import { useTranslation } from 'react-i18next';
import { consentSettingsOf, type ConsentPurposeOption } from '../../shared/consent/consentPurposes';
import { useStore } from '../app/AppContext';

/** The configured purposes and a label for any purpose key (built in, custom, or no longer configured). */
export const useConsentPurposes = (): {
  purposes: ConsentPurposeOption[];
  labelOf: (key: string) => string;
} => {
  const { t } = useTranslation();
  const store = useStore();
  const { purposes } = consentSettingsOf(store.settings());
  const labelOf = (key: string) => {
    const option = purposes.find((purpose) => purpose.key === key);
    if (option && !option.isBuiltIn) return option.label;
    if (option) return t(`consent.purposes.${key}` as never);
    return key;
  };
  return { purposes, labelOf };
};
