import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagColours, tagScopes, type CategoryScope, type Tag, type TagColour } from '../../../shared/model';
import { useStore } from '../../app/AppContext';
import { addTag, isDuplicateTagLabel, updateTag } from '../../tags/tagActions';
import { useMayManageVocabulary } from '../../tags/useMayManageVocabulary';
import { useTags } from '../../tags/useTags';
import { FormSection } from '../common/FormSection';
import { TagChip } from './TagChip';
import { tagColourValues } from './tagColourValues';

const ColourSelect = ({
  value,
  onChange,
  name,
}: {
  value: TagColour;
  onChange: (colour: TagColour) => void;
  name: string;
}) => {
  const { t } = useTranslation();
  return (
    <TextField
      fullWidth={false}
      select
      name={name}
      label={t('tags.settings.colour')}
      value={value}
      onChange={(event) => onChange(event.target.value as TagColour)}
      sx={{ minWidth: 150 }}
      slotProps={{ select: { SelectDisplayProps: { 'data-testid': name } as object } }}
    >
      {tagColours.map((colour) => (
        <MenuItem key={colour} value={colour}>
          <Box
            component="span"
            sx={{
              width: 12,
              height: 12,
              borderRadius: '50%',
              bgcolor: tagColourValues[colour],
              mr: 1,
              display: 'inline-block',
            }}
          />
          {t(`tags.colours.${colour}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** One tag, editable by an admin: rename on leaving the field, recolour, archive or restore. */
const TagRow = ({ tag, tags }: { tag: Tag; tags: readonly Tag[] }) => {
  const { t } = useTranslation();
  const store = useStore();
  const [label, setLabel] = useState(tag.label);
  const [error, setError] = useState('');
  const rename = async () => {
    if (label.trim() === tag.label) return;
    if (label.trim() === '') return setError(t('tags.settings.labelRequired'));
    if (isDuplicateTagLabel(tags, { label, scope: tag.scope, colour: tag.colour }, tag.id))
      return setError(t('tags.settings.exists'));
    await updateTag(store, tag.id, { label });
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="tag-row">
      <TagChip tag={tag} sx={{ minWidth: 120 }} />
      <TextField
        size="small"
        label={t('tags.settings.label')}
        value={label}
        onChange={(event) => {
          setLabel(event.target.value);
          setError('');
        }}
        onBlur={() => void rename()}
        error={error !== ''}
        helperText={error || undefined}
        slotProps={{ htmlInput: { maxLength: 60 } }}
      />
      <ColourSelect
        name="tag-colour"
        value={tag.colour}
        onChange={(colour) => void updateTag(store, tag.id, { colour })}
      />
      <Button size="small" onClick={() => void updateTag(store, tag.id, { isArchived: !tag.isArchived })}>
        {tag.isArchived ? t('tags.settings.restore') : t('tags.settings.archive')}
      </Button>
    </Stack>
  );
};

const TagList = ({ scope, tags, mayManage }: { scope: CategoryScope; tags: Tag[]; mayManage: boolean }) => {
  const { t } = useTranslation();
  const ofScope = tags.filter((tag) => tag.scope === scope);
  return (
    <Box data-testid={`tags-${scope}`}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {scope === 'person' ? t('tags.settings.personTags') : t('tags.settings.organisationTags')}
      </Typography>
      {ofScope.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('tags.settings.empty')}
        </Typography>
      )}
      {mayManage ? (
        <Stack spacing={1} sx={{ mt: 1 }}>
          {ofScope.map((tag) => (
            <TagRow key={tag.id} tag={tag} tags={tags} />
          ))}
        </Stack>
      ) : (
        <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
          {ofScope.map((tag) => (
            <TagChip key={tag.id} tag={tag} />
          ))}
        </Stack>
      )}
    </Box>
  );
};

/** Settings → Tags: the shared tag vocabulary, managed by admins (anyone in a local register). */
export const TagSettings = () => {
  const { t } = useTranslation();
  const store = useStore();
  const mayManage = useMayManageVocabulary();
  const { tags } = useTags();
  const [label, setLabel] = useState('');
  const [scope, setScope] = useState<CategoryScope>('person');
  const [colour, setColour] = useState<TagColour>('blue');
  const [error, setError] = useState('');
  const add = async () => {
    if (label.trim() === '') return setError(t('tags.settings.labelRequired'));
    if (isDuplicateTagLabel(tags, { label, scope, colour })) return setError(t('tags.settings.exists'));
    const result = await addTag(store, { label, scope, colour });
    if (result.isSaved) setLabel('');
  };
  return (
    <Box data-testid="tag-settings">
      <FormSection title={t('tags.settings.title')}>
        <Typography variant="body2" color="text.secondary">
          {t('tags.settings.text')}
        </Typography>
        {!mayManage && (
          <Alert severity="info" data-testid="tags-read-only">
            {t('tags.settings.readOnly')}
          </Alert>
        )}
        <TagList scope="person" tags={tags} mayManage={mayManage} />
        <TagList scope="organisation" tags={tags} mayManage={mayManage} />
        {mayManage && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <TextField
              fullWidth={false}
              sx={{ minWidth: 240 }}
              name="new-tag"
              label={t('tags.settings.newTag')}
              value={label}
              onChange={(event) => {
                setLabel(event.target.value);
                setError('');
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void add();
                }
              }}
              error={error !== ''}
              helperText={error || undefined}
              slotProps={{ htmlInput: { maxLength: 60 } }}
            />
            <TextField
              fullWidth={false}
              select
              name="new-tag-scope"
              label={t('tags.settings.scope')}
              value={scope}
              onChange={(event) => setScope(event.target.value as CategoryScope)}
              sx={{ minWidth: 160 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'new-tag-scope' } as object } }}
            >
              {tagScopes.map((option) => (
                <MenuItem key={option} value={option}>
                  {t(`tags.scopes.${option}`)}
                </MenuItem>
              ))}
            </TextField>
            <ColourSelect name="new-tag-colour" value={colour} onChange={setColour} />
            <Button
              variant="outlined"
              onClick={() => void add()}
              data-testid="add-tag"
              sx={{ flex: 'none', mt: 1 }}
            >
              {t('tags.settings.add')}
            </Button>
          </Stack>
        )}
      </FormSection>
    </Box>
  );
};
