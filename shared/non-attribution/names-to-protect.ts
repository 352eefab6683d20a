/**
 * The names an export is checked against (issue 8): the person's own name and organisation,
 * the partner organisations and persons of the directory hub staff keep, and the actors and
 * affected groups typed in the observations the export draws on. Each once, longest first, so
 * a full name is reported before a part of it.
 */
export interface NameSources {
  profile: { name: string; organisation: string } | null;
  /** Partner organisations and persons (the hub staff's directory). */
  directory: readonly string[];
  /** Interviewees of hub staff's interview notes. */
  interviewees: readonly string[];
  observations: readonly {
    actors?: readonly string[] | null;
    affectedGroups?: readonly string[] | null;
  }[];
}

export function namesToProtect(sources: NameSources): string[] {
  const names = new Map<string, string>();
  const add = (name: string | undefined) => {
    const trimmed = name?.trim() ?? "";
    const key = trimmed.toLowerCase();
    if (trimmed.length >= 2 && !names.has(key)) names.set(key, trimmed);
  };
  add(sources.profile?.name);
  add(sources.profile?.organisation);
  sources.directory.forEach(add);
  sources.interviewees.forEach(add);
  for (const observation of sources.observations) {
    observation.actors?.forEach(add);
    observation.affectedGroups?.forEach(add);
  }
  return [...names.values()].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
}
