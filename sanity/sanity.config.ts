import { svSELocale } from "@sanity/locale-sv-se";
import { defineConfig } from "sanity";
import { structureTool } from "sanity/structure";
import { i18nPlugin } from "./schema.ts";
import { schemaTypes, singletonTypes } from "./schemaTypes/index.ts";

const singletonNames = new Set<string>(singletonTypes.map((t) => t.name));

export default defineConfig({
  name: "nara",
  title: "Nära – redaktion",
  projectId: process.env["SANITY_STUDIO_PROJECT_ID"] ?? "nara-demo",
  dataset: process.env["SANITY_STUDIO_DATASET"] ?? "production",
  plugins: [
    svSELocale(),
    structureTool({
      title: "Innehåll",
      structure: (S) =>
        S.list()
          .title("Innehåll")
          .items([
            S.listItem().title("Inställningar").id("settings").child(S.document().schemaType("settings").documentId("settings")),
            S.divider(),
            ...S.documentTypeListItems().filter((item) => !singletonNames.has(item.getId() ?? "")),
          ]),
    }),
    i18nPlugin(),
  ],
  schema: {
    types: schemaTypes,
    // A singleton is never created from the "new document" menu.
    templates: (templates) => templates.filter((t) => !singletonNames.has(t.schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      singletonNames.has(schemaType) ? actions.filter((a) => a.action !== "duplicate" && a.action !== "delete" && a.action !== "unpublish") : actions,
  },
});
