import type { Messages } from "./en";

/** The Sync screen's texts (French). */
export const frSync: Messages["sync"] = {
  refused: "Refusé",
  reminder: {
    text_one:
      "Votre dernier export pour le hub date de {{count}} jour. Exportez maintenant : chaque export est aussi une copie chiffrée de votre travail, qui survit à la perte de l’ordinateur.",
    text_other:
      "Votre dernier export pour le hub date de {{count}} jours. Exportez maintenant : chaque export est aussi une copie chiffrée de votre travail, qui survit à la perte de l’ordinateur.",
    open: "Ouvrir Synchronisation",
  },
  keys: {
    title: "Clés de cet appareil",
    help: "Les clés permettent au hub de savoir que ce que vous envoyez vient de cet appareil, et garantissent que seuls le hub et le personnel de votre pays peuvent le lire. Elles restent sur cet ordinateur.",
    passphrase: "Phrase secrète des clés de cet appareil",
    passphraseHelp:
      "Cet ordinateur n’a pas de trousseau auquel Prevention Desk peut se fier : les clés sont donc verrouillées par une phrase secrète. Au moins 10 caractères ; vous la saisirez au démarrage.",
    backupPassphrase: "Phrase secrète du fichier de sauvegarde",
    backupHelp:
      "Un fichier de sauvegarde est enregistré maintenant. Gardez-le sur une clé USB, loin de cet ordinateur : avec lui et cette phrase, un nouvel ordinateur peut prendre le relais. Au moins 10 caractères.",
    create: "Créer les clés et enregistrer la sauvegarde",
    restoreTitle: "Ou restaurer une sauvegarde",
    restoreHelp:
      "Sur un nouvel ordinateur : ouvrez le fichier de sauvegarde de l’ancien. Cet ordinateur reçoit de nouvelles clés liées aux anciennes et peut lire les paquets envoyés par l’ancien ; remplissez ci-dessus les phrases secrètes des nouvelles clés et de la nouvelle sauvegarde.",
    backupFile: "Fichier de sauvegarde",
    oldBackupPassphrase: "Phrase secrète de cette sauvegarde",
    restore: "Restaurer et enregistrer une nouvelle sauvegarde",
    unlock: "Déverrouiller",
    deviceId: "Identifiant de l’appareil : {{id}}",
    fingerprint: "Empreinte :",
    saveCard: "Enregistrer la carte de l’appareil (pour le hub)",
  },
  admin: {
    replaces:
      "Cet appareil prend la suite d’identifiants antérieurs du même ordinateur (sauvegarde restaurée ou identifiant changé) ; confirmez-les avec son détenteur :",
    title: "Administration du hub",
    help: "Sur l’ordinateur de l’administrateur du hub uniquement : cette installation détient la clé de la liste d’appareils. Elle crée le hub, inscrit chaque appareil après avoir vérifié son empreinte avec la personne qui le détient, et signe la liste que reçoit chaque appareil.",
    hubUrl: "Adresse du hub",
    identityPassphrase: "Phrase secrète des fichiers de clés du hub",
    identityPassphraseHelp:
      "Protège le fichier d’identité du hub destiné aux autres ordinateurs du hub et la sauvegarde des clés du hub. Au moins 10 caractères ; conservez-la séparément des fichiers.",
    createHub: "Créer le hub et enregistrer ses fichiers",
    devices: "Appareils de la liste",
    device: "Appareil",
    role: "Rôle",
    countries: "Pays",
    revoked: "Révoqué",
    revoke: "Révoquer",
    cardFile: "Carte de l’appareil à inscrire",
    notACard: "Ce fichier n’est pas une carte d’appareil.",
    confirm: "Empreinte lue par le détenteur de l’appareil",
    confirmHelp:
      "Demandez à la personne de lire l’empreinte affichée sur son écran Synchronisation, au téléphone ou en personne.",
    enrol: "Inscrire cet appareil",
    saveRoster: "Enregistrer les fichiers de la liste",
  },
  connected: {
    title: "Connexion au hub",
    help: "Avec une connexion, Prevention Desk envoie au hub ce qui est nouveau et reçoit ce que le hub renvoie, tout seul : à chaque enregistrement, toutes les 15 minutes et au retour du réseau. Rien n’est perdu si la liaison coupe en cours ; les fichiers de paquets ci-dessous fonctionnent toujours sans réseau.",
    keysFirst:
      "Créez ou déverrouillez d’abord les clés de cet appareil (ci-dessus).",
    code: "Code d’inscription",
    codeHelp:
      "Collez le code que le hub vous a donné (il commence par PDENROL1-), ouvrez son fichier, ou ouvrez une photo de son image QR.",
    codeFile: "Ou ouvrir le fichier du code",
    codeImage: "Ou lire son image QR",
    noQr: "Aucun code QR n’a pu être lu dans cette image. Essayez une photo plus nette, ou collez le code.",
    check: "Vérifier le code",
    preview: {
      title: "Ce code permet de rejoindre :",
      hub: "Hub : {{url}}",
      role: "Rôle : {{role}}",
      countries: "Pays : {{countries}}",
      expires: "Le code est valable jusqu’au {{date}}.",
      lock: "Une fois inscrit, le rôle et les pays de cet appareil viennent du hub et ne peuvent plus être changés ici.",
      join: "Rejoindre ce hub",
      cancel: "Annuler",
    },
    hub: "Hub : {{url}}",
    lastSync: "Dernière synchronisation {{when}}.",
    waiting: "En attente d’envoi : {{send}} · reçus, à importer : {{receive}}",
    syncNow: "Synchroniser maintenant",
    offlineHelp:
      "Hors ligne : la synchronisation reprendra d’elle-même au retour du réseau.",
    indicator:
      "État de la synchronisation : {{state}}. Ouvrir Synchronisation.",
    revokedOn: "il a été révoqué le {{date}}",
    state: {
      running: "Synchronisation : {{step}}…",
      offline_one: "Hors ligne · {{count}} élément en attente d’envoi",
      offline_other: "Hors ligne · {{count}} éléments en attente d’envoi",
      queued: "En attente de la confirmation de cet appareil par le hub",
      never: "Pas encore synchronisé",
      synced: "Synchronisé {{when}}",
      waiting_one: "{{count}} élément en attente",
      waiting_other: "{{count}} éléments en attente",
    },
    steps: {
      seal: "scellement des nouveautés",
      send: "envoi",
      receive: "réception",
      import: "importation",
      confirm: "confirmation des appareils",
    },
  },
  codes: {
    title: "Codes d’inscription",
    help: "Un code permet à un nouvel appareil de rejoindre le hub avec le rôle et les pays choisis ici. Remettez-le en personne ou par un canal de confiance, en texte, fichier ou image QR ; le service du hub n’en voit jamais qu’une empreinte.",
    role: "Rôle du code",
    countries: "Pays du code",
    days: "Valable (jours)",
    create: "Créer un code",
    confirm: "Confirmer les appareils en attente",
    open_one: "{{count}} code pas encore utilisé",
    open_other: "{{count}} codes pas encore utilisés",
    confirmed:
      "Confirmés {{confirmed}} · révoqués {{revoked}} · hors des codes créés ici {{unknown}}",
    qrAlt: "Image QR du code d’inscription",
    text: "Le code en texte",
    saveFile: "Enregistrer le fichier du code",
    saveQr: "Enregistrer l’image QR",
  },
  hub: {
    title: "Hub",
    help: "Faites confiance au hub de New York une fois : ouvrez sa carte, puis comparez l’empreinte avec celle que le hub vous lit au téléphone ou en personne.",
    cardFile: "Fichier de la carte du hub",
    notACard: "Ce fichier n’est pas une carte de hub.",
    cardSays: "Empreinte indiquée par la carte :",
    confirm: "Empreinte lue par le hub",
    confirmHelp:
      "Saisissez-la telle que vous l’avez entendue ; les espaces et majuscules ne comptent pas. Si elle diffère, ne faites pas confiance à cette carte.",
    trust: "Faire confiance à ce hub",
    trusted: "Hub de confiance : {{url}}",
  },
  roster: {
    none: "Pas encore de liste d’appareils : importez le fichier que le hub vous envoie.",
    version: "Liste d’appareils, version {{version}}",
    file: "Fichier de la liste d’appareils",
  },
  hubIdentity: {
    file: "Fichier de l’identité de déchiffrement du hub",
    passphrase: "Sa phrase secrète",
    add: "Ajouter l’identité du hub",
  },
  export: {
    title: "Exporter pour le hub",
    help: "Enregistre les nouveautés dans des fichiers .pdbundle à transporter sur une clé USB ou à envoyer par e-mail. Tout le monde peut les transporter ; seuls le hub et le personnel de votre pays peuvent les lire. Les brouillons et les notes sur les sources n’y figurent jamais.",
    cancel: "Arrêter après ce paquet",
    progress: "Scellement du paquet {{done}} sur {{total}}",
    notReady:
      "Créez d’abord les clés de cet appareil et faites confiance au hub.",
    button: "Exporter pour le hub",
    nothing:
      "Rien de nouveau à envoyer, et rien n’attend d’accusé de réception.",
    saved_one: "{{count}} paquet enregistré :",
    saved_other: "{{count}} paquets enregistrés :",
  },
  import: {
    title: "Importer des paquets",
    help: "Ouvrez les fichiers .pdbundle reçus par clé USB ou par e-mail. Chacun est vérifié avec la liste d’appareils avant toute modification ; un fichier défectueux ne change rien.",
    drop: "Déposez ici des fichiers .pdbundle, ou choisissez-les ci-dessous.",
    files: "Fichiers de paquets",
    report: "Rapport d’import",
    columns: {
      file: "Fichier",
      stream: "Flux et modifications",
      created: "Nouveaux",
      updated: "Mis à jour",
      already: "Déjà présents",
      conflicts: "Conflits",
      refused: "Refusés",
      gaps: "Modifications manquantes",
      receipt: "Accusé de réception",
    },
    attachments_one: "{{stream}} : pièces jointes, {{count}} partie",
    attachments_other: "{{stream}} : pièces jointes, {{count}} parties",
    waitingParts_one: "{{count}} pièce jointe attend ses autres parties",
    waitingParts_other:
      "{{count}} pièces jointes attendent leurs autres parties",
    noGaps: "aucune",
    saveReceipt: "Enregistrer l’accusé",
    legend:
      "Les modifications manquantes sont des modifications numérotées du même appareil pas encore reçues ; elles arriveront avec ses autres paquets.",
  },
  fork: {
    title: "Le hub détient d’autres données sous les numéros de cet appareil",
    explain:
      "Un accusé de réception du hub ({{date}}) indique un autre contenu pour la modification {{seq}} de {{stream}} de cet appareil. Cela arrive lorsque les données de l’ordinateur ont été restaurées depuis une copie plus ancienne, ou copiées sur un autre ordinateur. Les exports sont suspendus pour que rien ne soit écrasé. Passez cet ordinateur à un nouvel identifiant d’appareil : le hub garde ce qu’il a, et tout ce qui n’a jamais quitté cet ordinateur repart sous le nouvel identifiant.",
    backupHelp:
      "Le nouvel identifiant vient avec de nouvelles clés : enregistrez le nouveau fichier de sauvegarde qu’il vous donne et gardez-le à l’écart de l’ordinateur. Les anciennes sauvegardes ouvrent toujours vos exports précédents.",
    move: "Passer cet ordinateur à un nouvel identifiant d’appareil",
    movedTitle: "Cet ordinateur a un nouvel identifiant d’appareil",
    moved:
      "Cet ordinateur est désormais l’appareil {{id}}. Enregistrez sa nouvelle carte d’appareil (ci-dessous) et envoyez-la à l’administrateur du hub : le hub accepte ses exports dès que l’administrateur l’a inscrit.",
  },
  receipts: {
    title: "Accusés de réception",
    help: "Le hub envoie un accusé de réception pour ce qu’il a reçu. Seul un accusé marque un export comme livré.",
    waiting_one: "{{count}} export attend un accusé de réception.",
    waiting_other: "{{count}} exports attendent un accusé de réception.",
    purge:
      "Supprimer la copie conservée d’un export dès qu’un accusé de réception la couvre",
    purgeHelp:
      "Les copies conservées sont chiffrées pour le hub et votre clé de récupération, et permettent de reconstruire les données de cet ordinateur après une perte. Seuls les exports couverts par un accusé sont supprimés.",
    file: "Fichier d’accusé de réception",
    acknowledged_one: "{{count}} export confirmé par le hub.",
    acknowledged_other: "{{count}} exports confirmés par le hub.",
  },
};
