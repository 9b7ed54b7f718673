import { startTestServer } from './test-server';

export default async function globalSetup(): Promise<void> {
  await startTestServer();
}
