import { randomUUID } from 'node:crypto';
import { assertAgs, assertUuid, BadUserInputError, createdStamp, NotFoundError, pageSize } from '@gk/shared';
import { decodeNameCursor, toPage } from '../common/name-cursor';
import { KNOWN_MUNICIPALITY_RULE, requireMunicipality, requireOrganizations } from '../common/references';
import type { NetworkServiceDeps } from '../network.context';
import type { Municipality } from '../municipality/municipality.entity';
import { MunicipalityKind } from '../municipality/municipality-kind.enum';
import type { Alliance } from './alliance.entity';
import type { CreateAllianceInput } from './create-alliance.input';

export const MAX_ALLIANCE_PAGE = 50;

export class AllianceService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  get(id: string): Promise<Alliance | null> {
    assertUuid(id, 'id');
    return this.deps.loaders.alliances.byId.load(id);
  }

  /** Loads an alliance a write refers to, or says it does not exist. */
  async require(id: string): Promise<Alliance> {
    const alliance = await this.deps.loaders.alliances.byId.load(id);
    if (!alliance) throw new NotFoundError('Alliance');
    return alliance;
  }

  async list(first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first, MAX_ALLIANCE_PAGE);
    const rows = await this.deps.store.read.alliances.findPage(decodeNameCursor(after), size + 1);
    for (const a of rows) this.deps.loaders.alliances.byId.prime(a.id, a);
    return toPage(rows, size);
  }

  /** Alliances by AGS: refuses a malformed or unknown AGS. */
  async forAgs(ags: string): Promise<Alliance[]> {
    const municipality = await this.deps.loaders.municipalities.byAgs.load(assertAgs(ags, 'ags'));
    if (!municipality) throw new BadUserInputError('ags', KNOWN_MUNICIPALITY_RULE);
    return this.forMunicipality(municipality);
  }

  /** A municipality's own alliances first, then those of its Kreis, which span it too. */
  async forMunicipality(municipality: Municipality): Promise<Alliance[]> {
    const keys = municipality.parentAgs ? [municipality.ags, municipality.parentAgs] : [municipality.ags];
    return (await this.deps.loaders.alliances.byLeadAgs.loadMany(keys)).flatMap((result) => {
      if (result instanceof Error) throw result;
      return result;
    });
  }

  /** The municipalities an alliance spans: a Kreis's members, or the lead municipality itself. */
  async spannedMunicipalities(alliance: Alliance): Promise<Municipality[]> {
    const lead = await this.deps.loaders.municipalities.byAgs.load(alliance.leadAgs);
    if (!lead) return [];
    return lead.kind === MunicipalityKind.KREIS ? this.deps.loaders.municipalities.membersOf.load(lead.ags) : [lead];
  }

  /** One alliance per lead municipality and programme: the store turns a second one into ALLIANCE_EXISTS. */
  async create(input: CreateAllianceInput): Promise<Alliance> {
    this.deps.access.requireAllianceWriter();
    return this.deps.store.write(async (repositories) => {
      await requireMunicipality(repositories, input.leadAgs, 'input.leadAgs');
      this.deps.access.requireAllianceLeadIn(input.leadAgs);
      await requireOrganizations(repositories, [input.leadOfficeId], 'input.leadOfficeId');
      const alliance = await repositories.alliances.insert({
        id: randomUUID(),
        name: input.name.trim(),
        programme: input.programme,
        leadAgs: input.leadAgs,
        leadOfficeId: input.leadOfficeId,
        startDate: input.startDate,
        ...createdStamp(this.deps.actor),
      });
      await repositories.standingTasks.createAll(alliance.id, this.deps.actor);
      return alliance;
    });
  }
}
