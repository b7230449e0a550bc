/** The `xliff` library's API as Nära uses it (the package ships no types). */
declare module "xliff" {
  interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: string | string[];
    additionalAttributes?: Record<string, string>;
  }
  interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources?: Record<string, Record<string, XliffUnit>>;
  }
  const xliff: {
    js2xliff(document: XliffDocument): Promise<string>;
    xliff2js(xml: string): Promise<XliffDocument>;
  };
  export default xliff;
}
