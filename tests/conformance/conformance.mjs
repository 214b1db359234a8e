// The official Feishu Node SDK (@larksuiteoapi/node-sdk) and the official
// Authing Node SDK (authing-node-sdk), at the exact versions package.json
// pins, drive `feishu-sso-setup sandbox` through every endpoint the program
// uses. Each answer must have the shape the SDK's TypeScript types declare
// (types/index.d.ts; src/models/*.ts), so the sandbox cannot drift from the
// official clients. conformance.sh starts the sandbox and sets:
//   FSS_FEISHU, FSS_GENAUTH        the two sandbox addresses
//   FSS_APP_ID, FSS_APP_SECRET     the Feishu app of conformance-sandbox.json
//   FSS_POOL_ID, FSS_POOL_SECRET   GenAuth's user pool
//   FSS_REDIRECT                   a redirect URL the app has registered
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as lark from '@larksuiteoapi/node-sdk';
import { ManagementClient } from 'authing-node-sdk';

const env = (name) => {
    const value = process.env[name];
    assert.ok(value, `${name} is not set (run through conformance.sh)`);
    return value;
};
const feishu = env('FSS_FEISHU');
const genauth = env('FSS_GENAUTH');
const appId = env('FSS_APP_ID');

const client = new lark.Client({
    appId,
    appSecret: env('FSS_APP_SECRET'),
    domain: feishu,
    loggerLevel: lark.LoggerLevel.error,
});

// `value` has each key of `spec` with the JavaScript type named there; a
// key ending in "?" may be missing. Names the path of the first mismatch.
function shape(value, spec, path = 'answer') {
    assert.equal(typeof value, 'object', `${path} is not an object`);
    assert.notEqual(value, null, `${path} is null`);
    for (const [rawKey, type] of Object.entries(spec)) {
        const optional = rawKey.endsWith('?');
        const key = optional ? rawKey.slice(0, -1) : rawKey;
        const at = `${path}.${key}`;
        if (!(key in value) || value[key] === undefined) {
            assert.ok(optional, `${at} is missing`);
            continue;
        }
        const v = value[key];
        if (Array.isArray(type)) {
            assert.ok(Array.isArray(v), `${at} is not an array`);
            v.forEach((item, i) => (typeof type[0] === 'string' ? assert.equal(typeof item, type[0], `${at}[${i}]`) : shape(item, type[0], `${at}[${i}]`)));
        } else if (typeof type === 'object') {
            shape(v, type, at);
        } else {
            assert.equal(typeof v, type, `${at} is ${typeof v}, not ${type}`);
        }
    }
}

const ok = (answer) => {
    assert.equal(answer.code, 0, `Feishu answered ${answer.code} ${answer.msg}`);
    return answer.data;
};

// A user's code, as the browser gets it from the sandbox's authorize page.
async function authorizationCode(openId) {
    const authorize = new URL('/open-apis/authen/v1/authorize', feishu);
    authorize.search = new URLSearchParams({ client_id: appId, redirect_uri: env('FSS_REDIRECT'), response_type: 'code', state: 'conformance' });
    const form = new URLSearchParams(authorize.search);
    form.set('user', openId);
    const answer = await fetch(new URL(authorize.pathname, feishu), {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
    });
    assert.equal(answer.status, 302, `the login page answered ${answer.status}`);
    return new URL(answer.headers.get('location')).searchParams.get('code');
}

const scopeItem = { scope: 'string', description: 'string', level: 'number', 'token_types?': ['string'] };

test('Feishu: tenant and app access tokens', async () => {
    const tenant = await client.auth.v3.tenantAccessToken.internal({ data: { app_id: appId, app_secret: env('FSS_APP_SECRET') } });
    shape(tenant, { code: 'number', msg: 'string', tenant_access_token: 'string', expire: 'number' });
    const app = await client.auth.v3.appAccessToken.internal({ data: { app_id: appId, app_secret: env('FSS_APP_SECRET') } });
    shape(app, { code: 'number', msg: 'string', app_access_token: 'string', expire: 'number' });
});

test('Feishu: application/v6/scopes', async () => {
    const data = ok(await client.application.v6.scope.list({}));
    shape(data, { scopes: [{ scope_name: 'string', grant_status: 'number', 'scope_type?': 'string' }] });
    for (const s of data.scopes) {
        assert.ok([1, 2].includes(s.grant_status), `grant_status ${s.grant_status}`);
        if (s.scope_type !== undefined) assert.ok(['user', 'tenant'].includes(s.scope_type), `scope_type ${s.scope_type}`);
    }
});

test('Feishu: the app record (application.get) with scopes and token_types', async () => {
    const data = ok(await client.application.v6.application.get({ path: { app_id: appId }, params: { lang: 'zh_cn' } }));
    shape(data, { app: { app_id: 'string', 'app_name?': 'string', 'status?': 'number', 'online_version_id?': 'string',
        'unaudit_version_id?': 'string', 'redirect_urls?': ['string'], 'scopes?': [scopeItem] } });
    assert.equal(data.app.app_id, appId);
    for (const s of data.app.scopes) for (const t of s.token_types) assert.ok(['user', 'tenant'].includes(t), `token_types ${t}`);
});

test('Feishu: app_versions carry scopes as objects and the availability range', async () => {
    const data = ok(await client.application.v6.applicationAppVersion.list({ path: { app_id: appId }, params: { lang: 'zh_cn', page_size: 20 } }));
    shape(data, { items: [{ app_id: 'string', version: 'string', version_id: 'string', status: 'number', 'scopes?': [scopeItem],
        'remark?': { 'visibility?': { 'is_all?': 'boolean', 'visible_list?': { 'open_ids?': ['string'], 'department_ids?': ['string'] },
            'invisible_list?': { 'open_ids?': ['string'], 'department_ids?': ['string'] } } } }], 'has_more?': 'boolean' });
    assert.ok(data.items.length > 0);
});

test('Feishu: check_white_black_list without user_id_type', async () => {
    const data = ok(await client.application.v6.applicationVisibility.checkWhiteBlackList({
        path: { app_id: appId }, data: { user_ids: ['ou_7d8a6e6df7621556ce0d21922b676706'] } }));
    shape(data, { user_visibility_list: [{ user_id: 'string', in_white_list: 'boolean', in_black_list: 'boolean', in_paid_list: 'boolean' }] });
});

test('Feishu: contact probes (batch_get_id, contact scopes)', async () => {
    const ids = ok(await client.contact.v3.user.batchGetId({ params: { user_id_type: 'open_id' }, data: { emails: ['zhangsan@example.com'] } }));
    shape(ids, { user_list: [{ 'user_id?': 'string', 'email?': 'string', 'mobile?': 'string' }] });
    assert.equal(ids.user_list[0].user_id, 'ou_7d8a6e6df7621556ce0d21922b676706');
    const scope = ok(await client.contact.v3.scope.list({ params: { page_size: 1 } }));
    shape(scope, { 'department_ids?': ['string'], 'user_ids?': ['string'], 'group_ids?': ['string'], 'has_more?': 'boolean' });
});

test('Feishu: tenant/v2/tenant/query with its avatar', async () => {
    const data = ok(await client.tenant.v2.tenant.query({}));
    shape(data, { tenant: { name: 'string', display_id: 'string', tenant_tag: 'number', tenant_key: 'string',
        avatar: { avatar_72: 'string', avatar_240: 'string', avatar_640: 'string', avatar_origin: 'string' } } });
});

test('Feishu: the v1 code exchange with the token the SDK sends, then user_info', async () => {
    const code = await authorizationCode('ou_7d8a6e6df7621556ce0d21922b676706');
    const token = ok(await client.authen.v1.oidcAccessToken.create({ data: { grant_type: 'authorization_code', code } }));
    shape(token, { access_token: 'string', 'refresh_token?': 'string', 'token_type?': 'string', 'expires_in?': 'number',
        'refresh_expires_in?': 'number', 'scope?': 'string' });
    const user = ok(await client.authen.v1.userInfo.get({}, lark.withUserAccessToken(token.access_token)));
    shape(user, { 'name?': 'string', 'open_id?': 'string', 'union_id?': 'string', 'email?': 'string', 'tenant_key?': 'string' });
    assert.equal(user.open_id, 'ou_7d8a6e6df7621556ce0d21922b676706');
    assert.ok(user.union_id, 'user_info carries union_id');
});

test('Feishu: v7 config, ability and publish', async () => {
    const path = { app_id: appId };
    ok(await client.application.v7.applicationConfig.patch({ path,
        data: { security: { add: { redirect_urls: ['https://core.genauth.ai/connection/social/conformance/65a1b2c3d4e5f60718293a4b/callback'] } },
            scope: { add_scopes: [{ scope_name: 'contact:user.base:readonly', token_type: 'user' }] } } }));
    // Taken off again, as remove does (security.remove, in the SDK's type).
    ok(await client.application.v7.applicationConfig.patch({ path,
        data: { security: { remove: { redirect_urls: ['https://core.genauth.ai/connection/social/conformance/65a1b2c3d4e5f60718293a4b/callback'] } } } }));
    const record = ok(await client.application.v6.application.get({ path, params: { lang: 'zh_cn' } }));
    assert.ok(!record.app.redirect_urls?.includes('https://core.genauth.ai/connection/social/conformance/65a1b2c3d4e5f60718293a4b/callback'));
    ok(await client.application.v7.applicationAbility.patch({ path, data: { web_app: { enable: true, pc_url: 'https://core.genauth.ai' } } }));
    const release = ok(await client.application.v7.applicationPublish.create({ path,
        data: { remark: 'conformance', changelog: 'conformance', pc_default_ability: 'web_app' } }));
    shape(release, { 'version_id?': 'string', 'version?': 'string' });
    assert.match(release.version_id, /^oav_/);
});

test('Feishu: app registration as the SDK runs it (registerApp)', async () => {
    // The SDK builds https://<domain>/oauth/v1/app/registration itself.
    const result = await lark.registerApp({
        domain: new URL(feishu).host,
        source: 'conformance',
        onQRCodeReady: async ({ url }) => {
            // The person who scans: confirms on the page the link opens.
            const page = new URL(url);
            const form = new URLSearchParams(page.search);
            form.set('user', 'ou_7d8a6e6df7621556ce0d21922b676706');
            const answer = await fetch(new URL(page.pathname, page.origin), { method: 'POST', body: form,
                headers: { 'content-type': 'application/x-www-form-urlencoded' } });
            assert.equal(answer.status, 200, `the confirm page answered ${answer.status}`);
        },
    });
    shape(result, { client_id: 'string', client_secret: 'string', 'user_info?': { 'open_id?': 'string', 'tenant_brand?': 'string' } });
    assert.match(result.client_id, /^cli_[0-9a-f]{16}$/);
});

test('GenAuth: the Management API, signed as the SDK signs it', async () => {
    const management = new ManagementClient({ accessKeyId: env('FSS_POOL_ID'), accessKeySecret: env('FSS_POOL_SECRET'), host: genauth });
    const envelope = { statusCode: 'number', message: 'string', 'apiCode?': 'number', 'requestId?': 'string' };
    const list = await management.listExtIdp({});
    shape(list, { ...envelope, data: { totalCount: 'number', list: [{ id: 'string', name: 'string', logo: 'string', type: 'string' }] } });
    const idp = await management.createExtIdp({ name: 'Feishu', type: 'lark' });
    shape(idp, { ...envelope, data: { id: 'string', name: 'string', logo: 'string', type: 'string' } });
    const connDetail = { id: 'string', type: 'string', extIdpId: 'string', logo: 'string', 'identifier?': 'string', 'displayName?': 'string',
        loginOnly: 'boolean', associationMode: 'string', challengeBindingMethods: ['string'] };
    const conn = await management.createExtIdpConn({ extIdpId: idp.data.id, type: 'lark-internal', identifier: 'conformance',
        displayName: 'Feishu', fields: { clientID: appId, clientSecret: 'not-the-secret', appId, appSecret: 'not-the-secret' } });
    shape(conn, { ...envelope, data: connDetail });
    const detail = await management.getExtIdp({ id: idp.data.id });
    shape(detail, { ...envelope, data: { id: 'string', name: 'string', logo: 'string', type: 'string', connections: [connDetail], autoJoin: 'boolean' } });
    const updated = await management.updateExtIdpConn({ id: conn.data.id, displayName: 'Feishu', fields: { clientSecret: 'rotated' } });
    shape(updated, { ...envelope, data: connDetail });
    const appIdOfGenAuth = '65b2c3d4e5f60718293a4b5c';
    const state = await management.changeExtIdpConnState({ id: conn.data.id, enabled: true, appId: appIdOfGenAuth });
    shape(state, { ...envelope, data: { success: 'boolean' } });
    const application = await management.getApplication({ appId: appIdOfGenAuth });
    const applicationDto = { appId: 'string', appIdentifier: 'string', appName: 'string', appLogo: 'string', appType: 'string',
        userPoolId: 'string', isIntegrateApp: 'boolean', defaultProtocol: 'string', redirectUris: ['string'], logoutRedirectUris: ['string'],
        initLoginUri: 'string', ssoEnabled: 'boolean', loginConfig: { mergeLoginAndRegisterPage: 'boolean', enabledBasicLoginMethods: ['string'],
            defaultLoginMethod: 'object', enabledExtIdpConns: [{ isSocial: 'boolean', extIdpId: 'string', extIdpType: 'string',
                extIdpConnId: 'string', extIdpConnType: 'string', extIdpConnIdentifier: 'string', extIdpConnDisplayName: 'string',
                extIdpConnLogo: 'string', 'enabled?': 'boolean' }], showAuthorizationPage: 'boolean' },
        registerConfig: 'object', brandingConfig: 'object', oidcConfig: 'object', samlProviderEnabled: 'boolean',
        oauthProviderEnabled: 'boolean', casProviderEnabled: 'boolean', customBrandingEnabled: 'boolean', customSecurityEnabled: 'boolean' };
    shape(application, { ...envelope, data: applicationDto });
    assert.ok(application.data.loginConfig.enabledExtIdpConns.some((c) => c.extIdpConnId === conn.data.id));
    // The pool's applications, a page at a time, each with its connections.
    const applications = await management.listApplications({ page: 1, limit: 50 });
    shape(applications, { ...envelope, data: { totalCount: 'number', list: [applicationDto] } });
    assert.ok(applications.data.list.some((a) => a.appId === appIdOfGenAuth
        && a.loginConfig.enabledExtIdpConns.some((c) => c.extIdpConnId === conn.data.id)));
    const update = await management.updateApplication({ appId: appIdOfGenAuth,
        redirectUris: [...application.data.redirectUris, 'http://127.0.0.1:47821/conformance'] });
    shape(update, { ...envelope, data: { success: 'boolean' } });
    assert.equal(update.data.success, true);
    // Taken down: off on the application, then deleted.
    const off = await management.changeExtIdpConnState({ id: conn.data.id, enabled: false, appId: appIdOfGenAuth });
    shape(off, { ...envelope, data: { success: 'boolean' } });
    const deleted = await management.deleteExtIdpConn({ id: conn.data.id });
    shape(deleted, { ...envelope, data: { success: 'boolean' } });
    assert.equal(deleted.data.success, true);
    const gone = await management.getExtIdp({ id: idp.data.id });
    assert.ok(!gone.data.connections.some((c) => c.id === conn.data.id));
    // A wrong secret is refused, not ignored.
    const wrong = new ManagementClient({ accessKeyId: env('FSS_POOL_ID'), accessKeySecret: 'wrong', host: genauth });
    const refused = await wrong.listExtIdp({}).catch((e) => e.response?.data ?? e);
    assert.equal(refused.statusCode, 401);
});
