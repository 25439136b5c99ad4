// Item 2 of issue 9: response bodies are read with a limit, `maxResponseBytes` (client and call),
// counted on decoded bytes while streaming. Past it the read stops, the connection is released and a
// CometChatInvalidResponseError says so; memory stays within a small multiple of the cap. Endless
// bodies and gzip bombs come from a real node:http server on 127.0.0.1, bounded in time and bytes.
import type { ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CometChatArgumentError, CometChatInvalidResponseError, createCometChatClient } from '../src/index.ts';
import { API_KEY, clientWith, conversation, json, rejection, startServer } from './helpers.ts';

const MiB = 1024 * 1024;
type Server = Awaited<ReturnType<typeof startServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Writes zeros (inside a JSON string) until the client goes away or `limit` bytes are out (bounded, so no test can run away); resolves with the bytes written. */
function endless(res: ServerResponse, status: number, limit = 96 * MiB): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x30);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.write('{"data":["');
    const pump = () => {
      while (written < limit && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => resolve(written));
    pump();
  });
}

/** `bytes` zeros, gzipped (about 1 kB per MiB). */
async function gzipBomb(bytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zero = Buffer.alloc(MiB, 0x30);
  for (let i = 0; i < bytes / MiB; i++) gzip.write(zero);
  await new Promise<void>((resolve) => gzip.end(resolve));
  return Buffer.concat(chunks);
}

/** Runs `fn` while sampling the resident set size; returns its result and the peak growth. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

describe('maxResponseBytes', () => {
  it('an endless 200 body stops at the cap with an invalid response error; the connection is closed and it is not retried', async () => {
    let requests = 0;
    let written: Promise<number> = Promise.resolve(0);
    server = await startServer((_req, res) => {
      requests++;
      written = endless(res, 200);
    });
    const client = createCometChatClient({ baseUrl: server.url, apiKey: API_KEY, onBehalfOf: 'me', maxResponseBytes: 2 * MiB });
    const started = Date.now();
    const { result: error, growth } = await peakRss(() => rejection(client.getUserConversation({ uid: 'u' })));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('maxResponseBytes');
    expect(error.message).toContain(String(2 * MiB));
    expect(Date.now() - started).toBeLessThan(5000);
    // The server sees its client go away: what it wrote is the cap plus what the socket buffers held.
    expect(await written).toBeLessThan(64 * MiB);
    expect(requests).toBe(1);
    expect(growth, 'memory stays within a small multiple of the cap').toBeLessThan(64 * MiB);
  });

  it('a gzip bomb (128 MiB of zeros in about 130 kB) is counted decoded and stopped at the cap', async () => {
    const bomb = await gzipBomb(128 * MiB);
    expect(bomb.length).toBeLessThan(MiB);
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    });
    const client = createCometChatClient({ baseUrl: server.url, apiKey: API_KEY, onBehalfOf: 'me', maxResponseBytes: 2 * MiB });
    const { result: error, growth } = await peakRss(() => rejection(client.getUserConversation({ uid: 'u' })));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.message).toContain('maxResponseBytes');
    expect(growth, 'memory stays within a small multiple of the cap').toBeLessThan(64 * MiB);
  });

  it('an endless error body is bounded too, and the error keeps its status', async () => {
    let written: Promise<number> = Promise.resolve(0);
    server = await startServer((_req, res) => {
      written = endless(res, 500);
    });
    const client = createCometChatClient({ baseUrl: server.url, apiKey: API_KEY, onBehalfOf: 'me', maxResponseBytes: MiB, maxRetries: 2 });
    const error = await rejection(client.getUserConversation({ uid: 'u' }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.status).toBe(500);
    expect(error.message).toContain('maxResponseBytes');
    expect(await written).toBeLessThan(64 * MiB);
  });

  it('defaults to 16 MiB, counted while streaming (a custom fetch with a 32 MiB stream)', async () => {
    let pulled = 0;
    const { client } = clientWith(() => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 32 * MiB) return controller.close();
          pulled += 256 * 1024;
          controller.enqueue(new Uint8Array(256 * 1024).fill(0x30));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.message).toContain(String(16 * MiB));
    expect(pulled).toBeGreaterThan(16 * MiB);
    expect(pulled).toBeLessThan(20 * MiB);
  });

  it('a call can lower (or raise) the limit', async () => {
    const { client } = clientWith(() => json({ data: [conversation()] }));
    await expect(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' })).resolves.toEqual(conversation());
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }, { maxResponseBytes: 50 }));
    expect(error).toBeInstanceOf(CometChatInvalidResponseError);
    expect(error.message).toContain('50 bytes');
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity, '1000'])('refuses maxResponseBytes %s', async (value) => {
    expect(() => createCometChatClient({ baseUrl: 'http://127.0.0.1/v3', apiKey: API_KEY, maxResponseBytes: value as number })).toThrow(CometChatArgumentError);
    const { client, requests } = clientWith(() => json({ data: [conversation()] }));
    const error = await rejection(client.getUserConversation({ uid: 'u', onBehalfOf: 'me' }, { maxResponseBytes: value as number }));
    expect(error).toBeInstanceOf(CometChatArgumentError);
    expect((error as CometChatArgumentError).argument).toBe('maxResponseBytes');
    expect(requests).toHaveLength(0);
  });
});
