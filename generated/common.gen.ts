// Generated from catalog/common.yaml by `npm run generate`. DO NOT EDIT.
// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.

/** Params Gigya accepts on every method, besides those the client sets itself (credentials, signature, format). Every params type of the catalog extends this one, and every validator accepts them. */
export interface CommonParams {
  /**
   * When true, Gigya refuses a call that has a param it does not know for the method (403007) instead of ignoring it and listing it in ignoredParams.
   *
   * Source: {@link https://developers.gigya.com/display/GD | Described in Gigya's 2016-2020 developer documentation}.
   * @defaultValue `false` (Gigya's default when omitted)
   */
  checkParams?: boolean | undefined;
  /**
   * A context ID of up to 100 characters that groups calls in Gigya's reports (use at most 100 distinct values). It overrides the one set in the site's global configuration.
   *
   * Source: Described in Gigya's 2010-2015 wiki documentation; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}.
   */
  cid?: string | undefined;
  /**
   * Any value of yours (text, or an object sent as JSON); the answer carries it back unchanged in its context field.
   *
   * Source: {@link https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in SAP's reference}; {@link https://developers.gigya.com/display/GD | described in Gigya's 2016-2020 developer documentation}; {@link https://www.npmjs.com/package/@gigya-ts/rest-api | typed in the @gigya-ts/rest-api package, which follows SAP's reference}; seen in a live Gigya response.
   */
  context?: unknown | undefined;
}
