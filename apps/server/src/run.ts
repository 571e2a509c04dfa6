import { startServer, type ServerOptions } from './index';
import { logger } from './core/logger';

/**
 * The start command's life: one port serves the API and the console; SIGTERM/SIGINT stop accepting, answer every
 * request received (within SHUTDOWN_GRACE_MS), close the pool and exit 0. Shared by the production start
 * (main.ts) and the demo start (packages/demo), which adds only its seed.
 */
export async function runServer(options: Pick<ServerOptions, 'seed'> = {}): Promise<void> {
  const server = await startServer({
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: Number(process.env.PORT ?? 4000),
    log: (line) => logger.info(line),
    ...options,
  });
  logger.info(`GraphQL API: http://localhost:${server.port}/graphql`);
  const stop = async (signal: string) => {
    logger.info(`${signal}：正在关闭，处理完已收到的请求后退出…`);
    try {
      await server.close();
    } catch (error) {
      logger.error({ err: error }, '关闭时出错');
      process.exit(1);
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

/** Runs `start` as the process's main function: a failed start is logged and exits 1. */
export function runMain(start: () => Promise<void>): void {
  start().catch((error) => {
    logger.error({ err: error }, '启动失败');
    process.exit(1);
  });
}
