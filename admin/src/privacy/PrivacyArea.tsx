import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { graphql } from '../graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { DateTimeText } from '../ui/Money';
import { FormMessage, Section } from '../ui/Section';
import { errorForField, failedPart, graphQLErrors } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import { CursorTable } from '../ui/CursorTable';

const DataSubjectQuery = graphql(`
  query DataSubject($personId: ID!) {
    dataSubject(personId: $personId) {
      personId
      erasure {
        requestedAt
        complete
        pendingSubgraphs
      }
      personsAccessLog {
        occurredAt
        subject
        organizationId
        roles
        purpose
        action
        entity
        fields
      }
      offersAccessLog {
        occurredAt
        subject
        organizationId
        roles
        purpose
        action
        entity
        fields
      }
    }
  }
`);

const ErasePersonMutation = graphql(`
  mutation ErasePerson($personId: ID!) {
    erasePerson(personId: $personId) {
      personId
      requestedAt
      complete
      pendingSubgraphs
    }
  }
`);

const t = messages.privacy;
const PAGE = 50;

interface AccessRecord {
  occurredAt: string;
  subject: string;
  organizationId?: string | null;
  purpose?: string | null;
  action: string;
  fields: readonly string[];
}

/** An access log shown a page at a time: a person's log grows with every read. */
function AccessLog({ caption, records }: { caption: string; records: readonly AccessRecord[] }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <CursorTable
      caption={caption}
      items={records.slice(0, shown)}
      rowKey={(r) => `${r.occurredAt}-${r.subject}-${r.action}-${r.fields.join(',')}`}
      hasNextPage={records.length > shown}
      onLoadMore={() => setShown((n) => n + PAGE)}
      columns={[
        { key: 'when', header: t.when, render: (r) => <DateTimeText value={r.occurredAt} /> },
        { key: 'who', header: t.who, render: (r) => r.subject },
        { key: 'org', header: t.organisation, render: (r) => r.organizationId ?? messages.none },
        {
          key: 'action',
          header: t.action,
          render: (r) => `${r.action}${r.purpose ? ` (${messages.purpose[r.purpose] ?? r.purpose})` : ''}`,
        },
        { key: 'fields', header: t.fields, render: (r) => r.fields.join(', ') },
      ]}
    />
  );
}

/** The data protection officer's screen: who accessed a person's data, and erasure after a confirmation. */
export default function PrivacyArea() {
  usePageTitle(t.title);
  const [input, setInput] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const { data, error, refetch } = useQuery(DataSubjectQuery, {
    variables: { personId: personId ?? '' },
    skip: !personId,
  });
  const [erase] = useMutation(ErasePersonMutation);
  const erasure = useMutationFeedback();
  const errors = graphQLErrors(error);
  const subject = data?.dataSubject;

  const show = (e: FormEvent) => {
    e.preventDefault();
    erasure.reset();
    setPersonId(input.trim());
  };
  const confirmErase = async () => {
    if (!personId) return;
    const done = await erasure.track(
      () => erase({ variables: { personId } }),
      (d) => !!d.erasePerson,
    );
    setConfirming(false);
    setConfirmation('');
    if (done) void refetch();
  };

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.title}
      </Typography>
      <Stack component="form" direction="row" spacing={2} onSubmit={show} sx={{ mb: 2 }}>
        <TextField
          name="personId"
          label={t.personId}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          size="small"
          sx={{ minWidth: 380 }}
          error={!!errorForField(erasure.feedback.fields, 'personId')}
          helperText={errorForField(erasure.feedback.fields, 'personId')}
        />
        <Button type="submit" variant="contained">
          {t.show}
        </Button>
      </Stack>
      <AreaUnavailable errors={[...errors, ...failedPart({ data, error }, 'persons')]} />
      <OtherErrors errors={errors.filter((e) => e.extensions?.code !== 'BAD_USER_INPUT')} />
      <FormMessage message={erasure.feedback.fields['']} />
      {personId && data && !subject ? <Alert severity="info">{t.unknown}</Alert> : null}
      {subject ? (
        <>
          <Section title={t.erasure} errors={errors} path={['dataSubject', 'erasure']}>
            {subject.erasure ? (
              <Typography data-testid="erasure-status">
                {t.erasureRequested} <DateTimeText value={subject.erasure.requestedAt} />:{' '}
                {subject.erasure.complete
                  ? t.erasureComplete
                  : t.erasurePending(subject.erasure.pendingSubgraphs.join(', '))}
              </Typography>
            ) : (
              <Button color="error" variant="contained" onClick={() => setConfirming(true)}>
                {t.erase}
              </Button>
            )}
          </Section>
          <Section title={`${t.accessLog}: ${t.personsLog}`} errors={errors} path={['dataSubject', 'personsAccessLog']}>
            <AccessLog caption={t.personsLog} records={subject.personsAccessLog} />
          </Section>
          <Section title={`${t.accessLog}: ${t.offersLog}`} errors={errors} path={['dataSubject', 'offersAccessLog']}>
            <AccessLog caption={t.offersLog} records={subject.offersAccessLog} />
          </Section>
        </>
      ) : null}
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="erase-title">
        <DialogTitle id="erase-title">{t.eraseTitle}</DialogTitle>
        <Box
          component="form"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (confirmation.trim() === personId) void confirmErase();
          }}
        >
          <DialogContent>
            <DialogContentText>{t.eraseWarning}</DialogContentText>
            <TextField
              autoFocus
              name="confirmPersonId"
              label={t.confirmId}
              value={confirmation}
              onChange={(e) => setConfirmation(e.target.value)}
              fullWidth
              sx={{ mt: 2 }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(false)}>{messages.cancel}</Button>
            <Button type="submit" color="error" variant="contained" disabled={confirmation.trim() !== personId}>
              {t.erase}
            </Button>
          </DialogActions>
        </Box>
      </Dialog>
    </>
  );
}
