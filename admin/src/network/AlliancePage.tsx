import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AllianceForumKind, AllianceQuery as AllianceData, AllianceStandingTaskStatus } from '../graphql/graphql';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { DataTable } from '../ui/DataTable';
import { DateText } from '../ui/Money';
import { NativeSelect } from '../ui/NativeSelect';
import { FormMessage, Section } from '../ui/Section';
import { errorForField, formLevelMessage, graphQLErrors, isForbiddenAt, type ApiError } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import {
  AllianceQuery,
  RecordAgreementMutation,
  ScheduleForumMutation,
  UpdateStandingTaskMutation,
} from './network.queries';

const t = messages.network;
type Alliance = NonNullable<AllianceData['alliance']>;

/**
 * One alliance: coverage with what is missing highlighted, core group, forums, agreements, priorities, standing tasks.
 */
export function AlliancePage() {
  const { allianceId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(AllianceQuery, { variables: { id: allianceId } });
  const errors = graphQLErrors(error);
  const alliance = data?.alliance;
  usePageTitle(alliance?.name ?? t.alliance);
  if (loading && !data) return <CircularProgress aria-label={messages.loading} />;
  if (!alliance) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          {t.alliance}
        </Typography>
        <AreaUnavailable errors={errors} />
        {isForbiddenAt(errors, ['alliance']) ? (
          <Alert severity="warning">{messages.errors.forbiddenLong}</Alert>
        ) : (
          <OtherErrors errors={errors} />
        )}
      </>
    );
  }
  const refresh = () => void refetch();
  const organisations = [...new Map(alliance.coreGroup.map((m) => [m.organization.id, m.organization.name])).entries()];
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {alliance.name}
      </Typography>
      <AreaUnavailable errors={errors} />
      <OtherErrors errors={errors} />
      <dl className="gk-facts">
        <dt>{t.lead}</dt>
        <dd>
          {alliance.leadOffice.name} ({alliance.leadMunicipality.name})
        </dd>
        <dt>{t.since}</dt>
        <dd>
          <DateText value={alliance.startDate} />
        </dd>
      </dl>
      <CoverageSection alliance={alliance} errors={errors} />
      <Section title={t.coreGroup} errors={errors} path={['alliance', 'coreGroup']}>
        <DataTable
          caption={t.coreGroup}
          headers={[t.organisation, t.area, t.authority, t.representative, t.validFrom]}
          rows={alliance.coreGroup.map((m) => ({
            key: m.id,
            cells: [
              m.organization.name,
              t.areas[m.area] ?? m.area,
              t.authorities[m.decisionAuthority] ?? m.decisionAuthority,
              [m.representativeName, m.representativeRole].filter(Boolean).join(', ') || messages.none,
              <DateText value={m.validFrom} />,
            ],
          }))}
        />
      </Section>
      <ForumsSection alliance={alliance} errors={errors} organisations={organisations} onChanged={refresh} />
      <AgreementsSection alliance={alliance} errors={errors} organisations={organisations} onChanged={refresh} />
      <Section title={t.priorities} errors={errors} path={['alliance', 'priorities']}>
        <DataTable
          caption={t.priorities}
          headers={[t.rank, t.forumTitle, messages.funding.status, t.dueOn]}
          rows={[...alliance.priorities]
            .sort((a, b) => a.rank - b.rank)
            .map((p) => ({
              key: p.id,
              cells: [p.rank, p.title, t.priorityStatus[p.status] ?? p.status, <DateText value={p.dueOn} />],
            }))}
        />
      </Section>
      <Section title={t.standingTasks} errors={errors} path={['alliance', 'standingTasks']}>
        <DataTable
          caption={t.standingTasks}
          headers={[t.task, `${messages.funding.status} / ${t.note}`]}
          rows={alliance.standingTasks.map((s) => ({
            key: s.task,
            cells: [
              t.tasks[s.task] ?? s.task,
              <StandingTaskForm allianceId={alliance.id} task={s} onChanged={refresh} />,
            ],
          }))}
        />
      </Section>
    </>
  );
}

/** Coverage: every field of action and expected agency, the missing ones marked "fehlt" and highlighted. */
function CoverageSection({ alliance, errors }: { alliance: Alliance; errors: readonly ApiError[] }) {
  const c = alliance.coverage;
  const rows = [
    ...c.missingAreas.map((a) => ({
      key: `area-${a}`,
      highlight: true,
      cells: [t.area, t.areas[a] ?? a, <strong>{t.missing}</strong>],
    })),
    ...c.missingExpectedAgencies.map((k) => ({
      key: `agency-${k}`,
      highlight: true,
      cells: [t.organisation, t.organisationKinds[k] ?? k, <strong>{t.missing}</strong>],
    })),
    ...c.representedAreas.map((a) => ({ key: `area-ok-${a}`, cells: [t.area, t.areas[a] ?? a, t.present] })),
    ...c.presentExpectedAgencies.map((k) => ({
      key: `agency-ok-${k}`,
      cells: [t.organisation, t.organisationKinds[k] ?? k, t.present],
    })),
  ];
  return (
    <Section title={t.coverage} errors={errors} path={['alliance', 'coverage']}>
      {c.complete ? (
        <Alert severity="success" sx={{ mb: 1 }}>
          {t.complete}: {t.nothingMissing}
        </Alert>
      ) : (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="coverage-gaps">
          {t.incomplete}:{' '}
          {[
            ...c.missingAreas.map((a) => t.areas[a] ?? a),
            ...c.missingExpectedAgencies.map((k) => t.organisationKinds[k] ?? k),
          ].join(', ')}{' '}
          {t.missing}
        </Alert>
      )}
      <DataTable
        caption={`${t.coverage} (${messages.dashboard.referenceDate}: ${c.asOf.split('-').reverse().join('.')})`}
        headers={[t.kind, t.name, messages.funding.status]}
        rows={rows}
      />
    </Section>
  );
}

function PartyChoice({
  legend,
  organisations,
  chosen,
  onToggle,
  error,
}: {
  legend: string;
  organisations: [string, string][];
  chosen: string[];
  onToggle: (id: string) => void;
  error?: string;
}) {
  return (
    <FormControl component="fieldset" error={!!error}>
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup row>
        {organisations.map(([id, name]) => (
          <FormControlLabel
            key={id}
            control={<Checkbox checked={chosen.includes(id)} onChange={() => onToggle(id)} />}
            label={name}
          />
        ))}
      </FormGroup>
      {error ? <FormHelperText>{error}</FormHelperText> : null}
    </FormControl>
  );
}

const toggleIn = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

function ForumsSection({
  alliance,
  errors,
  organisations,
  onChanged,
}: {
  alliance: Alliance;
  errors: readonly ApiError[];
  organisations: [string, string][];
  onChanged: () => void;
}) {
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState('');
  const [kind, setKind] = useState<AllianceForumKind>('WORKING_GROUP');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [participantIds, setParticipants] = useState<string[]>([]);
  const [schedule] = useMutation(ScheduleForumMutation);
  const { feedback, track } = useMutationFeedback();
  const field = (name: string) => errorForField(feedback.fields, name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () =>
        schedule({
          variables: {
            input: {
              allianceId: alliance.id,
              title,
              topic,
              kind,
              startsOn,
              ...(endsOn ? { endsOn } : {}),
              participantIds,
            },
          },
        }),
      (d) => !!d.scheduleForum,
    );
    if (ok) {
      setTitle('');
      setTopic('');
      setParticipants([]);
      onChanged();
    }
  };
  return (
    <Section title={t.forums} errors={errors} path={['alliance', 'forums']}>
      <DataTable
        caption={t.forums}
        headers={[t.forumTitle, t.forumKind, t.topic, t.startsOn, t.endsOn, t.participants]}
        rows={alliance.forums.map((f) => ({
          key: f.id,
          cells: [
            f.title,
            t.forumKinds[f.kind] ?? f.kind,
            f.topic,
            <DateText value={f.startsOn} />,
            <DateText value={f.endsOn} />,
            f.participants.map((p) => p.name).join(', ') || messages.none,
          ],
        }))}
      />
      <Box component="form" aria-label={t.scheduleForum} onSubmit={(e) => void submit(e)} noValidate sx={{ mt: 2 }}>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t.scheduleForum}
        </Typography>
        <FormMessage
          message={formLevelMessage(feedback.fields, [
            'title',
            'topic',
            'kind',
            'startsOn',
            'endsOn',
            'participantIds',
          ])}
        />
        {feedback.done ? (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {t.forumScheduled}
          </Alert>
        ) : null}
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField
              name="forumTitle"
              label={t.forumTitle}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              size="small"
              error={!!field('title')}
              helperText={field('title')}
            />
            <TextField
              name="topic"
              label={t.topic}
              value={topic}
              onChange={(e) => setTopic(e.target.value)}
              size="small"
              error={!!field('topic')}
              helperText={field('topic')}
            />
            <NativeSelect
              name="forumKind"
              label={t.forumKind}
              value={kind}
              onChange={(v) => setKind(v as AllianceForumKind)}
              options={Object.entries(t.forumKinds)}
              error={field('kind')}
              minWidth={180}
            />
            <TextField
              name="startsOn"
              type="date"
              label={t.startsOn}
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
              size="small"
              slotProps={{ inputLabel: { shrink: true } }}
              error={!!field('startsOn')}
              helperText={field('startsOn')}
            />
            <TextField
              name="endsOn"
              type="date"
              label={t.endsOn}
              value={endsOn}
              onChange={(e) => setEndsOn(e.target.value)}
              size="small"
              slotProps={{ inputLabel: { shrink: true } }}
              error={!!field('endsOn')}
              helperText={field('endsOn')}
            />
          </Stack>
          <PartyChoice
            legend={t.participants}
            organisations={organisations}
            chosen={participantIds}
            onToggle={(id) => setParticipants((l) => toggleIn(l, id))}
            error={field('participantIds')}
          />
          <Box>
            <Button type="submit" variant="contained">
              {t.scheduleForum}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Section>
  );
}

function AgreementsSection({
  alliance,
  errors,
  organisations,
  onChanged,
}: {
  alliance: Alliance;
  errors: readonly ApiError[];
  organisations: [string, string][];
  onChanged: () => void;
}) {
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [partyIds, setParties] = useState<string[]>([]);
  const [record] = useMutation(RecordAgreementMutation);
  const { feedback, track } = useMutationFeedback();
  const field = (name: string) => errorForField(feedback.fields, name);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () => record({ variables: { input: { allianceId: alliance.id, title, summary, signedOn, partyIds } } }),
      (d) => !!d.recordAgreement,
    );
    if (ok) {
      setTitle('');
      setSummary('');
      setParties([]);
      onChanged();
    }
  };
  return (
    <Section title={t.agreements} errors={errors} path={['alliance', 'agreements']}>
      <DataTable
        caption={t.agreements}
        headers={[t.agreementTitle, t.summary, t.signedOn, t.parties]}
        rows={alliance.agreements.map((a) => ({
          key: a.id,
          cells: [a.title, a.summary, <DateText value={a.signedOn} />, a.parties.map((p) => p.name).join(', ')],
        }))}
      />
      <Box component="form" aria-label={t.recordAgreement} onSubmit={(e) => void submit(e)} noValidate sx={{ mt: 2 }}>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {t.recordAgreement}
        </Typography>
        <FormMessage message={formLevelMessage(feedback.fields, ['title', 'summary', 'signedOn', 'partyIds'])} />
        {feedback.done ? (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {t.agreementRecorded}
          </Alert>
        ) : null}
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <TextField
              name="agreementTitle"
              label={t.agreementTitle}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              size="small"
              error={!!field('title')}
              helperText={field('title')}
            />
            <TextField
              name="summary"
              label={t.summary}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              size="small"
              error={!!field('summary')}
              helperText={field('summary')}
              sx={{ minWidth: 320 }}
            />
            <TextField
              name="signedOn"
              type="date"
              label={t.signedOn}
              value={signedOn}
              onChange={(e) => setSignedOn(e.target.value)}
              size="small"
              slotProps={{ inputLabel: { shrink: true } }}
              error={!!field('signedOn')}
              helperText={field('signedOn')}
            />
          </Stack>
          <PartyChoice
            legend={t.parties}
            organisations={organisations}
            chosen={partyIds}
            onToggle={(id) => setParties((l) => toggleIn(l, id))}
            error={field('partyIds')}
          />
          <Box>
            <Button type="submit" variant="contained">
              {t.recordAgreement}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Section>
  );
}

/** Status and note of one standing task; returns its cells after the task's name (status, note, save). */
function StandingTaskForm({
  allianceId,
  task,
  onChanged,
}: {
  allianceId: string;
  task: Alliance['standingTasks'][number];
  onChanged: () => void;
}) {
  const [status, setStatus] = useState<AllianceStandingTaskStatus>(task.status);
  const [note, setNote] = useState(task.note ?? '');
  const [update] = useMutation(UpdateStandingTaskMutation);
  const { feedback, track } = useMutationFeedback();
  const name = t.tasks[task.task] ?? task.task;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () =>
        update({
          variables: { input: { allianceId, task: task.task, status, ...(note.trim() ? { note: note.trim() } : {}) } },
        }),
      (d) => !!d.updateStandingTask,
    );
    if (ok) onChanged();
  };
  return (
    <Box component="form" aria-label={`${t.standingTasks}: ${name}`} onSubmit={(e) => void submit(e)}>
      <FormMessage message={formLevelMessage(feedback.fields, ['status', 'note'])} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <NativeSelect
          name="taskStatus"
          label={messages.funding.status}
          value={status}
          onChange={(v) => setStatus(v as AllianceStandingTaskStatus)}
          options={Object.entries(t.taskStatus)}
          error={errorForField(feedback.fields, 'status')}
          minWidth={160}
        />
        <TextField
          name="taskNote"
          label={t.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          size="small"
          error={!!errorForField(feedback.fields, 'note')}
          helperText={errorForField(feedback.fields, 'note')}
        />
        <Button type="submit" variant="outlined" aria-label={`${t.saveTask}: ${name}`}>
          {t.saveTask}
        </Button>
        {feedback.done ? (
          <Typography role="status" variant="body2">
            {t.taskSaved}
          </Typography>
        ) : null}
      </Stack>
    </Box>
  );
}
