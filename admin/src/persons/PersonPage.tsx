import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
import { usePageTitle } from '../app/page-title';
import { AreaUnavailable, OtherErrors } from '../ui/AreaUnavailable';
import { Field, Forbidden } from '../ui/Forbidden';
import { DateText } from '../ui/Money';
import { FormMessage, Section } from '../ui/Section';
import { failedPart, formLevelMessage, graphQLErrors, isForbiddenAt } from '../ui/graphql-errors';
import { useMutationFeedback } from '../ui/mutation-result';
import { EnrollInOfferMutation, PersonDetailQuery } from './person.queries';
import { ConsentsSection, NeedsSection, ReferralsSection } from './PersonForms';
import { SimpleTable } from './SimpleTable';

const t = messages.persons;

/** One person as the case manager's organisation may see them; each part shows what the API gave. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(PersonDetailQuery, {
    variables: { id: personId },
    context: { purpose: 'COUNSELLING' },
  });
  const errors = graphQLErrors(error);
  const person = data?.person;
  const name = person ? [person.givenName, person.familyName].filter(Boolean).join(' ') : '';
  usePageTitle(name || t.personTitle);
  const [enroll] = useMutation(EnrollInOfferMutation, { context: { purpose: 'ENROLLMENT' } });
  const enrollment = useMutationFeedback();

  if (loading && !data) return <CircularProgress aria-label={messages.loading} />;
  if (!person) {
    return (
      <>
        <Typography variant="h4" component="h1" gutterBottom>
          {t.personTitle}
        </Typography>
        <AreaUnavailable errors={[...errors, ...failedPart({ data, error }, 'persons')]} />
        {isForbiddenAt(errors, ['person']) ? (
          <Alert severity="warning">{messages.errors.forbiddenLong}</Alert>
        ) : (
          <OtherErrors errors={errors} />
        )}
      </>
    );
  }
  const refresh = () => void refetch();

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {name || <Forbidden />}
      </Typography>
      <AreaUnavailable errors={[...errors, ...failedPart({ data, error }, 'persons')]} />
      <OtherErrors errors={errors} />
      <dl className="gk-facts">
        <dt>{t.dateOfBirth}</dt>
        <dd>
          <Field value={person.dateOfBirth} errors={errors} path={['person', 'dateOfBirth']}>
            {(v) => <DateText value={v} />}
          </Field>
        </dd>
        <dt>{t.municipality}</dt>
        <dd>
          <Field value={person.municipality?.name} errors={errors} path={['person', 'municipality']} />
        </dd>
        <dt>{messages.shell.organisation}</dt>
        <dd>
          <Field
            value={person.caseManagingOrganization?.name}
            errors={errors}
            path={['person', 'caseManagingOrganization']}
          />
        </dd>
        <dt>{t.currentStatus}</dt>
        <dd>
          <Field value={person.currentResidenceStatus} errors={errors} path={['person', 'currentResidenceStatus']}>
            {(v) => messages.residenceStatus[v] ?? v}
          </Field>
        </dd>
        <dt>{t.currentRegime}</dt>
        <dd>
          <Field value={person.currentBenefitRegime} errors={errors} path={['person', 'currentBenefitRegime']}>
            {(v) => messages.benefitRegime[v] ?? v}
          </Field>
        </dd>
      </dl>
      {person.laterRegistrationsElsewhere ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t.laterRegistrations(person.laterRegistrationsElsewhere)}
        </Alert>
      ) : null}

      <Section title={t.residenceHistory} errors={errors} path={['person', 'residenceStatusHistory']}>
        <SimpleTable
          headers={[t.residenceStatus, t.validFrom, t.validUntil]}
          rows={(person.residenceStatusHistory ?? []).map((r) => ({
            key: r.id,
            cells: [
              messages.residenceStatus[r.status] ?? r.status,
              <DateText value={r.validFrom} />,
              <DateText value={r.validUntil} />,
            ],
          }))}
        />
      </Section>
      <Section title={t.regimeHistory} errors={errors} path={['person', 'benefitRegimeHistory']}>
        <SimpleTable
          headers={[t.currentRegime, t.validFrom, t.validUntil]}
          rows={(person.benefitRegimeHistory ?? []).map((r) => ({
            key: r.id,
            cells: [
              messages.benefitRegime[r.regime] ?? r.regime,
              <DateText value={r.validFrom} />,
              <DateText value={r.validUntil} />,
            ],
          }))}
        />
      </Section>

      <NeedsSection personId={person.id} needs={person.needs} errors={errors} onChanged={refresh} />
      <ConsentsSection personId={person.id} consents={person.consents} errors={errors} onChanged={refresh} />
      <ReferralsSection personId={person.id} referrals={person.referrals} errors={errors} onChanged={refresh} />

      <Section title={t.enrollments} errors={errors} path={['person', 'enrollments']}>
        <SimpleTable
          headers={[t.offer, t.status, t.enrolledOn]}
          rows={(person.enrollments ?? []).map((e) => ({
            key: e.id,
            cells: [
              e.offer.title,
              messages.enrollmentStatus[e.status] ?? e.status,
              <DateText value={e.enrolledOn ?? e.appliedOn} />,
            ],
          }))}
        />
      </Section>
      <Section title={t.measureCareer} errors={errors} path={['person', 'measureCareer']}>
        {person.measureCareer ? (
          person.measureCareer.reachesThreshold ? (
            <Alert severity="warning">
              {t.measureCareerFlag(person.measureCareer.length, person.measureCareer.threshold)}
            </Alert>
          ) : (
            <Typography>{t.noMeasureCareer(person.measureCareer.length, person.measureCareer.threshold)}</Typography>
          )
        ) : (
          <Typography>{messages.none}</Typography>
        )}
      </Section>
      <Section title={t.eligibleOffers} errors={errors} path={['person', 'eligibleOffers']}>
        <FormMessage message={formLevelMessage(enrollment.feedback.fields, [])} />
        {enrollment.feedback.done ? (
          <Alert severity="success" role="status" sx={{ mb: 1 }}>
            {t.enrolled}
          </Alert>
        ) : null}
        {person.eligibleOffers.length === 0 ? (
          <Typography>{messages.noEntries}</Typography>
        ) : (
          <List dense>
            {person.eligibleOffers.map((o) => (
              <ListItem
                key={o.id}
                secondaryAction={
                  <Button
                    variant="outlined"
                    aria-label={`${t.enroll}: ${o.title}`}
                    onClick={() =>
                      void enrollment
                        .track(
                          () => enroll({ variables: { input: { personId: person.id, offerId: o.id } } }),
                          (d) => !!d.enrollInOffer,
                        )
                        .then((ok) => ok && refresh())
                    }
                  >
                    {t.enroll}
                  </Button>
                }
              >
                <Typography>
                  {o.title} · {o.provider.name} · <DateText value={o.startDate} />
                </Typography>
              </ListItem>
            ))}
          </List>
        )}
      </Section>
    </>
  );
}
