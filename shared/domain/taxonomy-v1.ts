import type { Language } from "../i18n/languages";

/*
 * Early-warning taxonomy, version 1: the ids and their English and French wording.
 * Ids are stored in observations and exchanged between desks, so they never change and
 * are never reused; a later version may only add ids. Labels and descriptions may be
 * reworded at any time. The functions that use this data live in ./taxonomy.ts.
 */

export const CATEGORY_IDS = [
  "political-tension",
  "hate-speech",
  "violence-civilians",
  "armed-groups",
  "intercommunal",
  "protests",
  "displacement",
  "gbv",
  "humanitarian-access",
  "human-rights",
  "economic-shocks",
  "climate-hazards",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Every indicator id is `<category id>.<name>`; the prefix is its category. */
export const INDICATOR_IDS = [
  "political-tension.campaign-violence",
  "political-tension.voter-intimidation",
  "political-tension.disputed-results",
  "political-tension.political-arrests",
  "political-tension.unconstitutional-change",
  "political-tension.local-governance-dispute",
  "hate-speech.online-incitement",
  "hate-speech.offline-rhetoric",
  "hate-speech.dehumanising-language",
  "hate-speech.rumours-disinformation",
  "hate-speech.targeted-threats",
  "violence-civilians.killings",
  "violence-civilians.abductions",
  "violence-civilians.looting-arson",
  "violence-civilians.attacks-on-markets",
  "violence-civilians.explosive-devices",
  "armed-groups.presence-movement",
  "armed-groups.recruitment",
  "armed-groups.checkpoints-taxation",
  "armed-groups.clashes",
  "armed-groups.territorial-control",
  "intercommunal.farmer-herder",
  "intercommunal.land-boundary",
  "intercommunal.water-access",
  "intercommunal.ethnic-tension",
  "intercommunal.mining-resources",
  "protests.demonstrations",
  "protests.excessive-force",
  "protests.curfews-restrictions",
  "protests.strikes",
  "displacement.new-displacement",
  "displacement.returns",
  "displacement.camp-tensions",
  "displacement.cross-border",
  "gbv.sexual-violence",
  "gbv.early-marriage",
  "gbv.intimate-partner-violence",
  "gbv.exploitation-trafficking",
  "humanitarian-access.access-denied",
  "humanitarian-access.aid-diversion",
  "humanitarian-access.attacks-on-aid-workers",
  "humanitarian-access.service-disruption",
  "human-rights.arbitrary-detention",
  "human-rights.enforced-disappearance",
  "human-rights.ill-treatment",
  "human-rights.civic-space",
  "human-rights.freedom-of-movement",
  "economic-shocks.price-spikes",
  "economic-shocks.market-disruption",
  "economic-shocks.livelihood-loss",
  "economic-shocks.fuel-shortage",
  "economic-shocks.unpaid-salaries",
  "climate-hazards.drought",
  "climate-hazards.flooding",
  "climate-hazards.crop-failure",
  "climate-hazards.storms-landslides",
] as const satisfies readonly `${CategoryId}.${string}`[];

export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** The same text in every shipped language. */
export type LocalizedText = Readonly<Record<Language, string>>;

/** The indicator ids that belong to category `C`. */
export type IndicatorIdOf<C extends CategoryId> = Extract<
  IndicatorId,
  `${C}.${string}`
>;

/** Keyed by id, so a missing or misplaced id is a compile error. */
export type TaxonomyText = {
  readonly [C in CategoryId]: {
    readonly label: LocalizedText;
    readonly description: LocalizedText;
    readonly indicators: { readonly [I in IndicatorIdOf<C>]: LocalizedText };
  };
};

export const TAXONOMY_V1_TEXT: TaxonomyText = {
  "political-tension": {
    label: { en: "Political tension", fr: "Tensions politiques" },
    description: {
      en: "Election violence, intimidation, contested results, political arrests and disputes over who holds authority.",
      fr: "Violences électorales, intimidation, contestation des résultats, arrestations politiques et conflits autour de l’exercice du pouvoir.",
    },
    indicators: {
      "political-tension.campaign-violence": {
        en: "Election campaign violence",
        fr: "Violences liées à la campagne électorale",
      },
      "political-tension.voter-intimidation": {
        en: "Voter intimidation",
        fr: "Intimidation des électeurs",
      },
      "political-tension.disputed-results": {
        en: "Disputed election results",
        fr: "Contestation des résultats électoraux",
      },
      "political-tension.political-arrests": {
        en: "Arrests of political opponents",
        fr: "Arrestations d’opposants politiques",
      },
      "political-tension.unconstitutional-change": {
        en: "Risk of unconstitutional change of government",
        fr: "Risque de changement anticonstitutionnel de gouvernement",
      },
      "political-tension.local-governance-dispute": {
        en: "Dispute over local leadership",
        fr: "Contestation de l’autorité locale",
      },
    },
  },
  "hate-speech": {
    label: {
      en: "Hate speech and incitement",
      fr: "Discours de haine et incitation",
    },
    description: {
      en: "Words, online or offline, that stigmatise a community, spread rumours or threaten people, and may lead to violence.",
      fr: "Propos, en ligne ou hors ligne, qui stigmatisent une communauté, propagent des rumeurs ou menacent des personnes, et peuvent mener à la violence.",
    },
    indicators: {
      "hate-speech.online-incitement": {
        en: "Online incitement to violence",
        fr: "Incitation à la violence en ligne",
      },
      "hate-speech.offline-rhetoric": {
        en: "Inflammatory public speech",
        fr: "Discours public incendiaire",
      },
      "hate-speech.dehumanising-language": {
        en: "Dehumanising language",
        fr: "Propos déshumanisants",
      },
      "hate-speech.rumours-disinformation": {
        en: "Rumours and disinformation",
        fr: "Rumeurs et désinformation",
      },
      "hate-speech.targeted-threats": {
        en: "Threats against named people",
        fr: "Menaces contre des personnes nommément désignées",
      },
    },
  },
  "violence-civilians": {
    label: {
      en: "Violence against civilians",
      fr: "Violences contre les civils",
    },
    description: {
      en: "Killings, abductions, looting and attacks that harm civilians or the places they rely on.",
      fr: "Meurtres, enlèvements, pillages et attaques qui frappent des civils ou les lieux dont ils dépendent.",
    },
    indicators: {
      "violence-civilians.killings": {
        en: "Killing of civilians",
        fr: "Meurtres de civils",
      },
      "violence-civilians.abductions": {
        en: "Abductions and kidnapping for ransom",
        fr: "Enlèvements, notamment contre rançon",
      },
      "violence-civilians.looting-arson": {
        en: "Looting and burning of homes",
        fr: "Pillages et incendies d’habitations",
      },
      "violence-civilians.attacks-on-markets": {
        en: "Attacks on markets and public places",
        fr: "Attaques contre des marchés et des lieux publics",
      },
      "violence-civilians.explosive-devices": {
        en: "Explosive devices on civilian routes",
        fr: "Engins explosifs sur des axes civils",
      },
    },
  },
  "armed-groups": {
    label: { en: "Armed group activity", fr: "Activité des groupes armés" },
    description: {
      en: "Presence, recruitment, checkpoints, fighting and territorial control by armed groups.",
      fr: "Présence, recrutement, barrages, combats et contrôle territorial des groupes armés.",
    },
    indicators: {
      "armed-groups.presence-movement": {
        en: "Presence or movement of armed men",
        fr: "Présence ou mouvements d’hommes armés",
      },
      "armed-groups.recruitment": {
        en: "Recruitment of young people",
        fr: "Recrutement de jeunes",
      },
      "armed-groups.checkpoints-taxation": {
        en: "Illegal checkpoints and taxation",
        fr: "Barrages illégaux et taxation forcée",
      },
      "armed-groups.clashes": {
        en: "Armed clashes near populated areas",
        fr: "Affrontements armés près des zones habitées",
      },
      "armed-groups.territorial-control": {
        en: "Territorial control and rules imposed on residents",
        fr: "Contrôle territorial et règles imposées à la population",
      },
    },
  },
  intercommunal: {
    label: { en: "Intercommunal tension", fr: "Tensions intercommunautaires" },
    description: {
      en: "Disputes between communities over land, water, natural resources or identity that could turn violent.",
      fr: "Différends entre communautés autour de la terre, de l’eau, des ressources naturelles ou de l’identité, qui risquent de dégénérer.",
    },
    indicators: {
      "intercommunal.farmer-herder": {
        en: "Farmer–herder conflict",
        fr: "Conflit entre agriculteurs et éleveurs",
      },
      "intercommunal.land-boundary": {
        en: "Land and boundary disputes",
        fr: "Litiges fonciers et conflits de limites",
      },
      "intercommunal.water-access": {
        en: "Competition over water points",
        fr: "Concurrence autour des points d’eau",
      },
      "intercommunal.ethnic-tension": {
        en: "Ethnic or identity-based tension",
        fr: "Tensions ethniques ou identitaires",
      },
      "intercommunal.mining-resources": {
        en: "Disputes over mining sites and natural resources",
        fr: "Conflits autour des sites miniers et des ressources naturelles",
      },
    },
  },
  protests: {
    label: {
      en: "Protests and civil unrest",
      fr: "Contestation et troubles civils",
    },
    description: {
      en: "Demonstrations and strikes, and how the authorities respond, including force and restrictions.",
      fr: "Manifestations et grèves, et la réponse des autorités, y compris le recours à la force et les restrictions.",
    },
    indicators: {
      "protests.demonstrations": {
        en: "Demonstrations",
        fr: "Manifestations",
      },
      "protests.excessive-force": {
        en: "Excessive force against protesters",
        fr: "Usage excessif de la force contre des manifestants",
      },
      "protests.curfews-restrictions": {
        en: "Curfews, bans on gatherings and communication cuts",
        fr: "Couvre-feux, interdictions de rassemblement et coupures des communications",
      },
      "protests.strikes": {
        en: "Strikes disrupting public services",
        fr: "Grèves perturbant les services publics",
      },
    },
  },
  displacement: {
    label: { en: "Displacement", fr: "Déplacements de population" },
    description: {
      en: "New displacement, returns, refugee movements and tension between displaced people and host communities.",
      fr: "Nouveaux déplacements, retours, mouvements de réfugiés et tensions entre personnes déplacées et communautés hôtes.",
    },
    indicators: {
      "displacement.new-displacement": {
        en: "New displacement",
        fr: "Nouveaux déplacements",
      },
      "displacement.returns": {
        en: "Premature or forced returns",
        fr: "Retours prématurés ou forcés",
      },
      "displacement.camp-tensions": {
        en: "Tension between displaced people and host communities",
        fr: "Tensions entre personnes déplacées et communautés hôtes",
      },
      "displacement.cross-border": {
        en: "Cross-border refugee movements",
        fr: "Mouvements transfrontaliers de réfugiés",
      },
    },
  },
  gbv: {
    label: { en: "Gender-based violence", fr: "Violences basées sur le genre" },
    description: {
      en: "Sexual violence, child marriage, domestic violence, exploitation and trafficking, above all against women and girls.",
      fr: "Violences sexuelles, mariages d’enfants, violences conjugales, exploitation et traite, visant surtout les femmes et les filles.",
    },
    indicators: {
      "gbv.sexual-violence": {
        en: "Sexual violence",
        fr: "Violences sexuelles",
      },
      "gbv.early-marriage": {
        en: "Child, early and forced marriage",
        fr: "Mariages d’enfants, précoces ou forcés",
      },
      "gbv.intimate-partner-violence": {
        en: "Intimate partner violence",
        fr: "Violences conjugales",
      },
      "gbv.exploitation-trafficking": {
        en: "Exploitation and trafficking",
        fr: "Exploitation et traite des personnes",
      },
    },
  },
  "humanitarian-access": {
    label: { en: "Humanitarian access", fr: "Accès humanitaire" },
    description: {
      en: "Obstacles that keep aid and essential services from reaching people, including incidents affecting aid workers.",
      fr: "Obstacles qui empêchent l’aide et les services essentiels d’atteindre la population, y compris les incidents touchant le personnel humanitaire.",
    },
    indicators: {
      "humanitarian-access.access-denied": {
        en: "Access denied or obstructed",
        fr: "Accès refusé ou entravé",
      },
      "humanitarian-access.aid-diversion": {
        en: "Aid diversion",
        fr: "Détournement de l’aide",
      },
      "humanitarian-access.attacks-on-aid-workers": {
        en: "Security incidents affecting aid workers",
        fr: "Incidents de sécurité touchant le personnel humanitaire",
      },
      "humanitarian-access.service-disruption": {
        en: "Disruption of essential services",
        fr: "Interruption des services essentiels",
      },
    },
  },
  "human-rights": {
    label: {
      en: "Human rights violations",
      fr: "Violations des droits humains",
    },
    description: {
      en: "Arbitrary detention, disappearances, ill-treatment and restrictions on civic freedoms and movement.",
      fr: "Détentions arbitraires, disparitions, mauvais traitements et restrictions des libertés civiques et de circulation.",
    },
    indicators: {
      "human-rights.arbitrary-detention": {
        en: "Arbitrary arrest and detention",
        fr: "Arrestations et détentions arbitraires",
      },
      "human-rights.enforced-disappearance": {
        en: "Enforced disappearance",
        fr: "Disparitions forcées",
      },
      "human-rights.ill-treatment": {
        en: "Torture and ill-treatment in custody",
        fr: "Torture et mauvais traitements en détention",
      },
      "human-rights.civic-space": {
        en: "Restrictions on civic space",
        fr: "Restrictions de l’espace civique",
      },
      "human-rights.freedom-of-movement": {
        en: "Restrictions on freedom of movement",
        fr: "Restrictions de la liberté de circulation",
      },
    },
  },
  "economic-shocks": {
    label: { en: "Economic shocks", fr: "Chocs économiques" },
    description: {
      en: "Price rises, market disruption, lost livelihoods, shortages and unpaid salaries that strain households and feed grievances.",
      fr: "Hausse des prix, perturbation des marchés, pertes de revenus, pénuries et salaires impayés qui fragilisent les ménages et nourrissent les frustrations.",
    },
    indicators: {
      "economic-shocks.price-spikes": {
        en: "Food price spikes",
        fr: "Flambée des prix alimentaires",
      },
      "economic-shocks.market-disruption": {
        en: "Disruption of markets and trade routes",
        fr: "Perturbation des marchés et des routes commerciales",
      },
      "economic-shocks.livelihood-loss": {
        en: "Loss of livelihoods",
        fr: "Perte de moyens de subsistance",
      },
      "economic-shocks.fuel-shortage": {
        en: "Fuel shortages",
        fr: "Pénuries de carburant",
      },
      "economic-shocks.unpaid-salaries": {
        en: "Unpaid public-sector salaries",
        fr: "Salaires impayés dans la fonction publique",
      },
    },
  },
  "climate-hazards": {
    label: {
      en: "Climate and natural hazards",
      fr: "Aléas climatiques et naturels",
    },
    description: {
      en: "Drought, floods, crop failure and storms that threaten lives, livelihoods and relations between communities.",
      fr: "Sécheresses, inondations, mauvaises récoltes et tempêtes qui menacent des vies, les moyens de subsistance et les relations entre communautés.",
    },
    indicators: {
      "climate-hazards.drought": {
        en: "Drought and water scarcity",
        fr: "Sécheresse et pénurie d’eau",
      },
      "climate-hazards.flooding": {
        en: "Flooding of homes and fields",
        fr: "Inondation d’habitations et de champs",
      },
      "climate-hazards.crop-failure": {
        en: "Crop failure and pests",
        fr: "Mauvaises récoltes et ravageurs",
      },
      "climate-hazards.storms-landslides": {
        en: "Storms and landslides",
        fr: "Tempêtes et glissements de terrain",
      },
    },
  },
};
