/** The Sync screen's texts (English); `fr-sync.ts` has the same keys. */
export const enSync = {
  refused: "Refused",
  reminder: {
    text_one:
      "Your last export for the hub was {{count}} day ago. Export now: each export is also an encrypted copy of your work that survives a lost laptop.",
    text_other:
      "Your last export for the hub was {{count}} days ago. Export now: each export is also an encrypted copy of your work that survives a lost laptop.",
    open: "Open Sync",
  },
  keys: {
    title: "This device's keys",
    help: "Keys let the hub know that what you send comes from this device, and make sure only the hub and the staff of your country can read it. They stay on this computer.",
    passphrase: "Passphrase for this device's keys",
    passphraseHelp:
      "This computer has no keychain Prevention Desk can trust, so the keys are locked with a passphrase. At least 10 characters; you type it when the app starts.",
    backupPassphrase: "Passphrase for the backup file",
    backupHelp:
      "A backup file is saved now. Keep it on a USB stick away from this laptop: with it and this passphrase, a new laptop can take over. At least 10 characters.",
    create: "Create keys and save the backup",
    restoreTitle: "Or restore from a backup",
    restoreHelp:
      "On a new laptop: open the backup file of the old one. This laptop gets new keys linked to the old ones, and can read the bundles the old laptop sent; fill in the passphrases above for the new keys and the new backup.",
    backupFile: "Backup file",
    oldBackupPassphrase: "Passphrase of that backup",
    restore: "Restore and save a new backup",
    unlock: "Unlock",
    deviceId: "Device id: {{id}}",
    fingerprint: "Fingerprint:",
    saveCard: "Save the device card (for the hub)",
  },
  admin: {
    replaces:
      "This device takes over from earlier ids of the same laptop (a restored backup or a moved id); confirm them with its holder:",
    title: "Hub administration",
    help: "On the hub admin's computer only: this install holds the roster key. It creates the hub, enrols each device after checking its fingerprint with the person who holds it, and signs the roster every device receives.",
    hubUrl: "Hub address",
    identityPassphrase: "Passphrase for the hub key files",
    identityPassphraseHelp:
      "Protects the hub identity file for other hub staff computers and the backup of the hub keys. At least 10 characters; keep it apart from the files.",
    createHub: "Create the hub and save its files",
    devices: "Devices in the roster",
    device: "Device",
    role: "Role",
    countries: "Countries",
    revoked: "Revoked",
    revoke: "Revoke",
    cardFile: "Device card to enrol",
    notACard: "This file is not a device card.",
    confirm: "Fingerprint the device's holder read to you",
    confirmHelp:
      "Ask the person to read the fingerprint shown on their Sync screen, by phone or in person.",
    enrol: "Enrol this device",
    saveRoster: "Save the roster files",
  },
  hub: {
    title: "Hub",
    help: "Trust the New York hub once: open its card, then compare the fingerprint with what the hub reads to you by phone or in person.",
    cardFile: "Hub card file",
    notACard: "This file is not a hub card.",
    cardSays: "The card's fingerprint:",
    confirm: "Fingerprint the hub read to you",
    confirmHelp:
      "Type it as you heard it; spaces and capitals do not matter. If it differs, do not trust this card.",
    trust: "Trust this hub",
    trusted: "Trusted hub: {{url}}",
  },
  roster: {
    none: "No roster yet: import the roster file the hub sends you.",
    version: "Roster version {{version}}",
    file: "Roster file",
  },
  hubIdentity: {
    file: "Hub decryption identity file",
    passphrase: "Its passphrase",
    add: "Add the hub identity",
  },
  export: {
    title: "Export for the hub",
    help: "Saves what is new as .pdbundle files to carry on a USB stick or send by e-mail. Anyone may carry them; only the hub and your country's staff can read them. Drafts and source notes never go in.",
    cancel: "Stop after this bundle",
    progress: "Sealing bundle {{done}} of {{total}}",
    notReady: "Create this device's keys and trust the hub first.",
    button: "Export for the hub",
    nothing: "Nothing new to send, and nothing waiting for a receipt.",
    saved_one: "{{count}} bundle saved:",
    saved_other: "{{count}} bundles saved:",
  },
  import: {
    title: "Import bundles",
    help: "Open .pdbundle files received by USB or e-mail. Each is checked against the roster before anything changes; a bad file changes nothing.",
    drop: "Drop .pdbundle files here, or choose them below.",
    files: "Bundle files",
    report: "Import report",
    columns: {
      file: "File",
      stream: "Stream and changes",
      created: "New",
      updated: "Updated",
      already: "Already here",
      conflicts: "Conflicts",
      refused: "Refused",
      gaps: "Missing changes",
      receipt: "Receipt",
    },
    attachments_one: "{{stream}}: attachment bytes, {{count}} part",
    attachments_other: "{{stream}}: attachment bytes, {{count}} parts",
    waitingParts_one: "{{count}} attachment waits for its other parts",
    waitingParts_other: "{{count}} attachments wait for their other parts",
    noGaps: "none",
    saveReceipt: "Save receipt",
    legend:
      "Missing changes are numbered changes from the same device not received yet; they arrive with its other bundles.",
  },
  fork: {
    title: "The hub holds other records under this device's numbers",
    explain:
      "A receipt from the hub ({{date}}) lists other content for change {{seq}} of {{stream}} from this device. This happens when the laptop's data was restored from an older copy, or copied to another laptop. Exports are paused so nothing is overwritten. Move this laptop to a new device id: the hub keeps what it has, and everything that never left this laptop goes again under the new id.",
    backupHelp:
      "The new id comes with new keys: save the new backup file it gives you and keep it apart from the laptop. Old backups still open your earlier exports.",
    move: "Move this laptop to a new device id",
    movedTitle: "This laptop has a new device id",
    moved:
      "This laptop is now device {{id}}. Save its new device card (below) and send it to the hub admin: the hub accepts its exports once the admin has enrolled it.",
  },
  receipts: {
    title: "Receipts",
    help: "The hub sends a receipt for what it received. Only a receipt marks an export as delivered.",
    waiting_one: "{{count}} export waiting for a receipt.",
    waiting_other: "{{count}} exports waiting for a receipt.",
    purge: "Delete the kept copy of an export once a receipt covers it",
    purgeHelp:
      "Kept copies are encrypted for the hub and your recovery key, and can rebuild this laptop's data after a loss. Only exports a receipt covers are ever deleted.",
    file: "Receipt file",
    acknowledged_one: "{{count}} export acknowledged by the hub.",
    acknowledged_other: "{{count}} exports acknowledged by the hub.",
  },
};
