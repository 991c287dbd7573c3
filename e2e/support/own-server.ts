/**
 * A server of the built app (`vite preview`, as the other specs use) that a
 * test can stop, to prove the app then works from its service worker alone.
 * Each test gets its own port, so stopping it leaves the other specs' server alone.
 */
import type { Server } from 'node:http';
import { type PreviewServer, preview } from 'vite';

export interface OwnServer {
  readonly origin: string;
  readonly port: number;
  /** Stops answering: the network is gone as far as the app can tell. */
  readonly stop: () => Promise<void>;
}

/** Serves the build in `outDir` (by default dist/), on `port` if given (a later deploy at the same address). */
export async function startOwnServer(options: { outDir?: string; port?: number } = {}): Promise<OwnServer> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    preview: { host: '127.0.0.1', port: options.port ?? 0, strictPort: options.port !== undefined, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stop: async () => {
      // Kept-alive connections would otherwise keep answering until they time out.
      (server.httpServer as Server).closeAllConnections();
      await server.close();
    },
  };
}
