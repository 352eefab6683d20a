import { createServer, connect, type AddressInfo, type Socket } from "node:net";

/** What the proxy does to one connection. */
export type Fault =
  | "pass"
  /** Closed before a byte is read. */
  | "drop"
  /** Reset while the request is on its way. */
  | "reset-request"
  /** The request reaches the hub; the connection is reset before the answer gets back. */
  | "reset-answer"
  /** Half the answer's first chunk, then closed. */
  | "truncate"
  /** Every chunk held back 10–100 ms each way. */
  | "delay";

/** Half the requests pass; the other half meet one of the faults. */
const FAULTS: Fault[] = [
  "pass",
  "pass",
  "pass",
  "pass",
  "pass",
  "drop",
  "reset-request",
  "reset-answer",
  "truncate",
  "delay",
];

/** A small deterministic generator, so a failing run can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const REQUEST_START = /^(GET|POST|PUT|DELETE) \//;

/**
 * A TCP proxy in front of the hub that, while `random` is set, picks a fault for each request
 * (a chunk from the app that starts a request line, on a new or kept-alive connection): it
 * drops, delays, truncates and resets them as a bad link would.
 */
export async function startFaultProxy(targetPort: number) {
  let random: (() => number) | null = null;
  const counts = new Map<Fault, number>();
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => undefined);
    const upstream = connect(targetPort, "127.0.0.1");
    sockets.add(upstream);
    upstream.on("close", () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    let fault: Fault = "pass";
    let delay = 0;
    const later = (send: () => void) => {
      if (delay > 0) setTimeout(send, delay);
      else send();
    };
    const cut = () => {
      client.resetAndDestroy();
      upstream.destroy();
    };
    client.on("data", (chunk) => {
      if (REQUEST_START.test(chunk.subarray(0, 8).toString("latin1"))) {
        fault =
          random === null
            ? "pass"
            : (FAULTS[Math.floor(random() * FAULTS.length)] ?? "pass");
        delay = fault === "delay" && random ? 10 + random() * 90 : 0;
        counts.set(fault, (counts.get(fault) ?? 0) + 1);
        if (fault === "drop") {
          client.destroy();
          upstream.destroy();
          return;
        }
      }
      if (fault === "reset-request") cut();
      else later(() => upstream.write(chunk));
    });
    upstream.on("data", (chunk) => {
      if (fault === "reset-answer") cut();
      else if (fault === "truncate") {
        client.end(chunk.subarray(0, Math.floor(chunk.length / 2)));
        upstream.destroy();
      } else later(() => client.write(chunk));
    });
  });
  await new Promise<void>((listening) =>
    server.listen(0, "127.0.0.1", listening),
  );
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    /** Faults from this generator from now on; null lets everything through. */
    faults: (next: (() => number) | null) => {
      random = next;
    },
    counts,
    close: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          closed();
        });
      }),
  };
}
