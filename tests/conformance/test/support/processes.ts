// Child processes that serve on 127.0.0.1: a free port, a wait until the port answers, and a kill by
// the child's own PID in teardown (Prism is started as `node <its cli>`, not through a shell wrapper,
// so the PID is Prism's).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export interface Served {
  url: string;
  /** Everything the process printed, for a failure message. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `command args` and resolves once it accepts connections on `port` (or rejects with its output). */
export async function serve(command: string, args: string[], port: number, options: { env?: Record<string, string>; readyWithinMs?: number } = {}): Promise<Served> {
  const child: ChildProcess = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + (options.readyWithinMs ?? 30_000);
  while (!(await portAnswers(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`${command} ${args.join(' ')} did not start serving on 127.0.0.1:${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}
