import type { Messages } from "./en";

/**
 * Les textes des réunions et de leur suivi, des contributions des partenaires, des notes
 * d'entretien et du répertoire des noms (français).
 */
export const frMeetings: Pick<
  Messages,
  "meetings" | "followUp" | "contributions" | "interviews" | "namesDirectory"
> = {
  meetings: {
    areaTitle: "Réunions",
    introHub:
      "Les réunions de dialogue mensuelles à New York, thématiques ou par pays. Ouvrez une réunion pour consigner ses recommandations et conclusions, et suivez-les d’une réunion à l’autre sous Suivi.",
    introRegional:
      "Les réunions de dialogue sur vos pays, et les réunions thématiques. Vous pouvez ajouter et modifier les réunions sur vos propres pays ; l’équipe du siège consigne leurs recommandations et conclusions.",
    title: "Réunions",
    new: "Nouvelle réunion",
    none: "Aucune réunion pour l’instant.",
    back: "← Toutes les réunions",
    unknown: "Une réunion absente de cet ordinateur",
    titleOn: "{{title}}, {{date}}",
    noneMatch: "Aucune réunion ne correspond",
    deleteTitle: "Supprimer cette réunion ?",
    deleteText:
      "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi.",
    deleteWithOutcomes_one:
      "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi, avec sa recommandation ou conclusion.",
    deleteWithOutcomes_other:
      "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi, avec ses {{count}} recommandations et conclusions.",
    deleteKeepsOutcomes_one:
      "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi. Sa recommandation ou conclusion reste dans le suivi jusqu’à ce que l’équipe du siège la retire.",
    deleteKeepsOutcomes_other:
      "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi. Ses {{count}} recommandations et conclusions restent dans le suivi jusqu’à ce que l’équipe du siège les retire.",
    fields: {
      title: "Titre",
      kind: "Type",
      countries: "Pays",
      date: "Date",
      series: "Série",
      status: "Statut",
      notes: "Notes",
    },
    kinds: {
      thematic: "Thématique",
      country: "Pays",
    },
    statuses: {
      planned: "Prévue",
      held: "Tenue",
    },
    form: {
      newTitle: "Nouvelle réunion",
      editTitle: "Modifier la réunion",
      seriesHelp:
        "Les réunions qui se suivent partagent un nom de série : choisissez-en un déjà utilisé ou saisissez-en un nouveau.",
      notYourCountries:
        "Vous préparez uniquement les réunions sur {{yours}} : retirez {{countries}}, ou demandez à l’équipe du siège d’ajouter cette réunion.",
    },
    outcomes: {
      title: "Recommandations et conclusions",
      helpHub:
        "Ce que la réunion a conclu et recommandé, qui porte chaque point et pour quand. Modifiez le suivi ici ou sous Suivi.",
      helpRegional:
        "L’équipe du siège consigne les recommandations et conclusions ; elles vous parviennent à votre prochaine synchronisation.",
      add: "Ajouter une recommandation ou une conclusion",
      none: "Aucune recommandation ni conclusion consignée pour l’instant.",
      newTitle: "Nouvelle recommandation ou conclusion",
      editTitle: "Modifier la recommandation ou la conclusion",
      noDueDate: "Sans échéance",
      ownerHelp:
        "Un rôle ou un organe (par exemple l’équipe de pays des Nations Unies), jamais le nom d’une personne.",
      deleteTitle: "Supprimer cette recommandation ou conclusion ?",
      deleteText:
        "Elle sera supprimée sur chaque appareil qu’elle atteindra au prochain envoi.",
      fields: {
        kind: "Nature",
        text: "Texte",
        addressee: "Destinataire",
        owner: "Responsable",
        dueDate: "Échéance",
        followUp: "Suivi",
      },
      kinds: {
        recommendation: "Recommandation",
        conclusion: "Conclusion",
      },
      addressees: {
        "un-entity": "Entité des Nations Unies",
        csos: "Organisations de la société civile",
        "member-states": "États membres",
      },
    },
    records: {
      save: "Enregistrer",
      close: "Fermer",
      cancel: "Annuler",
      saved: "Enregistré.",
      delete: "Supprimer",
      deleteNamed: "Supprimer {{name}}",
      actions: "Actions",
      conflict: "Modifié sur deux appareils à la fois",
      required: "Remplissez ce champ.",
      invalid:
        "Certains champs demandent votre attention ; ils sont signalés en rouge. Rien de ce que vous avez saisi n’est perdu.",
      writeFailed:
        "Prevention Desk n’a pas pu enregistrer. Ce que vous avez saisi est toujours là ; réessayez.",
      untitled: "(sans titre)",
    },
  },
  followUp: {
    title: "Suivi",
    helpHub:
      "Toutes les recommandations et conclusions encore ouvertes ou en cours, toutes réunions confondues, les retards d’abord. Changez un statut ici à mesure que le travail avance.",
    helpRegional:
      "Toutes les recommandations et conclusions encore ouvertes ou en cours, toutes réunions confondues, les retards d’abord. L’équipe du siège tient les statuts à jour.",
    none: "Rien à suivre : chaque recommandation et conclusion est réalisée ou abandonnée.",
    overdue: "En retard",
    meeting: "Réunion",
    statusOf: "Suivi de « {{name}} »",
    fixFirst: "Ouvrez-la dans sa réunion et corrigez-la d’abord.",
    statuses: {
      open: "Ouverte",
      "in-progress": "En cours",
      done: "Réalisée",
      dropped: "Abandonnée",
    },
  },
  contributions: {
    title: "Contributions aux réunions",
    intro:
      "Écrivez ce que vous voulez faire entendre aux prochaines réunions de dialogue à New York sur votre pays ou sur un thème, une section à la fois, et reliez les observations sur lesquelles vous vous appuyez. L’équipe régionale s’en sert pour préparer la contribution à la réunion, qui ne vous nomme jamais.",
    offline:
      "Tout ici fonctionne hors connexion. Vos contributions partent à votre prochaine synchronisation, comme vos observations.",
    new: "Nouvelle contribution",
    none: "Aucune contribution pour l’instant.",
    newTitle: "Nouvelle contribution",
    editTitle: "Modifier la contribution",
    changed: "Dernière modification",
    aTheme: "Un thème",
    themeHelp: "Par exemple : conflits pastoraux, élections, jeunesse.",
    meetingHelp:
      "Laissez vide pour la prochaine réunion sur son pays ou son thème.",
    nextMeeting: "La prochaine réunion sur son sujet",
    noMeetingKnown:
      "Aucune réunion à venir n’est encore connue sur cet ordinateur. Votre contribution ira à la prochaine réunion sur son pays ou son thème.",
    observationsHelp: "Cherchez vos observations par leur titre.",
    noObservations: "Vous n’avez encore aucune observation sur cet ordinateur.",
    noObservationMatches: "Aucune observation ne correspond",
    observationLabel: "{{title}} ({{date}})",
    observationGone: "Une observation qui n’est plus sur cet ordinateur",
    deleteTitle: "Supprimer cette contribution ?",
    deleteText:
      "Elle sera supprimée pour l’équipe régionale au prochain envoi.",
    fields: {
      scope: "Sujet",
      theme: "Thème",
      meeting: "Pour la réunion",
      section: "Section",
      text: "Votre contribution",
      observations: "Vos observations sur lesquelles elle s’appuie",
    },
    sectionHelp: {
      practices: "Ce qui a marché, et ce que d’autres peuvent en apprendre.",
      collaboration:
        "Là où les Nations Unies et la société civile pourraient agir ensemble.",
      gaps: "Les alertes qui n’ont pas mené à temps à une action, et pourquoi.",
      recommendations: "Ce que vous recommandez, et à qui.",
    },
  },
  interviews: {
    title: "Notes d’entretien",
    help: "Notes d’entretiens informels avec des organes des Nations Unies et des organisations, pour des documents de discussion qui n’attribuent jamais un point de vue. Elles restent au sein de l’équipe du siège : elles ne vont jamais à l’équipe régionale ni aux partenaires de terrain. Chaque personne ou organisation interrogée est vérifiée comme nom à protéger avant toute exportation.",
    new: "Nouvelle note d’entretien",
    none: "Aucune note d’entretien pour l’instant.",
    newTitle: "Nouvelle note d’entretien",
    editTitle: "Modifier la note d’entretien",
    intervieweeHelp: "L’organisation ou l’organe des Nations Unies interrogé.",
    noMeeting: "Pour aucune réunion en particulier",
    deleteTitle: "Supprimer cette note d’entretien ?",
    deleteText:
      "Elle sera supprimée sur les appareils de l’équipe du siège au prochain envoi.",
    fields: {
      interviewee: "Interlocuteur",
      date: "Date",
      meeting: "Réunion",
      notes: "Notes",
    },
  },
  namesDirectory: {
    title: "Noms à protéger",
    help: "Les organisations partenaires et les personnes dont aucune exportation ne doit porter le nom : chaque exportation est vérifiée par rapport à eux. Chaque entrée va à l’équipe du siège et à chaque appareil de l’équipe régionale séparément, jamais aux partenaires de terrain.",
    readingDevices: "Recherche des appareils de l’équipe régionale…",
    noDevices:
      "Aucun appareil de l’équipe régionale n’est encore inscrit : le répertoire reste au sein de l’équipe du siège jusqu’à ce qu’il y en ait un.",
    devices_one:
      "Le répertoire va à l’équipe du siège et à {{count}} appareil de l’équipe régionale.",
    devices_other:
      "Le répertoire va à l’équipe du siège et à {{count}} appareils de l’équipe régionale.",
    addTitle: "Ajouter un nom",
    add: "Ajouter",
    alreadyListed: "Ce nom figure déjà dans le répertoire.",
    none: "Le répertoire est vide.",
    fields: {
      name: "Nom",
      kind: "Type",
    },
    kinds: {
      organisation: "Organisation",
      person: "Personne",
    },
    deleteTitle: "Retirer ce nom ?",
    deleteText:
      "Il est retiré des appareils de l’équipe du siège et de l’équipe régionale à leur prochaine synchronisation, et les exportations ne sont plus vérifiées pour lui.",
    resendHelp:
      "Un appareil de l’équipe régionale inscrit après l’ajout d’un nom n’a pas reçu ce nom. Renvoyez le répertoire pour le donner en entier à chaque appareil régional actuel.",
    resend: "Renvoyer le répertoire à chaque appareil régional",
    resent_one:
      "{{count}} nom partira vers l’équipe du siège et chaque appareil de l’équipe régionale ({{devices}}) à la prochaine synchronisation.",
    resent_other:
      "{{count}} noms partiront vers l’équipe du siège et chaque appareil de l’équipe régionale ({{devices}}) à la prochaine synchronisation.",
  },
};
