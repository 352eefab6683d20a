import type { MaterialisedRows } from "../../../src-renderer/db/materialise";
import type { EntityStateRow, OpPackRow } from "../../../src-renderer/db/rows";

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
      db.createObjectStore("searchTexts", { keyPath: "id" }).createIndex(
        "tick",
        "tick",
      );
      db.createObjectStore("observationSummaries", { keyPath: "id" });
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
  rows: {
    packs: OpPackRow[];
    states: EntityStateRow[];
    materialised: MaterialisedRows;
  },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(
      [
        "opPacks",
        "entityStates",
        "searchTexts",
        "observationSummaries",
        "responseLog",
      ],
      "readwrite",
      { durability: "strict" },
    );
    const put = (store: string, values: readonly unknown[]) => {
      const objectStore = tx.objectStore(store);
      for (const value of values) objectStore.put(value);
    };
    put("opPacks", rows.packs);
    put("entityStates", rows.states);
    put(
      "searchTexts",
      rows.materialised.searchTexts.map((row) => ({ ...row, tick: 1 })),
    );
    put("observationSummaries", rows.materialised.summaries);
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
export function rawPutOne(db: IDBDatabase, row: { id: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(["observationSummaries"], "readwrite", {
      durability: "strict",
    });
    tx.objectStore("observationSummaries").put(row);
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error("transaction failed"));
    };
  });
}
