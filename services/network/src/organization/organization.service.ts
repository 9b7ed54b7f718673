import { randomUUID } from 'node:crypto';
import { assertUuid, createdStamp, NotFoundError, pageSize, refuseNulls, updatedStamp } from '@gk/shared';
import { REGISTER_ORGANIZATION, UPDATE_ORGANIZATION } from '../access/network-access';
import { decodeNameCursor, toPage } from '../common/name-cursor';
import { requireMunicipality } from '../common/references';
import type { NetworkServiceDeps } from '../network.context';
import type { Organization } from './organization.entity';
import type { OrganizationFilter } from './organization-filter.input';
import type { RegisterOrganizationInput } from './register-organization.input';
import type { UpdateOrganizationInput } from './update-organization.input';

export const MAX_ORGANIZATION_PAGE = 100;

export class OrganizationService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  get(id: string): Promise<Organization | null> {
    assertUuid(id, 'id');
    return this.deps.loaders.organizations.byId.load(id);
  }

  async list(
    filter: OrganizationFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const { store, loaders } = this.deps;
    const size = pageSize(first, MAX_ORGANIZATION_PAGE);
    const position = decodeNameCursor(after);
    if (filter?.ags) await requireMunicipality(store.read, filter.ags, 'filter.ags');
    const rows = await store.read.organizations.findPage(filter ?? {}, position, size + 1);
    for (const o of rows) loaders.organizations.byId.prime(o.id, o);
    return toPage(rows, size);
  }

  register(input: RegisterOrganizationInput): Promise<Organization> {
    const { access } = this.deps;
    access.requireOrganizationWriter(REGISTER_ORGANIZATION);
    return this.deps.store.write(async (repositories) => {
      await requireMunicipality(repositories, input.ags, 'input.ags');
      access.requireOrganizationIn(input.ags, REGISTER_ORGANIZATION);
      return repositories.organizations.insert({
        id: randomUUID(),
        name: input.name.trim(),
        kind: input.kind,
        areas: input.areas,
        ags: input.ags,
        publicSocialAgency: input.publicSocialAgency,
        contactEmail: input.contactEmail ?? null,
        contactPhone: input.contactPhone ?? null,
        website: input.website ?? null,
        ...createdStamp(this.deps.actor),
      });
    });
  }

  async update(input: UpdateOrganizationInput): Promise<Organization> {
    const { access } = this.deps;
    access.requireOrganizationWriter(UPDATE_ORGANIZATION);
    refuseNulls(input, ['name', 'kind', 'areas', 'ags', 'publicSocialAgency']);
    const updated = await this.deps.store.write(async (repositories) => {
      const current = await repositories.organizations.findForUpdate(input.id);
      if (!current) throw new NotFoundError('Organization');
      access.requireOrganizationIn(current.ags, UPDATE_ORGANIZATION);
      if (input.ags !== undefined) {
        await requireMunicipality(repositories, input.ags, 'input.ags');
        // Moving an organisation needs both ends in scope.
        access.requireOrganizationIn(input.ags, UPDATE_ORGANIZATION);
      }
      return repositories.organizations.update(input.id, {
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.areas !== undefined ? { areas: input.areas } : {}),
        ...(input.ags !== undefined ? { ags: input.ags } : {}),
        ...(input.publicSocialAgency !== undefined ? { publicSocialAgency: input.publicSocialAgency } : {}),
        ...(input.contactEmail !== undefined ? { contactEmail: input.contactEmail } : {}),
        ...(input.contactPhone !== undefined ? { contactPhone: input.contactPhone } : {}),
        ...(input.website !== undefined ? { website: input.website } : {}),
        ...updatedStamp(this.deps.actor),
      });
    });
    this.deps.loaders.organizations.byId.clear(updated.id).prime(updated.id, updated);
    return updated;
  }
}
