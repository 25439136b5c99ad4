// Serves docs/dist on http://127.0.0.1 (a free port, or PORT) so the built docs can be read in a
// browser; Ctrl-C stops it. Build first: `pnpm --filter @cometchat-rest/docs build`.
import { existsSync } from 'node:fs';
import { DIST, DIST_LANDING } from '../src/paths.ts';
import { serveDirectory } from '../src/static-server.ts';

if (!existsSync(DIST_LANDING)) {
  console.error('docs: nothing to preview; build first: pnpm --filter @cometchat-rest/docs build');
  process.exit(1);
}
const server = await serveDirectory(DIST, { port: Number(process.env.PORT ?? 0) });
console.log(`docs: serving ${DIST}
  landing page:   ${server.origin}/
  API reference:  ${server.origin}/api/
  client (TypeDoc): ${server.origin}/client/
Ctrl-C to stop.`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
