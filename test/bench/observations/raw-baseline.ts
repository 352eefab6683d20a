import type { MaterialisedRows } from "../../../src-renderer/db/materialise";
import type { OpPackRow } from "../../../src-renderer/db/rows";
import { packRow } from "../../../src-renderer/db/index-packs";

/**
 * The floor for the import: plain IndexedDB puts, without Dexie, of the same rows into object
 * stores with the same keys and indexes as the app's schema.
 */
export function openRawDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("opPacks", {
        keyPath: ["deviceId", "stream", "firstSeq"],
      }).createIndex("[deviceId+stream+lastSeq]", [
        "deviceId",
        "stream",
        "lastSeq",
      ]);
      db.createObjectStore("entityStates", { keyPath: "key" });
      db.createObjectStore("summaryPacks", { keyPath: ["tick", "size"] });
      db.createObjectStore("textPacks", { keyPath: ["tick", "size"] });
      db.createObjectStore("responseLog", { keyPath: "id" }).createIndex(
        "observationId",
        "observationId",
      );
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error("open failed"));
    };
  });
}

export function rawPut(
  db: IDBDatabase,
  tick: number,
  rows: { packs: OpPackRow[]; materialised: MaterialisedRows },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(
      ["opPacks", "entityStates", "summaryPacks", "textPacks", "responseLog"],
      "readwrite",
      { durability: "strict" },
    );
    const put = (store: string, values: readonly unknown[]) => {
      const objectStore = tx.objectStore(store);
      for (const value of values) objectStore.put(value);
    };
    const pack = (entries: readonly { id: string; value: unknown }[]) =>
      packRow(
        tick,
        entries.map(({ id, value }) => ({ id, tick, value })),
      );
    put("opPacks", rows.packs);
    put("entityStates", rows.materialised.entityStates);
    put("summaryPacks", [pack(rows.materialised.summaries)]);
    put("textPacks", [pack(rows.materialised.searchTexts)]);
    put("responseLog", rows.materialised.responseLog);
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error("transaction failed"));
    };
  });
}

/** One strict single-row put: the floor for saving one observation. */
export function rawPutOne(
  db: IDBDatabase,
  row: { key: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(["entityStates"], "readwrite", {
      durability: "strict",
    });
    tx.objectStore("entityStates").put(row);
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error("transaction failed"));
    };
  });
}
