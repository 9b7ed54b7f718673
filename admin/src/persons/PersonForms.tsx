import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import FormControl from '@mui/material/FormControl';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { NeedCategory, PersonDataPurpose, PersonNeedStatus, PersonConsentLegalBasis } from '../graphql/graphql';
import { messages } from '../app/messages';
import { useAuth } from '../app/auth/auth-context';
import { DateText, DateTimeText } from '../ui/Money';
import { FormMessage, Section } from '../ui/Section';
import { errorForField, formLevelMessage, type ApiError } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import {
  AnswerReferralMutation,
  CreateReferralMutation,
  GrantConsentMutation,
  OrganizationChoicesQuery,
  RecordNeedMutation,
  RevokeConsentMutation,
} from './person.queries';
import { SimpleTable } from './SimpleTable';

const t = messages.persons;

/** A native select: every browser and screen reader handles it by keyboard. */
function Choice({
  label,
  value,
  onChange,
  options,
  error,
  name,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: [string, string][];
  error?: string;
  name: string;
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
      sx={{ minWidth: 220 }}
    >
      {options.map(([v, l]) => (
        <option key={v} value={v}>
          {l}
        </option>
      ))}
    </TextField>
  );
}

function useOrganizations(): [string, string][] {
  const { data } = useQuery(OrganizationChoicesQuery, { variables: { first: 100 } });
  return [['', '—'], ...(data?.organizations.nodes ?? []).map((o): [string, string] => [o.id, o.name])];
}

interface Need {
  id: string;
  category: string;
  status: string;
  note?: string | null;
  recordedAt: string;
}

export function NeedsSection({
  personId,
  needs,
  errors,
  onChanged,
}: {
  personId: string;
  needs: readonly Need[] | null | undefined;
  errors: readonly ApiError[];
  onChanged: () => void;
}) {
  const [category, setCategory] = useState<NeedCategory>('LANGUAGE');
  const [status, setStatus] = useState<PersonNeedStatus>('OPEN');
  const [note, setNote] = useState('');
  const [record] = useMutation(RecordNeedMutation, { context: { purpose: 'COUNSELLING' } });
  const { feedback, track } = useMutationFeedback();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () =>
        record({ variables: { input: { personId, category, status, ...(note.trim() ? { note: note.trim() } : {}) } } }),
      (d) => !!d.recordNeed,
    );
    if (ok) {
      setNote('');
      onChanged();
    }
  };
  return (
    <Section title={t.needs} errors={errors} path={['person', 'needs']}>
      <SimpleTable
        headers={[t.category, t.status, t.note, t.recordedAt]}
        rows={(needs ?? []).map((n) => ({
          key: n.id,
          cells: [
            messages.needCategory[n.category] ?? n.category,
            messages.needStatus[n.status] ?? n.status,
            n.note ?? messages.none,
            <DateTimeText value={n.recordedAt} />,
          ],
        }))}
      />
      <Box component="form" onSubmit={(e) => void submit(e)} aria-label={t.recordNeed} sx={{ mt: 2 }}>
        <FormMessage message={formLevelMessage(feedback.fields, ['category', 'status', 'note'])} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Choice
            name="category"
            label={t.category}
            value={category}
            onChange={(v) => setCategory(v as NeedCategory)}
            options={Object.entries(messages.needCategory)}
            error={errorForField(feedback.fields, 'category')}
          />
          <Choice
            name="status"
            label={t.status}
            value={status}
            onChange={(v) => setStatus(v as PersonNeedStatus)}
            options={Object.entries(messages.needStatus)}
            error={errorForField(feedback.fields, 'status')}
          />
          <TextField
            name="note"
            label={t.note}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            size="small"
            error={!!errorForField(feedback.fields, 'note')}
            helperText={errorForField(feedback.fields, 'note')}
          />
          <Button type="submit" variant="contained">
            {t.recordNeed}
          </Button>
        </Stack>
      </Box>
    </Section>
  );
}

interface Consent {
  id: string;
  active: boolean;
  purposes: readonly string[];
  legalBasis: string;
  grantedAt: string;
  revokedAt?: string | null;
  organization: { id: string; name: string };
}

const PURPOSES: PersonDataPurpose[] = ['COUNSELLING', 'ENROLLMENT', 'REFERRAL', 'REPORTING'];

export function ConsentsSection({
  personId,
  consents,
  errors,
  onChanged,
}: {
  personId: string;
  consents: readonly Consent[] | null | undefined;
  errors: readonly ApiError[];
  onChanged: () => void;
}) {
  const organizations = useOrganizations();
  const [organizationId, setOrganizationId] = useState('');
  const [purposes, setPurposes] = useState<PersonDataPurpose[]>([]);
  const [legalBasis, setLegalBasis] = useState<PersonConsentLegalBasis>('CONSENT');
  const [evidenceReference, setEvidence] = useState('');
  const [noticeVersion, setNoticeVersion] = useState('');
  const [grant] = useMutation(GrantConsentMutation, { context: { purpose: 'COUNSELLING' } });
  const [revoke] = useMutation(RevokeConsentMutation, { context: { purpose: 'COUNSELLING' } });
  const { feedback, track } = useMutationFeedback();
  const revoking = useMutationFeedback();
  const toggle = (p: PersonDataPurpose) =>
    setPurposes((ps) => (ps.includes(p) ? ps.filter((x) => x !== p) : [...ps, p]));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () =>
        grant({
          variables: {
            input: {
              personId,
              organizationId,
              purposes,
              legalBasis,
              ...(evidenceReference.trim() ? { evidenceReference: evidenceReference.trim() } : {}),
              ...(noticeVersion.trim() ? { noticeVersion: noticeVersion.trim() } : {}),
            },
          },
        }),
      (d) => !!d.grantConsent,
    );
    if (ok) {
      setPurposes([]);
      setEvidence('');
      onChanged();
    }
  };
  const purposesError = errorForField(feedback.fields, 'purposes');
  return (
    <Section title={t.consents} errors={errors} path={['person', 'consents']}>
      <FormMessage message={revoking.feedback.fields['']} />
      <SimpleTable
        headers={[t.receivingOrganisation, t.purposes, t.legalBasis, t.grantedAt, t.status, '']}
        rows={(consents ?? []).map((c) => ({
          key: c.id,
          cells: [
            c.organization.name,
            c.purposes.map((p) => messages.purpose[p] ?? p).join(', '),
            messages.legalBasis[c.legalBasis] ?? c.legalBasis,
            <DateTimeText value={c.grantedAt} />,
            c.active ? t.active : t.revoked,
            c.active ? (
              <Button
                size="small"
                aria-label={`${t.revokeConsent}: ${c.organization.name}`}
                onClick={() =>
                  void revoking
                    .track(
                      () => revoke({ variables: { id: c.id } }),
                      (d) => !!d.revokeConsent,
                    )
                    .then((ok) => ok && onChanged())
                }
              >
                {t.revokeConsent}
              </Button>
            ) : null,
          ],
        }))}
      />
      <Box component="form" onSubmit={(e) => void submit(e)} aria-label={t.grantConsent} sx={{ mt: 2 }}>
        <FormMessage
          message={formLevelMessage(feedback.fields, [
            'organizationId',
            'purposes',
            'legalBasis',
            'evidenceReference',
            'noticeVersion',
          ])}
        />
        {feedback.done ? (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {messages.saved}
          </Alert>
        ) : null}
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Choice
            name="organizationId"
            label={t.receivingOrganisation}
            value={organizationId}
            onChange={setOrganizationId}
            options={organizations}
            error={errorForField(feedback.fields, 'organizationId')}
          />
          <FormControl component="fieldset" error={!!purposesError}>
            <FormLabel component="legend">{t.purposes}</FormLabel>
            <FormGroup row>
              {PURPOSES.map((p) => (
                <FormControlLabel
                  key={p}
                  control={<Checkbox checked={purposes.includes(p)} onChange={() => toggle(p)} name={`purpose-${p}`} />}
                  label={messages.purpose[p]}
                />
              ))}
            </FormGroup>
            {purposesError ? <FormHelperText>{purposesError}</FormHelperText> : null}
          </FormControl>
          <Choice
            name="legalBasis"
            label={t.legalBasis}
            value={legalBasis}
            onChange={(v) => setLegalBasis(v as PersonConsentLegalBasis)}
            options={Object.entries(messages.legalBasis)}
            error={errorForField(feedback.fields, 'legalBasis')}
          />
          <TextField
            name="evidenceReference"
            label={t.evidenceReference}
            value={evidenceReference}
            onChange={(e) => setEvidence(e.target.value)}
            size="small"
            error={!!errorForField(feedback.fields, 'evidenceReference')}
            helperText={errorForField(feedback.fields, 'evidenceReference')}
          />
          <TextField
            name="noticeVersion"
            label={t.noticeVersion}
            value={noticeVersion}
            onChange={(e) => setNoticeVersion(e.target.value)}
            size="small"
            error={!!errorForField(feedback.fields, 'noticeVersion')}
            helperText={errorForField(feedback.fields, 'noticeVersion')}
          />
          <Button type="submit" variant="contained">
            {t.grantConsent}
          </Button>
        </Stack>
      </Box>
    </Section>
  );
}

interface Referral {
  id: string;
  status: string;
  purpose: string;
  requestedAt: string;
  note?: string | null;
  fromOrganization: { id: string; name: string };
  toOrganization?: { id: string; name: string } | null;
  toOffer?: { id: string; title: string } | null;
}

export function ReferralsSection({
  personId,
  referrals,
  errors,
  onChanged,
}: {
  personId: string;
  referrals: readonly Referral[] | null | undefined;
  errors: readonly ApiError[];
  onChanged: () => void;
}) {
  const { session } = useAuth();
  const organizations = useOrganizations();
  const [toOrganizationId, setTo] = useState('');
  const [purpose, setPurpose] = useState<PersonDataPurpose>('REFERRAL');
  const [note, setNote] = useState('');
  const [create] = useMutation(CreateReferralMutation, { context: { purpose: 'REFERRAL' } });
  const [answer] = useMutation(AnswerReferralMutation, { context: { purpose: 'REFERRAL' } });
  const { feedback, track } = useMutationFeedback();
  const answering = useMutationFeedback();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await track(
      () =>
        create({
          variables: {
            input: {
              personId,
              purpose,
              ...(toOrganizationId ? { toOrganizationId } : {}),
              ...(note.trim() ? { note: note.trim() } : {}),
            },
          },
        }),
      (d) => !!d.createReferral,
    );
    if (ok) {
      setNote('');
      onChanged();
    }
  };
  const respond = (referralId: string, value: 'ACCEPTED' | 'DECLINED') =>
    void answering
      .track(
        () => answer({ variables: { input: { referralId, answer: value } } }),
        (d) => !!d.answerReferral,
      )
      .then((ok) => ok && onChanged());
  return (
    <Section title={t.referrals} errors={errors} path={['person', 'referrals']}>
      <FormMessage message={answering.feedback.fields['']} />
      <SimpleTable
        headers={[t.from, t.to, t.purpose, t.requestedAt, t.status, '']}
        rows={(referrals ?? []).map((r) => ({
          key: r.id,
          cells: [
            r.fromOrganization.name,
            r.toOrganization?.name ?? r.toOffer?.title ?? messages.none,
            messages.purpose[r.purpose] ?? r.purpose,
            <DateText value={r.requestedAt} />,
            messages.referralStatus[r.status] ?? r.status,
            // Offered where the referral waits at the user's organisation; the API decides whether the answer counts.
            r.status === 'REQUESTED' && r.toOrganization?.id === session?.organizationId ? (
              <Stack direction="row" spacing={1}>
                <Button size="small" onClick={() => respond(r.id, 'ACCEPTED')}>
                  {t.accept}
                </Button>
                <Button size="small" onClick={() => respond(r.id, 'DECLINED')}>
                  {t.decline}
                </Button>
              </Stack>
            ) : null,
          ],
        }))}
      />
      <Box component="form" onSubmit={(e) => void submit(e)} aria-label={t.createReferral} sx={{ mt: 2 }}>
        <FormMessage message={formLevelMessage(feedback.fields, ['toOrganizationId', 'purpose', 'note'])} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Choice
            name="toOrganizationId"
            label={t.to}
            value={toOrganizationId}
            onChange={setTo}
            options={organizations}
            error={errorForField(feedback.fields, 'toOrganizationId')}
          />
          <Choice
            name="referralPurpose"
            label={t.purpose}
            value={purpose}
            onChange={(v) => setPurpose(v as PersonDataPurpose)}
            options={Object.entries(messages.purpose)}
            error={errorForField(feedback.fields, 'purpose')}
          />
          <TextField
            name="referralNote"
            label={t.note}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            size="small"
            error={!!errorForField(feedback.fields, 'note')}
            helperText={errorForField(feedback.fields, 'note')}
          />
          <Button type="submit" variant="contained">
            {t.createReferral}
          </Button>
        </Stack>
      </Box>
    </Section>
  );
}
