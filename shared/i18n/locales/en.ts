import { enObservation } from "./en-observation";
import { enSync } from "./en-sync";
import { enMeetings } from "./en-meetings";
import { enComposer, enMeetingInput } from "./en-composer";

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
    meetings: "Meetings",
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
    meetings:
      "The dialogue meetings in New York, thematic or by country, their recommendations and conclusions, and the follow-up of each.",
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
  observation: enObservation,
  validation: {
    invalid: "This value is not valid.",
    required: "Fill this in before marking the observation final.",
    date: {
      format: "Use a date like 2026-11-23.",
      invalid: "This is not a real date.",
    },
    text: {
      tooLong: "This text is too long.",
      empty: "Remove the empty entry.",
      tooShort: "This text is too short.",
    },
    meeting: {
      countryNeeded: "A country meeting needs at least one country.",
    },
    contribution: {
      scopeNeeded: "Choose a country or write the theme.",
    },
    period: {
      order: "The period ends before it starts.",
    },
    list: {
      tooLong: "This list has too many entries.",
    },
    number: {
      whole: "Use a whole number.",
      negative: "This cannot be negative.",
      tooLarge: "This number is too large.",
    },
    coordinates: {
      latitude: "Latitude must be between -90 and 90.",
      longitude: "Longitude must be between -180 and 180.",
      missing: "An exact location needs coordinates.",
    },
    scale: {
      range: "Choose a value on the scale.",
    },
    tag: {
      format: "Tags use lowercase letters, digits and hyphens.",
    },
    observedAt: {
      future: "The observed date is in the future.",
    },
    geoPrecision: {
      missing: "Say how precise the coordinates are.",
      tooCoarse: "Coordinates need an exact or town-level precision.",
    },
    indicators: {
      otherCategory: "Choose at least one indicator of the chosen category.",
    },
  },
  capture: {
    newTitle: "Record an observation",
    editTitle: "Edit the observation",
    draftNote:
      "What you type is kept on this computer as you go, even if the app closes. Save keeps it as a draft; Mark final checks every field.",
    save: "Save draft",
    saveChanges: "Save changes",
    markFinal: "Mark final",
    invalid:
      "Some fields need attention; they are marked in red. Nothing you typed has been lost.",
    savedExceptInvalid:
      "Saved as a draft, except the fields marked in red: they stay on this computer until you correct them.",
    writeFailed:
      "Prevention Desk could not save this. What you typed is still here; try again.",
    leakTitle: "The source may be named in shared fields",
    leakText:
      "The source's name or contact appears in: {{fields}}. These fields leave this computer. Edit them, or mark final anyway.",
    leakEdit: "Go back and edit",
    leakConfirm: "Mark final anyway",
    sections: {
      what: "What happened",
      whenWhere: "When and where",
      who: "Who",
      source: "Source",
      sharing: "Sharing and follow-up",
    },
    listHelp: "Type and press Enter to add each one.",
    unknownHelp: "Leave empty if unknown.",
    reliabilityHelp:
      "How far the source has proved trustworthy before (Admiralty scale).",
    credibilityHelp:
      "How far this piece of information is confirmed (Admiralty scale).",
    sourceLocalOnly: "The source's identity below never leaves this computer.",
    sensitivityHelp: "Confidential observations reach hub staff only.",
    nothingFound: "Nothing matches",
    indicatorsHelp:
      "Indicators of the chosen category come first; add others that also apply.",
  },
  observations: {
    emptyIntro:
      "No observations yet. Record what you see and it will appear here, ready to find, update and send.",
    search: "Search",
    preparingSearch:
      "Preparing search: {{percent}}%. Results appear as soon as it is ready.",
    searchPlaceholder: "Words in the title, description, actors or tags",
    from: "Observed from",
    to: "Observed until",
    sort: "Sort by",
    sortBy: {
      observedAtDesc: "Newest observed first",
      observedAtAsc: "Oldest observed first",
      severityDesc: "Most severe first",
      severityAsc: "Least severe first",
      updatedDesc: "Recently changed first",
      updatedAsc: "Least recently changed first",
    },
    count: "Matching: {{count}} of {{total}}",
    clear: "Clear filters",
    noMatch: "No observation matches. Clear the filters or try other words.",
    untitled: "(untitled)",
    conflict: "Conflicting edits",
    gone: "This observation was deleted.",
    edit: "Edit",
    delete: "Delete",
    fieldConflict: "Edited on two devices at once",
    keepValue: "Keep this value",
    deleteTitle: "Delete this observation?",
    deleteText:
      "It will be deleted on every device it reaches when it is next sent. Its history stays.",
    cancel: "Cancel",
    deleteConfirm: "Delete",
  },
  responseLog: {
    title: "Response log",
    noAction: "No action recorded yet.",
    gap: "Days from observation to first action: {{count}}",
    action: "What was done",
    actorType: "By",
    add: "Add to the log",
  },
  attachments: {
    title: "Attachments",
    add: "Add a file",
    none: "No attachments.",
    tooLarge: "{{name}} is larger than 25 MiB. Attach a smaller file.",
    empty: "{{name}} is empty.",
    unreadable: "{{name}} could not be read as an image of its type.",
    unsupportedImage:
      "{{name}} is in an image format whose location data Prevention Desk cannot remove. Save it as JPEG, PNG or WebP and attach that.",
    stripped: "Location and camera details were removed from {{name}}.",
  },
  history: {
    title: "History",
    when: "When",
    device: "Device",
    field: "Field",
    value: "Value",
    deleted: "Deleted",
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
  sync: enSync,
  ...enMeetings,
  meetingInput: enMeetingInput,
  composer: enComposer,
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
    BUNDLE_NOT_A_BUNDLE:
      "This file is not a Prevention Desk bundle. Choose a .pdbundle file.",
    BUNDLE_VERSION_UNSUPPORTED:
      "This bundle was made by a newer Prevention Desk. Update the app, then import it again.",
    BUNDLE_TRUNCATED:
      "This bundle is incomplete: the copy was probably interrupted. Ask the sender for the file again.",
    BUNDLE_TRAILING_DATA:
      "This bundle has extra bytes after its end and was refused. Ask the sender for the file again.",
    BUNDLE_TOO_LARGE:
      "This bundle is larger than Prevention Desk accepts ({{detail}}) and was refused.",
    BUNDLE_MALFORMED:
      "This bundle is damaged or not in the expected form ({{detail}}). Nothing was imported.",
    BUNDLE_TAMPERED:
      "This bundle was changed after it was sealed, so it cannot be trusted. Nothing was imported.",
    BUNDLE_UNKNOWN_SENDER:
      "This bundle comes from a device the roster does not know. Import the latest roster, or check with the hub.",
    BUNDLE_REVOKED_SENDER:
      "This bundle comes from a device the hub has revoked. Nothing was imported; contact the hub.",
    BUNDLE_NOT_FOR_THIS_DEVICE:
      "This bundle is not addressed to this device, so it cannot be opened here.",
    SEQ_FORK:
      "This bundle repeats changes already received from the same device with different content. It was refused; contact the hub.",
    ROSTER_NOT_NEWER:
      "This roster is not newer than the one this device has ({{detail}}). Nothing changed.",
    ROSTER_UNTRUSTED:
      "This roster is not signed by the hub this device trusts. Nothing changed; check with the hub.",
    ENROL_CODE_INVALID:
      "This enrolment code cannot be used: {{detail}}. Ask the hub for the code again.",
    ENROL_CODE_EXPIRED:
      "This enrolment code has expired ({{detail}}). Ask the hub for a new one.",
    ENROL_TOKEN_UNKNOWN:
      "The hub does not know this enrolment code, or it was already used. Ask the hub for a new one.",
    HUB_NOT_INITIALISED:
      "The hub service is not set up yet. Tell the hub administrator.",
    HUB_UNREACHABLE:
      "The hub cannot be reached right now ({{detail}}). Prevention Desk will try again; nothing is lost.",
    CLOCK_SKEW:
      "This computer’s clock differs too much from the hub’s ({{detail}}). Set the date and time, then sync again.",
    REQUEST_REPLAYED:
      "The hub refused a request it had already received. Sync again.",
    SIGNATURE_INVALID:
      "The hub could not verify this device’s signature ({{detail}}). Contact the hub.",
    DEVICE_UNKNOWN:
      "The hub does not know this device. Enrol it with a code from the hub.",
    DEVICE_QUEUED:
      "This device is waiting for the hub to confirm its enrolment. Sync again later.",
    DEVICE_BLOCKED: "The hub refused this device: {{detail}}. Contact the hub.",
    RATE_LIMITED:
      "The hub asked this device to slow down. Prevention Desk will try again shortly.",
    RECEIPT_NOT_STORED:
      "The hub service has not stored the bundles this receipt lists ({{detail}}). Send them to the hub first.",
  },
};

type Catalogue<T> = {
  [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]>;
};
/** The shape every translation must have: the same keys as English, any strings. */
export type Messages = Catalogue<typeof en>;
