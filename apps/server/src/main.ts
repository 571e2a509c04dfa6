import { startServer } from './index';
import { logger } from './core/logger';

// The start command: one port serves the API (and, once built, the console).
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 4000);
  const server = await startServer({
    databaseUrl: process.env.DATABASE_URL || undefined,
    port,
    log: (line) => logger.info(line),
  });
  logger.info(`GraphQL API: http://localhost:${server.port}/graphql`);
  // Stop accepting, answer every request received (within SHUTDOWN_GRACE_MS), close the pool, exit 0.
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

main().catch((error) => {
  logger.error({ err: error }, '启动失败');
  process.exit(1);
});
