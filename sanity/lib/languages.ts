/** The eight languages of Nära, as the Studio lists them. */
export const LANGUAGES = [
  { id: "sv", title: "Svenska" },
  { id: "en", title: "Engelska" },
  { id: "ar", title: "Arabiska" },
  { id: "fa", title: "Persiska" },
  { id: "so", title: "Somaliska" },
  { id: "ti", title: "Tigrinja" },
  { id: "fi", title: "Finska" },
  { id: "uk", title: "Ukrainska" },
];

export const DAY_OPTIONS = [
  { value: "mon", title: "Måndag" },
  { value: "tue", title: "Tisdag" },
  { value: "wed", title: "Onsdag" },
  { value: "thu", title: "Torsdag" },
  { value: "fri", title: "Fredag" },
  { value: "sat", title: "Lördag" },
  { value: "sun", title: "Söndag" },
];
