/**
 * A stand-in for the municipality's OpenID Connect provider, for tests: `oidc-provider` with
 * its development login form (any user name, any password) and one confidential client, Nära.
 * Every user gets `preferred_username` = the login typed, and `nara_roles` from IDP_ROLES.
 *
 *   node tests/support/oidc-idp.ts            # OIDC_REDIRECT_URI: Nära's callback
 */
import Provider from "oidc-provider";
import { IDP, IDP_ROLES } from "./idp-settings.ts";

export function startIdp(redirectUri: string): Promise<() => Promise<void>> {
  const provider = new Provider(IDP.issuer, {
    clients: [{ client_id: IDP.clientId, client_secret: IDP.clientSecret, redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] }],
    claims: { openid: ["sub"], profile: ["preferred_username", "name", "nara_roles"] },
    scopes: ["openid", "profile", "email"],
    pkce: { required: () => true },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, preferred_username: id, name: id.charAt(0).toUpperCase() + id.slice(1), nara_roles: IDP_ROLES[id] ?? [] }),
    }),
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    // Tokens carry the claims themselves, so that Nära needs no user-info request.
    conformIdTokenClaims: false,
  });
  return new Promise((resolve) => {
    const server = provider.listen(IDP.port, "127.0.0.1", () => {
      resolve(
        () =>
          new Promise((done) => {
            server.close(() => {
              done();
            });
          }),
      );
    });
  });
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) {
  const redirect = process.env["OIDC_REDIRECT_URI"] ?? "http://127.0.0.1:4399/staff/oidc/callback";
  await startIdp(redirect);
  console.log(`Stand-in OpenID provider on ${IDP.issuer} for ${redirect}`);
}
