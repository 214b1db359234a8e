// An independent, OpenID-certified provider (panva/oidc-provider) on
// loopback, for tst_oidcprovider: the wizard's OIDC client must pass against
// it as it does against the sandbox's GenAuth. Its development interactions
// (any login and password, then a consent button) stand in for a user.
//
//   node provider.mjs <client_id> <redirect_uri>
// prints "issuer <url>" once it listens on 127.0.0.1 (a free port), then
// serves until stdin closes or it is killed.
import http from 'node:http';
import Provider from 'oidc-provider';

const [clientId, redirectUri] = process.argv.slice(2);
if (!clientId || !redirectUri) {
  console.error('usage: node provider.mjs <client_id> <redirect_uri>');
  process.exit(2);
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      token_endpoint_auth_method: 'none', // a PKCE public client
      application_type: 'native',         // RFC 8252: loopback http callbacks
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    }],
    claims: {
      openid: ['sub'],
      profile: ['name'],
      email: ['email', 'email_verified'],
      phone: ['phone_number', 'phone_number_verified'],
    },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, name: 'Zhang San', email: `${id}@example.com`, email_verified: true };
        },
      };
    },
    cookies: { keys: ['feishu-sso-setup test provider, not a secret'] },
  });
  server.on('request', provider.callback());
  console.log(`issuer ${issuer}`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
