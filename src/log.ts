import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import pretty from 'pino-pretty';

/**
 * Structured logs on stderr: one JSON object per line ({time, level, message, ...detail}) for
 * tools and files, and the same lines made readable when stderr is a terminal. Request logs
 * carry the request's id.
 */
export interface Logger {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
  /** A logger whose every line also carries `bindings` (a request id, say). */
  child(bindings: Record<string, unknown>): Logger;
}

/** Wherever these keys appear in a logged object, the value is replaced: secrets never reach a log. */
const REDACTED = ['authorization', 'token', 'password', '*.authorization', '*.token', '*.password', 'headers.authorization', '*.headers.authorization'];

function wrap(base: Pino): Logger {
  return {
    info: (message, detail) => base.info(detail ?? {}, message),
    warn: (message, detail) => base.warn(detail ?? {}, message),
    error: (message, detail) => base.error(detail ?? {}, message),
    child: (bindings) => wrap(base.child(bindings)),
  };
}

/**
 * Stderr, synchronously so that no line is lost at exit: prettified for a person at a terminal,
 * JSON otherwise (a pipe, a file, a log collector, the tests).
 */
function stderr(): DestinationStream {
  if (!process.stderr.isTTY) return pino.destination({ dest: 2, sync: true });
  return pretty({ destination: 2, sync: true, messageKey: 'message', translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}

/** A logger writing to `destination` (stderr by default). */
export function createLogger(destination: DestinationStream = stderr(), level = 'info'): Logger {
  return wrap(
    pino(
      {
        level,
        messageKey: 'message',
        base: undefined,
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: REDACTED, censor: '[redacted]' },
      },
      destination,
    ),
  );
}

export const logger: Logger = createLogger();

/** A logger that drops everything: for benchmarks, whose servers must not spend time logging. */
export const silentLogger: Logger = createLogger(pino.destination({ dest: 2, sync: true }), 'silent');

export function describeError(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
}
