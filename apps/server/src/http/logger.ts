import pino from 'pino';

/** JSON lines on stdout (LOG_LEVEL, default info; silent under tests unless LOG_LEVEL is set). */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
  base: { service: 'cppcc-server' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: ['req.headers.authorization', 'variables.password', 'variables.input.password'],
});
