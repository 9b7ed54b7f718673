import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Callers log ids, codes, counts and durations, never personal data; the
 * redact paths are a second line of defence for fields that must never reach a log by accident.
 */
export function createLogger(service: string, level: string = 'info', options: { sync?: boolean } = {}): Logger {
  const settings = {
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'variables',
        '*.variables',
        'headers.authorization',
        '*.headers.authorization',
        'req.headers.authorization',
        'token',
      ],
      censor: '[redacted]',
    },
  };
  // Asynchronous by default (pino's buffered stdout). A process whose log narrates what other processes
  // do next (the hub: "gateway stopped", then the subgraphs stop) writes each line before it goes on,
  // so the lines stand in the order things happened.
  return options.sync ? pino(settings, pino.destination({ fd: 1, sync: true })) : pino(settings);
}
