import { frObservation } from "./fr-observation";
import type { Messages } from "./en";
import { frSync } from "./fr-sync";
import { frMeetings } from "./fr-meetings";
import { frComposer, frMeetingInput } from "./fr-composer";

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
    meetings: "Réunions",
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
    meetings:
      "Les réunions de dialogue à New York, thématiques ou par pays, leurs recommandations et conclusions, et le suivi de chacune.",
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
  observation: frObservation,
  validation: {
    invalid: "Cette valeur n’est pas valide.",
    required:
      "Remplissez ce champ avant de marquer l’observation comme finale.",
    date: {
      format: "Utilisez une date comme 2026-11-23.",
      invalid: "Cette date n’existe pas.",
    },
    text: {
      tooLong: "Ce texte est trop long.",
      empty: "Retirez l’entrée vide.",
      tooShort: "Ce texte est trop court.",
    },
    meeting: {
      countryNeeded: "Une réunion sur un pays demande au moins un pays.",
    },
    contribution: {
      scopeNeeded: "Choisissez un pays ou écrivez le thème.",
    },
    period: {
      order: "La période finit avant de commencer.",
    },
    list: {
      tooLong: "Cette liste a trop d’entrées.",
    },
    number: {
      whole: "Utilisez un nombre entier.",
      negative: "Ce nombre ne peut pas être négatif.",
      tooLarge: "Ce nombre est trop grand.",
    },
    coordinates: {
      latitude: "La latitude doit être comprise entre -90 et 90.",
      longitude: "La longitude doit être comprise entre -180 et 180.",
      missing: "Un lieu exact demande des coordonnées.",
    },
    scale: {
      range: "Choisissez une valeur de l’échelle.",
    },
    tag: {
      format:
        "Les mots-clés utilisent des minuscules, des chiffres et des traits d’union.",
    },
    observedAt: {
      future: "La date observée est dans le futur.",
    },
    geoPrecision: {
      missing: "Indiquez la précision des coordonnées.",
      tooCoarse:
        "Des coordonnées demandent une précision exacte ou au niveau de la ville.",
    },
    indicators: {
      otherCategory:
        "Choisissez au moins un indicateur de la catégorie choisie.",
    },
  },
  capture: {
    newTitle: "Consigner une observation",
    editTitle: "Modifier l’observation",
    draftNote:
      "Ce que vous tapez est gardé sur cet ordinateur au fur et à mesure, même si l’application se ferme. Enregistrer garde un brouillon ; Marquer comme finale vérifie chaque champ.",
    save: "Enregistrer le brouillon",
    saveChanges: "Enregistrer les modifications",
    markFinal: "Marquer comme finale",
    invalid:
      "Certains champs demandent votre attention ; ils sont signalés en rouge. Rien de ce que vous avez tapé n’est perdu.",
    savedExceptInvalid:
      "Enregistré comme brouillon, sauf les champs signalés en rouge : ils restent sur cet ordinateur jusqu’à ce que vous les corrigiez.",
    writeFailed:
      "Prevention Desk n’a pas pu enregistrer. Ce que vous avez tapé est toujours là ; réessayez.",
    leakTitle: "La source est peut-être nommée dans des champs partagés",
    leakText:
      "Le nom ou le contact de la source apparaît dans : {{fields}}. Ces champs quittent cet ordinateur. Modifiez-les, ou marquez comme finale malgré tout.",
    leakEdit: "Revenir et modifier",
    leakConfirm: "Marquer comme finale malgré tout",
    sections: {
      what: "Ce qui s’est passé",
      whenWhere: "Quand et où",
      who: "Qui",
      source: "Source",
      sharing: "Partage et suivi",
    },
    listHelp: "Tapez puis appuyez sur Entrée pour ajouter chaque élément.",
    unknownHelp: "Laissez vide si inconnu.",
    reliabilityHelp:
      "Dans quelle mesure la source s’est montrée digne de confiance (échelle de l’Amirauté).",
    credibilityHelp:
      "Dans quelle mesure cette information est confirmée (échelle de l’Amirauté).",
    sourceLocalOnly:
      "L’identité de la source ci-dessous ne quitte jamais cet ordinateur.",
    sensitivityHelp:
      "Les observations confidentielles ne parviennent qu’à l’équipe du hub.",
    nothingFound: "Aucun résultat",
    indicatorsHelp:
      "Les indicateurs de la catégorie choisie viennent d’abord ; ajoutez-en d’autres s’ils s’appliquent.",
  },
  observations: {
    emptyIntro:
      "Aucune observation pour l’instant. Consignez ce que vous voyez : elle apparaîtra ici, prête à être retrouvée, mise à jour et envoyée.",
    search: "Rechercher",
    preparingSearch:
      "Préparation de la recherche : {{percent}} %. Les résultats s’afficheront dès qu’elle sera prête.",
    searchPlaceholder:
      "Mots du titre, de la description, des acteurs ou des mots-clés",
    from: "Observée à partir du",
    to: "Observée jusqu’au",
    sort: "Trier par",
    sortBy: {
      observedAtDesc: "Observées récemment d’abord",
      observedAtAsc: "Observées anciennement d’abord",
      severityDesc: "Les plus graves d’abord",
      severityAsc: "Les moins graves d’abord",
      updatedDesc: "Modifiées récemment d’abord",
      updatedAsc: "Modifiées anciennement d’abord",
    },
    count: "Correspondances : {{count}} sur {{total}}",
    clear: "Effacer les filtres",
    noMatch:
      "Aucune observation ne correspond. Effacez les filtres ou essayez d’autres mots.",
    untitled: "(sans titre)",
    conflict: "Modifications en conflit",
    gone: "Cette observation a été supprimée.",
    edit: "Modifier",
    delete: "Supprimer",
    fieldConflict: "Modifié sur deux appareils à la fois",
    keepValue: "Garder cette valeur",
    deleteTitle: "Supprimer cette observation ?",
    deleteText:
      "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi. Son historique reste.",
    cancel: "Annuler",
    deleteConfirm: "Supprimer",
  },
  responseLog: {
    title: "Journal des réponses",
    noAction: "Aucune action consignée pour l’instant.",
    gap: "Jours entre l’observation et la première action : {{count}}",
    action: "Ce qui a été fait",
    actorType: "Par",
    add: "Ajouter au journal",
  },
  attachments: {
    title: "Pièces jointes",
    add: "Ajouter un fichier",
    none: "Aucune pièce jointe.",
    tooLarge: "{{name}} dépasse 25 Mio. Joignez un fichier plus petit.",
    empty: "{{name}} est vide.",
    unreadable: "{{name}} n’a pas pu être lu comme une image de son type.",
    unsupportedImage:
      "{{name}} est dans un format d’image dont Prevention Desk ne peut pas retirer la localisation. Enregistrez-la en JPEG, PNG ou WebP et joignez ce fichier.",
    stripped:
      "Le lieu et les détails de l’appareil photo ont été retirés de {{name}}.",
  },
  history: {
    title: "Historique",
    when: "Quand",
    device: "Appareil",
    field: "Champ",
    value: "Valeur",
    deleted: "Supprimée",
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
  sync: frSync,
  ...frMeetings,
  meetingInput: frMeetingInput,
  composer: frComposer,
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
    BUNDLE_NOT_A_BUNDLE:
      "Ce fichier n’est pas un paquet Prevention Desk. Choisissez un fichier .pdbundle.",
    BUNDLE_VERSION_UNSUPPORTED:
      "Ce paquet a été créé par une version plus récente de Prevention Desk. Mettez l’application à jour, puis importez-le à nouveau.",
    BUNDLE_TRUNCATED:
      "Ce paquet est incomplet : la copie a sans doute été interrompue. Demandez à nouveau le fichier à l’expéditeur.",
    BUNDLE_TRAILING_DATA:
      "Ce paquet contient des octets en trop après sa fin et a été refusé. Demandez à nouveau le fichier à l’expéditeur.",
    BUNDLE_TOO_LARGE:
      "Ce paquet dépasse la taille acceptée par Prevention Desk ({{detail}}) et a été refusé.",
    BUNDLE_MALFORMED:
      "Ce paquet est endommagé ou n’a pas la forme attendue ({{detail}}). Rien n’a été importé.",
    BUNDLE_TAMPERED:
      "Ce paquet a été modifié après avoir été scellé : on ne peut pas s’y fier. Rien n’a été importé.",
    BUNDLE_UNKNOWN_SENDER:
      "Ce paquet vient d’un appareil inconnu de la liste des appareils. Importez la dernière liste ou renseignez-vous auprès du hub.",
    BUNDLE_REVOKED_SENDER:
      "Ce paquet vient d’un appareil révoqué par le hub. Rien n’a été importé ; contactez le hub.",
    BUNDLE_NOT_FOR_THIS_DEVICE:
      "Ce paquet n’est pas adressé à cet appareil : il ne peut pas être ouvert ici.",
    SEQ_FORK:
      "Ce paquet répète des modifications déjà reçues du même appareil, avec un contenu différent. Il a été refusé ; contactez le hub.",
    ROSTER_NOT_NEWER:
      "Cette liste d’appareils n’est pas plus récente que celle de cet appareil ({{detail}}). Rien n’a changé.",
    ROSTER_UNTRUSTED:
      "Cette liste d’appareils n’est pas signée par le hub reconnu par cet appareil. Rien n’a changé ; renseignez-vous auprès du hub.",
    ENROL_CODE_INVALID:
      "Ce code d’inscription ne peut pas être utilisé : {{detail}}. Redemandez le code au hub.",
    ENROL_CODE_EXPIRED:
      "Ce code d’inscription a expiré ({{detail}}). Demandez-en un nouveau au hub.",
    ENROL_TOKEN_UNKNOWN:
      "Le hub ne connaît pas ce code d’inscription, ou il a déjà servi. Demandez-en un nouveau au hub.",
    HUB_NOT_INITIALISED:
      "Le service du hub n’est pas encore configuré. Prévenez l’administrateur du hub.",
    HUB_UNREACHABLE:
      "Le hub est injoignable pour le moment ({{detail}}). Prevention Desk réessaiera ; rien n’est perdu.",
    CLOCK_SKEW:
      "L’horloge de cet ordinateur diffère trop de celle du hub ({{detail}}). Réglez la date et l’heure, puis synchronisez à nouveau.",
    REQUEST_REPLAYED:
      "Le hub a refusé une requête déjà reçue. Synchronisez à nouveau.",
    SIGNATURE_INVALID:
      "Le hub n’a pas pu vérifier la signature de cet appareil ({{detail}}). Contactez le hub.",
    DEVICE_UNKNOWN:
      "Le hub ne connaît pas cet appareil. Inscrivez-le avec un code du hub.",
    DEVICE_QUEUED:
      "Cet appareil attend que le hub confirme son inscription. Synchronisez à nouveau plus tard.",
    DEVICE_BLOCKED:
      "Le hub a refusé cet appareil : {{detail}}. Contactez le hub.",
    RATE_LIMITED:
      "Le hub a demandé à cet appareil de ralentir. Prevention Desk réessaiera bientôt.",
    RECEIPT_NOT_STORED:
      "Le service du hub n’a pas enregistré les paquets cités par cet accusé de réception ({{detail}}). Envoyez-les d’abord au hub.",
  },
};
