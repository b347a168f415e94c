import { TextField } from '@mui/material';
import { useState } from 'react';

/** A list of short texts typed as one comma-separated line, the way people write them. */
export const TextListField = ({
  label,
  helperText,
  value,
  onChange,
  error,
  name,
}: {
  label: string;
  helperText: string;
  value: string[];
  onChange: (values: string[]) => void;
  error?: string;
  name: string;
}) => {
  const [text, setText] = useState(value.join(', '));
  return (
    <TextField
      label={label}
      name={name}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(
          event.target.value
            .split(',')
            .map((part) => part.trim())
            .filter((part) => part !== ''),
        );
      }}
      error={Boolean(error)}
      helperText={error ?? helperText}
    />
  );
};
