import { Autocomplete, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KontaktEvent } from '../../../shared/model';
import { useApp, useStore } from '../../app/AppContext';
import { registerPerson } from '../../events/eventActions';
import { personDisplayName } from '../../state/recordLabels';

type Option = { id: string; label: string; detail: string };

const maxOptions = 20;

/** Finds a person through the register's search index (name, e-mail, phone) and registers them. */
export const AddParticipant = ({ event }: { event: KontaktEvent }) => {
  const { t } = useTranslation();
  const store = useStore();
  const { notify } = useApp();
  const [query, setQuery] = useState('');
  const [isBusy, setBusy] = useState(false);
  const options = useMemo<Option[]>(() => {
    if (query.trim() === '') return [];
    return store.peopleIndex
      .search(query, maxOptions * 2)
      .map((id) => store.people.get(id))
      .filter((person) => person !== undefined && person.status === 'active')
      .slice(0, maxOptions)
      .map((person) => ({
        id: person!.id,
        label: personDisplayName(person!),
        detail: person!.emails[0]?.address ?? '',
      }));
  }, [store, query]);

  const choose = async (option: Option | null) => {
    if (!option || isBusy) return;
    setBusy(true);
    try {
      const result = await registerPerson(store, event, option.id);
      if ('isDuplicate' in result) notify(t('events.alreadyRegistered', { name: option.label }), 'warning');
      else if (result.isSaved) {
        const saved = await store.database.registrations.findOne(result.id).exec();
        notify(
          saved?.registrationStatus === 'waitingList'
            ? t('events.waitlisted', { name: option.label })
            : t('events.registered', { name: option.label }),
          saved?.registrationStatus === 'waitingList' ? 'warning' : 'success',
        );
      }
      setQuery('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Autocomplete
      options={options}
      value={null}
      inputValue={query}
      onInputChange={(_event, next, reason) => {
        if (reason !== 'reset') setQuery(next);
      }}
      onChange={(_event, option) => void choose(option)}
      filterOptions={(all) => all}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      renderOption={(props, option) => (
        <li {...props} key={option.id}>
          {option.detail ? `${option.label} (${option.detail})` : option.label}
        </li>
      )}
      noOptionsText={t('events.noPeople')}
      autoHighlight
      disabled={isBusy}
      sx={{ maxWidth: 480, flex: 1 }}
      renderInput={(params) => (
        <TextField
          {...params}
          size="small"
          name="participantSearch"
          label={t('events.addParticipant')}
          placeholder={t('events.choosePerson')}
          autoComplete="off"
        />
      )}
    />
  );
};
