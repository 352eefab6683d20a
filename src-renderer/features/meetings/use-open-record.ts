import { useState } from "react";

/**
 * Which record of a list is open in its form: none, an existing one, or a new one whose id is
 * chosen as it opens (so the form keeps it across saves). `returned` says the list is shown
 * again after a form closed, so it can take the keyboard focus back.
 */
export function useOpenRecord() {
  const [openId, setOpenId] = useState<string | null>(null);
  const [returned, setReturned] = useState(false);
  const show = (id: string | null) => {
    setOpenId(id);
    setReturned(id === null);
  };
  return {
    openId,
    returned,
    create: () => {
      show(crypto.randomUUID());
    },
    open: (row: { id: string }) => {
      show(row.id);
    },
    close: () => {
      show(null);
    },
  };
}
