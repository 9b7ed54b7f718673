import { type EntityManager, In } from 'typeorm';
import type { NamePosition } from '../common/name-cursor';
import { likeContains } from '../common/name-cursor';
import type { Area } from './area.enum';
import { Organization } from './organization.entity';
import type { OrganizationKind } from './organization-kind.enum';

export interface OrganizationQuery {
  kind?: OrganizationKind | null;
  area?: Area | null;
  /** Based in this municipality or, for a Kreis, in one of its members. */
  ags?: string | null;
  nameContains?: string | null;
}

export type NewOrganization = Omit<Organization, 'createdAt' | 'updatedAt' | 'version'>;
export type OrganizationChanges = Partial<
  Omit<Organization, 'id' | 'createdAt' | 'createdBy' | 'createdByOrg' | 'updatedAt' | 'version'>
>;

/** The only place that reads and writes organisations. Reference data: no scope filter. */
export class OrganizationRepository {
  constructor(private readonly manager: EntityManager) {}

  private get repo() {
    return this.manager.getRepository(Organization);
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return this.repo.findBy({ id: In([...ids]) });
  }

  async findExistingIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.repo.find({ select: { id: true }, where: { id: In([...ids]) } });
    return new Set(rows.map((r) => r.id));
  }

  /** One page ordered by name and id, starting after `after`; fetches `limit` rows. */
  findPage(query: OrganizationQuery, after: NamePosition | null, limit: number): Promise<Organization[]> {
    const qb = this.repo.createQueryBuilder('o');
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.area) qb.andWhere(':area = ANY (o.areas)', { area: query.area });
    if (query.ags)
      qb.andWhere('(o.ags = :ags OR o.ags IN (SELECT m.ags FROM municipality m WHERE m.parent_ags = :ags))', {
        ags: query.ags,
      });
    if (query.nameContains) qb.andWhere('o.name ILIKE :name', { name: likeContains(query.nameContains) });
    if (after) qb.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: after.name, afterId: after.id });
    return qb.orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit).getMany();
  }

  async insert(organization: NewOrganization): Promise<Organization> {
    await this.repo.insert(organization);
    return this.repo.findOneByOrFail({ id: organization.id });
  }

  findForUpdate(id: string): Promise<Organization | null> {
    return this.repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, changes: OrganizationChanges): Promise<Organization> {
    await this.repo.update({ id }, changes);
    return this.repo.findOneByOrFail({ id });
  }
}
