import type { DataSource } from 'typeorm';
import { deterministicId, seedOnce, type Logger } from '@gk/shared';
import { DEMO_MUNICIPALITIES, DEMO_ORGANIZATIONS, demoAllianceId, demoOrganizationId } from '@gk/fixtures';
import { AllianceProgramme } from '../alliance/alliance-programme.enum';
import { type Actor, createdStamp } from '@gk/shared';
import { type NetworkRepositories, repositoriesOf } from '../network.store';
import type { Area } from '../organization/area.enum';
import type { OrganizationKind } from '../organization/organization-kind.enum';
import type { StandingTaskKind, StandingTaskStatus } from '../standing-task/standing-task.enum';
import { DEMO_ALLIANCES, type DemoAlliance } from './demo-alliances';

const DEMO_ACTOR: Actor = { subject: 'demo-data', organizationId: null };

/** Public contact data for the demo: obviously fictitious (example.org), never a real address. */
function demoContact(key: string) {
  return { contactEmail: `kontakt@${key}.example.org`, contactPhone: null, website: `https://${key}.example.org` };
}

async function loadAlliance(repositories: NetworkRepositories, demo: DemoAlliance): Promise<void> {
  const allianceId = demoAllianceId(demo.key);
  const audit = createdStamp(DEMO_ACTOR);
  await repositories.alliances.insert({
    id: allianceId,
    name: demo.name,
    programme: AllianceProgramme.GEMEINSAM_KLAPPTS,
    leadAgs: demo.leadAgs,
    leadOfficeId: demoOrganizationId(demo.leadOfficeKey),
    startDate: demo.startDate,
    ...audit,
  });
  await repositories.standingTasks.createAll(allianceId, DEMO_ACTOR);
  for (const m of demo.coreGroup) {
    await repositories.coreGroup.insert({
      id: deterministicId('core-group-membership', `${demo.key}:${m.organizationKey}:${m.validFrom}`),
      allianceId,
      organizationId: demoOrganizationId(m.organizationKey),
      representativeName: m.representativeName,
      representativeRole: m.representativeRole,
      area: m.area,
      decisionAuthority: m.decisionAuthority,
      validFrom: m.validFrom,
      validUntil: m.validUntil ?? null,
      ...audit,
    });
  }
  for (const f of demo.forums) {
    const forumId = deterministicId('alliance-forum', `${demo.key}:${f.title}`);
    await repositories.forums.insert({
      id: forumId,
      allianceId,
      kind: f.kind,
      title: f.title,
      topic: f.topic,
      startsOn: f.startsOn,
      endsOn: f.endsOn ?? null,
      ...audit,
    });
    await repositories.forums.addParticipants(forumId, f.participantKeys.map(demoOrganizationId), DEMO_ACTOR);
  }
  await repositories.priorities.replace(
    allianceId,
    [],
    demo.priorities.map((p, index) => ({
      id: deterministicId('alliance-priority', `${demo.key}:${index + 1}`),
      allianceId,
      rank: index + 1,
      title: p.title,
      status: p.status,
      dueOn: p.dueOn ?? null,
      ...audit,
    })),
  );
  for (const a of demo.agreements) {
    await repositories.agreements.insert(
      {
        id: deterministicId('procedure-agreement', `${demo.key}:${a.title}`),
        allianceId,
        title: a.title,
        signedOn: a.signedOn,
        summary: a.summary,
        ...audit,
      },
      a.partyKeys.map(demoOrganizationId),
    );
  }
  for (const [task, status] of Object.entries(demo.taskStatus) as [StandingTaskKind, StandingTaskStatus][]) {
    await repositories.standingTasks.update(allianceId, task, {
      status,
      note: null,
      updatedBy: DEMO_ACTOR.subject,
      updatedByOrg: null,
    });
  }
}

/**
 * Loads the network slice of the demo world: municipalities, organisations, and the Rheine and Rhein-Kreis Neuss
 * alliances.
 */
export async function loadNetworkDemoData(dataSource: DataSource, logger: Logger): Promise<void> {
  const loaded = await seedOnce(dataSource, 'demo', async (manager) => {
    // Kreise first, so that members can point at their parent.
    const ordered = [...DEMO_MUNICIPALITIES].sort((a, b) => a.ags.length - b.ags.length);
    for (const m of ordered) {
      await manager.query('INSERT INTO municipality (ags, name, kind, parent_ags) VALUES ($1, $2, $3, $4)', [
        m.ags,
        m.name,
        m.kind,
        m.parentAgs,
      ]);
    }
    const repositories = repositoriesOf(manager);
    for (const o of DEMO_ORGANIZATIONS) {
      await repositories.organizations.insert({
        id: demoOrganizationId(o.key),
        name: o.name,
        kind: o.kind as OrganizationKind,
        areas: o.areas as Area[],
        ags: o.ags,
        publicSocialAgency: o.publicSocialAgency,
        ...demoContact(o.key),
        ...createdStamp(DEMO_ACTOR),
      });
    }
    for (const alliance of DEMO_ALLIANCES) await loadAlliance(repositories, alliance);
  });
  if (loaded) {
    logger.info(
      {
        municipalities: DEMO_MUNICIPALITIES.length,
        organizations: DEMO_ORGANIZATIONS.length,
        alliances: DEMO_ALLIANCES.length,
      },
      'network demo data loaded',
    );
  }
}
