import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A test server listening on an ephemeral port: its base URL and how to stop it. */
export interface Listening {
  readonly url: string;
  /** Drops open (keep-alive) connections, then stops listening. */
  close(): Promise<void>;
}

/** Listen on an ephemeral port of 127.0.0.1; `urlHost` names the host in the URL (`localhost` for pages). */
export async function listenEphemeral(server: Server, urlHost = '127.0.0.1'): Promise<Listening> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
