import type { DataSource } from 'typeorm';
import { arrayLiteral, runScaleLoad, SCALE_ACTOR, type ScaleSliceOptions } from '@gk/fixtures';

export type { ScaleSliceOptions } from '@gk/fixtures';

const at = (day: string) => `${day}T09:00:00Z`;

/**
 * Loads the persons slice of a generated scale into an empty persons database: persons with their
 * residence and benefit regime histories, needs, consents, referrals and history entries, streamed
 * in chunks and written with multi-row inserts inside one transaction, then ANALYZEd. No trigger
 * guards these tables, so every row passes the same CHECKs as any write.
 */
export async function loadScaleSlice(
  dataSource: DataSource,
  options: ScaleSliceOptions,
): Promise<Record<string, number>> {
  return runScaleLoad(
    dataSource,
    options,
    { name: 'persons', total: (world) => world.size.persons },
    async ({ world, writer, step }) => {
      const persons = writer(
        'person',
        `id uuid, given_name text, family_name text, date_of_birth date, gender text, country_of_origin text, languages
          text[],
      german_level text, german_level_certified boolean, municipality_ags text, arrival_date date,
      case_managing_organization_id uuid,
      current_residence_status text, current_benefit_regime text, school_degree text, vocational_dqr_level smallint,
      vocational_in_training boolean,
      vocational_foreign boolean, vocational_foreign_recognised boolean, goals text[], created_by text, created_by_org
      uuid,
      updated_by text, updated_by_org uuid, created_at timestamptz, updated_at timestamptz`,
      );
      const residence = writer(
        'residence_status_period',
        `id uuid, person_id uuid, status text, valid_from date, valid_until date, created_by text, created_by_org uuid,
      updated_by text, updated_by_org uuid`,
        persons,
      );
      const regimes = writer(
        'benefit_regime_period',
        `id uuid, person_id uuid, regime text, previous_regime text, valid_from date, valid_until date, created_by text,
      created_by_org uuid, updated_by text, updated_by_org uuid`,
        persons,
      );
      const needs = writer(
        'need',
        `id uuid, person_id uuid, category text, status text, created_at timestamptz, created_by text, created_by_org
          uuid,
      updated_at timestamptz, updated_by text, updated_by_org uuid`,
        persons,
      );
      const consents = writer(
        'consent',
        `id uuid, person_id uuid, organization_id uuid, purposes text[], legal_basis text, evidence_reference text,
          notice_version text,
      created_at timestamptz, created_by text, created_by_org uuid, revoked_at timestamptz, revoked_by_subject text,
      revoked_by_organization_id text, updated_at timestamptz, updated_by text, updated_by_org uuid`,
        persons,
      );
      const referrals = writer(
        'referral',
        `id uuid, person_id uuid, from_organization_id uuid, to_organization_id uuid, to_offer_id uuid, purpose text,
          consent_id uuid, status text,
      created_at timestamptz, created_by text, created_by_org uuid, answered_at timestamptz, answered_by_subject text,
      answered_by_organization_id text, closed_at timestamptz, closed_by_subject text, closed_by_organization_id text,
      updated_at timestamptz, updated_by text, updated_by_org uuid`,
        consents,
      );
      const events = writer(
        'person_event',
        `person_id uuid, kind text, fields text[], subject_id uuid, created_by text, created_by_org uuid, updated_by
          text,
      updated_by_org uuid`,
        persons,
      );

      for (const chunk of world.personChunks(2_000)) {
        for (const p of chunk) {
          const org = p.caseManagingOrganizationId;
          const created = at(p.arrivalDate > '2024-01-01' ? p.arrivalDate : '2024-01-01');
          const residenceNow = p.residence[p.residence.length - 1].value;
          const regimeNow = p.regimes[p.regimes.length - 1].value;
          await persons.add(
            p.id,
            p.givenName,
            p.familyName,
            p.dateOfBirth,
            p.gender,
            p.countryOfOrigin,
            arrayLiteral(p.languages),
            p.germanLevel,
            p.germanLevelCertified,
            p.municipalityAgs,
            p.arrivalDate,
            org,
            residenceNow,
            regimeNow,
            p.schoolDegree,
            p.vocationalDqrLevel,
            p.vocationalInTraining,
            p.vocationalForeign,
            p.vocationalForeignRecognised,
            arrayLiteral(p.goals),
            SCALE_ACTOR,
            org,
            SCALE_ACTOR,
            org,
            created,
            created,
          );
          for (const r of p.residence)
            await residence.add(r.id, p.id, r.value, r.validFrom, r.validUntil, SCALE_ACTOR, org, SCALE_ACTOR, org);
          for (const r of p.regimes)
            await regimes.add(
              r.id,
              p.id,
              r.value,
              r.previous,
              r.validFrom,
              r.validUntil,
              SCALE_ACTOR,
              org,
              SCALE_ACTOR,
              org,
            );
          for (const n of p.needs)
            await needs.add(
              n.id,
              p.id,
              n.category,
              n.status,
              at(n.recordedAt),
              SCALE_ACTOR,
              org,
              at(n.recordedAt),
              SCALE_ACTOR,
              org,
            );
          for (const c of p.consents) {
            await consents.add(
              c.id,
              p.id,
              c.organizationId,
              arrayLiteral(c.purposes),
              c.legalBasis,
              c.evidenceReference,
              c.noticeVersion,
              at(c.grantedAt),
              SCALE_ACTOR,
              org,
              c.revokedAt ? at(c.revokedAt) : null,
              c.revokedAt ? SCALE_ACTOR : null,
              c.revokedAt ? org : null,
              at(c.revokedAt ?? c.grantedAt),
              SCALE_ACTOR,
              org,
            );
          }
          for (const r of p.referrals) {
            const answeredBy = r.answeredAt ? SCALE_ACTOR : null;
            await referrals.add(
              r.id,
              p.id,
              org,
              r.toOrganizationId,
              r.toOfferId,
              r.purpose,
              r.consentId,
              r.status,
              at(r.requestedAt),
              SCALE_ACTOR,
              org,
              r.answeredAt ? at(r.answeredAt) : null,
              answeredBy,
              r.answeredAt ? r.toOrganizationId : null,
              r.closedAt ? at(r.closedAt) : null,
              r.closedAt ? SCALE_ACTOR : null,
              r.closedAt ? r.toOrganizationId : null,
              at(r.closedAt ?? r.answeredAt ?? r.requestedAt),
              SCALE_ACTOR,
              r.closedAt || r.answeredAt ? r.toOrganizationId : org,
            );
          }
          for (const e of p.events)
            await events.add(p.id, e.kind, arrayLiteral(e.fields), e.subjectId, SCALE_ACTOR, org, SCALE_ACTOR, org);
        }
        step(chunk.length);
      }
      const all = {
        person: persons,
        residence_status_period: residence,
        benefit_regime_period: regimes,
        need: needs,
        consent: consents,
        referral: referrals,
        person_event: events,
      };
      for (const w of Object.values(all)) await w.flush();
      return Object.fromEntries(Object.entries(all).map(([table, w]) => [table, w.written]));
    },
  );
}
