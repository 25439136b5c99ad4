// The client's log: a console-shaped logger and a level (`off` by default). Lines never hold the API
// key (the transport redacts them) or the acting user (they name method and path only).

/** How much the client logs: nothing (`off`, the default), failures, retries, every attempt, or bodies too. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where the client logs: `console`, or anything with its four methods (pino, winston, ...). */
export interface Logger {
  /** Request and response bodies, with the API key redacted (`logLevel: 'debug'`). */
  debug(message: string, ...details: unknown[]): void;
  /** Each attempt that succeeded: method, path, status, duration, attempt number (`logLevel: 'info'`). */
  info(message: string, ...details: unknown[]): void;
  /** Each failed attempt that is retried, with the wait before the retry (`logLevel: 'warn'`). */
  warn(message: string, ...details: unknown[]): void;
  /** Each call that failed after its last attempt, with the error's message (`logLevel: 'error'`). */
  error(message: string, ...details: unknown[]): void;
}

export const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** Logs a line at a level (1 error ... 4 debug); `level` is the most detailed one it writes. */
export type Log = ((level: 1 | 2 | 3 | 4, message: string) => void) & { readonly level: number };

/** The log of a logger at a level; undefined at `off`, so the transport skips all of it for free. */
export function createLog(logger: Logger, level: LogLevel): Log | undefined {
  const max = LOG_LEVELS.indexOf(level);
  const log = (at: number, message: string) => void (at <= max && logger[LOG_LEVELS[at] as Exclude<LogLevel, 'off'>](`[cometchat] ${message}`));
  return max > 0 ? Object.assign(log, { level: max }) : undefined;
}
