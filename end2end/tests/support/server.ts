/** Starts the real release server for a test worker: fresh SQLite file, random port. */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const root = path.resolve(__dirname, '../../..');
export const binary = process.env.SIGHTLINE_BIN ?? path.join(root, 'target/release/sightline');
const siteRoot = process.env.SIGHTLINE_SITE_ROOT ?? path.join(root, 'target/site');

export const PASSWORD = 'e2e password 1234';

export interface Account {
  email: string;
  name: string;
  password: string;
}

export class Server {
  constructor(
    readonly url: string,
    readonly databaseUrl: string,
    private proc: ChildProcess,
    private readonly dir: string,
    private readonly env: Record<string, string> = {},
    private readonly netns?: string,
  ) {}

  /** Creates an account with the server's CLI (the organisation on first use). */
  createUser(role: 'admin' | 'technician' = 'technician', name = 'Tess Tech'): Account {
    const email = `tech-${randomBytes(4).toString('hex')}@e2e.test`;
    execFileSync(
      binary,
      ['--database-url', this.databaseUrl, '--log', 'warn', 'create-user', '--email', email, '--name', name, '--role', role, '--org-name', 'E2E Support'],
      { env: { ...process.env, SIGHTLINE_PASSWORD: PASSWORD }, stdio: 'pipe' },
    );
    return { email, name, password: PASSWORD };
  }

  /** Kills the process without warning (SIGKILL), as a crash would. */
  async kill(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((resolve) => this.proc.once('exit', resolve));
      this.proc.kill('SIGKILL');
      await exited;
    }
  }

  /** Starts the server again on the same address and database. */
  async restart(): Promise<void> {
    await this.kill();
    const { proc, url } = await launch(new URL(this.url).host, this.databaseUrl, this.env, this.netns);
    if (url !== this.url) throw new Error(`restarted on ${url}, expected ${this.url}`);
    this.proc = proc;
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      const exited = new Promise((resolve) => this.proc.once('exit', resolve));
      this.proc.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function launch(bind: string, databaseUrl: string, env: Record<string, string> = {}, netns?: string): Promise<{ proc: ChildProcess; url: string }> {
  const args = ['--bind', bind, '--database-url', databaseUrl, '--site-root', siteRoot, '--log', 'warn,server=info,app=info'];
  // `ip netns exec` execs the server, so the PID is the server's.
  const [program, argv] = netns ? ['ip', ['netns', 'exec', netns, binary, ...args]] : [binary, args];
  const proc = spawn(program, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let log = '';
  proc.stderr!.on('data', (d) => {
    log += d;
    if (process.env.SIGHTLINE_E2E_LOG) process.stderr.write(d);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 30_000);
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening on (http:\/\/[0-9.:]+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
  return { proc, url };
}

/**
 * Starts a server on a fresh database; `env` adds settings (e.g. SIGHTLINE_SMTP_*); `netns`
 * and `bind` put it in a network namespace of a test's own, on one of its addresses.
 */
export async function startServer(env: Record<string, string> = {}, where: { netns?: string; bind?: string } = {}): Promise<Server> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sightline-e2e-'));
  const databaseUrl = `sqlite://${dir}/e2e.db`;
  const { proc, url } = await launch(where.bind ?? '127.0.0.1:0', databaseUrl, env, where.netns);
  return new Server(url, databaseUrl, proc, dir, env, where.netns);
}
