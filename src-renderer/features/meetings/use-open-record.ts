import { useState } from "react";

/**
 * Which record of a list is open in its form: none, an existing one, or a new one whose id is
 * chosen as it opens (so the form keeps it across saves).
 */
export function useOpenRecord() {
  const [openId, setOpenId] = useState<string | null>(null);
  return {
    openId,
    create: () => {
      setOpenId(crypto.randomUUID());
    },
    open: (row: { id: string }) => {
      setOpenId(row.id);
    },
    close: () => {
      setOpenId(null);
    },
  };
}
