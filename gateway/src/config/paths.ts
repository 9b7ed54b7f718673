import path from 'node:path';

/** The repository root, seen from gateway/dist/... or gateway/src/... */
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');
export const SUPERGRAPH_FILE = path.join(SCHEMA_DIR, 'supergraph.graphql');
