import { useEffect, useState } from "react";
import { SearchIndex } from "../../db/search-index";
import type { DeskDatabase } from "../../db/db";

const SEARCH_DELAY_MS = 150;

/**
 * The ids matching the query (null without a query), from an in-memory index that catches up
 * with the database whenever `changed` does (the list's rows after a save or an import).
 */
export function useSearch(
  db: DeskDatabase,
  query: string,
  changed: unknown,
): Set<string> | null {
  const [index] = useState(() => new SearchIndex());
  const [matching, setMatching] = useState<Set<string> | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void index.refresh(db).then(() => {
        if (current) setMatching(index.search(query));
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, index, query, changed]);
  return matching;
}
