// A stand-in for an Electron download mirror (ELECTRON_MIRROR) on 127.0.0.1: it records every
// path asked for and either answers 404 or drops the connection without an answer.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type MirrorBehaviour = 'not-found' | 'drop';

export interface LoopbackMirror {
  url: string;
  requested: string[];
  close(): Promise<void>;
}

export async function startMirror(behaviour: MirrorBehaviour): Promise<LoopbackMirror> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url ?? '');
    if (behaviour === 'drop') {
      req.socket.destroy();
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
