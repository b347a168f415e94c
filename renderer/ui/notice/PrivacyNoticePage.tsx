import { Edit, PictureAsPdf, Print } from '@mui/icons-material';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  GlobalStyles,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildPrivacyNotice } from '../../../shared/notice/buildPrivacyNotice';
import { noticeFactsOf } from '../../../shared/notice/noticeFacts';
import {
  noticeLanguages,
  registerDescriptionOf,
  type NoticeLanguage,
} from '../../../shared/notice/registerDescription';
import { useApp, useStore } from '../../app/AppContext';
import { routeToHash } from '../../app/useHashRoute';
import { localIsoDate } from '../../notice/localIsoDate';
import { PageHeader } from '../common/PageHeader';
import { noticePrintStyles } from './noticePrintStyles';
import { PrivacyNoticeDocument } from './PrivacyNoticeDocument';

const isNoticeLanguage = (value: string): value is NoticeLanguage =>
  (noticeLanguages as readonly string[]).includes(value);

/** The generated privacy notice in a language chosen here (not the UI language), to read, print or save as PDF. */
export const PrivacyNoticePage = () => {
  const { t, i18n } = useTranslation();
  const { platform, notify } = useApp();
  const store = useStore();
  const settings = store.settings();
  const personCategories = store.categoryOptions('person');
  const organisationCategories = store.categoryOptions('organisation');
  const [language, setLanguage] = useState<NoticeLanguage>(
    isNoticeLanguage(i18n.language) ? i18n.language : 'fi',
  );
  const [isSaving, setSaving] = useState(false);
  const notice = useMemo(
    () =>
      buildPrivacyNotice(
        registerDescriptionOf(settings),
        noticeFactsOf(
          { features: settings.features, personCategories, organisationCategories },
          localIsoDate(new Date()),
        ),
        language,
      ),
    [settings, personCategories, organisationCategories, language],
  );
  const registerName = registerDescriptionOf(settings).registerName[language];

  // The PDF's title (and the browser's suggested file name when printing) come from the page title.
  useEffect(() => {
    const previous = document.title;
    document.title = registerName ? `${notice.title} – ${registerName}` : notice.title;
    return () => {
      document.title = previous;
    };
  }, [notice.title, registerName]);

  const saveAsPdf = async () => {
    setSaving(true);
    try {
      const result = await platform.printToPdf({
        suggestedName: `${t('notice.page.fileName', { lng: language })}-${localIsoDate(new Date())}.pdf`,
      });
      if (result === 'saved') notify(t('notice.page.pdfSaved'));
    } catch {
      notify(t('notice.page.pdfFailed'), 'error');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 900 }}>
      <GlobalStyles styles={noticePrintStyles} />
      <Box data-print="hide">
        <PageHeader
          title={t('notice.page.title')}
          actions={
            <>
              <Button startIcon={<Edit />} href={routeToHash({ page: 'settings' })}>
                {t('notice.page.editDescription')}
              </Button>
              <Button
                variant="outlined"
                startIcon={<Print />}
                onClick={() => window.print()}
                data-testid="notice-print"
              >
                {t('notice.page.print')}
              </Button>
              <Button
                variant="contained"
                startIcon={<PictureAsPdf />}
                onClick={() => void saveAsPdf()}
                disabled={isSaving}
                data-testid="notice-pdf"
              >
                {t('notice.page.savePdf')}
              </Button>
            </>
          }
        />
      </Box>
      <Stack
        direction="row"
        spacing={2}
        data-print="hide"
        sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography id="notice-language-label">{t('notice.page.language')}</Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={language}
          onChange={(_event, next: NoticeLanguage | null) => next && setLanguage(next)}
          aria-labelledby="notice-language-label"
        >
          {noticeLanguages.map((option) => (
            <ToggleButton
              key={option}
              value={option}
              lang={option}
              sx={{ textTransform: 'none', px: 1.5 }}
              data-testid={`notice-language-${option}`}
            >
              {t(`languages.${option}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {platform.kind === 'browser' ? (
          <Typography variant="body2" color="text.secondary">
            {t('notice.page.browserPdfHint')}
          </Typography>
        ) : null}
      </Stack>
      {notice.missing.length > 0 ? (
        <Alert severity="warning" data-print="hide" data-testid="notice-missing">
          <AlertTitle>{t('notice.page.missingTitle')}</AlertTitle>
          {t('notice.page.missingText')}
          <ul style={{ margin: '4px 0 0' }}>
            {notice.missing.map((gap) => (
              <li key={gap.field}>{t(`notice.fields.${gap.field}`)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {notice.untranslated.length > 0 ? (
        <Alert severity="info" data-print="hide" data-testid="notice-fallbacks">
          <AlertTitle>{t('notice.page.untranslatedTitle')}</AlertTitle>
          {t('notice.page.untranslatedText')}
          <ul style={{ margin: '4px 0 0' }}>
            {notice.untranslated.map((fallback) => (
              <li key={fallback.field}>
                {t(`notice.fields.${fallback.field}`)} ({t(`languages.${fallback.shownIn}`)})
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <PrivacyNoticeDocument notice={notice} />
    </Stack>
  );
};
