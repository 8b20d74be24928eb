import { createServer } from "node:net";

/**
 * A loopback port nothing listens on right now: the service can be pointed at a platform that is "down" and the
 * fake started there later. (Another process could take the port in between; on a test machine that is rare.)
 */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
