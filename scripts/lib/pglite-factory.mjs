// pglite-prisma-adapter 0.7.2's executeScript does not await client.exec(script): a failing script would look
// applied. This factory awaits it, and gives the engine an in-memory PGlite as shadow database.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

function fixAdapter(adapter) {
  const client = adapter.client;
  adapter.executeScript = async (script) => {
    try {
      await client.exec(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

export function pgliteFactory(pglite) {
  const inner = new PrismaPGlite(pglite);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => fixAdapter(await inner.connect()),
    connectToShadowDb: async () => {
      const shadow = new PGlite();
      const adapter = fixAdapter(await new PrismaPGlite(shadow).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}
