import { Box } from '@mui/material';
import type { NoticeBlock, PrivacyNotice } from '../../../shared/notice/buildPrivacyNotice';

const Block = ({ block }: { block: NoticeBlock }) => {
  if (block.kind === 'list')
    return (
      <ul
        className={
          block.items.length > 6 && block.items.every((item) => item.length <= 80)
            ? 'notice-columns'
            : undefined
        }
      >
        {block.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  if (block.isGap)
    return (
      <p>
        <mark className="notice-gap" data-testid="notice-gap">
          {block.text}
        </mark>
      </p>
    );
  return (
    <p>
      {block.text}
      {block.note ? (
        <>
          {' '}
          <span className="notice-untranslated" data-testid="notice-untranslated">
            {block.note}
          </span>
        </>
      ) : null}
    </p>
  );
};

/** The notice as a plain document (h2/h3/p/ul) in its own language, styled for screen and A4 print. */
export const PrivacyNoticeDocument = ({ notice }: { notice: PrivacyNotice }) => (
  <Box
    component="article"
    lang={notice.language}
    className="privacy-notice"
    data-testid="privacy-notice"
    sx={{
      bgcolor: 'background.paper',
      color: 'text.primary',
      border: 1,
      borderColor: 'divider',
      borderRadius: 1,
      px: { xs: 2, md: 6 },
      py: { xs: 2, md: 5 },
      maxWidth: '210mm',
      lineHeight: 1.55,
      '& h2': { fontSize: '1.75rem', fontWeight: 600, m: 0 },
      '& h3': { fontSize: '1.1rem', fontWeight: 600, mt: 3, mb: 1, breakAfter: 'avoid' },
      '& p': { my: 1, whiteSpace: 'pre-line' },
      '& ul': { my: 1, pl: 3 },
      '& li': { mb: 0.5, breakInside: 'avoid' },
      // Long lists of short items (fields, categories) read better, and print shorter, in two columns.
      '& ul.notice-columns': { columns: { sm: 2 }, columnGap: 4 },
      '& .notice-lead': { color: 'text.secondary' },
      '& .notice-gap': {
        bgcolor: 'warning.light',
        color: 'warning.contrastText',
        px: 0.5,
        borderRadius: 0.5,
        fontWeight: 600,
      },
      '& .notice-untranslated': { fontStyle: 'italic', color: 'text.secondary', fontSize: '0.9em' },
      '& section': { breakInside: 'avoid-page' },
    }}
  >
    <h2>{notice.title}</h2>
    <p className="notice-lead">{notice.lead}</p>
    <p className="notice-lead">{notice.updated}</p>
    {notice.sections.map((section) => (
      <section key={section.id} data-testid={`notice-section-${section.id}`}>
        <h3>{section.heading}</h3>
        {section.blocks.map((block, index) => (
          <Block key={index} block={block} />
        ))}
      </section>
    ))}
  </Box>
);
