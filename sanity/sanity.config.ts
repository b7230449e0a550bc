import { svSELocale } from "@sanity/locale-sv-se";
import { defineConfig } from "sanity";
import { structureTool } from "sanity/structure";
import { i18nPlugin } from "./schema.ts";
import { schemaTypes, singletonTypes } from "./schemaTypes/index.ts";
import { ACTIVITY_CATEGORIES_SV } from "./lib/options.ts";

const API_VERSION = "2025-02-19";
const SITE_URL = (process.env["SANITY_STUDIO_SITE_URL"] ?? "http://localhost:4321").replace(/\/$/, "");
const SECTIONS: Record<string, string> = { area: "areas", office: "offices", clinic: "clinics", activity: "activities", association: "associations", page: "" };

/** The page of a document on the site, for the Studio's preview link. */
function sitePath(document: { _type: string; slug?: unknown }): string | undefined {
  const slug = (document.slug as { current?: string } | undefined)?.current;
  const section = SECTIONS[document._type];
  if (!slug || section === undefined) return undefined;
  return `${SITE_URL}/sv/${section ? `${section}/` : ""}${encodeURIComponent(slug)}/`;
}

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
            S.listItem().title("Kan det vara vi? (självtest)").id("selfCheck").child(S.document().schemaType("selfCheck").documentId("selfCheck")),
            S.divider(),
            S.listItem()
              .title("Förslag från föreningar")
              .id("proposals")
              .child(S.documentList().title("Förslag").apiVersion(API_VERSION).filter('_type == "activity" && defined(proposal)').defaultOrdering([{ field: "_createdAt", direction: "desc" }])),
            S.listItem()
              .title("Aktiviteter per område")
              .id("activities-by-area")
              .child(
                S.documentTypeList("area")
                  .title("Områden")
                  .child((areaId: string) => S.documentList().title("Aktiviteter").apiVersion(API_VERSION).filter('_type == "activity" && area._ref == $areaId').params({ areaId })),
              ),
            S.listItem()
              .title("Aktiviteter per slag")
              .id("activities-by-kind")
              .child(
                S.list()
                  .title("Slag")
                  .items(
                    ACTIVITY_CATEGORIES_SV.map(({ value, title }) =>
                      S.listItem().title(title).id(`kind-${value}`).child(S.documentList().title(title).apiVersion(API_VERSION).filter('_type == "activity" && category == $category').params({ category: value })),
                    ),
                  ),
              ),
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
    // "Open preview": the document's page on the site (published content; Swedish).
    productionUrl: async (prev, { document }) => Promise.resolve(sitePath(document) ?? prev),
    actions: (actions, { schemaType }) =>
      singletonNames.has(schemaType) ? actions.filter((a) => a.action !== "duplicate" && a.action !== "delete" && a.action !== "unpublish") : actions,
  },
});
