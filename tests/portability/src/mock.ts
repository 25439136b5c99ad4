// A fresh mock (the built @cometchat-rest/mock, demo seed) on 127.0.0.1 and a free port for each
// scenario, closed afterwards whatever happened.
import { startMockServer } from '@cometchat-rest/mock';

export async function withMock<T>(use: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = await startMockServer({ port: 0 });
  try {
    return await use(server.url);
  } finally {
    await server.close();
  }
}
