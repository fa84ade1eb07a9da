/**
 * A small network of the test's own: the customer's and the technician's browsers and the
 * server each in a network namespace, joined by a router namespace the test controls.
 *
 *   customer [v-cust 10.77.1.2] ─ [r-cust 10.77.1.1] router [r-tech 10.77.2.1] ─ [v-tech 10.77.2.2] technician
 *                                                       [r-srv 10.77.3.1] ─ [v-srv 10.77.3.2] server
 *
 * The addresses exist only inside these namespaces. What the field does to the customer's
 * link is done on the router's side (a link taken down there leaves the phone's routes in
 * place): down and up, delay and loss through `net/impair.py` (this kernel has no netem),
 * an uplink cap with `tbf`, and a second interface that replaces the first.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs } from '../../playwright.config';

const IMPAIR_TABLE = '77';

function ip(...args: string[]) {
  execFileSync('ip', args, { stdio: 'pipe' });
}

function inNs(ns: string, ...command: string[]) {
  execFileSync('ip', ['netns', 'exec', ns, ...command], { stdio: 'pipe' });
}

export class Lab {
  readonly cust: string;
  readonly tech: string;
  readonly srv: string;
  readonly rtr: string;
  readonly serverAddress = '10.77.3.2';
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'sightline-net-'));
  private impairer?: ChildProcess;
  private readonly browsers: Browser[] = [];
  /** The customer's interface and its router end (a new pair after `changeAddress`). */
  private custLink = { inside: 'v-cust', router: 'r-cust', net: '10.77.1' };

  constructor() {
    const tag = `sl${process.pid}`;
    [this.cust, this.tech, this.srv, this.rtr] = ['c', 't', 's', 'r'].map((n) => `${tag}${n}`);
  }

  /** Creates the namespaces and links, and checks that the customer reaches the server. */
  up(): this {
    for (const ns of [this.cust, this.tech, this.srv, this.rtr]) {
      ip('netns', 'add', ns);
      ip('-n', ns, 'link', 'set', 'lo', 'up');
      // IPv4 only: short candidate lists, no link-local addresses.
      inNs(ns, 'sysctl', '-qw', 'net.ipv6.conf.all.disable_ipv6=1');
    }
    this.link(this.cust, 'v-cust', 'r-cust', '10.77.1');
    this.link(this.tech, 'v-tech', 'r-tech', '10.77.2');
    this.link(this.srv, 'v-srv', 'r-srv', '10.77.3');
    inNs(this.rtr, 'sysctl', '-qw', 'net.ipv4.ip_forward=1');
    inNs(this.cust, 'ping', '-c1', '-W2', this.serverAddress);
    inNs(this.tech, 'ping', '-c1', '-W2', '10.77.1.2');
    return this;
  }

  /** A veth pair from `ns` to the router, `net`.2 inside and `net`.1 at the router. */
  private link(ns: string, inside: string, router: string, net: string) {
    ip('link', 'add', inside, 'netns', ns, 'type', 'veth', 'peer', 'name', router, 'netns', this.rtr);
    ip('-n', ns, 'addr', 'add', `${net}.2/24`, 'dev', inside);
    ip('-n', this.rtr, 'addr', 'add', `${net}.1/24`, 'dev', router);
    ip('-n', ns, 'link', 'set', inside, 'up');
    ip('-n', this.rtr, 'link', 'set', router, 'up');
    ip('-n', ns, 'route', 'replace', 'default', 'via', `${net}.1`);
  }

  /** Chromium running inside `ns`, with fake camera and microphone; `secureOrigin` is
   * treated as secure (the server is plain http on a private address). */
  async browser(ns: string, secureOrigin: string): Promise<Browser> {
    const wrapper = path.join(this.dir, `chromium-${ns}`);
    writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${ns} /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    const browser = await chromium.launch({
      executablePath: wrapper,
      args: [
        ...chromiumArgs,
        `--unsafely-treat-insecure-origin-as-secure=${secureOrigin}`,
        '--disable-features=WebRtcHideLocalIpsWithMdns',
      ],
    });
    this.browsers.push(browser);
    return browser;
  }

  /** The customer's link goes down (or comes back) at the router. */
  customerLink(up: boolean) {
    ip('-n', this.rtr, 'link', 'set', this.custLink.router, up ? 'up' : 'down');
  }

  /** Delay (each way) and loss (each way) on the customer's link; `null` clears them. */
  async impairCustomer(cfg: { delay_ms: number; loss: number } | null) {
    const config = path.join(this.dir, 'impair.json');
    if (!cfg) {
      this.stopImpairer();
      return;
    }
    writeFileSync(config, JSON.stringify(cfg));
    if (this.impairer) return;
    const script = path.resolve(__dirname, '../../net/impair.py');
    const proc = spawn('ip', ['netns', 'exec', this.rtr, 'python3', script, 'imp0', config, '900'], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.impairer = proc;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('impair.py did not start')), 10_000);
      proc.stdout!.on('data', (d) => {
        process.stdout.write(d);
        if (String(d).includes('ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code) => reject(new Error(`impair.py exited with ${code}`)));
    });
    const r = this.rtr;
    ip('-n', r, 'link', 'set', 'imp0', 'up');
    for (const all of ['all', 'imp0']) inNs(r, 'sysctl', '-qw', `net.ipv4.conf.${all}.rp_filter=0`);
    ip('-n', r, 'route', 'replace', 'default', 'dev', 'imp0', 'table', IMPAIR_TABLE);
    // From the customer, and to the customer from the server and the technician.
    const { router, net } = this.custLink;
    ip('-n', r, 'rule', 'add', 'iif', router, 'lookup', IMPAIR_TABLE, 'priority', '100');
    for (const from of ['r-tech', 'r-srv']) ip('-n', r, 'rule', 'add', 'iif', from, 'to', `${net}.0/24`, 'lookup', IMPAIR_TABLE, 'priority', '101');
  }

  private stopImpairer() {
    if (!this.impairer) return;
    for (let i = 0; i < 3; i++) {
      try {
        ip('-n', this.rtr, 'rule', 'del', 'lookup', IMPAIR_TABLE);
      } catch {
        break;
      }
    }
    if (this.impairer.exitCode === null) this.impairer.kill('SIGTERM');
    this.impairer = undefined;
  }

  /** Caps what the customer sends (its uplink) at `kbit` kbit/s; `null` lifts the cap. */
  capCustomerUplink(kbit: number | null) {
    const dev = this.custLink.inside;
    if (kbit === null) inNs(this.cust, 'tc', 'qdisc', 'del', 'dev', dev, 'root');
    else inNs(this.cust, 'tc', 'qdisc', 'replace', 'dev', dev, 'root', 'tbf', 'rate', `${kbit}kbit`, 'burst', '16kb', 'latency', '300ms');
  }

  /** The phone moves to another network: a new interface with a new address comes up
   * and the old one goes away (its connections with it). Returns the new address. */
  changeAddress(): string {
    const next = { inside: 'v-cust2', router: 'r-cust2', net: '10.77.4' };
    this.link(this.cust, next.inside, next.router, next.net);
    ip('-n', this.cust, 'link', 'del', this.custLink.inside);
    this.custLink = next;
    return `${next.net}.2`;
  }

  async closeBrowsers() {
    await Promise.all(this.browsers.splice(0).map((b) => b.close().catch(() => {})));
  }

  /** Closes the browsers, stops the impairer, deletes the namespaces (their links go too). */
  async down() {
    await this.closeBrowsers();
    this.stopImpairer();
    for (const ns of [this.cust, this.tech, this.srv, this.rtr]) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // Not created (a failed `up`).
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
