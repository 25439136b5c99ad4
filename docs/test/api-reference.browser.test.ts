// The HTML API reference (docs/dist/api/index.html) in a real browser: Debian's headless Chromium,
// driven by playwright-core, loading the page from a node:http server on 127.0.0.1.
//
// Redoc 3 renders one route per operation (`#/conversations/<operationid>`) on the client, so the
// operations are not in the static HTML: finding them proves the inlined JavaScript ran. Every
// request the page makes is recorded; scripts and stylesheets must come from the local server (or be
// data:/blob: URLs made by the page). Chromium resolves no host name but 127.0.0.1 (CHROMIUM_ARGS),
// so a request for another host is still seen here but fails at once: the test never touches the
// network. (Playwright's request routing is not used for that: with it on, the blob: scripts Redoc
// hydrates from are not reported as requests.)
import { statSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL, CHROMIUM_PATH, chromiumAvailable } from '../src/chromium.ts';
import { DIST, DIST_SCREENSHOT, SPEC_JSON } from '../src/paths.ts';
import { serveDirectory, type StaticServer } from '../src/static-server.ts';
import type { OperationModel } from '@cometchat-rest/spec';

const hasChromium = chromiumAvailable();
if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM_PATH}; the browser test of the API reference needs it. Install it with: ${CHROMIUM_INSTALL}`;
  // CI installs Chromium, so its absence there is a broken setup, not a reason to skip.
  if (process.env.CI) throw new Error(`${message} (CI is set, so this is an error, not a skip)`);
  console.warn(`SKIPPED: ${message}`);
}

/** The 21 operations the reference must show. The spec is checked to have exactly these. */
const OPERATION_IDS = [
  'listConversations',
  'getConversation',
  'deleteConversation',
  'getUserConversation',
  'updateUserConversation',
  'resetUserConversation',
  'markUserConversationAsDelivered',
  'markUserConversationAsRead',
  'markUserConversationAsUnread',
  'getGroupConversation',
  'updateGroupConversation',
  'resetGroupConversation',
  'markGroupConversationAsDelivered',
  'markGroupConversationAsRead',
  'markGroupConversationAsUnread',
  'pinUserConversation',
  'unpinUserConversation',
  'pinGroupConversation',
  'unpinGroupConversation',
  'listPinnedConversations',
  'updatePinnedConversations',
];
const ERROR_CODES = ['400', '401', '403', '404', '429', 'default'];

interface ExpectedOperation {
  operationId: string;
  summary: string;
  method: string;
  path: string;
  deprecated: boolean;
  /** Per error code, the start of the response's description as it reads on the page. */
  errors: Record<string, string>;
}

/** The first clause of a Markdown description as it reads on the page: inline code loses its backticks. */
function leadingText(description: string): string {
  return description.replace(/`/g, '').split(/[(\n]/)[0]!.replace(/[.,:;\s]+$/, '').trim();
}

/** What the page must show, from the operation model shipped beside the bundle (no second reading of the spec's paths). */
function expectedOperations(): ExpectedOperation[] {
  const model = JSON.parse(readFileSync(SPEC_JSON.replace(/openapi\.json$/, 'operation-model.json'), 'utf8')) as OperationModel;
  return model.operations.map((operation) => ({
    operationId: operation.operationId!,
    summary: operation.summary ?? '',
    method: operation.method,
    path: operation.path,
    deprecated: operation.deprecated,
    errors: Object.fromEntries(
      ERROR_CODES.flatMap((code) => {
        const response = operation.responses.find((r) => r.status === code);
        return response ? [[code, leadingText(response.description ?? '')]] : [];
      }),
    ),
  }));
}

function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith(`blob:${origin}/`);
}

interface RecordedRequest {
  url: string;
  type: string;
}

/** The requests that broke the rule: a script or stylesheet not from `origin`. */
function remoteCodeRequests(requests: RecordedRequest[], origin: string): RecordedRequest[] {
  return requests.filter((request) => ['script', 'stylesheet'].includes(request.type) && !isLocal(request.url, origin));
}

const title = 'API reference in headless Chromium (docs/dist/api/index.html)';
describe.skipIf(!hasChromium)(hasChromium ? title : `${title}: skipped, no Chromium at ${CHROMIUM_PATH}`, () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: RecordedRequest[] = [];
  const pageErrors: string[] = [];
  const operations = expectedOperations();
  let apiUrl: string;

  beforeAll(async () => {
    server = await serveDirectory(DIST, {
      // A fixture for the negative control below: a page that pulls a script and a stylesheet from a CDN.
      pages: {
        '/__fixture/cdn.html':
          '<!doctype html><link rel="stylesheet" href="https://cdn.invalid/x.css"><script src="https://cdn.invalid/x.js"></script><p>cdn</p>',
      },
    });
    apiUrl = `${server.origin}/api/index.html`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    page = await context.newPage();
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(apiUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('the spec has exactly the 21 operations this test expects', () => {
    expect(operations.map((operation) => operation.operationId).sort()).toEqual([...OPERATION_IDS].sort());
    for (const operation of operations) {
      // Every error response, but 400 and 404 on the one operation that takes no input.
      const absent = ERROR_CODES.filter((code) => !(code in operation.errors));
      expect(absent, operation.operationId).toEqual(operation.operationId === 'listPinnedConversations' ? ['400', '404'] : []);
      // Long enough to identify the response on the page.
      for (const text of Object.values(operation.errors)) expect(text.length, text).toBeGreaterThanOrEqual(20);
    }
  });

  it('renders the API title and a sidebar entry for every operation, linked by operationId', async () => {
    await expect(page.title()).resolves.toBe('CometChat REST API v3 — Conversations');
    // Open the tag's page, which expands its group in the sidebar.
    await page.locator('a[href="#/conversations"]').first().click();
    await expect.poll(() => page.url()).toBe(`${apiUrl}#/conversations`);
    for (const { operationId, summary, method } of operations) {
      const link = page.locator(`a[href="#/conversations/${operationId.toLowerCase()}"]`).filter({ hasText: summary });
      await expect.poll(() => link.count(), { message: `sidebar entry for ${operationId}` }).toBeGreaterThan(0);
      expect(await link.first().innerText()).toMatch(new RegExp(`${summary}\\s*${method}`));
    }
  });

  it('renders all 21 operations, each with its summary, method, path and every error response', async () => {
    for (const { operationId, summary, method, path, deprecated, errors } of operations) {
      const slug = operationId.toLowerCase();
      // Navigate the way a reader does: through the sidebar link.
      await page.locator(`a[href="#/conversations/${slug}"]`).filter({ hasText: summary }).first().click();
      await expect.poll(() => page.url()).toBe(`${apiUrl}#/conversations/${slug}`);
      const section = page.locator(`[data-section-id="/conversations/${slug}"]`);
      await section.waitFor({ state: 'visible' });
      // The heading: the summary, plus Redoc's badge for the deprecated operations.
      await expect.poll(() => section.locator('h2').first().innerText()).toBe(deprecated ? `${summary}\nDeprecated` : summary);
      expect(await section.innerText()).toContain(`${method}\n${path}`);

      // The middle-panel block that holds the response tabs (200, 400, …, default).
      const responses = section
        .locator('[data-testid="middle-panel"]')
        .filter({ has: page.getByRole('tab', { name: 'default', exact: true }) });
      await expect.poll(() => responses.count(), { message: `${operationId}: responses block` }).toBe(1);
      for (const [code, description] of Object.entries(errors)) {
        const tab = responses.getByRole('tab', { name: code, exact: true });
        // Shown only once its tab is selected (the 200 response is shown first).
        expect(await responses.innerText(), `${operationId}: ${code} before its tab is selected`).not.toContain(description);
        await tab.click();
        await expect.poll(() => tab.getAttribute('aria-selected'), { message: `${operationId}: ${code} tab selected` }).toBe('true');
        await expect
          .poll(() => responses.innerText(), { message: `${operationId}: the ${code} response's description` })
          .toContain(description);
      }
    }
    // Sanity: the descriptions looked for are the spec's error responses, e.g. the catch-all.
    expect(operations[0]!.errors.default).toMatch(/^Any other failure/);
    expect(operations.filter((operation) => operation.deprecated).length).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('loads every script and stylesheet from 127.0.0.1 (or data:/blob:), nothing from a CDN', () => {
    const scripts = requests.filter((request) => request.type === 'script');
    expect(scripts.length).toBeGreaterThan(0); // the hydration code did load
    expect(remoteCodeRequests(requests, server.origin)).toEqual([]);
    // Whatever else went for another host is cosmetic (Redoc's "API docs by Redocly" logo image).
    const remote = requests.filter((request) => !isLocal(request.url, server.origin));
    for (const request of remote) expect(['image', 'font'], request.url).toContain(request.type);
  });

  it('the request check catches a page that loads a script and a stylesheet from a CDN (negative control)', async () => {
    const probe = await context.newPage();
    const probeRequests: RecordedRequest[] = [];
    probe.on('request', (request) => probeRequests.push({ url: request.url(), type: request.resourceType() }));
    try {
      await probe.goto(`${server.origin}/__fixture/cdn.html`, { waitUntil: 'load' });
    } finally {
      await probe.close();
    }
    expect(remoteCodeRequests(probeRequests, server.origin)).toEqual([
      { url: 'https://cdn.invalid/x.css', type: 'stylesheet' },
      { url: 'https://cdn.invalid/x.js', type: 'script' },
    ]);
  });

  it('the landing page links to both references, and the client reference renders', async () => {
    const landing = await context.newPage();
    try {
      await landing.goto(`${server.origin}/`, { waitUntil: 'load' });
      await landing.getByRole('link', { name: 'HTTP API reference' }).click();
      await expect.poll(() => landing.url()).toBe(apiUrl);
      await landing.goBack({ waitUntil: 'load' });
      await landing.getByRole('link', { name: 'TypeScript client reference' }).click();
      await expect.poll(() => landing.url()).toBe(`${server.origin}/client/index.html`);
      await expect(landing.title()).resolves.toBe('@cometchat-rest/client');
      await landing.locator('a[href="modules/_cometchat-rest_client.html"]').first().click();
      await expect.poll(() => landing.locator('h1').first().innerText()).toBe('Module @cometchat-rest/client');
      expect(await landing.locator('body').innerText()).toContain('createCometChatClient');
    } finally {
      await landing.close();
    }
  });

  it('keeps a screenshot of the rendered reference as a CI artifact (docs/dist/screenshot.png)', async () => {
    // The first operation, scrolled to the top of the viewport, with its sidebar entry active.
    const slug = operations[0]!.operationId.toLowerCase();
    await page.locator(`a[href="#/conversations/${slug}"]`).first().click();
    const section = page.locator(`[data-section-id="/conversations/${slug}"]`);
    await section.waitFor({ state: 'visible' });
    await section.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(() => section.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(50);
    await page.screenshot({ path: DIST_SCREENSHOT });
    const png = readFileSync(DIST_SCREENSHOT);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 900]);
    expect(statSync(DIST_SCREENSHOT).size).toBeGreaterThan(20_000);
  });
});
