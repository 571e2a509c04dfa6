import pino from 'pino';

/**
 * JSON lines on stdout (LOG_LEVEL, default info; silent under tests unless LOG_LEVEL is set).
 * Buffered: one write per 4 KB of lines instead of one per request — a write is a system call,
 * and a busy server logs hundreds of requests a second. A quiet server's lines still appear
 * within a second; pino flushes the rest on exit.
 */
const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
setInterval(() => destination.flush(), 1000).unref();

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
    base: { service: 'cppcc-server' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'variables.password', 'variables.input.password'],
  },
  destination,
);
