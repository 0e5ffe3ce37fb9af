/** Log lines go to stderr as one JSON object each, so they can be read by people and by tools. */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

function write(level: LogLevel, message: string, detail?: Record<string, unknown>): void {
  const line = { time: new Date().toISOString(), level, message, ...detail };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

export const logger: Logger = {
  info: (message, detail) => write('info', message, detail),
  warn: (message, detail) => write('warn', message, detail),
  error: (message, detail) => write('error', message, detail),
};

export function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
