import { assertAgs } from '@gk/shared';
import { requireMunicipality } from '../common/references';
import type { NetworkServiceDeps } from '../network.context';
import type { Municipality } from './municipality.entity';
import type { MunicipalityKind } from './municipality-kind.enum';

export class MunicipalityService {
  constructor(private readonly deps: NetworkServiceDeps) {}

  get(ags: string): Promise<Municipality | null> {
    return this.deps.loaders.municipalities.byAgs.load(assertAgs(ags, 'ags'));
  }

  async list(kind: MunicipalityKind | null | undefined, parentAgs: string | null | undefined): Promise<Municipality[]> {
    const { store, loaders } = this.deps;
    if (parentAgs !== null && parentAgs !== undefined) await requireMunicipality(store.read, parentAgs, 'parentAgs');
    const rows = await store.read.municipalities.findWhere({ kind, parentAgs });
    for (const m of rows) loaders.municipalities.byAgs.prime(m.ags, m);
    return rows;
  }
}
