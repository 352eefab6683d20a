import { existsSync, readFileSync, renameSync } from "node:fs";
import { join } from "node:path";
import { DeskFailure } from "../../shared/errors";
import {
  defaultSettings,
  settingsSchema,
  type Profile,
  type RoleChoice,
  type Settings,
} from "../../shared/domain/settings";
import type { Language } from "../../shared/i18n/languages";
import type { Notice } from "../../shared/ipc";

export const SETTINGS_FILE = "settings.json";
/** Readable by this user only: the file holds the person's name and organisation. */
export const SETTINGS_FILE_MODE = 0o600;

/** What the service needs from electron-store (in Electron) or conf (in plain Node). */
export interface SettingsStore {
  read: () => unknown;
  write: (settings: Settings) => void;
}

export type OpenSettingsStore = (dataDir: string) => SettingsStore;

/**
 * Settings kept in the data folder. The file is parsed with the zod schema on every read; a
 * file that does not parse (corrupt, hand-edited) is moved aside, defaults are used, and a
 * notice tells the person.
 */
export class SettingsService {
  readonly #store: SettingsStore;
  readonly #notices: Notice[] = [];
  readonly #now: () => Date;

  constructor(
    dataDir: string,
    openStore: OpenSettingsStore,
    now: () => Date = () => new Date(),
  ) {
    this.#now = now;
    const file = join(dataDir, SETTINGS_FILE);
    if (existsSync(file) && !isReadableSettingsFile(file)) {
      const backupFile = `settings.unreadable-${now().toISOString().replace(/[:.]/g, "-")}.json`;
      renameSync(file, join(dataDir, backupFile));
      this.#notices.push({ id: backupFile, kind: "settingsReset", backupFile });
    }
    this.#store = openStore(dataDir);
  }

  get notices(): Notice[] {
    return [...this.#notices];
  }

  dismissNotice(id: string): void {
    const index = this.#notices.findIndex((notice) => notice.id === id);
    if (index >= 0) this.#notices.splice(index, 1);
  }

  get(): Settings {
    return parseSettings(this.#store.read()) ?? defaultSettings;
  }

  setLanguage(language: Language): Settings {
    return this.#update({ language });
  }

  setPurgeAfterReceipt(purgeAfterReceipt: boolean): Settings {
    return this.#update({ purgeAfterReceipt });
  }

  setProfile(profile: Profile): Settings {
    return this.#update({ profile });
  }

  setRole(roleChoice: RoleChoice): Settings {
    if (this.get().enrolledAt !== null) {
      throw new DeskFailure(
        "ROLE_LOCKED",
        "This device is enrolled: its role and countries come from the hub roster.",
      );
    }
    return this.#update({
      roleChoice: {
        ...roleChoice,
        countries: [...new Set(roleChoice.countries)],
      },
    });
  }

  /**
   * The hub gave this device its role and countries (an enrolment code, then the roster):
   * they replace the person's choice and are read-only from now on.
   */
  enrol(roleChoice: RoleChoice, at: Date): Settings {
    return this.#update({
      roleChoice,
      enrolledAt: this.get().enrolledAt ?? at.toISOString(),
    });
  }

  completeOnboarding(choice: {
    language: Language;
    profile: Profile;
    roleChoice: RoleChoice;
  }): Settings {
    this.setRole(choice.roleChoice);
    return this.#update({
      language: choice.language,
      profile: choice.profile,
      onboardedAt: this.#now().toISOString(),
    });
  }

  #update(change: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.get(), ...change });
    this.#store.write(next);
    return next;
  }
}

function parseSettings(raw: unknown): Settings | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return null;
  const parsed = settingsSchema.safeParse({ ...defaultSettings, ...raw });
  return parsed.success ? parsed.data : null;
}

function isReadableSettingsFile(file: string): boolean {
  try {
    return parseSettings(JSON.parse(readFileSync(file, "utf8"))) !== null;
  } catch {
    return false;
  }
}
