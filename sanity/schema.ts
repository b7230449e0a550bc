/**
 * The Studio's compiled schema outside the Studio: the same types and plugin types as
 * `sanity.config.ts`, for validating documents with Sanity's own validator (tests, CLI).
 */
import { createSchema } from "sanity";
import { internationalizedArray } from "sanity-plugin-internationalized-array";
import { LANGUAGES } from "./lib/languages.ts";
import { schemaTypes } from "./schemaTypes/index.ts";

export const i18nPlugin = () =>
  internationalizedArray({ languages: LANGUAGES, defaultLanguages: ["sv"], fieldTypes: ["string", "text"], buttonLocations: ["field"] });

export function compileStudioSchema() {
  const pluginTypes = (i18nPlugin().schema?.types ?? []) as unknown[];
  return createSchema({ name: "nara", types: [...schemaTypes, ...(Array.isArray(pluginTypes) ? pluginTypes : [])] });
}
