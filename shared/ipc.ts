import { z } from "zod";
import { resultSchema } from "./errors";
import {
  settingsSchema,
  profileSchema,
  roleChoiceSchema,
} from "./domain/settings";
import { languageSchema } from "./i18n/languages";
import type { Channel, EventName } from "./ipc-channels";
import { syncChannels } from "./sync-contract";
import { hubChannels } from "./hub/hub-contract";
import { meetingInputChannels } from "./meeting-input/export-contract";

export * from "./ipc-channels";

/**
 * The one contract between the renderer and the main process. Each channel is `domain.verb`
 * with a zod schema for its argument and its result. The preload, the main handlers, the
 * browser-shell bridge and the renderer client are all derived from this object.
 */

export const noticeSchema = z.object({
  id: z.string(),
  kind: z.literal("settingsReset"),
  /** File name (not path) of the unreadable settings file kept aside for inspection. */
  backupFile: z.string(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  shell: z.enum(["electron", "browser"]),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const settingsViewSchema = z.object({
  settings: settingsSchema,
  notices: z.array(noticeSchema),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

export const taskIdSchema = z
  .string()
  .regex(/^task-[0-9a-f-]{36}$/, "Not a task id.");

const channel = <A extends z.ZodType, R extends z.ZodType>(
  args: A,
  result: R,
) => ({ args, result });
type ChannelSpec = { args: z.ZodType; result: z.ZodType };

export const contract = {
  "app.info": channel(z.null(), appInfoSchema),
  "settings.get": channel(z.null(), settingsViewSchema),
  "settings.setLanguage": channel(
    z.object({ language: languageSchema }),
    settingsSchema,
  ),
  "settings.setProfile": channel(profileSchema, settingsSchema),
  "settings.setPurgeAfterReceipt": channel(
    z.object({ purge: z.boolean() }),
    settingsSchema,
  ),
  "settings.setRole": channel(roleChoiceSchema, settingsSchema),
  "settings.completeOnboarding": channel(
    z.object({
      language: languageSchema,
      profile: profileSchema,
      roleChoice: roleChoiceSchema,
    }),
    settingsSchema,
  ),
  "settings.dismissNotice": channel(z.object({ id: z.string() }), z.null()),
  "links.openExternal": channel(z.object({ url: z.url() }), z.null()),
  "task.cancel": channel(z.object({ taskId: taskIdSchema }), z.null()),
  ...syncChannels,
  ...hubChannels,
  ...meetingInputChannels,
} as const satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type ChannelArgs<C extends Channel> = z.input<Contract[C]["args"]>;
export type ChannelResult<C extends Channel> = z.infer<Contract[C]["result"]>;

export const channelResultSchema = (name: Channel) =>
  resultSchema(contract[name].result);

/** Events the main process pushes to the renderer. */
export const events = {
  "task.progress": z.object({
    taskId: taskIdSchema,
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable(),
  }),
  "task.finished": z.object({
    taskId: taskIdSchema,
    outcome: z.enum(["done", "failed", "cancelled"]),
    message: z.string().nullable(),
  }),
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
/** How one event travels: `{ event, payload }`, the payload parsed with its own schema on arrival. */
export const eventMessageSchema = z.object({
  event: z.string(),
  payload: z.unknown(),
});
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
