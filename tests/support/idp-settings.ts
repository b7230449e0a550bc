/** The stand-in OpenID provider of the tests (tests/support/oidc-idp.ts), and how Nära is told of it. */
export const IDP = {
  port: 4398,
  clientId: "nara-staff",
  clientSecret: "test-secret-for-the-stand-in-provider-only",
  rolesClaim: "nara_roles",
  /** `localhost`, while Nära is at 127.0.0.1: another site, as the real provider is, so cookie rules apply as they will. */
  get issuer(): string {
    return `http://localhost:${String(this.port)}`;
  },
};

/** Roles the stand-in provider hands out in the `nara_roles` claim, by the login typed. */
export const IDP_ROLES: Record<string, string[]> = {
  cecilia: ["clinic:clinic-ungdomsmottagningen-ekbacken"],
  nobody: [],
};
