import TextField from '@mui/material/TextField';

/**
 * A labelled native select: every browser and screen reader handles it by keyboard (typing a
 * letter chooses), and the API's message for the field stands beneath it.
 */
export function NativeSelect({
  name,
  label,
  value,
  onChange,
  options,
  error,
  minWidth = 220,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  error?: string;
  minWidth?: number;
}) {
  return (
    <TextField
      select
      name={name}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      size="small"
      error={!!error}
      helperText={error}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth }}
    >
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </TextField>
  );
}
