/**
 * The texts of meetings and their follow-up, field partners' contributions, interview notes and
 * the names directory (English); `fr-meetings.ts` has the same keys.
 */
export const enMeetings = {
  meetings: {
    areaTitle: "Meetings",
    introHub:
      "The monthly dialogue meetings in New York, thematic or by country. Open a meeting to record its recommendations and conclusions, and follow them up across meetings under Follow-up.",
    introRegional:
      "The dialogue meetings about your countries, and the thematic ones. You can add and edit meetings about your own countries; hub staff record their recommendations and conclusions.",
    title: "Meetings",
    new: "New meeting",
    none: "No meetings yet.",
    back: "← All meetings",
    unknown: "A meeting not on this computer",
    titleOn: "{{title}}, {{date}}",
    noneMatch: "No meeting matches",
    deleteTitle: "Delete this meeting?",
    deleteText:
      "It will be deleted on every device it reaches when it is next sent.",
    deleteWithOutcomes_one:
      "It will be deleted on every device it reaches when it is next sent, with its recommendation or conclusion.",
    deleteWithOutcomes_other:
      "It will be deleted on every device it reaches when it is next sent, with its {{count}} recommendations and conclusions.",
    deleteKeepsOutcomes_one:
      "It will be deleted on every device it reaches when it is next sent. Its recommendation or conclusion stays in the follow-up until hub staff remove it.",
    deleteKeepsOutcomes_other:
      "It will be deleted on every device it reaches when it is next sent. Its {{count}} recommendations and conclusions stay in the follow-up until hub staff remove them.",
    fields: {
      title: "Title",
      kind: "Kind",
      countries: "Countries",
      date: "Date",
      series: "Series",
      status: "Status",
      notes: "Notes",
    },
    kinds: {
      thematic: "Thematic",
      country: "Country",
    },
    statuses: {
      planned: "Planned",
      held: "Held",
    },
    form: {
      newTitle: "New meeting",
      editTitle: "Edit the meeting",
      seriesHelp:
        "Meetings that build on each other share a series name: choose one already used or type a new one.",
      notYourCountries:
        "You prepare meetings about {{yours}} only: remove {{countries}}, or ask hub staff to add this meeting.",
    },
    outcomes: {
      title: "Recommendations and conclusions",
      helpHub:
        "What the meeting concluded and recommended, who carries each forward and by when. Change the follow-up here or under Follow-up.",
      helpRegional:
        "Hub staff record the recommendations and conclusions; they reach you with your next sync.",
      add: "Add a recommendation or conclusion",
      none: "No recommendations or conclusions recorded yet.",
      newTitle: "New recommendation or conclusion",
      editTitle: "Edit the recommendation or conclusion",
      noDueDate: "No due date",
      ownerHelp:
        "A role or a body (for example the UN country team), never a person's name.",
      deleteTitle: "Delete this recommendation or conclusion?",
      deleteText:
        "It will be deleted on every device it reaches when it is next sent.",
      fields: {
        kind: "Kind of outcome",
        text: "Text",
        addressee: "Addressed to",
        owner: "Owner",
        dueDate: "Due",
        followUp: "Follow-up",
      },
      kinds: {
        recommendation: "Recommendation",
        conclusion: "Conclusion",
      },
      addressees: {
        "un-entity": "UN entity",
        csos: "Civil society organisations",
        "member-states": "Member states",
      },
    },
    records: {
      save: "Save",
      close: "Close",
      cancel: "Cancel",
      saved: "Saved.",
      delete: "Delete",
      deleteNamed: "Delete {{name}}",
      actions: "Actions",
      conflict: "Edited on two devices at once",
      required: "Fill this in.",
      invalid:
        "Some fields need attention; they are marked in red. Nothing you typed has been lost.",
      writeFailed:
        "Prevention Desk could not save this. What you typed is still here; try again.",
      untitled: "(untitled)",
    },
  },
  followUp: {
    title: "Follow-up",
    helpHub:
      "Every recommendation and conclusion still open or in progress, across meetings, overdue ones first. Change a status here as the work moves on.",
    helpRegional:
      "Every recommendation and conclusion still open or in progress, across meetings, overdue ones first. Hub staff keep the statuses up to date.",
    none: "Nothing to follow up: every recommendation and conclusion is done or dropped.",
    overdue: "Overdue",
    meeting: "Meeting",
    statusOf: "Follow-up of “{{name}}”",
    fixFirst: "Open it in its meeting and correct it first.",
    statuses: {
      open: "Open",
      "in-progress": "In progress",
      done: "Done",
      dropped: "Dropped",
    },
  },
  contributions: {
    title: "Meeting contributions",
    intro:
      "Write what you want the coming dialogue meetings in New York to hear about your country or a theme, one section at a time, and link the observations it draws on. Regional staff use it to prepare the meeting input, which never names you.",
    offline:
      "Everything here works offline. Your contributions travel with your next sync, like your observations.",
    new: "New contribution",
    none: "No contributions yet.",
    newTitle: "New contribution",
    editTitle: "Edit the contribution",
    changed: "Last changed",
    aTheme: "A theme",
    themeHelp: "For example: pastoral conflicts, elections, youth.",
    meetingHelp: "Leave it empty for the next meeting on its country or theme.",
    nextMeeting: "The next meeting on its subject",
    noMeetingKnown:
      "No upcoming meeting is known on this computer yet. Your contribution goes to the next meeting on its country or theme.",
    observationsHelp: "Search your observations by title.",
    noObservations: "You have no observations on this computer yet.",
    noObservationMatches: "No observation matches",
    observationLabel: "{{title}} ({{date}})",
    observationGone: "An observation no longer on this computer",
    deleteTitle: "Delete this contribution?",
    deleteText: "It will be deleted for regional staff when it is next sent.",
    fields: {
      scope: "About",
      theme: "Theme",
      meeting: "For the meeting",
      section: "Section",
      text: "Your contribution",
      observations: "Your observations it draws on",
    },
    sectionHelp: {
      practices: "What worked, and what others can learn from it.",
      collaboration: "Where the UN and civil society could work together.",
      gaps: "Warnings that did not lead to action in time, and why.",
      recommendations: "What you recommend, and to whom.",
    },
  },
  interviews: {
    title: "Interview notes",
    help: "Notes of informal interviews with UN bodies and organisations, for discussion papers that never attribute a view. They stay among hub staff: they never travel to regional staff or field partners. Every interviewee is checked as a name to protect before any export.",
    new: "New interview note",
    none: "No interview notes yet.",
    newTitle: "New interview note",
    editTitle: "Edit the interview note",
    intervieweeHelp: "The organisation or UN body interviewed.",
    noMeeting: "Not for a specific meeting",
    deleteTitle: "Delete this interview note?",
    deleteText: "It will be deleted on hub staff devices when it is next sent.",
    fields: {
      interviewee: "Interviewee",
      date: "Date",
      meeting: "Meeting",
      notes: "Notes",
    },
  },
  namesDirectory: {
    title: "Names to protect",
    help: "Partner organisations and persons whose names an export must never carry: every export is checked against them. Each entry goes to hub staff and to each regional staff device on its own, never to field partners.",
    readingDevices: "Looking up the regional staff devices…",
    noDevices:
      "No regional staff device is enrolled yet: the directory stays among hub staff until one is.",
    devices_one:
      "The directory goes to hub staff and to {{count}} regional staff device.",
    devices_other:
      "The directory goes to hub staff and to {{count}} regional staff devices.",
    addTitle: "Add a name",
    add: "Add",
    alreadyListed: "This name is already in the directory.",
    none: "The directory is empty.",
    fields: {
      name: "Name",
      kind: "Kind",
    },
    kinds: {
      organisation: "Organisation",
      person: "Person",
    },
    deleteTitle: "Remove this name?",
    deleteText:
      "It is removed from hub staff and regional staff devices with their next sync, and exports are no longer checked for it.",
    resendHelp:
      "A regional staff device enrolled after a name was added has not received that name. Send the directory again to give every current regional device all of it.",
    resend: "Send the directory to every regional device again",
    resent_one:
      "{{count}} name will go to hub staff and to every regional staff device ({{devices}}) with the next sync.",
    resent_other:
      "{{count}} names will go to hub staff and to every regional staff device ({{devices}}) with the next sync.",
  },
};
