import type { AddressInfo } from 'node:net';
import { request as httpRequest, Agent } from 'node:http';
import express from 'express';
import { Drain } from './drain';

/** One GET over a keep-alive agent, as a load balancer reuses its connections. */
function get(
  port: number,
  path: string,
  agent: Agent,
): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Drain', () => {
  it(
    'turns readiness 503 while still serving, finishes the request in flight on its keep-alive connection, ' +
      'then refuses new connections',
    async () => {
      const drain = new Drain();
      let release: () => void = () => undefined;
      const released = new Promise<void>((r) => (release = r));
      const app = express();
      app.use(drain.middleware());
      app.get('/ready', (_req, res) => void res.status(drain.draining ? 503 : 200).end());
      app.get('/slow', async (_req, res) => {
        await released;
        res.send('done');
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      server.keepAliveTimeout = 65_000;
      const port = (server.address() as AddressInfo).port;
      const agent = new Agent({ keepAlive: true, maxSockets: 4 });

      expect((await get(port, '/ready', agent)).status).toBe(200);
      const inFlight = get(port, '/slow', agent);
      await new Promise((r) => setTimeout(r, 50));
      let closed = false;
      const closing = drain.close(server, 200).then(() => (closed = true));
      // During the delay the balancer's check sees 503, and requests are still served.
      expect((await get(port, '/ready', agent)).status).toBe(503);
      expect(closed).toBe(false);
      release();
      expect(await inFlight).toEqual({ status: 200, connection: 'close', body: 'done' });
      await closing;
      await expect(get(port, '/ready', new Agent())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      agent.destroy();
    },
  );
});
