import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { EnrollmentOutcome, OfferDetailQuery as OfferDetail } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { DataTable } from '../ui/DataTable';
import { Field } from '../ui/Forbidden';
import { DateText, Money } from '../ui/Money';
import { NativeSelect } from '../ui/NativeSelect';
import { FormMessage, Section } from '../ui/Section';
import { formatPercent, todayIso } from '../ui/format';
import { errorForField, formLevelMessage, graphQLErrors, isForbiddenAt, type ApiError } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import {
  CancelOfferMutation,
  FinishOfferMutation,
  OfferDetailQuery,
  OpenOfferMutation,
  RecordEnrollmentOutcomeMutation,
  StartOfferMutation,
  UpdateOfferMutation,
} from './offer.queries';

const t = messages.offers;
type Offer = NonNullable<OfferDetail['offer']>;
type Enrollment = NonNullable<Offer['enrollments']>[number];

/** One offer of the provider: facts, seat figures, funding, its lifecycle, its enrollments and their outcomes. */
export function OfferPage() {
  const { offerId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(OfferDetailQuery, {
    variables: { id: offerId },
    context: { purpose: 'ENROLLMENT' },
  });
  const errors = graphQLErrors(error);
  const offer = data?.offer;
  usePageTitle(offer?.title ?? messages.areas.offers);
  if (loading && !data) return <CircularProgress aria-label={messages.loading} />;
  if (!offer) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          {messages.areas.offers}
        </Typography>
        <AreaUnavailable errors={errors} />
        {isForbiddenAt(errors, ['offer']) ? (
          <Alert severity="warning">{messages.errors.forbiddenLong}</Alert>
        ) : (
          <OtherErrors errors={errors} />
        )}
      </>
    );
  }
  const refresh = () => void refetch();
  const f = offer.figures;
  const at = (...path: string[]) => ['offer', 'figures', ...path];
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {offer.title}
      </Typography>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <dl className="gk-facts">
        <dt>{t.provider}</dt>
        <dd>{offer.provider.name}</dd>
        <dt>{t.category}</dt>
        <dd>{messages.offerCategory[offer.category] ?? offer.category}</dd>
        <dt>{t.status}</dt>
        <dd data-testid="offer-status">{messages.offerStatus[offer.status] ?? offer.status}</dd>
        <dt>{t.period}</dt>
        <dd>
          <DateText value={offer.startDate} /> – <DateText value={offer.endDate} />
        </dd>
        <dt>{t.municipality}</dt>
        <dd>{offer.municipality.name}</dd>
        <dt>{t.targetOutcome}</dt>
        <dd>{messages.targetOutcome[offer.targetOutcome] ?? offer.targetOutcome}</dd>
      </dl>
      <Section title={t.figures} errors={errors} path={['offer', 'figures']}>
        <DataTable
          caption={t.figures}
          headers={[t.seats, t.taken, t.free, t.applicants, t.occupancy, t.completionRate, t.transitionRate]}
          rows={[
            {
              key: 'figures',
              cells: [
                f.seats,
                <Field value={f.taken} errors={errors} path={at('taken')} />,
                <Field value={f.free} errors={errors} path={at('free')} />,
                <Field value={f.applicants} errors={errors} path={at('applicants')} />,
                <Field value={f.occupancy} errors={errors} path={at('occupancy')}>
                  {(v) => formatPercent(v)}
                </Field>,
                <Field value={f.completionRate} errors={errors} path={at('completionRate')}>
                  {(v) => formatPercent(v)}
                </Field>,
                <Field value={f.transitionRate} errors={errors} path={at('transitionRate')}>
                  {(v) => formatPercent(v)}
                </Field>,
              ],
            },
          ]}
        />
      </Section>
      <Section title={t.funding} errors={errors} path={['offer', 'funding']}>
        {offer.funding ? (
          <Typography>
            {t.allocated}: <Money amount={offer.funding.allocated} /> · {t.spent}:{' '}
            <Money amount={offer.funding.spent} /> · {t.remaining}: <Money amount={offer.funding.remaining} />
          </Typography>
        ) : (
          <Typography>{messages.none}</Typography>
        )}
      </Section>
      <LifecycleSection offer={offer} onChanged={refresh} />
      <EditOfferSection offer={offer} onChanged={refresh} />
      <EnrollmentsSection enrollments={offer.enrollments} errors={errors} onChanged={refresh} />
    </>
  );
}

/**
 * The transitions the offer's status allows; the API refuses any other (INVALID_OFFER_TRANSITION) and its message is
 * shown.
 */
function LifecycleSection({ offer, onChanged }: { offer: Offer; onChanged: () => void }) {
  const [open] = useMutation(OpenOfferMutation);
  const [start] = useMutation(StartOfferMutation);
  const [finish] = useMutation(FinishOfferMutation);
  const [cancel] = useMutation(CancelOfferMutation);
  const [reason, setReason] = useState('');
  const { feedback, track } = useMutationFeedback();
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const input = { offerId: offer.id };
  const run = async (
    action: () => Promise<{ data?: Record<string, { status: string }> | null; error?: unknown }>,
    field: string,
  ) => {
    const result = await track(action, (d) => !!d[field]);
    if (result) {
      setChangedTo(result[field].status);
      onChanged();
    }
  };
  const can = {
    open: offer.status === 'PLANNED',
    start: offer.status === 'PLANNED' || offer.status === 'OPEN',
    finish: offer.status === 'RUNNING',
    cancel: offer.status === 'PLANNED' || offer.status === 'OPEN' || offer.status === 'RUNNING',
  };
  return (
    <Section title={t.lifecycle} errors={[]} path={['offer', 'status']}>
      <FormMessage message={formLevelMessage(feedback.fields, ['reason'])} />
      {changedTo && feedback.done ? (
        <Alert severity="success" role="status" sx={{ mb: 1 }}>
          {t.statusChanged(messages.offerStatus[changedTo] ?? changedTo)}
        </Alert>
      ) : null}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        {can.open ? (
          <Button variant="outlined" onClick={() => void run(() => open({ variables: { input } }), 'openOffer')}>
            {t.open}
          </Button>
        ) : null}
        {can.start ? (
          <Button variant="outlined" onClick={() => void run(() => start({ variables: { input } }), 'startOffer')}>
            {t.start}
          </Button>
        ) : null}
        {can.finish ? (
          <Button variant="outlined" onClick={() => void run(() => finish({ variables: { input } }), 'finishOffer')}>
            {t.finish}
          </Button>
        ) : null}
        {can.cancel ? (
          <Box
            component="form"
            aria-label={t.cancel}
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              void run(() => cancel({ variables: { input: { ...input, reason } } }), 'cancelOffer');
            }}
          >
            <Stack direction="row" spacing={1}>
              <TextField
                name="cancelReason"
                label={t.cancelReason}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                size="small"
                error={!!errorForField(feedback.fields, 'reason')}
                helperText={errorForField(feedback.fields, 'reason')}
              />
              <Button type="submit" variant="outlined" color="error">
                {t.cancel}
              </Button>
            </Stack>
          </Box>
        ) : null}
      </Stack>
    </Section>
  );
}

/** Title, seats and dates; each refused field gets the API's message beside it. */
function EditOfferSection({ offer, onChanged }: { offer: Offer; onChanged: () => void }) {
  const [title, setTitle] = useState(offer.title);
  const [seats, setSeats] = useState(String(offer.seats));
  const [startDate, setStartDate] = useState(offer.startDate);
  const [endDate, setEndDate] = useState(offer.endDate);
  const [update] = useMutation(UpdateOfferMutation);
  const { feedback, track } = useMutationFeedback();
  const field = (name: string) => errorForField(feedback.fields, name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const seatCount = Number.parseInt(seats, 10);
    const ok = await track(
      () =>
        update({
          variables: {
            input: { offerId: offer.id, title, seats: Number.isNaN(seatCount) ? -1 : seatCount, startDate, endDate },
          },
        }),
      (d) => !!d.updateOffer,
    );
    if (ok) onChanged();
  };
  return (
    <Section title={t.edit} errors={[]} path={['offer', 'edit']}>
      <Box component="form" aria-label={t.edit} onSubmit={(e) => void submit(e)} noValidate>
        <FormMessage message={formLevelMessage(feedback.fields, ['title', 'seats', 'startDate', 'endDate'])} />
        {feedback.done ? (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {messages.saved}
          </Alert>
        ) : null}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            name="title"
            label={t.title}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            size="small"
            error={!!field('title')}
            helperText={field('title')}
            sx={{ minWidth: 280 }}
          />
          <TextField
            name="seats"
            type="number"
            label={t.seats}
            value={seats}
            onChange={(e) => setSeats(e.target.value)}
            size="small"
            error={!!field('seats')}
            helperText={field('seats')}
          />
          <TextField
            name="startDate"
            type="date"
            label={t.startDate}
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            size="small"
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
            size="small"
            slotProps={{ inputLabel: { shrink: true } }}
            error={!!field('endDate')}
            helperText={field('endDate')}
          />
          <Button type="submit" variant="contained">
            {messages.save}
          </Button>
        </Stack>
      </Box>
    </Section>
  );
}

const OUTCOMES: EnrollmentOutcome[] = ['QUALIFICATION_ACHIEVED', 'PROGRESSED', 'NO_PROGRESS', 'DROPPED_OUT'];

/**
 * The offer's enrollments as the provider may see them: a person's name where the API gives it,
 * "keine Berechtigung" where it refuses it. A running enrollment gets a form for its outcome.
 */
function EnrollmentsSection({
  enrollments,
  errors,
  onChanged,
}: {
  enrollments: readonly Enrollment[] | null | undefined;
  errors: readonly ApiError[];
  onChanged: () => void;
}) {
  return (
    <Section title={t.enrollments} errors={errors} path={['offer', 'enrollments']}>
      <DataTable
        caption={t.enrollments}
        cap={200}
        headers={[
          '#',
          t.person,
          messages.persons.status,
          t.appliedOn,
          t.enrolledOn,
          `${t.endedOn}, ${t.outcome}`,
          t.recordOutcome,
        ]}
        rows={(enrollments ?? []).map((e, i) => ({
          key: e.id,
          cells: [
            i + 1,
            <Field
              value={e.person ? [e.person.givenName, e.person.familyName].filter(Boolean).join(' ') : null}
              errors={errors}
              path={['offer', 'enrollments', i, 'person', 'givenName']}
            />,
            messages.enrollmentStatus[e.status] ?? e.status,
            <DateText value={e.appliedOn} />,
            <DateText value={e.enrolledOn} />,
            e.outcome ? (
              <>
                <DateText value={e.endedOn} />: {messages.enrollmentOutcome[e.outcome] ?? e.outcome}
              </>
            ) : (
              messages.none
            ),
            e.status === 'ENROLLED' ? <OutcomeForm enrollmentId={e.id} index={i + 1} onChanged={onChanged} /> : null,
          ],
        }))}
      />
    </Section>
  );
}

function OutcomeForm({
  enrollmentId,
  index,
  onChanged,
}: {
  enrollmentId: string;
  index: number;
  onChanged: () => void;
}) {
  const [outcome, setOutcome] = useState<EnrollmentOutcome>('PROGRESSED');
  const [endedOn, setEndedOn] = useState(todayIso());
  const [record] = useMutation(RecordEnrollmentOutcomeMutation, { context: { purpose: 'ENROLLMENT' } });
  const { feedback, track } = useMutationFeedback();
  const label = t.outcomeFor(index);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () => record({ variables: { input: { enrollmentId, outcome, endedOn } } }),
      (d) => !!d.recordEnrollmentOutcome,
    );
    if (ok) onChanged();
  };
  return (
    <Box component="form" aria-label={label} onSubmit={(e) => void submit(e)} data-enrollment={enrollmentId}>
      <FormMessage message={formLevelMessage(feedback.fields, ['outcome', 'endedOn'])} />
      <Stack direction="row" sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
        <NativeSelect
          name="outcome"
          label={t.outcome}
          value={outcome}
          onChange={(v) => setOutcome(v as EnrollmentOutcome)}
          options={OUTCOMES.map((o) => [o, messages.enrollmentOutcome[o]] as const)}
          error={errorForField(feedback.fields, 'outcome')}
          minWidth={200}
        />
        <TextField
          name="endedOn"
          type="date"
          label={t.endedOn}
          value={endedOn}
          onChange={(e) => setEndedOn(e.target.value)}
          size="small"
          slotProps={{ inputLabel: { shrink: true } }}
          error={!!errorForField(feedback.fields, 'endedOn')}
          helperText={errorForField(feedback.fields, 'endedOn')}
        />
        <Button type="submit" variant="outlined" aria-label={`${t.recordOutcome} (${index})`}>
          {t.recordOutcome}
        </Button>
      </Stack>
    </Box>
  );
}
