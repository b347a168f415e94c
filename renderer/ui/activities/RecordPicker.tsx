import { Autocomplete, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { useStore } from '../../app/AppContext';
import { personDisplayName } from '../../state/recordLabels';

type Option = { id: string; label: string };

/**
 * Picks people or organisations by typing: options come from the search index (at most 20), so the
 * picker stays quick with 100 000 people instead of handing every record to the autocomplete.
 */
export const RecordPicker = ({
  kind,
  label,
  name,
  value,
  onChange,
}: {
  kind: 'person' | 'organisation';
  label: string;
  name: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
}) => {
  const store = useStore();
  const [input, setInput] = useState('');
  const labelOf = (id: string): string => {
    if (kind === 'person') {
      const person = store.people.get(id);
      return person ? personDisplayName(person) : id;
    }
    return store.organisations.get(id)?.name ?? id;
  };
  const selected: Option[] = value.map((id) => ({ id, label: labelOf(id) }));
  const index = kind === 'person' ? store.peopleIndex : store.organisationsIndex;
  const options = useMemo(
    () =>
      input.trim() === ''
        ? []
        : index
            .search(input, 20)
            .map((id) => ({ id, label: labelOf(id) }))
            .filter((option) => !value.includes(option.id)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- labels follow the same store
    [input, index, value],
  );
  return (
    <Autocomplete
      multiple
      options={[...selected, ...options]}
      value={selected}
      filterOptions={(all) => all.filter((option) => !value.includes(option.id))}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      inputValue={input}
      onInputChange={(_event, next, reason) => {
        if (reason !== 'reset') setInput(next);
      }}
      onChange={(_event, next) => {
        onChange(next.map((option) => option.id));
        setInput('');
      }}
      renderInput={(params) => <TextField {...params} name={name} label={label} />}
    />
  );
};
