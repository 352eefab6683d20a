/**
 * Goes through `items` in order with two stages that run on different processes (opening a
 * bundle in main, applying it in the renderer), one item ahead: item i + 1 is being opened
 * while item i is used. Stops at the first item that `open` gives null for, or that `use`
 * returns false for (each reported why).
 */
export async function oneAhead<T, R>(
  items: readonly T[],
  open: (item: T) => Promise<R | null>,
  /** Resolves false to stop after this item. */
  use: (opened: R, item: T) => Promise<boolean>,
): Promise<void> {
  let next = items[0] === undefined ? null : open(items[0]);
  for (const [index, item] of items.entries()) {
    const opened = await next;
    if (opened === null) return;
    const following = items[index + 1];
    next = following === undefined ? null : open(following);
    let goOn: boolean;
    try {
      goOn = await use(opened, item);
    } catch (error) {
      // The next item is dropped with this one: its outcome no longer matters.
      next?.catch(() => undefined);
      throw error;
    }
    if (!goOn) {
      next?.catch(() => undefined);
      return;
    }
  }
}
