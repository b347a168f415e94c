import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CategoryScope } from '../../../shared/model';
import { useTags } from '../../tags/useTags';
import { TagChip } from './TagChip';

/** A record's tags on its detail page; nothing when it has none. */
export const TagChips = ({ tagIds, scope }: { tagIds: readonly string[]; scope: CategoryScope }) => {
  const { t } = useTranslation();
  const { tagsById } = useTags(scope);
  const tags = tagIds.flatMap((id) => tagsById.get(id) ?? []);
  if (tags.length === 0) return null;
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1, mt: 2 }}
      data-testid="record-tags"
    >
      <Typography variant="body2" color="text.secondary">
        {t('tags.field')}
      </Typography>
      {tags.map((tag) => (
        <TagChip key={tag.id} tag={tag} />
      ))}
    </Stack>
  );
};
