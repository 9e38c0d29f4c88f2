// A standards-compliant OpenID provider for the end-to-end tests: panva's certified oidc-provider, on loopback.
// Usage: node provider.mjs <port> <redirect-uri> <accounts.json>
// accounts.json maps a login to its groups ({"olga": ["ops"]}); it is read on every request, so a test can take a
// group away while a session is open and see the console notice within Auth:Oidc:RoleRefresh.
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const [port, redirectUri, accountsFile] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const groupsOf = (login) => JSON.parse(readFileSync(accountsFile, 'utf8'))[login] ?? [];

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'ecsconsole',
    client_secret: 'ecsconsole-test-secret',
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  // Code flow with PKCE only: a request without a code challenge is refused.
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'groups'],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({ sub: id, name: id, preferred_username: id, groups: groupsOf(id) }),
  }),
  // The provider's own development login page: any login name, any password.
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['ecsconsole-e2e-provider-cookie-key'] },
  ttl: { AccessToken: 3600, IdToken: 3600, Session: 3600, Grant: 3600, Interaction: 600 },
});
provider.proxy = false;

// The console sends its authorization request by PAR (back channel), so the browser never sees the PKCE challenge;
// the provider reports what it accepted, one JSON line per event, for the test to check.
const report = (type, details) => console.log(`event ${JSON.stringify({ type, ...details })}`);
provider.on('authorization.success', (ctx) => {
  const { response_type, response_mode, code_challenge, code_challenge_method, client_id } = ctx.oidc.params;
  report('authorization', { client_id, response_type, response_mode, code_challenge, code_challenge_method });
});
provider.on('grant.success', (ctx) => {
  const { grant_type, code_verifier } = ctx.oidc.params;
  report('grant', { grant_type, code_verifier_sent: typeof code_verifier === 'string' && code_verifier.length > 0 });
});
provider.on('server_error', (ctx, error) => report('server_error', { message: String(error) }));

provider.listen(Number(port), '127.0.0.1', () => {
  // The test waits for this line before it starts the browser.
  console.log(`oidc-provider listening on ${issuer}`);
});
