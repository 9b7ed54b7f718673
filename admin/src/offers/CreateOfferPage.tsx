import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { CefrLevel, OfferCategory, OfferTargetOutcome } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { useAuth } from '../app/auth/auth-context';
import { NativeSelect } from '../ui/NativeSelect';
import { FormMessage } from '../ui/Section';
import { errorForField, formLevelMessage } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import { CreateOfferMutation } from './offer.queries';

const t = messages.offers;
const CEFR_LEVELS: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** A new offer of the user's organisation (status PLANNED); the API checks every field and names the refused ones. */
export function CreateOfferPage() {
  usePageTitle(t.create);
  const { session } = useAuth();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<OfferCategory>('LANGUAGE_COURSE');
  const [targetOutcome, setTargetOutcome] = useState<OfferTargetOutcome>('LANGUAGE_LEVEL');
  const [targetGermanLevel, setTargetGermanLevel] = useState<CefrLevel | ''>('B1');
  const [municipalityAgs, setAgs] = useState(session?.ags.find((a) => a.length === 8) ?? '');
  const [seats, setSeats] = useState('');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [create] = useMutation(CreateOfferMutation);
  const { feedback, track } = useMutationFeedback();
  const field = (name: string) => errorForField(feedback.fields, name);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const seatCount = Number.parseInt(seats, 10);
    const result = await track(
      () =>
        create({
          variables: {
            input: {
              providerId: session?.organizationId ?? '',
              title,
              ...(description.trim() ? { description: description.trim() } : {}),
              category,
              targetOutcome,
              ...(targetGermanLevel ? { targetGermanLevel } : {}),
              municipalityAgs,
              // An unreadable number goes to the API as -1, so its message for `seats` is the one shown.
              seats: Number.isNaN(seatCount) ? -1 : seatCount,
              startDate,
              endDate,
            },
          },
        }),
      (d) => !!d.createOffer,
    );
    if (result) navigate(`../${result.createOffer.id}`);
  };

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.create}
      </Typography>
      <Box component="form" aria-label={t.create} onSubmit={(e) => void submit(e)} noValidate sx={{ maxWidth: 560 }}>
        <FormMessage
          message={formLevelMessage(feedback.fields, [
            'title',
            'description',
            'category',
            'targetOutcome',
            'targetGermanLevel',
            'municipalityAgs',
            'seats',
            'startDate',
            'endDate',
          ])}
        />
        <Stack spacing={2}>
          <TextField
            name="title"
            label={t.title}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            error={!!field('title')}
            helperText={field('title')}
          />
          <TextField
            name="description"
            label={t.description}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            multiline
            minRows={2}
            error={!!field('description')}
            helperText={field('description')}
          />
          <NativeSelect
            name="category"
            label={t.category}
            value={category}
            onChange={(v) => setCategory(v as OfferCategory)}
            options={Object.entries(messages.offerCategory)}
            error={field('category')}
          />
          <NativeSelect
            name="targetOutcome"
            label={t.targetOutcome}
            value={targetOutcome}
            onChange={(v) => setTargetOutcome(v as OfferTargetOutcome)}
            options={Object.entries(messages.targetOutcome)}
            error={field('targetOutcome')}
          />
          <NativeSelect
            name="targetGermanLevel"
            label={t.targetGermanLevel}
            value={targetGermanLevel}
            onChange={(v) => setTargetGermanLevel(v as CefrLevel | '')}
            options={[['', messages.none], ...CEFR_LEVELS.map((l) => [l, l] as const)]}
            error={field('targetGermanLevel')}
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
            name="seats"
            type="number"
            label={t.seats}
            value={seats}
            onChange={(e) => setSeats(e.target.value)}
            required
            error={!!field('seats')}
            helperText={field('seats')}
          />
          <TextField
            name="startDate"
            type="date"
            label={t.startDate}
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            required
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!field('startDate')}
            helperText={field('startDate')}
          />
          <TextField
            name="endDate"
            type="date"
            label={t.endDate}
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            required
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!field('endDate')}
            helperText={field('endDate')}
          />
          <Button type="submit" variant="contained">
            {t.create}
          </Button>
        </Stack>
      </Box>
    </>
  );
}
