/** Option lists of the Studio, in Swedish; values match the site's zod enums. */
export const ACTIVITY_CATEGORIES_SV = [
  { value: "nightWalk", title: "Nattvandring" },
  { value: "homework", title: "Läxhjälp" },
  { value: "sportsHall", title: "Öppen idrottshall" },
  { value: "parentGroup", title: "Föräldragrupp" },
  { value: "languageCafe", title: "Språkcafé" },
  { value: "youthClub", title: "Fritidsgård" },
  { value: "other", title: "Annat" },
];

export const AGE_GROUPS_SV = [
  { value: "all", title: "Alla" },
  { value: "children", title: "Barn" },
  { value: "youth", title: "Unga" },
  { value: "adults", title: "Vuxna" },
  { value: "parents", title: "Föräldrar" },
  { value: "seniors", title: "Seniorer" },
];

/** Weekdays for the recurrence input: the RRULE code and its short Swedish name. */
export const WEEKDAYS_SV = [
  ["MO", "mån"],
  ["TU", "tis"],
  ["WE", "ons"],
  ["TH", "tor"],
  ["FR", "fre"],
  ["SA", "lör"],
  ["SU", "sön"],
] as const;
