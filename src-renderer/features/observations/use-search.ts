import { useEffect, useState } from "react";
import { SearchIndex } from "../../db/search-index";
import type { DeskDatabase } from "../../db/db";

const SEARCH_DELAY_MS = 150;

export interface Search {
  /** The ids matching the query; null without a query. */
  matching: Set<string> | null;
  /** While the index is being built: the share done, from 0 to 1; otherwise null. */
  building: number | null;
}

/**
 * Searches an in-memory index that catches up with the database whenever `changed` does (the
 * list's rows after a save or an import). Building it for a large database takes seconds, so
 * its progress is reported.
 */
export function useSearch(
  db: DeskDatabase,
  query: string,
  changed: unknown,
): Search {
  const [index] = useState(() => new SearchIndex());
  const [matching, setMatching] = useState<Set<string> | null>(null);
  const [building, setBuilding] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void index
        .refresh(db, (done) => {
          if (current) setBuilding(done < 1 ? done : null);
        })
        .then(() => {
          if (current) setMatching(index.search(query));
        });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, index, query, changed]);
  return { matching, building };
}
