import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/model';

/** Form state for one record: values, the issues validation returned, and whether anything changed. */
export const useRecordForm = <T extends object>(initial: T) => {
  const { t } = useTranslation();
  const [values, setValues] = useState<T>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [isDirty, setDirty] = useState(false);

  const setField = useCallback(<K extends keyof T>(name: K, value: T[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    setDirty(true);
    // An edited field's old message no longer describes what is typed there.
    setIssues((current) =>
      current.filter((issue) => issue.path !== name && !issue.path.startsWith(`${String(name)}.`)),
    );
  }, []);

  const messageFor = useCallback(
    (path: string): string | undefined => {
      const issue = issues.find((candidate) => candidate.path === path);
      return issue ? t(`validation.${issue.code}`, issue.params ?? {}) : undefined;
    },
    [issues, t],
  );

  return { values, setField, issues, setIssues, messageFor, isDirty, setDirty };
};

export type RecordForm<T extends object> = ReturnType<typeof useRecordForm<T>>;
