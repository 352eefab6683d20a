import { createServer } from "node:net";

/** A free port on 127.0.0.1, asked of the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === "object" && address !== null)
          resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}
