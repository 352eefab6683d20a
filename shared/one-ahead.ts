/**
 * Goes through `items` in order with two stages that run on different processes (opening a
 * bundle in main, applying it in the renderer), one item ahead: item i + 1 is being opened
 * while item i is used. Stops at the first item that `open` gives null for (it reported why).
 */
export async function oneAhead<T, R>(
  items: readonly T[],
  open: (item: T) => Promise<R | null>,
  use: (opened: R, item: T) => Promise<void>,
): Promise<void> {
  let next = items[0] === undefined ? null : open(items[0]);
  for (const [index, item] of items.entries()) {
    const opened = await next;
    if (opened === null) return;
    const following = items[index + 1];
    next = following === undefined ? null : open(following);
    try {
      await use(opened, item);
    } catch (error) {
      // The next item is dropped with this one: its outcome no longer matters.
      next?.catch(() => undefined);
      throw error;
    }
  }
}
