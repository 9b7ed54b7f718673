import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadFundingConfig } from './config/funding.config';
import { fundingSubgraph } from './funding.subgraph';

// The definition does not depend on settings yet; a subgraph whose code needs them builds it from `config`.
void serveSubgraphProcess('funding', loadFundingConfig, () => fundingSubgraph);
