import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ResidenceStatus, RegisterPersonMutation as RegisterResult } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { useAuth } from '../app/auth/auth-context';
import { DateText } from '../ui/Money';
import { FormMessage } from '../ui/Section';
import { errorForField, formLevelMessage } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import { todayIso } from '../ui/format';
import { RegisterPersonMutation } from './person.queries';

const t = messages.persons;

type Duplicates = RegisterResult['registerPerson']['probableDuplicates'];

/**
 * Registering a person. A probable duplicate the user may see stops the registration and is
 * listed; the user can open it, or confirm that it is someone else and register anyway.
 */
export function RegisterPersonPage() {
  usePageTitle(t.register);
  const { session } = useAuth();
  const navigate = useNavigate();
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [municipalityAgs, setAgs] = useState(session?.ags.find((a) => a.length === 8) ?? session?.ags[0] ?? '');
  const [status, setStatus] = useState<ResidenceStatus | ''>('');
  const [duplicates, setDuplicates] = useState<Duplicates>([]);
  const [register] = useMutation(RegisterPersonMutation, { context: { purpose: 'COUNSELLING' } });
  const { feedback, track } = useMutationFeedback();

  const submit = async (confirmNotDuplicate: boolean) => {
    const result = await track(
      () =>
        register({
          variables: {
            input: {
              givenName,
              familyName,
              dateOfBirth,
              municipalityAgs,
              confirmNotDuplicate,
              ...(status ? { residenceStatus: { status, validFrom: todayIso() } } : {}),
            },
          },
        }),
      () => true,
    );
    if (!result) return;
    if (result.registerPerson.person) navigate(`../${result.registerPerson.person.id}`);
    else setDuplicates(result.registerPerson.probableDuplicates);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(false);
  };
  const field = (name: string) => errorForField(feedback.fields, name);

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.register}
      </Typography>
      <Box component="form" onSubmit={onSubmit} noValidate sx={{ maxWidth: 520 }}>
        <FormMessage
          message={formLevelMessage(feedback.fields, [
            'givenName',
            'familyName',
            'dateOfBirth',
            'municipalityAgs',
            'residenceStatus.status',
          ])}
        />
        <Stack spacing={2}>
          <TextField
            name="givenName"
            label={t.givenName}
            value={givenName}
            onChange={(e) => setGivenName(e.target.value)}
            required
            error={!!field('givenName')}
            helperText={field('givenName')}
          />
          <TextField
            name="familyName"
            label={t.familyName}
            value={familyName}
            onChange={(e) => setFamilyName(e.target.value)}
            required
            error={!!field('familyName')}
            helperText={field('familyName')}
          />
          <TextField
            name="dateOfBirth"
            type="date"
            label={t.dateOfBirth}
            value={dateOfBirth}
            onChange={(e) => setDateOfBirth(e.target.value)}
            required
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!field('dateOfBirth')}
            helperText={field('dateOfBirth')}
          />
          <TextField
            name="municipalityAgs"
            label={t.municipalityAgs}
            value={municipalityAgs}
            onChange={(e) => setAgs(e.target.value)}
            required
            error={!!field('municipalityAgs')}
            helperText={field('municipalityAgs')}
          />
          <TextField
            select
            name="residenceStatus"
            label={t.residenceStatus}
            value={status}
            onChange={(e) => setStatus(e.target.value as ResidenceStatus | '')}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            error={!!field('residenceStatus.status')}
            helperText={field('residenceStatus.status')}
          >
            <option value="">{messages.none}</option>
            {Object.entries(messages.residenceStatus).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </TextField>
          <Button type="submit" variant="contained">
            {t.register}
          </Button>
        </Stack>
      </Box>
      {duplicates.length > 0 ? (
        <Alert severity="warning" role="alert" sx={{ mt: 2 }}>
          <Typography>{t.duplicateWarning}</Typography>
          <ul>
            {duplicates.map((d) => (
              <li key={d.id}>
                <Link component={RouterLink} to={`../${d.id}`}>
                  {[d.givenName, d.familyName].filter(Boolean).join(' ')}
                </Link>{' '}
                · <DateText value={d.dateOfBirth} /> · {d.municipality?.name ?? messages.none}
              </li>
            ))}
          </ul>
          <Button variant="outlined" onClick={() => void submit(true)}>
            {t.confirmNotDuplicate}
          </Button>
        </Alert>
      ) : null}
    </>
  );
}
