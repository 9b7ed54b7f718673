import 'reflect-metadata';
import { serveSubgraphProcess } from '@gk/shared';
import { loadFundingConfig } from './config/funding.config';
import { fundingSubgraph } from './funding.subgraph';

void serveSubgraphProcess(fundingSubgraph, loadFundingConfig);
