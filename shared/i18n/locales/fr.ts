import type { Messages } from "./en";

export const fr: Messages = {
  app: {
    name: "Prevention Desk",
    platform: "Plateforme de prévention Société civile–ONU",
    skipToContent: "Aller au contenu",
  },
  roles: {
    field: {
      name: "Partenaire de terrain",
      description:
        "Consigner des observations d’alerte précoce dans un pays, hors connexion pendant des semaines s’il le faut, et les envoyer à New York.",
    },
    regional: {
      name: "Équipe régionale",
      description:
        "Préparer les contributions pays aux réunions de dialogue mensuelles à partir des observations d’un ou de plusieurs pays.",
    },
    hub: {
      name: "Équipe du hub (New York)",
      description:
        "Importer ce qu’envoie le terrain, l’examiner, suivre les recommandations et l’action précoce, et renvoyer les résultats.",
    },
  },
  onboarding: {
    title: "Bienvenue dans Prevention Desk",
    intro:
      "Prevention Desk aide la Plateforme de prévention Société civile–ONU à passer de l’alerte précoce à l’action précoce. Trois étapes courtes suffisent pour l’installer sur cet ordinateur.",
    steps: { language: "Langue", profile: "Vous", role: "Votre rôle" },
    stepOf: "Étape {{current}} sur {{total}}",
    languageLabel: "Langue de l’application",
    profileHelp:
      "Votre nom et votre organisation restent sur cet ordinateur. Prevention Desk s’en sert pour éviter que vous soyez nommé·e dans ce qui est partagé pour une réunion : les points de vue sont partagés sans attribution.",
    roleLabel: "Le rôle avec lequel vous serez enregistré·e",
    roleLater:
      "Votre rôle et vos pays seront fixés lorsque le hub enregistrera cet appareil.",
    back: "Retour",
    next: "Suivant",
    finish: "Commencer à utiliser Prevention Desk",
  },
  profile: {
    name: "Votre nom",
    organisation: "Organisation",
    nameRequired: "Saisissez votre nom.",
    organisationRequired: "Saisissez votre organisation.",
  },
  countries: {
    field: "Pays où vous travaillez",
    regional: "Pays que vous couvrez",
    hub: "L’équipe du hub couvre tous les pays.",
    placeholder: "Tapez pour chercher, par exemple Mali",
    nothingFound: "Aucun pays ne correspond",
    fieldRequired: "Choisissez le pays où vous travaillez.",
    regionalRequired: "Choisissez au moins un pays.",
    all: "Tous les pays",
  },
  nav: {
    label: "Navigation principale",
    home: "Accueil",
    capture: "Nouvelle observation",
    observations: "Observations",
    contributions: "Contributions aux réunions",
    meetingInput: "Contributions pays",
    hubInbox: "Boîte de réception",
    review: "Examen",
    dashboard: "Tableau de bord",
    sync: "Synchronisation",
    settings: "Paramètres",
  },
  areas: {
    upcoming: "Disponible dans une prochaine version de Prevention Desk.",
    capture:
      "Consignez ce que vous voyez (date, lieu, catégorie et indicateurs, gravité, sources) entièrement hors connexion. La saisie est gardée comme brouillon sur cet ordinateur jusqu’à l’enregistrement.",
    observations:
      "Retrouvez, filtrez et mettez à jour les observations, avec une recherche qui ignore accents et majuscules.",
    contributions:
      "Rédigez vos contributions aux prochaines réunions de dialogue thématiques et pays, section par section, en y liant vos observations.",
    meetingInput:
      "Composez les contributions pays aux réunions de dialogue mensuelles : aperçu de la situation, tendances, bonnes pratiques, collaboration ONU–société civile, écarts entre alerte précoce et action précoce, et recommandations, le tout sans attribution.",
    hubInbox:
      "Importez les paquets arrivés du terrain par clé USB, courriel ou le service du hub, et voyez ce que chacun apporte.",
    review:
      "Examinez les observations reçues, fixez leur statut, et consignez les résultats et le suivi de l’action précoce à renvoyer au terrain.",
    dashboard:
      "Les tendances par pays et le temps qui sépare l’alerte précoce de l’action précoce.",
    sync: "Envoyez les nouveautés à New York et recevez les résultats : par internet quand il y a une connexion, sinon par un fichier paquet sur clé USB ou par courriel.",
  },
  home: {
    welcome: "Bienvenue, {{name}}",
    coverage: "{{role}} · {{countries}}",
    intro: {
      field:
        "Tout ce que vous consignez reste sur cet ordinateur jusqu’à son envoi. Voici vos espaces :",
      regional:
        "Transformez les observations de vos pays en contributions aux réunions. Voici vos espaces :",
      hub: "Ce qu’envoie le terrain arrive ici pour examen et suivi. Voici vos espaces :",
    },
    open: "Ouvrir {{area}}",
  },
  settings: {
    title: "Paramètres",
    languageSection: "Langue",
    profileSection: "Nom et organisation",
    profileHelp:
      "Gardés sur cet ordinateur uniquement, et utilisés pour vous tenir à l’écart de ce qui est partagé.",
    roleSection: "Rôle et pays",
    roleLocked:
      "Cet appareil est enregistré : son rôle et ses pays viennent de la liste du hub.",
    aboutSection: "À propos de cette installation",
    version: "Version",
    dataLocation: "Emplacement des données",
    shell: "Mode",
    shellElectron: "Application installée",
    shellBrowser: "Navigateur",
    database: "Base locale créée le",
    save: "Enregistrer",
    saved: "Enregistré.",
  },
  shell: {
    browserBanner:
      "Mode navigateur : Prevention Desk fonctionne dans une fenêtre de navigateur, et non comme application installée. Vos données restent dans leur dossier sur cet ordinateur.",
  },
  notices: {
    settingsReset:
      "Votre fichier de paramètres était illisible : Prevention Desk a démarré avec les paramètres par défaut. Le fichier illisible a été conservé sous le nom {{file}} dans le dossier de données.",
    dismiss: "Fermer",
  },
  errors: {
    INVALID_ARGUMENT: "Prevention Desk n’a pas pu accepter cela : {{detail}}",
    UNKNOWN_CHANNEL:
      "Cette version de Prevention Desk ne sait pas faire cela. Mettez l’application à jour et réessayez.",
    FORBIDDEN_SENDER:
      "Cette demande ne venait pas de la fenêtre de Prevention Desk et a été refusée.",
    UNAUTHORIZED:
      "Cette page n’a pas été ouverte par Prevention Desk. Relancez l’application avec npm start.",
    ROLE_LOCKED:
      "Cet appareil est enregistré : son rôle et ses pays viennent de la liste du hub.",
    LINK_NOT_ALLOWED:
      "Prevention Desk n’ouvre que les liens vers les sites de ses partenaires.",
    TASK_NOT_FOUND: "Cette tâche est déjà terminée.",
    CANCELLED: "Annulé.",
    INTERNAL:
      "Prevention Desk a rencontré un problème inattendu. Les détails sont dans son journal.",
    UNAVAILABLE:
      "Prevention Desk ne répond pas. L’application est-elle toujours ouverte ?",
  },
};
