import { z } from "zod";
import { shortText } from "./observation";

/**
 * The directory of partner organisations and persons whose names an export must not carry
 * (issue 8). Hub staff keep it; it reaches regional staff devices only in their own `device:`
 * streams — never in the roster, never a field device — and other hub staff in `hub`.
 */
export const PROTECTED_NAME_KINDS = ["organisation", "person"] as const;

export const protectedNameSchema = z.object({
  name: shortText(200).min(2, "text.tooShort"),
  kind: z.enum(PROTECTED_NAME_KINDS),
});
export type ProtectedName = z.infer<typeof protectedNameSchema>;

/** Where one directory entry is written: the hub stream and each regional device's own stream. */
export const namesDirectoryStreams = (regionalDevices: readonly string[]) => [
  "hub",
  ...regionalDevices.map((deviceId) => `device:${deviceId}`),
];
