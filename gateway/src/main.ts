import { createLogger, safeErrorFields } from '@gk/shared';
import { loadGatewayConfig } from './config/gateway.config';
import { startGateway } from './server/start-gateway';

/** The gateway as a process of its own: orderly stop on SIGTERM / SIGINT, one clear message on a failed start. */
async function main(): Promise<void> {
  let logger = createLogger('gateway');
  try {
    const config = loadGatewayConfig();
    logger = createLogger('gateway', config.logLevel);
    const running = await startGateway(config, logger);
    logger.info({ url: running.url }, 'gateway ready');
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'gateway stopping');
      await running.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
    if (process.send) process.once('disconnect', () => void stop('hub gone'));
  } catch (error) {
    logger.fatal({ ...safeErrorFields(error) }, `gateway could not start: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

void main();
