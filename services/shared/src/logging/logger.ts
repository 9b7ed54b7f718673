import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Callers log ids, codes, counts and durations, never personal data; the
 * redact paths are a second line of defence for fields that must never reach a log by accident.
 */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['variables', '*.variables', 'headers.authorization', '*.headers.authorization', 'req.headers.authorization', 'token'],
      censor: '[redacted]',
    },
  });
}
