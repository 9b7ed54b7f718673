import type { Server } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The orderly stop of an HTTP server behind a load balancer (HAProxy, a Kubernetes Service):
 * 1. readiness turns 503 at once, while requests are still served, for `delayMs`, so the balancer's
 *    health check takes the process out before it stops accepting (set the delay to what the
 *    balancer needs to notice: its check interval times the failures it waits for);
 * 2. the server stops accepting connections, answers what is in flight with `Connection: close`,
 *    and closes each keep-alive connection as soon as it is idle;
 * 3. once the last connection is gone the caller closes Apollo and the database pool.
 */
export class Drain {
  private isDraining = false;
  private readonly open = new Set<Response>();

  get draining(): boolean {
    return this.isDraining;
  }

  /** Tracks every response, so that those in flight when the drain starts can end their connection. */
  middleware(): RequestHandler {
    return (_req: Request, res: Response, next: NextFunction) => {
      if (this.isDraining) res.setHeader('connection', 'close');
      this.open.add(res);
      res.once('close', () => this.open.delete(res));
      next();
    };
  }

  /** Runs the three steps; resolves when no connection is left. */
  async close(server: Server, delayMs: number): Promise<void> {
    this.isDraining = true;
    for (const res of this.open) if (!res.headersSent) res.setHeader('connection', 'close');
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await new Promise<void>((resolve, reject) => {
      // A keep-alive connection whose last request ended without `Connection: close` (headers sent
      // before the drain began) would otherwise keep the server open until its keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      server.close((error) => {
        clearInterval(sweep);
        if (error) reject(error);
        else resolve();
      });
      server.closeIdleConnections();
      for (const res of this.open) if (!res.headersSent) res.setHeader('connection', 'close');
    });
  }
}
