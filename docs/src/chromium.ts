// Headless Chromium for the browser test: Debian's `/usr/bin/chromium` (never a downloaded build),
// driven by playwright-core. `CHROMIUM_PATH` overrides the path.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_INSTALL = 'apt-get update && apt-get install -y chromium';

/**
 * Flags that keep Chromium from phoning home (update checks, component downloads, sync), and a host
 * resolver that fails every name but 127.0.0.1, so nothing a page asks for leaves the machine (the
 * request is still made, recorded by the test, and fails at once). Playwright adds `--headless`,
 * `--no-sandbox` (root in CI) and its own temporary `--user-data-dir`.
 */
export const CHROMIUM_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}
