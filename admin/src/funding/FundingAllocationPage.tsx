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
import { FundingAllocationQuery, RecordExpenditureMutation } from './funding.queries';

const t = messages.funding;

/** One allocation: what is left of it, its expenditures, and a form to record one more. */
export function FundingAllocationPage() {
  const { allocationId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(FundingAllocationQuery, { variables: { id: allocationId } });
  const errors = graphQLErrors(error);
  const al = data?.fundingAllocation;
  usePageTitle(al ? `${t.allocation}: ${al.offer.title}` : t.allocation);
  const [record] = useMutation(RecordExpenditureMutation);
  const { feedback, track } = useMutationFeedback();
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const [spentOn, setSpentOn] = useState(todayIso());

  if (loading && !data) return <CircularProgress aria-label={messages.loading} />;
  if (!al) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          {t.allocation}
        </Typography>
        <AreaUnavailable errors={errors} />
        {isForbiddenAt(errors, ['fundingAllocation']) ? (
          <Alert severity="warning">{messages.errors.forbiddenLong}</Alert>
        ) : (
          <OtherErrors errors={errors} />
        )}
      </>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () => record({ variables: { input: { allocationId: al.id, amount: toApiAmount(amount), purpose, spentOn } } }),
      (d) => !!d.recordExpenditure,
    );
    if (ok) {
      setAmount('');
      setPurpose('');
      void refetch();
    }
  };
  const field = (name: string) => errorForField(feedback.fields, name);
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.allocation}: {al.offer.title}
      </Typography>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <dl className="gk-facts">
        <dt>{t.fiscalYear}</dt>
        <dd>{al.fiscalYear}</dd>
        <dt>{t.budget}</dt>
        <dd>{al.budget?.title ?? messages.none}</dd>
        <dt>{t.application}</dt>
        <dd>{al.application?.title ?? messages.none}</dd>
        <dt>{t.amount}</dt>
        <dd>
          <Money amount={al.amount} />
        </dd>
        <dt>{t.spent}</dt>
        <dd>
          <Money amount={al.spent} />
        </dd>
        <dt>{t.remaining}</dt>
        <dd data-testid="allocation-remaining">
          <Money amount={al.remaining} />
        </dd>
      </dl>
      <Section title={t.expenditures} errors={errors} path={['fundingAllocation', 'expenditures']}>
        <DataTable
          caption={t.expenditures}
          headers={[t.spentOn, t.purpose, t.amount]}
          rows={(al.expenditures ?? []).map((x) => ({
            key: x.id,
            cells: [<DateText value={x.spentOn} />, x.purpose, <Money amount={x.amount} />],
          }))}
        />
        <Box
          component="form"
          aria-label={t.recordExpenditure}
          onSubmit={(e) => void submit(e)}
          noValidate
          sx={{ mt: 2 }}
        >
          <FormMessage message={formLevelMessage(feedback.fields, ['amount', 'purpose', 'spentOn'])} />
          {feedback.done ? (
            <Alert severity="success" role="status" sx={{ mb: 1 }}>
              {t.expenditureRecorded}
            </Alert>
          ) : null}
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField
              name="amount"
              label={`${t.amount} (€)`}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              size="small"
              error={!!field('amount')}
              helperText={field('amount')}
            />
            <TextField
              name="purpose"
              label={t.purpose}
              value={purpose}
              onChange={(e) => setPurpose(e.target.value)}
              size="small"
              error={!!field('purpose')}
              helperText={field('purpose')}
            />
            <TextField
              name="spentOn"
              type="date"
              label={t.spentOn}
              value={spentOn}
              onChange={(e) => setSpentOn(e.target.value)}
              size="small"
              slotProps={{ inputLabel: { shrink: true } }}
              error={!!field('spentOn')}
              helperText={field('spentOn')}
            />
            <Button type="submit" variant="contained">
              {t.recordExpenditure}
            </Button>
          </Stack>
        </Box>
      </Section>
    </>
  );
}
