import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { DataTable } from '../ui/DataTable';
import { DateText, Money } from '../ui/Money';
import { FormMessage, Section } from '../ui/Section';
import { todayIso } from '../ui/format';
import { errorForField, formLevelMessage, graphQLErrors, isForbiddenAt } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import { toApiAmount } from './amount';
import {
  ApproveFundingApplicationMutation,
  FundingApplicationQuery,
  RejectFundingApplicationMutation,
  ReopenFundingApplicationMutation,
  SubmitFundingApplicationMutation,
  WithdrawFundingApplicationMutation,
} from './funding.queries';

const t = messages.funding;

/** One funding application: its figures, the steps its status allows, its allocations. */
export function FundingApplicationPage() {
  const { applicationId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(FundingApplicationQuery, { variables: { id: applicationId } });
  const errors = graphQLErrors(error);
  const app = data?.fundingApplication;
  usePageTitle(app?.title ?? t.application);
  const [submit] = useMutation(SubmitFundingApplicationMutation);
  const [withdraw] = useMutation(WithdrawFundingApplicationMutation);
  const [reject] = useMutation(RejectFundingApplicationMutation);
  const [reopen] = useMutation(ReopenFundingApplicationMutation);
  const [approve] = useMutation(ApproveFundingApplicationMutation);
  const [approvedAmount, setApprovedAmount] = useState('');
  const [approvedOn, setApprovedOn] = useState(todayIso());
  const { feedback, track } = useMutationFeedback();
  const [changedTo, setChangedTo] = useState<string | null>(null);

  if (loading && !data) return <CircularProgress aria-label={messages.loading} />;
  if (!app) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          {t.application}
        </Typography>
        <AreaUnavailable errors={errors} />
        {isForbiddenAt(errors, ['fundingApplication']) ? (
          <Alert severity="warning">{messages.errors.forbiddenLong}</Alert>
        ) : (
          <OtherErrors errors={errors} />
        )}
      </>
    );
  }
  const step = async (
    run: () => Promise<{ data?: Record<string, { status: string }> | null; error?: unknown }>,
    field: string,
  ) => {
    const result = await track(run, (d) => !!d[field]);
    if (result) {
      setChangedTo(result[field].status);
      void refetch();
    }
  };
  const variables = { id: app.id };
  const onApprove = (e: FormEvent) => {
    e.preventDefault();
    void step(
      () => approve({ variables: { input: { id: app.id, approvedAmount: toApiAmount(approvedAmount), approvedOn } } }),
      'approveFundingApplication',
    );
  };
  const s = app.status;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {app.title}
      </Typography>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <dl className="gk-facts">
        <dt>{t.applicant}</dt>
        <dd>{app.applicant.name}</dd>
        <dt>{t.programme}</dt>
        <dd>{app.program.name}</dd>
        <dt>{t.status}</dt>
        <dd data-testid="application-status">{messages.applicationStatus[s] ?? s}</dd>
        <dt>{t.period}</dt>
        <dd>
          <DateText value={app.periodStart} /> – <DateText value={app.periodEnd} />
        </dd>
        <dt>{t.totalCost}</dt>
        <dd>
          <Money amount={app.totalCost} />
        </dd>
        <dt>{t.requested}</dt>
        <dd>
          <Money amount={app.requested} />
        </dd>
        <dt>{t.ownShare}</dt>
        <dd>
          <Money amount={app.ownShare} />
        </dd>
        <dt>{t.approvedAmount}</dt>
        <dd>
          <Money amount={app.approvedAmount} />{' '}
          {app.approvedOn ? (
            <>
              ({t.approvedOn} <DateText value={app.approvedOn} />)
            </>
          ) : null}
        </dd>
      </dl>
      <Section title={messages.offers.lifecycle} errors={[]} path={['fundingApplication', 'status']}>
        <FormMessage message={formLevelMessage(feedback.fields, ['approvedAmount', 'approvedOn'])} />
        {changedTo && feedback.done ? (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {t.statusChanged(messages.applicationStatus[changedTo] ?? changedTo)}
          </Alert>
        ) : null}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          {s === 'DRAFT' ? (
            <Button
              variant="outlined"
              onClick={() => void step(() => submit({ variables }), 'submitFundingApplication')}
            >
              {t.submit}
            </Button>
          ) : null}
          {s === 'SUBMITTED' ? (
            <Button
              variant="outlined"
              onClick={() => void step(() => reopen({ variables }), 'reopenFundingApplication')}
            >
              {t.reopen}
            </Button>
          ) : null}
          {s === 'SUBMITTED' ? (
            <Button
              variant="outlined"
              color="error"
              onClick={() => void step(() => reject({ variables }), 'rejectFundingApplication')}
            >
              {t.reject}
            </Button>
          ) : null}
          {s === 'DRAFT' || s === 'SUBMITTED' ? (
            <Button
              variant="outlined"
              onClick={() => void step(() => withdraw({ variables }), 'withdrawFundingApplication')}
            >
              {t.withdraw}
            </Button>
          ) : null}
        </Stack>
        {s === 'SUBMITTED' ? (
          <Box component="form" aria-label={t.approve} onSubmit={onApprove} noValidate sx={{ mt: 2 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField
                name="approvedAmount"
                label={`${t.approvedAmount} (€)`}
                value={approvedAmount}
                onChange={(e) => setApprovedAmount(e.target.value)}
                size="small"
                error={!!errorForField(feedback.fields, 'approvedAmount')}
                helperText={errorForField(feedback.fields, 'approvedAmount')}
              />
              <TextField
                name="approvedOn"
                type="date"
                label={t.approvedOn}
                value={approvedOn}
                onChange={(e) => setApprovedOn(e.target.value)}
                size="small"
                slotProps={{ inputLabel: { shrink: true } }}
                error={!!errorForField(feedback.fields, 'approvedOn')}
                helperText={errorForField(feedback.fields, 'approvedOn')}
              />
              <Button type="submit" variant="contained">
                {t.approve}
              </Button>
            </Stack>
          </Box>
        ) : null}
      </Section>
      <Section title={t.allocations} errors={errors} path={['fundingApplication', 'allocations']}>
        <DataTable
          caption={t.allocations}
          headers={[t.offer, t.fiscalYear, t.amount, t.spent, t.remaining, t.purpose]}
          rows={(app.allocations ?? []).map((al) => ({
            key: al.id,
            cells: [
              <Link component={RouterLink} to={`../../allocations/${al.id}`}>
                {al.offer.title}
              </Link>,
              al.fiscalYear,
              <Money amount={al.amount} />,
              <Money amount={al.spent} />,
              <Money amount={al.remaining} />,
              al.purpose ?? messages.none,
            ],
          }))}
        />
      </Section>
    </>
  );
}
