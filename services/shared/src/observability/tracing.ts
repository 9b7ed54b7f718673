import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  context,
  createContextKey,
  trace,
  type Context,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { NextFunction, Request, RequestHandler, Response as ExpressResponse } from 'express';

/** The tracer of the service handling the request, so that SQL spans land in that service's trace. */
const SERVICE_TRACER = createContextKey('gk service tracer');
const propagator = new W3CTraceContextPropagator();
const headerGetter = {
  get: (carrier: Record<string, unknown>, key: string) => carrier[key] as string | undefined,
  keys: (carrier: Record<string, unknown>) => Object.keys(carrier),
};

let contextManagerSet = false;

/**
 * Traces of one service, exported by OTLP over HTTP (JSON) to `${endpoint}/v1/traces`. One provider
 * per service, not the global one: several services share a process in tests, each with its name.
 * Spans carry no personal data: no variables, no results, no SQL parameters, no client headers.
 */
export class ServiceTracing {
  readonly tracer: Tracer;
  private readonly provider: BasicTracerProvider;

  constructor(service: string, endpoint: string) {
    if (!contextManagerSet) {
      contextManagerSet = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      instrumentPg();
    }
    this.provider = new BasicTracerProvider({
      resource: new Resource({ 'service.name': service }),
      spanProcessors: [
        new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }), {
          scheduledDelayMillis: 500,
        }),
      ],
    });
    this.tracer = this.provider.getTracer('gk');
  }

  /**
   * Express middleware: one server span per request, active while it is handled. `acceptParent`
   * continues a caller's trace from its traceparent header (subgraphs: the caller is the gateway);
   * the gateway starts a trace of its own for every client request.
   */
  middleware(name: string, acceptParent: boolean): RequestHandler {
    return (req: Request, res: ExpressResponse, next: NextFunction) => {
      const parent = acceptParent ? propagator.extract(ROOT_CONTEXT, req.headers, headerGetter) : ROOT_CONTEXT;
      const span = this.tracer.startSpan(
        name,
        {
          kind: SpanKind.SERVER,
          attributes: { 'http.request.method': req.method, 'url.path': req.baseUrl + req.path },
        },
        parent,
      );
      res.once('finish', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      context.with(trace.setSpan(parent, span).setValue(SERVICE_TRACER, this.tracer), next);
    };
  }

  /** Sends everything recorded so far, then stops. */
  async shutdown(): Promise<void> {
    await this.provider.forceFlush();
    await this.provider.shutdown();
  }
}

/** A client span around a call to another service, with its traceparent in `headers`; none when no trace is active. */
export function startClientSpan(
  name: string,
  setHeader: (name: string, value: string) => void,
  attributes: Record<string, string>,
): Span | undefined {
  const tracer = context.active().getValue(SERVICE_TRACER) as Tracer | undefined;
  if (!tracer) return undefined;
  const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, attributes });
  propagator.inject(trace.setSpan(context.active(), span), undefined, {
    set: (_carrier, key, value) => setHeader(key, value),
  });
  return span;
}

/** Ends a client span with the outcome of the call. */
export function endClientSpan(span: Span | undefined, status: number | Error): void {
  if (!span) return;
  if (status instanceof Error) span.setStatus({ code: SpanStatusCode.ERROR, message: status.name });
  else {
    span.setAttribute('http.response.status_code', status);
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/**
 * SQL text without values: TypeORM sends values as parameters ($1, ...); string and number literals
 * written into the text are blanked too, so no value can reach a span whatever a repository writes.
 */
export function sqlWithoutValues(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/(?<![$\w])\d+(?:\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000);
}

interface QueryConfigLike {
  text?: string;
}

/**
 * One span per SQL statement of a traced request, made by wrapping pg's Client.query once per
 * process. Statements outside a traced request (migrations, the pool's checks) make none.
 */
function instrumentPg(): void {
  const pg = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function tracedQuery(this: unknown, ...args: unknown[]): unknown {
    const active: Context = context.active();
    const tracer = active.getValue(SERVICE_TRACER) as Tracer | undefined;
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as QueryConfigLike | undefined)?.text;
    if (!tracer || !text) return original.apply(this, args);
    const statement = sqlWithoutValues(text);
    const span = tracer.startSpan(`SQL ${statement.split(' ')[0]?.toUpperCase() ?? ''}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'postgresql', 'db.statement': statement },
    });
    const finish = (error?: unknown) => {
      if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: (error as { code?: string }).code ?? 'error' });
      span.end();
    };
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = function tracedCallback(this: unknown, error: unknown, ...rest: unknown[]) {
        finish(error);
        return (last as (...a: unknown[]) => unknown).call(this, error, ...rest);
      };
      return context.with(trace.setSpan(active, span), () => original.apply(this, args));
    }
    const result = context.with(trace.setSpan(active, span), () => original.apply(this, args));
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(() => finish(), finish);
    } else finish();
    return result;
  };
}

/**
 * Runs an HTTP call from one service to another in a client span of the current trace, handing the
 * call the headers (traceparent) to send; with no trace active it just runs the call.
 */
export async function tracedCall(
  name: string,
  attributes: Record<string, string>,
  call: (traceHeaders: Record<string, string>) => Promise<Response>,
): Promise<Response> {
  const headers: Record<string, string> = {};
  const span = startClientSpan(name, (key, value) => (headers[key] = value), attributes);
  try {
    const response = await call(headers);
    endClientSpan(span, response.status);
    return response;
  } catch (error) {
    endClientSpan(span, error as Error);
    throw error;
  }
}
