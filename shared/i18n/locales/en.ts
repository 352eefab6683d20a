/** English, the reference catalogue: every other language has exactly these keys. */
export const en = {
  app: {
    name: "Prevention Desk",
    platform: "Civil Society–UN Prevention Platform",
    skipToContent: "Skip to content",
  },
  roles: {
    field: {
      name: "Field partner",
      description:
        "Record early-warning observations in one country, offline for weeks if need be, and send them to New York.",
    },
    regional: {
      name: "Regional staff",
      description:
        "Prepare country input for the monthly dialogue meetings from the observations of one or more countries.",
    },
    hub: {
      name: "Hub staff (New York)",
      description:
        "Import what the field sends, review it, track recommendations and early action, and send outcomes back.",
    },
  },
  onboarding: {
    title: "Welcome to Prevention Desk",
    intro:
      "Prevention Desk helps the Civil Society–UN Prevention Platform turn early warning into early action. Three short steps set it up on this computer.",
    steps: { language: "Language", profile: "About you", role: "Your role" },
    stepOf: "Step {{current}} of {{total}}",
    languageLabel: "Language of the app",
    profileHelp:
      "Your name and organisation stay on this computer. Prevention Desk uses them to keep you from being named in anything shared for a meeting: views are shared without attribution.",
    roleLabel: "The role you will enrol with",
    roleLater:
      "Your role and countries become fixed when the hub enrols this device.",
    back: "Back",
    next: "Next",
    finish: "Start using Prevention Desk",
  },
  profile: {
    name: "Your name",
    organisation: "Organisation",
    nameRequired: "Enter your name.",
    organisationRequired: "Enter your organisation.",
  },
  countries: {
    field: "Country you work in",
    regional: "Countries you cover",
    hub: "Hub staff cover every country.",
    placeholder: "Type to search, for example Mali",
    nothingFound: "No country matches",
    fieldRequired: "Choose the country you work in.",
    regionalRequired: "Choose at least one country.",
    all: "All countries",
  },
  nav: {
    label: "Main navigation",
    home: "Home",
    capture: "Record observation",
    observations: "Observations",
    contributions: "Meeting contributions",
    meetingInput: "Meeting input",
    hubInbox: "Inbox",
    review: "Review",
    dashboard: "Dashboard",
    sync: "Sync",
    settings: "Settings",
  },
  areas: {
    upcoming: "Arriving in a coming version of Prevention Desk.",
    capture:
      "Capture what you see (date, place, category and indicators, severity, sources) fully offline. Typing is kept as a draft on this computer until you save.",
    observations:
      "Find, filter and update observations, with search that ignores accents and capital letters.",
    contributions:
      "Write your contributions to the coming thematic and country dialogue meetings, section by section, and link your observations.",
    meetingInput:
      "Compose country input for the monthly dialogue meetings: situation overview, trends, best practices, UN–CSO collaboration, early-warning to early-action gaps and recommendations, all without attribution.",
    hubInbox:
      "Import bundles that arrived from the field by USB stick, e-mail or the hub service, and see what each one brought.",
    review:
      "Review incoming observations, set their status, and record outcomes and early-action follow-up to send back to the field.",
    dashboard:
      "Trends across countries and the time it takes from early warning to early action.",
    sync: "Send what is new to New York and receive outcomes: over the internet when there is a connection, or as a bundle file on a USB stick or by e-mail when there is not.",
  },
  home: {
    welcome: "Welcome, {{name}}",
    coverage: "{{role}} · {{countries}}",
    intro: {
      field:
        "Everything you record stays on this computer until you send it. These are your areas:",
      regional:
        "Turn the observations of your countries into meeting input. These are your areas:",
      hub: "What the field sends arrives here for review and follow-up. These are your areas:",
    },
    open: "Open {{area}}",
  },
  settings: {
    title: "Settings",
    languageSection: "Language",
    profileSection: "Name and organisation",
    profileHelp:
      "Kept on this computer only, and used to keep you out of what is shared.",
    roleSection: "Role and countries",
    roleLocked:
      "This device is enrolled: its role and countries come from the hub roster.",
    aboutSection: "About this installation",
    version: "Version",
    dataLocation: "Data location",
    shell: "Running as",
    shellElectron: "Installed app",
    shellBrowser: "Browser shell",
    database: "Local database created",
    save: "Save",
    saved: "Saved.",
  },
  shell: {
    browserBanner:
      "Browser shell: Prevention Desk is running in a browser window, not as the installed app. Your data stays in its data folder on this computer.",
  },
  notices: {
    settingsReset:
      "Your settings file could not be read, so Prevention Desk started with default settings. The unreadable file was kept as {{file}} in the data folder.",
    dismiss: "Dismiss",
  },
  errors: {
    INVALID_ARGUMENT: "Prevention Desk could not accept that: {{detail}}",
    UNKNOWN_CHANNEL:
      "This version of Prevention Desk cannot do that. Update the app and try again.",
    FORBIDDEN_SENDER:
      "This request did not come from the Prevention Desk window and was refused.",
    UNAUTHORIZED:
      "This page was not opened by Prevention Desk. Start the app again with npm start.",
    ROLE_LOCKED:
      "This device is enrolled: its role and countries come from the hub roster.",
    LINK_NOT_ALLOWED: "Prevention Desk only opens links to its partner sites.",
    TASK_NOT_FOUND: "That task has already finished.",
    CANCELLED: "Cancelled.",
    INTERNAL:
      "Prevention Desk hit an unexpected problem. Details are in its log.",
    UNAVAILABLE: "Prevention Desk is not responding. Is the app still running?",
  },
};

type Catalogue<T> = {
  [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
};
/** The shape every translation must have: the same keys as English, any strings. */
export type Messages = Catalogue<typeof en>;
