/** The texts of the meeting input composer (French); the keys of `en-composer.ts`. */
export const frComposer = {
  intro:
    "Composez la contribution à une réunion de dialogue à partir des observations de cet ordinateur et de ce que les partenaires ont envoyé. Rien de ce que vous exportez ne nomme une personne, un appareil ou une organisation.",
  tabs: {
    inputs: "Contributions",
    interviews: "Notes d’entretien",
    names: "Noms à protéger",
  },
  new: {
    country: "Nouvelle contribution pays",
    thematic: "Nouvelle contribution thématique",
    discussion: "Nouveau document de réflexion",
  },
  newTitle: {
    country: "Contribution pays : {{countries}}",
    thematic: "Contribution thématique",
    discussion: "Document de réflexion",
  },
  kind: {
    country: "Contribution pays",
    thematic: "Contribution thématique",
    discussion: "Document de réflexion",
  },
  none: "Aucune contribution pour l’instant. Commencez-en une avec les boutons ci-dessus.",
  scope: "Pays ou thème",
  period: "Période",
  back: "← Toutes les contributions",
  untitled: "Contribution sans titre",
  autosave: {
    saved: "Toutes les modifications sont enregistrées",
    saving: "Enregistrement…",
    failed:
      "Enregistrement impossible. Votre texte est toujours là ; gardez l’application ouverte et réessayez.",
  },
  previewAndExport: "Aperçu et export",
  title: "Titre",
  meeting: "Réunion",
  noMeeting: "Pas de réunion précise",
  countries: "Pays",
  notYourCountries:
    "Vous ne préparez des contributions que pour vos pays ; retirez {{countries}}.",
  theme: "Thème",
  from: "Du",
  to: "Au",
  placeLevel: "Lieux dans les citations",
  levelHelp:
    "La précision avec laquelle l’export peut dire d’où et de quand vient un signalement.",
  place: {
    adminArea: "Région administrative",
    country: "Pays seulement",
  },
  timeLevel: "Dates dans les citations",
  time: {
    month: "Mois",
    quarter: "Trimestre",
    year: "Année",
  },
  figures: "Chiffres",
  figuresHelp:
    "D’après {{count}} observations de cet ordinateur. Les effectifs inférieurs à 3 sont masqués dans l’export, avec les cases qui permettraient de les retrouver.",
  counting: "Décompte des observations…",
  noAlerts: "Aucune observation grave ou en aggravation sur cette période.",
  earlyAction:
    "{{alerts}} alertes précoces (graves ou en aggravation) ; {{responded}} ont une réponse enregistrée ; délai médian avant la première réponse : {{median}} heures.",
  escalations: "Aggravations notables",
  escalation:
    "{{area}}, {{month}} : {{count}} observations (mois précédent : {{previous}})",
  conflict: "Modifié sur deux appareils",
  keepThis: "Garder le texte affiché ici",
  fromTheField: "Du terrain ({{count}}), sans noms :",
  merged: "Ajouté",
  merge: "Ajouter à cette section",
  mergeInto: "Ajouter à {{section}}",
  evidence: "Éléments tirés des observations",
  evidenceHelp:
    "Citez des observations comme éléments de preuve. L’export ne donne que le lieu et la date de chaque extrait ; un extrait mot pour mot peut pourtant identifier une source : lisez chacun et cochez-le.",
  excerpt: "Extrait {{number}}",
  sourceGone:
    "Cette observation n’est plus sur cet ordinateur ; l’extrait est laissé hors de l’export.",
  reviewedExcerpt: "J’ai relu cet extrait : il n’identifie pas sa source",
  removeExcerpt: "Retirer l’extrait {{number}}",
  remove: "Retirer",
  citeObservation: "Citer une observation",
  citePlaceholder: "Chercher dans les observations de la période",
  nothingToCite: "Aucune observation ne correspond",
  cite: "Citer",
  review: "Avant l’export",
  reviewHelp:
    "Les noms de personnes et d’organisations que l’application connaît sont recherchés dans chaque texte, quels que soient les accents, les espaces ou les lettres trompeuses. Réécrivez chacun, ou acceptez-le délibérément.",
  ready: "Prêt pour l’export",
  toResolve: "{{count}} point(s) à régler avant l’export",
  unreviewed: "Extraits pas encore cochés comme relus : {{count}}.",
  rewrite: "Réécrire le texte",
  accept: "Garder « {{name}} » ici",
  previewTitle: "Aperçu",
  previewFrame: "Aperçu de l’export",
  exportLanguage: "Langue de l’export",
  saveAs: {
    docx: "Enregistrer en DOCX",
    pdf: "Enregistrer en PDF",
    markdown: "Enregistrer en Markdown",
  },
  notReady:
    "Réglez chaque nom signalé et cochez chaque extrait avant d’enregistrer.",
  preparing: "Préparation du fichier…",
  fields: {
    title: "Titre",
    kind: "Type",
    meetingId: "Réunion",
    countries: "Pays",
    theme: "Thème",
    from: "Du",
    to: "Au",
    citations: "Extraits",
    reviewed: "Extraits relus",
    accepted: "Noms gardés",
    placeLevel: "Lieux dans les citations",
    timeLevel: "Dates dans les citations",
  },
};

/** The texts of what a meeting input exports: headings, figures, citations (French). */
export const frMeetingInput = {
  meeting: "Réunion : {{title}}, {{date}}",
  scope: "{{countries}}, du {{from}} au {{to}} : {{count}} observations.",
  evidence: "Depuis le terrain",
  earlyAction: {
    line: "Alertes précoces (observations graves ou en aggravation) : {{alerts}} ; avec une réponse enregistrée : {{responded}} ; délai médian entre le signalement et la première réponse : {{median}} heures.",
    none: "Aucune alerte précoce (observation grave ou en aggravation) sur cette période.",
  },
  sections: {
    overview: "Aperçu de la situation",
    trends: "Tendances",
    practices: "Bonnes pratiques et enseignements",
    collaboration: "Possibilités de collaboration ONU–OSC",
    gaps: "De l’alerte précoce à l’action rapide : lacunes",
    recommendations: "Recommandations",
  },
  figures: {
    title: "Chiffres",
    byCategory: "Observations par catégorie",
    bySeverity: "Observations par gravité (1 faible – 5 critique)",
    byTrend: "Observations par tendance",
    byArea: "Observations par zone",
    byMonth: "Observations par mois",
    category: "Catégorie",
    severity: "Gravité",
    trend: "Tendance",
    area: "Zone",
    month: "Mois",
    countryLevel: "Niveau national",
    observations: "Observations",
    total: "Total",
    hidden: "moins de 3",
  },
  citation: {
    adminArea:
      "un signalement d’un partenaire, {{area}} ({{country}}), {{when}}",
    country: "un signalement d’un partenaire, {{country}}, {{when}}",
    quarter: "T{{quarter}} {{year}}",
  },
};
