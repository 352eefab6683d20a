import { DeskFailure } from "../../shared/errors";
import { readHubCard, type HubCard } from "../../shared/identity/cards";
import type { Queryable } from "../db/database";

/**
 * Stores the hub card (its URL is the service's); the same card again changes nothing, another
 * card is refused: the service keeps the hub it was set up for.
 */
export async function initialiseHub(
  db: Queryable,
  card: HubCard,
): Promise<void> {
  const known = await storedHubCard(db);
  if (known === null)
    await db.query("INSERT INTO hub (card, url) VALUES ($1, $2)", [
      JSON.stringify(card),
      card.hubUrl,
    ]);
  else if (known.fingerprint !== card.fingerprint)
    throw new DeskFailure(
      "INVALID_ARGUMENT",
      "This service was set up with another hub card; use a new data folder or database for another hub.",
    );
}

/** The hub card `init` stored, or null before `init`. */
export async function storedHubCard(db: Queryable): Promise<HubCard | null> {
  const [row] = await db.query<{ card: string }>("SELECT card FROM hub");
  return row === undefined ? null : readHubCard(JSON.parse(row.card));
}

/**
 * The hub card, read once: it never changes after `init`. Until then every call asks the
 * database again, and routes that need it refuse with `HUB_NOT_INITIALISED`.
 */
export function hubCardCache(db: Queryable): () => Promise<HubCard> {
  let card: HubCard | null = null;
  return async () => {
    card ??= await storedHubCard(db);
    if (card === null)
      throw new DeskFailure(
        "HUB_NOT_INITIALISED",
        "run `hub init --hub-card FILE` first",
      );
    return card;
  };
}
