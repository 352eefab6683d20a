import { findProtectedNames, type NameHit } from "./protected-names";

/**
 * What stands between a composed text and its export (issue 8): every protected name found in
 * it must be rewritten away or explicitly accepted by a person, and every cited excerpt must be
 * ticked as reviewed (a verbatim excerpt can identify a source without naming anyone).
 */
export interface ReviewedText {
  /** Where the text sits in the document (a section id, an excerpt id). */
  id: string;
  text: string;
  /** A verbatim excerpt of an observation, which a person must review before export. */
  excerpt?: boolean;
}

export interface ExportReview {
  /** Names found and not accepted: rewrite them, or accept each one. */
  flags: (NameHit & { id: string })[];
  /** Excerpts no person has ticked yet. */
  unreviewedExcerpts: string[];
}

export interface ReviewDecisions {
  /** Accepted hits, by `acceptedKey(id, hit)`: the person decided the name may stay. */
  accepted: ReadonlySet<string>;
  /** Excerpt ids a person ticked as reviewed. */
  reviewed: ReadonlySet<string>;
}

/**
 * An accepted hit is keyed by where it is, which name, and the words around it, so rewriting the
 * text elsewhere keeps the decision but changing those words asks again.
 */
export const acceptedKey = (id: string, hit: NameHit) =>
  `${id}\n${hit.name}\n${hit.context}`;

export function reviewExport(
  texts: readonly ReviewedText[],
  names: readonly string[],
  decisions: ReviewDecisions,
): ExportReview {
  return {
    flags: texts.flatMap(({ id, text }) =>
      findProtectedNames(text, names)
        .filter((hit) => !decisions.accepted.has(acceptedKey(id, hit)))
        .map((hit) => ({ ...hit, id })),
    ),
    unreviewedExcerpts: texts
      .filter(
        (text) => text.excerpt === true && !decisions.reviewed.has(text.id),
      )
      .map((text) => text.id),
  };
}

/** Export may go ahead only when nothing is left to resolve. */
export const readyToExport = (review: ExportReview) =>
  review.flags.length === 0 && review.unreviewedExcerpts.length === 0;
