/** Only migrates this subgraph's database and exits: the command of its Kubernetes migration Job. */
import 'reflect-metadata';
import { migrateSubgraphProcess } from '@gk/shared';
import { loadFundingConfig } from './config/funding.config';
import { fundingSubgraph } from './funding.subgraph';

// The definition does not depend on settings yet; a subgraph whose code needs them builds it from `config`.
void migrateSubgraphProcess('funding', loadFundingConfig, () => fundingSubgraph);
