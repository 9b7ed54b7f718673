import type { DataSource } from 'typeorm';
import { allianceOf, arrayLiteral, runScaleLoad, SCALE_ACTOR, type ScaleSliceOptions } from '@gk/fixtures';

/**
 * Loads the network slice of a generated scale into an empty network database: municipalities
 * (Kreise before their members), organisations, and one alliance per area with its core group,
 * standing tasks, forums, priorities and a procedure agreement, in one transaction, then ANALYZEd.
 */
export async function loadScaleSlice(
  dataSource: DataSource,
  options: ScaleSliceOptions,
): Promise<Record<string, number>> {
  return runScaleLoad(
    dataSource,
    options,
    { name: 'network', total: (world) => world.areas.length + 2 },
    async ({ world, writer, step }) => {
      const municipalities = writer('municipality', 'ags text, name text, kind text, parent_ags text');
      // Parents first: the self-reference is checked row by row.
      for (const m of world.municipalities.filter((x) => x.kind === 'KREIS'))
        await municipalities.add(m.ags, m.name, m.kind, m.parentAgs);
      await municipalities.flush();
      for (const m of world.municipalities.filter((x) => x.kind !== 'KREIS'))
        await municipalities.add(m.ags, m.name, m.kind, m.parentAgs);
      await municipalities.flush();
      step();
      const organizations = writer(
        'organization',
        'id uuid, name text, kind text, areas text[], ags text, public_social_agency boolean, ' +
          'contact_email text, website text, created_by text, updated_by text',
      );
      for (const o of world.organizations)
        await organizations.add(
          o.id,
          o.name,
          o.kind,
          arrayLiteral(o.areas),
          o.ags,
          o.publicSocialAgency,
          o.contactEmail,
          o.website,
          SCALE_ACTOR,
          SCALE_ACTOR,
        );
      await organizations.flush();
      step();

      const alliances = writer(
        'alliance',
        'id uuid, name text, programme text, lead_ags text, lead_office_id uuid, start_date date, ' +
          'created_by text, updated_by text',
      );
      const members = writer(
        'core_group_membership',
        `id uuid, alliance_id uuid, organization_id uuid, representative_name text, representative_role text, area text,
      decision_authority text, valid_from date, created_by text, updated_by text`,
      );
      const tasks = writer(
        'alliance_standing_task',
        'alliance_id uuid, task text, status text, created_by text, updated_by text',
      );
      const forums = writer(
        'alliance_forum',
        'id uuid, alliance_id uuid, kind text, title text, topic text, starts_on date, ends_on date, ' +
          'created_by text, updated_by text',
      );
      const participants = writer(
        'alliance_forum_participant',
        'forum_id uuid, organization_id uuid, created_by text, updated_by text',
      );
      const priorities = writer(
        'alliance_priority',
        'id uuid, alliance_id uuid, rank integer, title text, status text, due_on date, ' +
          'created_by text, updated_by text',
      );
      const agreements = writer(
        'procedure_agreement',
        'id uuid, alliance_id uuid, title text, signed_on date, summary text, created_by text, updated_by text',
      );
      const parties = writer(
        'procedure_agreement_party',
        'agreement_id uuid, organization_id uuid, created_by text, updated_by text',
      );
      const children = [members, tasks, forums, participants, priorities, agreements, parties];
      for (let i = 0; i < world.areas.length; i++) {
        const a = allianceOf(world, i);
        await alliances.add(
          a.id,
          a.name,
          'GEMEINSAM_KLAPPTS',
          a.leadAgs,
          a.leadOfficeId,
          a.startDate,
          SCALE_ACTOR,
          SCALE_ACTOR,
        );
        for (const m of a.coreGroup)
          await members.add(
            m.id,
            a.id,
            m.organizationId,
            m.representativeName,
            m.representativeRole,
            m.area,
            m.decisionAuthority,
            m.validFrom,
            SCALE_ACTOR,
            SCALE_ACTOR,
          );
        for (const t of a.standingTasks) await tasks.add(a.id, t.task, t.status, SCALE_ACTOR, SCALE_ACTOR);
        for (const f of a.forums) {
          await forums.add(f.id, a.id, f.kind, f.title, f.topic, f.startsOn, f.endsOn, SCALE_ACTOR, SCALE_ACTOR);
          for (const org of f.participantIds) await participants.add(f.id, org, SCALE_ACTOR, SCALE_ACTOR);
        }
        for (const p of a.priorities)
          await priorities.add(p.id, a.id, p.rank, p.title, p.status, p.dueOn, SCALE_ACTOR, SCALE_ACTOR);
        for (const g of a.agreements) {
          await agreements.add(g.id, a.id, g.title, g.signedOn, g.summary, SCALE_ACTOR, SCALE_ACTOR);
          for (const org of g.partyIds) await parties.add(g.id, org, SCALE_ACTOR, SCALE_ACTOR);
        }
        step();
      }
      // Alliances before the rows that point at them; forums and agreements before their participants and parties.
      await alliances.flush();
      for (const w of children) await w.flush();
      return {
        municipality: municipalities.written,
        organization: organizations.written,
        alliance: alliances.written,
        core_group_membership: members.written,
        alliance_standing_task: tasks.written,
        alliance_forum: forums.written,
        alliance_priority: priorities.written,
        procedure_agreement: agreements.written,
      };
    },
  );
}
