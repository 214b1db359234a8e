<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AvailabilityIntent</name>
    <message>
        <source>everyone in the organisation</source>
        <translation>组织内所有人</translation>
    </message>
    <message>
        <source>the members of the departments %1</source>
        <translation>以下部门的成员：%1</translation>
    </message>
    <message>
        <source>the people %1</source>
        <translation>以下人员：%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>%1, except those on the deny list (%2)</source>
        <translation>%1，但禁用名单（%2）中的除外</translation>
    </message>
</context>
<context>
    <name>CheckResultsView</name>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed — fix it in %1</source>
        <translation>未通过 — 请在%1中修正</translation>
    </message>
    <message>
        <source>Open the page that fixes it</source>
        <translation>打开可修正此问题的页面</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>Waiting for approval in %1</source>
        <translation>在%1等待审核</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects a Feishu (Lark) enterprise self-built app to GenAuth as a login identity source, step by step.</source>
        <translation>一步步将飞书（Lark）企业自建应用连接到 GenAuth，作为登录身份源。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Open or check the profile called &lt;name&gt;.</source>
        <translation>打开或检查名为 &lt;name&gt; 的配置档案。</translation>
    </message>
    <message>
        <source>Open the wizard against a local imitation of Feishu, for a demonstration.</source>
        <translation>在本机模拟的飞书上打开向导，用于演示。</translation>
    </message>
    <message>
        <source>check: the App ID, instead of the profile&apos;s.</source>
        <translation>check：使用此 App ID，而不是配置档案中的。</translation>
    </message>
    <message>
        <source>check: the GenAuth user pool ID.</source>
        <translation>check：GenAuth 用户池 ID。</translation>
    </message>
    <message>
        <source>check: the GenAuth connection identifier.</source>
        <translation>check：GenAuth 连接唯一标识。</translation>
    </message>
    <message>
        <source>check: genauth, authing or the address of a private GenAuth.</source>
        <translation>check：genauth、authing 或私有化部署 GenAuth 的地址。</translation>
    </message>
    <message>
        <source>check: the GenAuth application the identity source must be enabled on.</source>
        <translation>check：身份源必须在其上启用的 GenAuth 应用。</translation>
    </message>
    <message>
        <source>check: also trust the certificate authority in this PEM file (a private deployment&apos;s).</source>
        <translation>check：额外信任此 PEM 文件中的证书颁发机构（私有化部署的）。</translation>
    </message>
    <message>
        <source>sandbox: the port of imitated Feishu (default: any free port).</source>
        <translation>sandbox：模拟飞书的端口（默认：任意空闲端口）。</translation>
    </message>
    <message>
        <source>sandbox: the port of imitated GenAuth (default: any free port).</source>
        <translation>sandbox：模拟 GenAuth 的端口（默认：任意空闲端口）。</translation>
    </message>
    <message>
        <source>sandbox: a JSON file describing the imitated apps.</source>
        <translation>sandbox：描述所模拟应用的 JSON 文件。</translation>
    </message>
    <message>
        <source>sandbox: wait this long before every answer.</source>
        <translation>sandbox：每次回复前等待这么久。</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[命令]</translation>
    </message>
    <message>
        <source>Run “%1 --help” for usage.</source>
        <translation>运行“%1 --help”查看用法。</translation>
    </message>
    <message>
        <source>--profile: %1</source>
        <translation>--profile：%1</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>--%1 only works %2.</source>
        <translation>--%1 只能%2使用。</translation>
    </message>
    <message>
        <source>when opening the wizard</source>
        <translation>在打开向导时</translation>
    </message>
    <message>
        <source>with the check command</source>
        <translation>与 check 命令一起</translation>
    </message>
    <message>
        <source>with the sandbox command</source>
        <translation>与 sandbox 命令一起</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>--cloud: use genauth, authing or the https address of a private GenAuth. %1</source>
        <translation>--cloud：请使用 genauth、authing 或私有化部署 GenAuth 的 https 地址。%1</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a port number (0 to 65535).</source>
        <translation>--%1：“%2”不是端口号（0 到 65535）。</translation>
    </message>
    <message>
        <source>--delay-ms: “%1” is not a number of milliseconds (0 to 600000).</source>
        <translation>--delay-ms：“%1”不是毫秒数（0 到 600000）。</translation>
    </message>
    <message>
        <source>check, apply: print one JSON object instead of a table.</source>
        <translation>check、apply：输出一个 JSON 对象，而不是表格。</translation>
    </message>
    <message>
        <source>apply: wait until the release is approved or rejected.</source>
        <translation>apply：等待版本被审核通过或驳回。</translation>
    </message>
    <message>
        <source>apply: wait at most this long (default 30).</source>
        <translation>apply：最多等待这么多分钟（默认 30）。</translation>
    </message>
    <message>
        <source>apply: only one side, feishu or genauth.</source>
        <translation>apply：只处理一侧，feishu 或 genauth。</translation>
    </message>
    <message>
        <source>with the apply command</source>
        <translation>与 apply 命令一起</translation>
    </message>
    <message>
        <source>%1 needs --profile NAME, or --app-id ID with FSS_APP_SECRET set.</source>
        <translation>%1 需要 --profile 名称，或 --app-id ID 并设置 FSS_APP_SECRET。</translation>
    </message>
    <message>
        <source>--wait-minutes: “%1” is not a number of minutes (1 to 1440).</source>
        <translation>--wait-minutes：“%1”不是分钟数（1 到 1440）。</translation>
    </message>
    <message>
        <source>--only: use feishu or genauth, not “%1”.</source>
        <translation>--only：请使用 feishu 或 genauth，而不是“%1”。</translation>
    </message>
    <message>
        <source>check, apply, create-app: the Feishu Open API address to use.</source>
        <translation>check、apply、create-app：要使用的飞书开放平台地址。</translation>
    </message>
    <message>
        <source>check, apply, create-app: the Feishu accounts address (sign-in, app registration).</source>
        <translation>check、apply、create-app：飞书账号地址（登录、应用注册）。</translation>
    </message>
    <message>
        <source>check, apply, create-app: the Lark Open API address to use.</source>
        <translation>check、apply、create-app：要使用的 Lark 开放平台地址。</translation>
    </message>
    <message>
        <source>check, apply, create-app: the Lark accounts address.</source>
        <translation>check、apply、create-app：Lark 账号地址。</translation>
    </message>
    <message>
        <source>create-app: the new app&apos;s name.</source>
        <translation>create-app：新应用的名称。</translation>
    </message>
    <message>
        <source>with the create-app command</source>
        <translation>只能与 create-app 命令一起使用</translation>
    </message>
    <message>
        <source>create-app needs --profile NAME: the profile that receives the new app&apos;s App ID (its App Secret goes to the keychain).</source>
        <translation>create-app 需要 --profile NAME：接收新应用 App ID 的配置档案（App Secret 存入钥匙串）。</translation>
    </message>
    <message>
        <source>--name: give the app a name of 1 to 64 characters.</source>
        <translation>--name：请为应用取一个 1 到 64 个字符的名称。</translation>
    </message>
    <message>
        <source>Nothing to open the wizard, or one of the commands below.</source>
        <translation>不带命令时打开向导，或使用下列命令之一。</translation>
    </message>
    <message>
        <source>Verify a profile&apos;s setup without a window. Exit 0 when every check passes, 1 when one fails, 2 for bad input. FSS_APP_SECRET and FSS_USERPOOL_SECRET may carry the secrets instead of the keychain.</source>
        <translation>不打开窗口检查某个配置档案。全部通过时退出码为 0，有检查未通过时为 1，输入有误时为 2。可用 FSS_APP_SECRET 和 FSS_USERPOOL_SECRET 代替钥匙串提供密钥。</translation>
    </message>
    <message>
        <source>Set the profile up in Feishu (redirect URL, permissions, web app, release) and in GenAuth, sending only what is missing. Exit 0 when nothing failed, 1 when a change failed.</source>
        <translation>在飞书（重定向 URL、权限、网页应用、发布版本）和 GenAuth 中完成配置，只发送缺少的部分。没有失败时退出码为 0，有更改失败时为 1。</translation>
    </message>
    <message>
        <source>Create a new Feishu app by one scan (a QR code or a link), its App Secret straight into the keychain. Exit 0 when the app was created, 1 when refused or expired.</source>
        <translation>扫一次码（二维码或链接）创建新的飞书应用，App Secret 直接存入钥匙串。创建成功时退出码为 0，被拒绝或过期时为 1。</translation>
    </message>
    <message>
        <source>Serve a local imitation of Feishu and GenAuth.</source>
        <translation>在本机提供飞书和 GenAuth 的模拟服务。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>wizard, check, apply, create-app: write every exchange with Feishu and GenAuth to this file (HAR, secrets redacted).</source>
        <translation>向导、check、apply、create-app：把与飞书和 GenAuth 的每次往来写入此文件（HAR 格式，密钥已隐去）。</translation>
    </message>
    <message>
        <source>sandbox: answer from a trace (--trace) instead of imitating.</source>
        <translation>sandbox：按记录（--trace）作答，而不是模拟。</translation>
    </message>
    <message>
        <source>--trace does not work with the sandbox command: trace the wizard or the command that talks to it.</source>
        <translation>--trace 不能与 sandbox 命令一起使用：请记录向导或与它通信的命令。</translation>
    </message>
    <message>
        <source>--replay and --config do not go together: a replay answers only what the trace holds.</source>
        <translation>--replay 和 --config 不能同时使用：重放只回答记录中有的内容。</translation>
    </message>
    <message>
        <source>sandbox: serve imitated Feishu over https with this certificate (PEM).</source>
        <translation>sandbox：用此证书（PEM）以 https 提供模拟飞书。</translation>
    </message>
    <message>
        <source>sandbox: the certificate&apos;s private key (PEM).</source>
        <translation>sandbox：该证书的私钥（PEM）。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert 和 --tls-key 必须同时使用。</translation>
    </message>
    <message>
        <source>check: also write the verdicts to this file as JUnit XML, one test case per check.</source>
        <translation>check：同时把结论以 JUnit XML 写入此文件，每项检查一个测试用例。</translation>
    </message>
    <message>
        <source>--junit only works with the check command.</source>
        <translation>--junit 只能与 check 命令一起使用。</translation>
    </message>
    <message>
        <source>Rotate the profile&apos;s App Secret: prepares while the old one works, then takes the new one (standard input, not shown, or FSS_NEW_APP_SECRET), proves it with Feishu, gives it to GenAuth, reads it back and keeps it in the keychain. Exit 0 when rotated and every check passes, 1 when something failed.</source>
        <translation>轮换配置档案的 App Secret：先在旧密钥仍可用时做好准备，再读取新密钥（标准输入，不回显；或 FSS_NEW_APP_SECRET），经飞书验证后交给 GenAuth、读回确认并存入钥匙串。轮换成功且所有检查通过时退出码为 0，有失败时为 1。</translation>
    </message>
    <message>
        <source>rotate-secret needs --profile NAME: the profile whose App Secret is rotated (the keychain keeps the new one).</source>
        <translation>rotate-secret 需要 --profile NAME：要轮换其 App Secret 的配置档案（新密钥存入钥匙串）。</translation>
    </message>
    <message>
        <source>check, apply: a GenAuth application the identity source must be on; repeat it for several (the first is the login test&apos;s).</source>
        <translation>check、apply：身份源必须在其上启用的 GenAuth 应用；多个应用请重复此选项（第一个用于登录测试）。</translation>
    </message>
    <message>
        <source>--genauth-app: %1</source>
        <translation>--genauth-app：%1</translation>
    </message>
    <message>
        <source>apply, remove: show the plan, send nothing.</source>
        <translation>apply、remove：只列出计划，不发送任何请求。</translation>
    </message>
    <message>
        <source>remove: forget the keychain entries and the profile even if taking the setup down failed.</source>
        <translation>remove：即使撤除配置失败，也删除钥匙串条目和配置档案。</translation>
    </message>
    <message>
        <source>Take the profile&apos;s setup down: the plan first (--dry-run stops there), then the connection off on every GenAuth application and deleted, the redirect URL off the Feishu app, and last the keychain entries and the profile. The Feishu app stays. Exit 0 when all of it is gone.</source>
        <translation>撤除配置档案的配置：先列出计划（--dry-run 到此为止），然后在每个 GenAuth 应用中关闭连接并删除它，从飞书应用中移除重定向 URL，最后删除钥匙串条目和配置档案。飞书应用本身保留。全部撤除后退出码为 0。</translation>
    </message>
    <message>
        <source>Unknown command “%1”; the commands are check, apply, create-app, rotate-secret, remove and sandbox.</source>
        <translation>未知命令“%1”；可用命令为 check、apply、create-app、rotate-secret、remove 和 sandbox。</translation>
    </message>
    <message>
        <source>--forget-anyway only works with the remove command.</source>
        <translation>--forget-anyway 只能与 remove 命令一起使用。</translation>
    </message>
    <message>
        <source>remove needs --profile NAME: the profile whose setup is taken down (and then forgotten).</source>
        <translation>remove 需要 --profile NAME：要撤除（随后删除）其配置的配置档案。</translation>
    </message>
</context>
<context>
    <name>ConfigureAccess</name>
    <message>
        <source>Feishu did not give the app %1, which the wizard needs to change it.</source>
        <translation>飞书没有给该应用 %1，而向导需要它来修改应用。</translation>
    </message>
</context>
<context>
    <name>FeishuErrors</name>
    <message>
        <source>Feishu says the App ID or App Secret is malformed or unknown. Copy both again from Credentials &amp; Basic Info.</source>
        <translation>飞书提示 App ID 或 App Secret 格式错误或不存在。请从“凭证与基础信息”重新复制两者。</translation>
    </message>
    <message>
        <source>Feishu says the App Secret is wrong. Copy it again from Credentials &amp; Basic Info (watch for look-alike characters such as l and I, 0 and O).</source>
        <translation>飞书提示 App Secret 错误。请从“凭证与基础信息”重新复制（注意 l 和 I、0 和 O 等易混淆字符）。</translation>
    </message>
    <message>
        <source>Feishu rejected the App ID or App Secret. Copy both again from Credentials &amp; Basic Info.</source>
        <translation>飞书拒绝了 App ID 或 App Secret。请从“凭证与基础信息”重新复制两者。</translation>
    </message>
    <message>
        <source>Feishu could not issue an app access token. Check the credentials and try again.</source>
        <translation>飞书无法签发 app_access_token。请检查凭证后重试。</translation>
    </message>
    <message>
        <source>Feishu could not issue a tenant access token. Check the credentials and try again.</source>
        <translation>飞书无法签发 tenant_access_token。请检查凭证后重试。</translation>
    </message>
    <message>
        <source>Feishu says the app is not in use: it is disabled or not installed in your organisation. Enable it and publish an approved version.</source>
        <translation>飞书提示该应用未启用：它在你的企业中已停用或未安装。请启用它，并发布一个审核通过的版本。</translation>
    </message>
    <message>
        <source>Feishu says the app is not authorised in your organisation (disabled or not installed). Publish an approved version and make sure it is enabled.</source>
        <translation>飞书提示该应用未在你的企业中授权（已停用或未安装）。请发布一个审核通过的版本，并确认应用已启用。</translation>
    </message>
    <message>
        <source>Feishu asked for an access token that was not sent. Verify the credentials again.</source>
        <translation>飞书要求的访问令牌没有发送。请重新验证凭证。</translation>
    </message>
    <message>
        <source>Feishu no longer accepts the tenant access token. Verify the credentials again.</source>
        <translation>飞书不再接受该 tenant_access_token。请重新验证凭证。</translation>
    </message>
    <message>
        <source>Feishu did not recognise the access token&apos;s form. Verify the credentials again.</source>
        <translation>飞书无法识别访问令牌的格式。请重新验证凭证。</translation>
    </message>
    <message>
        <source>Feishu rejected the user access token. Run the login test again.</source>
        <translation>飞书拒绝了 user_access_token。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>The user access token has expired. Run the login test again.</source>
        <translation>user_access_token 已过期。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>The app lacks a permission Feishu requires here: %1. Enable one of them in Permissions &amp; Scopes, then release a version.</source>
        <translation>该应用缺少飞书此处要求的权限：%1。请在“权限管理”中开通其中之一，然后发布版本。</translation>
    </message>
    <message>
        <source>The user has not granted a permission Feishu requires here: %1. Enable it as a user permission, release a version and log in again.</source>
        <translation>用户尚未授予飞书此处要求的权限：%1。请将其开通为用户身份权限，发布版本后重新登录。</translation>
    </message>
    <message>
        <source>The token has no permission for this request. Check Permissions &amp; Scopes.</source>
        <translation>令牌无权执行此请求。请检查“权限管理”。</translation>
    </message>
    <message>
        <source>Feishu says the app is not installed in your organisation. Publish a version and have it approved.</source>
        <translation>飞书提示该应用未安装到你的企业。请发布版本并等待审核通过。</translation>
    </message>
    <message>
        <source>Feishu says the App ID is invalid. Copy it again from Credentials &amp; Basic Info.</source>
        <translation>飞书提示 App ID 无效。请从“凭证与基础信息”重新复制。</translation>
    </message>
    <message>
        <source>Feishu finds no such app in your organisation. Check the App ID.</source>
        <translation>在你的企业中找不到该应用。请检查 App ID。</translation>
    </message>
    <message>
        <source>This is not an enterprise self-built (custom) app. Create a self-built app in the developer console.</source>
        <translation>这不是企业自建应用。请在开发者后台创建企业自建应用。</translation>
    </message>
    <message>
        <source>Feishu finds no such app. Check the App ID.</source>
        <translation>找不到该应用。请检查 App ID。</translation>
    </message>
    <message>
        <source>The app may not read its own record. Enable application:application:self_manage to let the wizard verify steps 3, 4 and 6.</source>
        <translation>该应用无权读取自身信息。开通 application:application:self_manage，向导即可验证第 3、4、6 步。</translation>
    </message>
    <message>
        <source>Feishu says a required parameter is missing from the login request.</source>
        <translation>飞书提示登录请求缺少必需的参数。</translation>
    </message>
    <message>
        <source>Feishu says the login request is malformed.</source>
        <translation>飞书提示登录请求格式错误。</translation>
    </message>
    <message>
        <source>Feishu says the App Secret is wrong (login code exchange). Copy it again from Credentials &amp; Basic Info.</source>
        <translation>飞书提示 App Secret 错误（登录授权码换取令牌时）。请从“凭证与基础信息”重新复制。</translation>
    </message>
    <message>
        <source>Feishu says the App ID or App Secret is incorrect. Copy both again.</source>
        <translation>飞书提示 App ID 或 App Secret 不正确。请重新复制两者。</translation>
    </message>
    <message>
        <source>Feishu says the App ID or App Secret is missing.</source>
        <translation>飞书提示缺少 App ID 或 App Secret。</translation>
    </message>
    <message>
        <source>Feishu says the app does not exist. Check the App ID, and Feishu or Lark on the Welcome page.</source>
        <translation>飞书提示该应用不存在。请检查 App ID，以及欢迎页选择的是飞书还是 Lark。</translation>
    </message>
    <message>
        <source>The login code belongs to another app than this App ID.</source>
        <translation>该登录授权码属于其他应用，而不是这个 App ID。</translation>
    </message>
    <message>
        <source>Feishu does not know this login code, or it was already used (codes work once). Run the login test again.</source>
        <translation>飞书不认识这个登录授权码，或它已被使用（授权码只能使用一次）。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>The login code expired (codes last 5 minutes). Run the login test again.</source>
        <translation>登录授权码已过期（有效期 5 分钟）。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>The login code was already used (codes work once). Run the login test again.</source>
        <translation>登录授权码已被使用（只能使用一次）。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>Feishu rejected the PKCE code verifier. Run the login test again.</source>
        <translation>飞书拒绝了 PKCE code_verifier。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>Feishu does not support this grant type.</source>
        <translation>飞书不支持此授权类型（grant_type）。</translation>
    </message>
    <message>
        <source>Feishu received two kinds of client authentication at once.</source>
        <translation>飞书同时收到了两种客户端认证方式。</translation>
    </message>
    <message>
        <source>The login asked for the same scope twice.</source>
        <translation>登录两次请求了同一个 scope。</translation>
    </message>
    <message>
        <source>The login asked for scopes the user did not grant. Check Permissions &amp; Scopes.</source>
        <translation>登录请求了用户未授予的 scope。请检查“权限管理”。</translation>
    </message>
    <message>
        <source>The login asked for a permission that is not enabled on the app. Enable it in Permissions &amp; Scopes and release a version.</source>
        <translation>登录请求了应用未开通的权限。请在“权限管理”中开通并发布版本。</translation>
    </message>
    <message>
        <source>The login asked for a scope that does not exist or is for apps only.</source>
        <translation>登录请求的 scope 不存在，或只适用于应用身份。</translation>
    </message>
    <message>
        <source>The redirect URL of the code exchange differs from the one used to log in. It must be exactly the URL registered in Security Settings.</source>
        <translation>换取令牌时的重定向 URL 与登录时使用的不同。它必须与“安全设置”中登记的 URL 完全一致。</translation>
    </message>
    <message>
        <source>Feishu refused the redirect URL: it is not registered on this app. Add the exact redirect URL in Security Settings → Redirect URLs.</source>
        <translation>飞书拒绝了重定向 URL：它没有在该应用中登记。请在“安全设置 → 重定向 URL”中添加完全一致的重定向 URL。</translation>
    </message>
    <message>
        <source>The app is not installed in the user&apos;s organisation. Publish a version and have it approved.</source>
        <translation>该应用未安装到用户所在的企业。请发布版本并等待审核通过。</translation>
    </message>
    <message>
        <source>The user may not use this app: they are outside its availability. Add them to the availability and publish the version.</source>
        <translation>该用户不能使用此应用：他不在应用的可用范围内。请把他加入可用范围并发布版本。</translation>
    </message>
    <message>
        <source>The app is not enabled. Enable it and publish an approved version.</source>
        <translation>该应用未启用。请启用它，并发布一个审核通过的版本。</translation>
    </message>
    <message>
        <source>The app is disabled. Enable it in the admin console.</source>
        <translation>该应用已被停用。请在管理后台启用。</translation>
    </message>
    <message>
        <source>Brand mismatch: a Feishu app must use the Feishu hosts and a Lark app the Lark hosts. Choose the right platform on the Welcome page.</source>
        <translation>品牌不匹配：飞书应用必须使用飞书的域名，Lark 应用必须使用 Lark 的域名。请在欢迎页选择正确的平台。</translation>
    </message>
    <message>
        <source>Feishu says this user does not exist.</source>
        <translation>飞书提示该用户不存在。</translation>
    </message>
    <message>
        <source>This user has left the organisation. Log in as another user.</source>
        <translation>该用户已离职。请以其他用户登录。</translation>
    </message>
    <message>
        <source>This user is frozen. Log in as another user.</source>
        <translation>该用户已被冻结。请以其他用户登录。</translation>
    </message>
    <message>
        <source>This user is not registered. Log in as another user.</source>
        <translation>该用户未注册。请以其他用户登录。</translation>
    </message>
    <message>
        <source>This user&apos;s status does not allow logging in. Log in as another user.</source>
        <translation>该用户的状态不允许登录。请以其他用户登录。</translation>
    </message>
    <message>
        <source>Feishu rejected the tenant access token. Verify the credentials again.</source>
        <translation>飞书拒绝了 tenant_access_token。请重新验证凭证。</translation>
    </message>
    <message>
        <source>Feishu rejected the app access token. Verify the credentials again.</source>
        <translation>飞书拒绝了 app_access_token。请重新验证凭证。</translation>
    </message>
    <message>
        <source>Feishu had a server error. Try again in a moment.</source>
        <translation>飞书出现服务器错误。请稍后重试。</translation>
    </message>
    <message>
        <source>Feishu is temporarily unavailable. Try again in a moment.</source>
        <translation>飞书暂时不可用。请稍后重试。</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Feishu rejected the App ID or App Secret (%1). Copy both again from Credentials &amp; Basic Info.</source>
        <translation>飞书拒绝了 App ID 或 App Secret（%1）。请从“凭证与基础信息”重新复制两者。</translation>
    </message>
    <message>
        <source>Feishu refused the login code: it is unknown, expired or already used. Run the login test again.</source>
        <translation>飞书拒绝了登录授权码：它不存在、已过期或已被使用。请重新运行登录测试。</translation>
    </message>
    <message>
        <source>The user declined the login.</source>
        <translation>用户拒绝了登录。</translation>
    </message>
    <message>
        <source>Feishu refused the request (%1): %2</source>
        <translation>飞书拒绝了请求（%1）：%2</translation>
    </message>
    <message>
        <source>Feishu says the App Secret is wrong. Copy it again from Credentials &amp; Basic Info (watch for look-alike characters such as l and I, 0 and O), or reset it there.</source>
        <translation>飞书提示 App Secret 错误。请从“凭证与基础信息”重新复制（注意 l 和 I、0 和 O 等易混淆字符），或在那里重置。</translation>
    </message>
    <message>
        <source>Lark does not know this App ID. Check it, and whether the app is a Feishu app (choose Feishu on the Welcome page).</source>
        <translation>Lark 不认识这个 App ID。请检查它，并确认该应用是否为飞书应用（在欢迎页选择飞书）。</translation>
    </message>
    <message>
        <source>Feishu does not know this App ID. Check it, and whether the app is a Lark app (choose Lark on the Welcome page).</source>
        <translation>飞书不认识这个 App ID。请检查它，并确认该应用是否为 Lark 应用（在欢迎页选择 Lark）。</translation>
    </message>
    <message>
        <source>Feishu rejected the credentials, or the app is disabled. Check the App ID and App Secret, and that the app is enabled (Step 6).</source>
        <translation>飞书拒绝了凭证，或应用已被停用。请检查 App ID 和 App Secret，并确认应用已启用（第 6 步）。</translation>
    </message>
    <message>
        <source>Feishu says the redirect URL is invalid for this app. Register the exact redirect URL in Security Settings.</source>
        <translation>飞书提示该应用的重定向 URL 无效。请在“安全设置”中登记完全一致的重定向 URL。</translation>
    </message>
    <message>
        <source>Feishu answered with an error but gave no usable code.</source>
        <translation>飞书返回了错误，但没有可用的错误码。</translation>
    </message>
    <message>
        <source>Feishu answered with an error but gave no usable code: %1</source>
        <translation>飞书返回了错误，但没有可用的错误码：%1</translation>
    </message>
    <message>
        <source>Feishu answered with error %1: %2</source>
        <translation>飞书返回错误 %1：%2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>没有消息</translation>
    </message>
    <message>
        <source>Feishu refused the configuration change as invalid. Check the redirect URL and the permissions asked for.</source>
        <translation>飞书认为该配置更改无效而拒绝。请检查重定向 URL 和所申请的权限。</translation>
    </message>
    <message>
        <source>Feishu refused the web app setting as invalid. Check the web app address.</source>
        <translation>飞书认为网页应用设置无效而拒绝。请检查网页应用地址。</translation>
    </message>
    <message>
        <source>Feishu says the app does not exist. Check the App ID.</source>
        <translation>飞书提示该应用不存在。请检查 App ID。</translation>
    </message>
    <message>
        <source>Feishu had an internal error while changing the app. Try again in a moment.</source>
        <translation>飞书在修改应用时出现内部错误。请稍后重试。</translation>
    </message>
    <message>
        <source>Feishu had an internal error while submitting the release. Try again in a moment.</source>
        <translation>飞书在提交发布时出现内部错误。请稍后重试。</translation>
    </message>
    <message>
        <source>This is not an enterprise self-built app, so Feishu does not let it be changed this way. Create a self-built app.</source>
        <translation>这不是企业自建应用，飞书不允许以这种方式修改。请创建企业自建应用。</translation>
    </message>
    <message>
        <source>This app was created through Base (多维表格); Feishu does not let it be changed this way. Create a self-built app in the developer console.</source>
        <translation>该应用是通过多维表格创建的，飞书不允许以这种方式修改。请在开发者后台创建企业自建应用。</translation>
    </message>
    <message>
        <source>An app may change only itself: the App ID asked for is not the app whose credentials are used. Check the App ID.</source>
        <translation>应用只能修改自身：所请求的 App ID 不是当前凭证所属的应用。请检查 App ID。</translation>
    </message>
    <message>
        <source>The signed-in user is not the app&apos;s owner, an administrator or a developer of it.</source>
        <translation>登录的用户不是该应用的所有者、管理员或开发者。</translation>
    </message>
    <message>
        <source>A version of the app is waiting for approval; Feishu accepts no change until an administrator approves or rejects it.</source>
        <translation>该应用有一个版本正在等待审核；在管理员通过或驳回之前，飞书不接受任何更改。</translation>
    </message>
    <message>
        <source>A version of the app is already waiting for approval; Feishu takes no new release until an administrator approves or rejects it.</source>
        <translation>该应用已有一个版本正在等待审核；在管理员通过或驳回之前，飞书不接受新的发布。</translation>
    </message>
    <message>
        <source>Feishu grants this permission only to apps with the bot ability. Enable the bot ability first, or leave the permission out.</source>
        <translation>飞书只向具备机器人能力的应用授予此权限。请先开启机器人能力，或不申请此权限。</translation>
    </message>
    <message>
        <source>Feishu could not verify the event request URL.</source>
        <translation>飞书无法验证事件请求地址。</translation>
    </message>
    <message>
        <source>Feishu could not verify the card callback URL.</source>
        <translation>飞书无法验证卡片回调地址。</translation>
    </message>
    <message>
        <source>Feishu changes this way only apps created in the developer console. Do the remaining steps by hand, with the links on each page.</source>
        <translation>飞书只允许以这种方式修改在开发者后台创建的应用。请借助每一页上的链接手动完成其余步骤。</translation>
    </message>
    <message>
        <source>Feishu releases this way only apps created in the developer console. Publish the version by hand in Version Management &amp; Release.</source>
        <translation>飞书只允许以这种方式发布在开发者后台创建的应用。请在“版本管理与发布”中手动发布版本。</translation>
    </message>
    <message>
        <source>Feishu refused the version number: it must look like 1.2.3 and be higher than every version the app has had.</source>
        <translation>飞书拒绝了该版本号：它必须形如 1.2.3，并且高于该应用用过的所有版本。</translation>
    </message>
    <message>
        <source>Feishu says the release lacks a required field (remark, changelog, or the default ability once the web app is on).</source>
        <translation>飞书提示发布缺少必填字段（备注、更新说明，或开启网页应用后的默认能力）。</translation>
    </message>
    <message>
        <source>Feishu is limiting requests (rate limit, 99991400). Wait a minute, then try again.</source>
        <translation>飞书正在限制请求频率（频控，99991400）。请等一分钟后重试。</translation>
    </message>
    <message>
        <source>Feishu refused this computer&apos;s IP address: the app has an IP allow-list. GenAuth&apos;s servers call Feishu too (they exchange every user&apos;s login), so the list must hold their outgoing addresses as well as this computer&apos;s. Add both in Security Settings → IP allow-list, or remove the list.</source>
        <translation>飞书拒绝了这台电脑的 IP 地址：该应用设置了 IP 白名单。GenAuth 的服务器也会调用飞书（每个用户登录时都由它换取令牌），所以白名单里除了这台电脑的地址，还必须有 GenAuth 服务器的出口地址。请在“安全设置 → IP 白名单”中把两者都加上，或删除白名单。</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>a space</source>
        <translation>一个空格</translation>
    </message>
    <message>
        <source>Enter the App ID shown under Credentials &amp; Basic Info; it starts with “cli_”.</source>
        <translation>请填写“凭证与基础信息”中的 App ID；它以“cli_”开头。</translation>
    </message>
    <message>
        <source>An App ID starts with “cli_” (for example cli_a1b2c3d4e5f60718). Did you copy the App Secret or the app name?</source>
        <translation>App ID 以“cli_”开头（例如 cli_a1b2c3d4e5f60718）。你是否复制成了 App Secret 或应用名称？</translation>
    </message>
    <message>
        <source>The App ID is incomplete: characters are missing after “cli_”.</source>
        <translation>App ID 不完整：“cli_”之后缺少字符。</translation>
    </message>
    <message>
        <source>An App ID contains only letters and digits after “cli_”; found %1.</source>
        <translation>App ID 在“cli_”之后只能包含字母和数字；发现了%1。</translation>
    </message>
    <message>
        <source>App IDs are usually “cli_” and 16 lowercase hex digits; this one has %1 characters after “cli_”. Check that nothing was lost when copying.</source>
        <translation>App ID 通常为“cli_”加 16 位小写十六进制字符；这个 App ID 在“cli_”之后有 %1 个字符。请确认复制时没有遗漏。</translation>
    </message>
    <message>
        <source>Enter the App Secret shown under Credentials &amp; Basic Info (click the eye icon to reveal it).</source>
        <translation>请填写“凭证与基础信息”中的 App Secret（点击眼睛图标显示）。</translation>
    </message>
    <message>
        <source>The App Secret contains a space; copy it again with the copy button next to it.</source>
        <translation>App Secret 中有空格；请用它旁边的复制按钮重新复制。</translation>
    </message>
    <message>
        <source>This is the App ID, not the App Secret.</source>
        <translation>这是 App ID，不是 App Secret。</translation>
    </message>
    <message>
        <source>This looks like an App ID; the App Secret is the hidden value below it.</source>
        <translation>这看起来像 App ID；App Secret 是它下方被隐藏的值。</translation>
    </message>
    <message>
        <source>App Secrets are usually 32 letters and digits; this one has %1 characters. If verification fails, copy it again.</source>
        <translation>App Secret 通常为 32 位字母和数字；这个有 %1 个字符。如果验证失败，请重新复制。</translation>
    </message>
    <message>
        <source>Enter the user pool ID from the GenAuth console (Settings → Basic information).</source>
        <translation>请填写 GenAuth 控制台中的用户池 ID（设置 → 基本信息）。</translation>
    </message>
    <message>
        <source>The user pool ID contains a space.</source>
        <translation>用户池 ID 中有空格。</translation>
    </message>
    <message>
        <source>User pool IDs are usually 24 lowercase hex digits; this one differs. Check that it is the user pool ID, not an application ID or the secret.</source>
        <translation>用户池 ID 通常为 24 位小写十六进制字符；这个不同。请确认它是用户池 ID，而不是应用 ID 或密钥。</translation>
    </message>
    <message>
        <source>The user pool secret contains a space; copy it again.</source>
        <translation>用户池密钥中有空格；请重新复制。</translation>
    </message>
    <message>
        <source>Choose a connection identifier, for example “feishu”. It becomes part of the redirect URL and cannot be changed later in GenAuth.</source>
        <translation>请选择一个连接唯一标识，例如“feishu”。它会成为重定向 URL 的一部分，之后在 GenAuth 中无法修改。</translation>
    </message>
    <message>
        <source>The identifier must be shorter than 32 characters; it has %1.</source>
        <translation>唯一标识必须少于 32 个字符；现在有 %1 个。</translation>
    </message>
    <message>
        <source>Use lowercase letters only: “%1”.</source>
        <translation>只能使用小写字母：“%1”。</translation>
    </message>
    <message>
        <source>Only lowercase letters, digits and “-” are allowed; found %1.</source>
        <translation>只允许小写字母、数字和“-”；发现了%1。</translation>
    </message>
    <message>
        <source>Enter the version number you created, for example 1.0.0.</source>
        <translation>请填写你创建的版本号，例如 1.0.0。</translation>
    </message>
    <message>
        <source>A version is three numbers separated by dots, for example 1.0.0.</source>
        <translation>版本号由三个以点分隔的数字组成，例如 1.0.0。</translation>
    </message>
    <message>
        <source>Name this setup, for example “production”.</source>
        <translation>为这套配置命名，例如“production”。</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>配置档案名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A profile name starts with a letter or digit.</source>
        <translation>配置档案名称须以字母或数字开头。</translation>
    </message>
    <message>
        <source>Use only letters, digits, “.”, “_” and “-”; found %1.</source>
        <translation>只能使用字母、数字、“.”、“_”和“-”；发现了%1。</translation>
    </message>
    <message>
        <source>Enter the host of your GenAuth deployment, for example auth.example.com.</source>
        <translation>请填写你的 GenAuth 部署的主机名，例如 auth.example.com。</translation>
    </message>
    <message>
        <source>“%1” is not a host name or https address.</source>
        <translation>“%1”不是主机名或 https 地址。</translation>
    </message>
    <message>
        <source>Use an https:// address.</source>
        <translation>请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use https://.</source>
        <translation>只有本机（localhost）才允许使用明文 http://；请使用 https://。</translation>
    </message>
    <message>
        <source>Enter only the host, without a path (“%1”).</source>
        <translation>只填写主机名，不要带路径（“%1”）。</translation>
    </message>
    <message>
        <source>Enter only the host, without “?”, “#” or a user name.</source>
        <translation>只填写主机名，不要带“?”、“#”或用户名。</translation>
    </message>
    <message>
        <source>Feishu Open API address: %1</source>
        <translation>飞书开放平台 API 地址：%1</translation>
    </message>
    <message>
        <source>The application ID contains a space.</source>
        <translation>应用 ID 中有空格。</translation>
    </message>
    <message>
        <source>GenAuth application IDs are usually 24 lowercase hex digits; this one differs. Copy the App ID from the application&apos;s page in the GenAuth console.</source>
        <translation>GenAuth 应用 ID 通常为 24 位小写十六进制字符；这个不同。请从 GenAuth 控制台的应用页面复制 App ID。</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1); use https://.</source>
        <translation>只有本机（localhost、127.0.0.1）才允许使用明文 http://；请使用 https://。</translation>
    </message>
    <message>
        <source>Remove the “#…” part or the user name from the address.</source>
        <translation>请从地址中去掉“#…”部分或用户名。</translation>
    </message>
    <message>
        <source>Enter the Authentication address without “?…”.</source>
        <translation>认证地址中不要带“?…”。</translation>
    </message>
    <message>
        <source>Enter the Authentication address itself, without “/oidc”; the wizard adds the paths.</source>
        <translation>请只填写认证地址本身，不要带“/oidc”；向导会自己补上路径。</translation>
    </message>
    <message>
        <source>Enter the login callback URL registered in the GenAuth application.</source>
        <translation>请填写在 GenAuth 应用中登记的登录回调 URL。</translation>
    </message>
</context>
<context>
    <name>GenAuthErrors</name>
    <message>
        <source>(GenAuth&apos;s address comes from the cloud chosen on the Welcome page.)</source>
        <translation>（GenAuth 的地址取决于欢迎页选择的云。）</translation>
    </message>
    <message>
        <source> GenAuth said: “%1”.</source>
        <translation> GenAuth 的原话：“%1”。</translation>
    </message>
    <message>
        <source>The GenAuth address answered with JSON that is not a GenAuth API answer (no statusCode). Check the GenAuth cloud or private host on the Welcome page.</source>
        <translation>GenAuth 地址返回的 JSON 不是 GenAuth API 的回复（没有 statusCode）。请在欢迎页检查 GenAuth 云或私有化部署主机。</translation>
    </message>
    <message>
        <source>GenAuth accepted the request but did not apply it.</source>
        <translation>GenAuth 接受了请求，但没有执行。</translation>
    </message>
    <message>
        <source>GenAuth has no user pool with the ID %1. Check the user pool ID (Step 2), and the cloud on the Welcome page: a genauth.ai user pool does not exist on authing.cn, nor the other way round.</source>
        <translation>GenAuth 中没有 ID 为 %1 的用户池。请检查用户池 ID（第 2 步）以及欢迎页选择的云：genauth.ai 的用户池在 authing.cn 上不存在，反之亦然。</translation>
    </message>
    <message>
        <source>GenAuth refused the user pool ID and secret. Copy both again from the GenAuth console&apos;s Settings → Basic Settings → Key Management page into Step 2.</source>
        <translation>GenAuth 拒绝了用户池 ID 和密钥。请从 GenAuth 控制台的“设置 → 基础设置 → 密钥管理”页面重新复制两者到第 2 步。</translation>
    </message>
    <message>
        <source>This user pool has no GenAuth application with the ID %1. Copy the App ID from the application&apos;s page in the GenAuth console (Applications → your application) into Step 2.</source>
        <translation>该用户池中没有 ID 为 %1 的 GenAuth 应用。请从 GenAuth 控制台的应用页面（应用 → 你的应用）复制 App ID 到第 2 步。</translation>
    </message>
    <message>
        <source>The identifier “%1” is already used by another identity source connection in this user pool. It was left as it is. Choose another identifier in Step 2, or remove that connection in the GenAuth console.</source>
        <translation>唯一标识“%1”已被该用户池中的另一个身份源连接使用。已保持原样。请在第 2 步选择其他唯一标识，或在 GenAuth 控制台中删除那个连接。</translation>
    </message>
    <message>
        <source>GenAuth refused the request as invalid.</source>
        <translation>GenAuth 认为请求无效而拒绝了它。</translation>
    </message>
    <message>
        <source>GenAuth no longer accepts the management token, even a fresh one. Check the user pool secret in Step 2.</source>
        <translation>GenAuth 不再接受管理令牌，即使是新申请的。请检查第 2 步的用户池密钥。</translation>
    </message>
    <message>
        <source>GenAuth says the user pool&apos;s plan does not include this. Upgrade the plan, or add the identity source by hand in the GenAuth console.</source>
        <translation>GenAuth 提示用户池的套餐不包含此功能。请升级套餐，或在 GenAuth 控制台中手动添加身份源。</translation>
    </message>
    <message>
        <source>The key in Step 2 may not change identity sources. Use the user pool&apos;s own secret (Key Management), or a collaborator key with rights on identity sources.</source>
        <translation>第 2 步中的密钥无权修改身份源。请使用用户池自己的密钥（密钥管理），或对身份源有权限的协作者密钥。</translation>
    </message>
    <message>
        <source>GenAuth could not find what the wizard asked for; it may have been deleted meanwhile. Run it again.</source>
        <translation>GenAuth 找不到向导请求的对象；它可能刚刚被删除。请重新运行。</translation>
    </message>
    <message>
        <source>GenAuth reports a conflict with something that already exists; nothing was overwritten.</source>
        <translation>GenAuth 报告与已有对象冲突；没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>GenAuth is limiting requests (statusCode 429). Wait a minute, then try again.</source>
        <translation>GenAuth 正在限制请求频率（statusCode 429）。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>GenAuth had a server error (statusCode %1). Try again later.</source>
        <translation>GenAuth 出现服务器错误（statusCode %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>GenAuth answered with statusCode %1.</source>
        <translation>GenAuth 返回的 statusCode 为 %1。</translation>
    </message>
</context>
<context>
    <name>HarTrace</name>
    <message>
        <source>Cannot write the trace to %1: %2</source>
        <translation>无法把记录写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>the key set has no “keys” list</source>
        <translation>密钥集中没有“keys”列表</translation>
    </message>
    <message>
        <source>The token answer has no ID token. Ask for the “openid” scope, and check that the GenAuth application uses the OIDC protocol.</source>
        <translation>令牌回复中没有 ID 令牌。请请求“openid” scope，并确认 GenAuth 应用使用 OIDC 协议。</translation>
    </message>
    <message>
        <source>The ID token is not a well-formed JWT (three base64url parts, header and claims in JSON).</source>
        <translation>ID 令牌不是格式正确的 JWT（三段 base64url，头部和声明均为 JSON）。</translation>
    </message>
    <message>
        <source>The ID token is signed with “%1”; only RS256 is accepted. Set the GenAuth application&apos;s ID token signature algorithm to RS256.</source>
        <translation>ID 令牌使用“%1”签名；只接受 RS256。请把 GenAuth 应用的 ID 令牌签名算法设为 RS256。</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>没有算法</translation>
    </message>
    <message>
        <source>The ID token is signed with key “%1”, which the provider&apos;s published key set (JWKS) does not list. Check the Authentication address.</source>
        <translation>ID 令牌使用密钥“%1”签名，但签发方公布的密钥集（JWKS）中没有它。请检查认证地址。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature does not match the provider&apos;s published key: it was not issued by this GenAuth application, or it was altered on the way. Check the Authentication address.</source>
        <translation>ID 令牌的签名与签发方公布的密钥不符：它不是由该 GenAuth 应用签发的，或在传输途中被篡改。请检查认证地址。</translation>
    </message>
    <message>
        <source>The ID token was issued by “%1”, not by “%2”. Check the Authentication address.</source>
        <translation>ID 令牌由“%1”签发，而不是“%2”。请检查认证地址。</translation>
    </message>
    <message>
        <source>The ID token is meant for “%1”, not for this application (%2). Check the GenAuth application ID.</source>
        <translation>ID 令牌是签发给“%1”的，而不是本应用（%2）。请检查 GenAuth 应用 ID。</translation>
    </message>
    <message>
        <source>The ID token has no usable expiry time (exp).</source>
        <translation>ID 令牌没有可用的过期时间（exp）。</translation>
    </message>
    <message>
        <source>The ID token expired at %1 (UTC); it is now %2. If the login just happened, check this computer&apos;s clock.</source>
        <translation>ID 令牌已于 %1（UTC）过期；现在是 %2。如果登录刚刚发生，请检查本机时钟。</translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time (iat) is not a time.</source>
        <translation>ID 令牌的签发时间（iat）不是有效时间。</translation>
    </message>
    <message>
        <source>The ID token was issued at %1 (UTC), after the time on this computer (%2). Check this computer&apos;s clock.</source>
        <translation>ID 令牌的签发时间为 %1（UTC），晚于本机时间（%2）。请检查本机时钟。</translation>
    </message>
    <message>
        <source>The ID token does not carry the nonce this login sent, so it may be replayed from another login. Nothing is accepted; start the test again.</source>
        <translation>ID 令牌没有携带本次登录发送的 nonce，可能是从其他登录重放的。未接受任何内容；请重新开始测试。</translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>--junit: could not write %1: %2</source>
        <translation>--junit：无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>LoginBrowserFactory</name>
    <message>
        <source>The embedded browser (fss_loginbrowser) is not installed.</source>
        <translation>未安装内嵌浏览器（fss_loginbrowser）。</translation>
    </message>
</context>
<context>
    <name>ProfileLock</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置档案。</translation>
    </message>
    <message>
        <source>Cannot read profile “%1” (%2): %3</source>
        <translation>无法读取配置档案“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>Profile “%1” (%2) is too large to be a profile.</source>
        <translation>配置档案“%1”（%2）太大，不可能是配置档案。</translation>
    </message>
    <message>
        <source>Profile “%1” (%2) is damaged: %3. Delete it or fix the file by hand.</source>
        <translation>配置档案“%1”（%2）已损坏：%3。请删除它或手动修复该文件。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>无法创建配置档案文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot save profile “%1” to %2: %3</source>
        <translation>无法将配置档案“%1”保存到 %2：%3</translation>
    </message>
    <message>
        <source>Cannot delete profile “%1” (%2): %3</source>
        <translation>无法删除配置档案“%1”（%2）：%3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>“apps” must be a list of apps.</source>
        <translation>“apps”必须是应用列表。</translation>
    </message>
    <message>
        <source>Every app needs “app_id” and “app_secret”.</source>
        <translation>每个应用都需要“app_id”和“app_secret”。</translation>
    </message>
    <message>
        <source>“redirect_style” of %1 must be one of %2.</source>
        <translation>“redirect_style”（%1）必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>“id_token_fault” must be one of %1.</source>
        <translation>“id_token_fault”必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>“genauth.apps” must be a list.</source>
        <translation>“genauth.apps”必须是列表。</translation>
    </message>
    <message>
        <source>Every GenAuth app needs “app_id”.</source>
        <translation>每个 GenAuth 应用都需要“app_id”。</translation>
    </message>
    <message>
        <source>“brand” of %1 must be feishu or lark.</source>
        <translation>%1 的“brand”必须是 feishu 或 lark。</translation>
    </message>
</context>
<context>
    <name>RequiredPermission</name>
    <message>
        <source>Get user email</source>
        <translation>获取用户邮箱信息</translation>
    </message>
    <message>
        <source>Get user phone number</source>
        <translation>获取用户手机号</translation>
    </message>
    <message>
        <source>Get user ID</source>
        <translation>获取用户 user ID</translation>
    </message>
    <message>
        <source>Get user ID through phone number or email</source>
        <translation>通过手机号或邮箱获取用户 ID</translation>
    </message>
    <message>
        <source>Get user basic information</source>
        <translation>获取用户基本信息</translation>
    </message>
    <message>
        <source>Get user unified ID</source>
        <translation>获取用户统一 ID</translation>
    </message>
    <message>
        <source>Access contacts as an app</source>
        <translation>以应用身份访问通讯录</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Feishu sandbox serving on %1 (this computer only). Stop it with Ctrl+C.</source>
        <translation>飞书沙箱正在 %1 提供服务（仅限本机）。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>GenAuth sandbox serving on %1 (API, core host and application address).</source>
        <translation>GenAuth 沙箱正在 %1 提供服务（API、core 主机和应用地址）。</translation>
    </message>
    <message>
        <source>  Feishu test app “%1”: App ID %2, App Secret %3 (sandbox values, not secrets)</source>
        <translation>  飞书测试应用“%1”：App ID %2，App Secret %3（沙箱数值，并非机密）</translation>
    </message>
    <message>
        <source>    redirect URL %1</source>
        <translation>    重定向 URL %1</translation>
    </message>
    <message>
        <source>  GenAuth user pool %1, secret %2 (sandbox values, not secrets)</source>
        <translation>  GenAuth 用户池 %1，密钥 %2（沙箱数值，并非机密）</translation>
    </message>
    <message>
        <source>  GenAuth application “%1”: App ID %2, Login Callback URLs %3</source>
        <translation>  GenAuth 应用“%1”：App ID %2，登录回调 URL %3</translation>
    </message>
    <message>
        <source>Try: feishu-sso-setup check --feishu-api %1 --cloud %2 --app-id %3 --identifier %4 --user-pool-id %5 --genauth-app-id %6 (with FSS_APP_SECRET and FSS_USERPOOL_SECRET set)</source>
        <translation>试试：feishu-sso-setup check --feishu-api %1 --cloud %2 --app-id %3 --identifier %4 --user-pool-id %5 --genauth-app-id %6（需设置 FSS_APP_SECRET 和 FSS_USERPOOL_SECRET）</translation>
    </message>
    <message>
        <source>  Feishu administrator (approves or rejects versions): %1/sandbox/admin</source>
        <translation>  飞书管理员（审核通过或驳回版本）：%1/sandbox/admin</translation>
    </message>
    <message>
        <source>  App registration (create-app): %1/oauth/v1/app/registration; Lark&apos;s accounts host and Open API (--lark-accounts, --lark-api): %2</source>
        <translation>  应用注册（create-app）：%1/oauth/v1/app/registration；Lark 的账号地址和开放平台（--lark-accounts、--lark-api）：%2</translation>
    </message>
    <message>
        <source>Replaying %1 answers of %2 on %3, for Feishu and GenAuth alike (this computer only). Stop it with Ctrl+C.</source>
        <translation>正在 %3 上重放 %2 中的 %1 个应答，飞书和 GenAuth 共用（仅限本机）。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>--tls-cert, --tls-key: %1 and %2 must be a PEM certificate and its RSA key.</source>
        <translation>--tls-cert、--tls-key：%1 和 %2 必须是 PEM 证书及其 RSA 私钥。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this profile yet.</source>
        <translation>该配置档案尚未在钥匙串中保存任何内容。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your login keyring (for example in “Passwords and Keys”) and allow Feishu SSO Setup, then try again.</source>
        <translation>钥匙串拒绝了访问。请解锁登录密钥环（例如在“密码和密钥”中），允许飞书单点登录配置访问，然后重试。</translation>
    </message>
    <message>
        <source>No keychain service is running, so the secrets cannot be stored safely. Install and start a Secret Service provider (on Debian/Ubuntu: sudo apt install gnome-keyring) or KWallet, sign in to a desktop session, and try again.</source>
        <translation>没有运行中的钥匙串服务，因此无法安全地保存密钥。请安装并启动 Secret Service 提供程序（Debian/Ubuntu：sudo apt install gnome-keyring）或 KWallet，登录桌面会话后重试。</translation>
    </message>
    <message>
        <source>No keychain is reachable: there is no D-Bus session or no Secret Service on it. Start the wizard from your desktop session, and make sure a Secret Service provider is installed (on Debian/Ubuntu: sudo apt install gnome-keyring).</source>
        <translation>无法访问钥匙串：没有 D-Bus 会话，或会话中没有 Secret Service。请从桌面会话启动向导，并确认已安装 Secret Service 提供程序（Debian/Ubuntu：sudo apt install gnome-keyring）。</translation>
    </message>
    <message>
        <source>The keychain is locked or the unlock prompt was dismissed. Unlock your login keyring and try again.</source>
        <translation>钥匙串已锁定，或解锁提示被关闭。请解锁登录密钥环后重试。</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>钥匙串报告错误：%1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. It may be waiting for you to unlock it in another window; unlock it and try again.</source>
        <translation>钥匙串在 %1 秒内没有响应。它可能在另一个窗口中等待你解锁；解锁后重试。</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>GenAuth user pool secret</source>
        <translation>GenAuth 用户池密钥</translation>
    </message>
    <message>
        <source>The profile was kept because its %1 could not be deleted from the keychain. %2</source>
        <translation>配置档案已保留，因为无法从钥匙串中删除其%1。%2</translation>
    </message>
    <message>
        <source>Profile “%1” is in use by %2: close it there first. Nothing was deleted.</source>
        <translation>配置档案“%1”正被 %2 使用：请先在那里关闭它。未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>SetupProfile</name>
    <message>
        <source>Lark with GenAuth is unproven: GenAuth&apos;s Feishu connection (lark-internal) may call only Feishu (China). Its documentation points only at open.feishu.cn, and no GenAuth SDK lists a connection type for Lark (docs/platforms.md G §3.1, §7). The end-to-end login test through GenAuth is the proof: run it before users rely on this.</source>
        <translation>Lark 配合 GenAuth 尚未得到验证：GenAuth 的飞书身份源（lark-internal）可能只会调用飞书（中国）。它的文档只指向 open.feishu.cn，任何 GenAuth SDK 中也没有 Lark 的连接类型（docs/platforms.md G §3.1、§7）。通过 GenAuth 的端到端登录测试才是证明：在用户依赖它之前先运行一次。</translation>
    </message>
</context>
<context>
    <name>SetupReport</name>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Lark</source>
        <translation>Lark</translation>
    </message>
    <message>
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <source>GenAuth</source>
        <translation>GenAuth</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>User pool ID</source>
        <translation>用户池 ID</translation>
    </message>
    <message>
        <source>User pool secret</source>
        <translation>用户池密钥</translation>
    </message>
    <message>
        <source>Connection identifier</source>
        <translation>连接唯一标识</translation>
    </message>
    <message>
        <source>Connection name in GenAuth</source>
        <translation>在 GenAuth 中的连接名称</translation>
    </message>
    <message>
        <source>Redirect URL registered in Feishu</source>
        <translation>在飞书登记的重定向 URL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>GenAuth authentication address</source>
        <translation>GenAuth 认证地址</translation>
    </message>
    <message>
        <source>Login callback of the end-to-end test</source>
        <translation>端到端测试的登录回调</translation>
    </message>
    <message>
        <source>Feishu API address</source>
        <translation>飞书 API 地址</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities</source>
        <translation>额外信任的证书颁发机构</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <translation>（时间：%1）</translation>
    </message>
    <message>
        <source>Feishu SSO setup report: %1</source>
        <translation>飞书单点登录配置报告：%1</translation>
    </message>
    <message>
        <source>Made %1 by %2. It holds no secret: the App Secret and the user pool secret stay in the system keychain.</source>
        <translation>由 %2 于 %1 生成。其中不含任何机密：App Secret 和用户池密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>The checks were not run.</source>
        <translation>未运行检查。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Login test, Feishu only</source>
        <translation>仅飞书的登录测试</translation>
    </message>
    <message>
        <source>Login test through GenAuth</source>
        <translation>经由 GenAuth 的登录测试</translation>
    </message>
    <message>
        <source>Fix it here</source>
        <translation>在此修正</translation>
    </message>
    <message>
        <source>Name the report *.md (Markdown) or *.html.</source>
        <translation>报告文件名须为 *.md（Markdown）或 *.html。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>GenAuth applications (the first: the login test&apos;s)</source>
        <translation>GenAuth 应用（第一个用于登录测试）</translation>
    </message>
</context>
<context>
    <name>TraceReplay</name>
    <message>
        <source>--replay %1: %2</source>
        <translation>--replay %1：%2</translation>
    </message>
    <message>
        <source>not a trace (HAR with log.entries).</source>
        <translation>不是记录文件（需为含 log.entries 的 HAR）。</translation>
    </message>
    <message>
        <source>the trace holds no answer.</source>
        <translation>记录中没有任何应答。</translation>
    </message>
</context>
<context>
    <name>fss</name>
    <message>
        <source>Summary</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Create the app</source>
        <translation>创建应用</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Web page capability</source>
        <translation>网页应用能力</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>重定向 URL</translation>
    </message>
    <message>
        <source>Permissions and version</source>
        <translation>权限与版本</translation>
    </message>
    <message>
        <source>Publish and approval</source>
        <translation>发布与审核</translation>
    </message>
    <message>
        <source>Login test</source>
        <translation>登录测试</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>第 %1 步（%2）</translation>
    </message>
</context>
<context>
    <name>fss::ApiTransport</name>
    <message>
        <source>The %1 address “%2” is not an https address. Plain http is allowed only for this computer (localhost, 127.0.0.1). Correct the address.</source>
        <translation>%1 地址“%2”不是 https 地址。只有本机（localhost、127.0.0.1）才允许使用明文 http。请修改地址。</translation>
    </message>
    <message>
        <source>No certificate in PEM format (-----BEGIN CERTIFICATE-----) was found.</source>
        <translation>没有找到 PEM 格式（-----BEGIN CERTIFICATE-----）的证书。</translation>
    </message>
    <message>
        <source>%1 at %2 sent an answer larger than %3 MB, which no API call here returns. Check the address.</source>
        <translation>%1（%2）返回的内容超过 %3 MB，本向导调用的任何 API 都不会返回这么多。请检查地址。</translation>
    </message>
    <message>
        <source>Cannot find the %1 server “%2” (DNS lookup failed). Check the network connection and the platform or address chosen on the Welcome page.</source>
        <translation>找不到 %1 服务器“%2”（DNS 查询失败）。请检查网络连接以及欢迎页选择的平台或地址。</translation>
    </message>
    <message>
        <source>%1 at %2 refused the connection. Check the address chosen on the Welcome page and any proxy or firewall.</source>
        <translation>%1（%2）拒绝了连接。请检查欢迎页选择的地址以及代理或防火墙。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again in a moment.</source>
        <translation>%1 在回复前关闭了连接。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. The request was not sent again, because it may be sent only once (a login code works once): start again.</source>
        <translation>%1 在回复前关闭了连接。该请求不会重发，因为它只能发送一次（登录授权码只能使用一次）：请重新开始。</translation>
    </message>
    <message>
        <source>The secure connection to %1 (%2) failed: %3. Nothing was sent. Check the computer&apos;s clock, a proxy that intercepts TLS, and the address on the Welcome page. If the host uses your organisation&apos;s own certificate authority, trust its certificate on the Welcome page (or check --ca-cert FILE).</source>
        <translation>与 %1（%2）的安全连接失败：%3。没有发送任何内容。请检查本机时钟、拦截 TLS 的代理以及欢迎页中的地址。如果该主机使用你所在组织自有的证书颁发机构，请在欢迎页信任其证书（或使用 check --ca-cert FILE）。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. Check the network connection, then try again.</source>
        <translation>%1 在 %2 秒内没有回复。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Could not reach %1 at %2: %3.</source>
        <translation>无法访问 %1（%2）：%3。</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut off (%2 of %3 bytes arrived). Try again in a moment.</source>
        <translation>%1 的回复被截断（只收到 %3 字节中的 %2 字节）。请稍后重试。</translation>
    </message>
    <message>
        <source>%1&apos;s answer was cut off (%2 of %3 bytes arrived). The request was not sent again, because it may be sent only once (a login code works once): start again.</source>
        <translation>%1 的回复被截断（只收到 %3 字节中的 %2 字节）。该请求不会重发，因为它只能发送一次（登录授权码只能使用一次）：请重新开始。</translation>
    </message>
    <message>
        <source>%1 is limiting requests (HTTP 429). Wait a minute, then try again.</source>
        <translation>%1 正在限制请求频率（HTTP 429）。请等待一分钟后重试。</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2). This is on the platform&apos;s side; try again later.</source>
        <translation>%1 出现服务器错误（HTTP %2）。这是平台一侧的问题，请稍后重试。</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>an empty answer</source>
        <translation>空回复</translation>
    </message>
    <message>
        <source>something that is not JSON</source>
        <translation>不是 JSON 的内容</translation>
    </message>
    <message>
        <source>%1 at %2 answered HTTP %3 with %4 where the API answers JSON. The address probably points at a web page or a proxy, not at the Open API; check it on the Welcome page.</source>
        <translation>%1（%2）以 HTTP %3 返回了%4，而 API 应返回 JSON。该地址可能指向网页或代理，而不是开放平台 API；请在欢迎页检查。</translation>
    </message>
</context>
<context>
    <name>fss::AppRegistration</name>
    <message>
        <source>Nobody confirmed the link before it expired. Start again for a new link.</source>
        <translation>链接过期前无人确认。请重新开始以获取新链接。</translation>
    </message>
    <message>
        <source>GenAuth sign-in</source>
        <translation>GenAuth 登录</translation>
    </message>
    <message>
        <source>GenAuth sign-in (%1)</source>
        <translation>GenAuth 登录（%1）</translation>
    </message>
    <message>
        <source>Lets {user} and colleagues sign in to GenAuth with Feishu. Created by Feishu SSO Setup.</source>
        <translation>让 {user} 和同事通过飞书登录 GenAuth。由 Feishu SSO Setup 创建。</translation>
    </message>
    <message>
        <source>Feishu no longer offers an App Secret for apps created this way (it offers %1). Create the app by hand in the developer console instead (Step 1).</source>
        <translation>以这种方式创建的应用已不再提供 App Secret（飞书提供的是 %1）。请改为在开发者后台手动创建应用（第 1 步）。</translation>
    </message>
    <message>
        <source>Feishu refused to start an app registration: %1</source>
        <translation>飞书拒绝开始应用注册：%1</translation>
    </message>
    <message>
        <source>Feishu&apos;s answer to the app registration has no device code or link. Create the app by hand in the developer console (Step 1).</source>
        <translation>飞书对应用注册的应答中没有设备码或链接。请在开发者后台手动创建应用（第 1 步）。</translation>
    </message>
    <message>
        <source>No app was created: the person who opened the link refused, or their organisation does not let members create apps%1. Ask a Feishu administrator, or create the app by hand in the developer console (Step 1).</source>
        <translation>未创建应用：打开链接的人拒绝了，或其组织不允许成员创建应用%1。请联系飞书管理员，或在开发者后台手动创建应用（第 1 步）。</translation>
    </message>
    <message>
        <source>The link expired before anyone confirmed it. Start again for a new link.</source>
        <translation>链接在有人确认之前已过期。请重新开始以获取新链接。</translation>
    </message>
    <message>
        <source>Feishu stopped the app registration: %1. Create the app by hand in the developer console (Step 1).</source>
        <translation>飞书中止了应用注册：%1。请在开发者后台手动创建应用（第 1 步）。</translation>
    </message>
    <message>
        <source>Cancelled; no app was created.</source>
        <translation>已取消；未创建应用。</translation>
    </message>
    <message>
        <source>Feishu created the app %1 without an App Secret (%2). GenAuth signs in to Feishu with an App Secret, so it cannot use this app: create the app by hand in the developer console (Step 1), or reset its App Secret under Credentials &amp; Basic Info and enter it in Step 2.</source>
        <translation>飞书创建的应用 %1 没有 App Secret（%2）。GenAuth 要用 App Secret 登录飞书，因此无法使用此应用：请在开发者后台手动创建应用（第 1 步），或在“凭证与基础信息”中重置其 App Secret 并填入第 2 步。</translation>
    </message>
    <message>
        <source>a keyless app, private_key_jwt</source>
        <translation>无密钥应用，private_key_jwt</translation>
    </message>
    <message>
        <source>none in Feishu&apos;s answer</source>
        <translation>飞书的应答中没有</translation>
    </message>
</context>
<context>
    <name>fss::AppRegistrationDialog</name>
    <message>
        <source>&amp;Show the code</source>
        <translation>显示二维码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open in the browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Set it up in Feishu for &amp;me…</source>
        <translation>帮我在飞书中设置(&amp;M)…</translation>
    </message>
    <message>
        <source>Create the app by one scan</source>
        <translation>扫一次码创建应用</translation>
    </message>
    <message>
        <source>Feishu replaces {user} with the name of the person who confirms. Both can still be changed on Feishu&apos;s page.</source>
        <translation>飞书会把 {user} 替换为确认者的姓名。两者仍可在飞书的页面上修改。</translation>
    </message>
    <message>
        <source>QR code of the link that creates the app</source>
        <translation>创建应用的链接的二维码</translation>
    </message>
    <message>
        <source>App &amp;name:</source>
        <translation>应用名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Asking Feishu for a link…</source>
        <translation>正在向飞书获取链接…</translation>
    </message>
    <message>
        <source>Scan the code with the Feishu app, or open the link, and confirm there. Waiting…</source>
        <translation>请用飞书 App 扫描二维码，或打开链接，然后在页面上确认。正在等待…</translation>
    </message>
    <message>
        <source>The link works for %1:%2 more.</source>
        <translation>链接还可使用 %1:%2。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Created app %1. Putting its App Secret into the keychain…</source>
        <translation>已创建应用 %1。正在把 App Secret 存入钥匙串…</translation>
    </message>
    <message>
        <source>App %1 was created, but the keychain did not take its App Secret: %2. Copy the App Secret from the app&apos;s Credentials page in the developer console into Step 2.</source>
        <translation>应用 %1 已创建，但钥匙串未能保存其 App Secret：%2。请从开发者后台该应用的“凭证与基础信息”页面复制 App Secret 到第 2 步。</translation>
    </message>
    <message>
        <source>Created app %1; its App Secret is in the keychain. Reading which permissions it holds…</source>
        <translation>已创建应用 %1；App Secret 已存入钥匙串。正在读取它拥有的权限…</translation>
    </message>
    <message>
        <source>Created app %1; its App Secret is in the keychain. Which permissions arrived could not be read:</source>
        <translation>已创建应用 %1；App Secret 已存入钥匙串。无法读取哪些权限已到位：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Created app %1&lt;/b&gt;; its App Secret is in the keychain and Step 2 is filled in.</source>
        <translation>&lt;b&gt;已创建应用 %1&lt;/b&gt;；App Secret 已存入钥匙串，第 2 步已填好。</translation>
    </message>
    <message>
        <source>Permissions it holds: %1.</source>
        <translation>已拥有的权限：%1。</translation>
    </message>
    <message>
        <source>Asked for, waiting for an administrator: %1.</source>
        <translation>已申请、等待管理员审核：%1。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Feishu creates a new enterprise self-built app when you, or whoever will own it, scan the code with the Feishu app (or open the link) and confirm. Its App ID and App Secret come straight to the wizard: the secret goes into the keychain and is never shown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What it creates:&lt;/b&gt; an app made from Feishu&apos;s agent template, with the bot ability. Feishu may not let the wizard configure an app made this way: then you do the web app, the redirect URL, the permissions and the release in the developer console, with the wizard&apos;s links and checks. An app you create in the console is the one the wizard can set up for you; to make one, close this and follow the steps on the page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您（或将来拥有该应用的人）用飞书 App 扫描二维码（或打开链接）并确认后，飞书会创建一个新的企业自建应用。其 App ID 和 App Secret 直接交给向导：App Secret 存入钥匙串，从不显示。&lt;/p&gt;&lt;p&gt;&lt;b&gt;创建的内容：&lt;/b&gt;一个基于飞书智能体模板、带机器人能力的应用。飞书可能不允许向导配置以这种方式创建的应用：那时网页应用、重定向 URL、权限和发布版本需要您在开发者后台完成，向导提供链接和检查。在开发者后台创建的应用，向导才能替您完成设置；如需这样创建，请关闭此窗口，按页面上的步骤操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not there (Feishu did not take them from the link): %1.</source>
        <translation>未开通（飞书没有采纳链接中的申请）：%1。</translation>
    </message>
    <message>
        <source>Next: Set it up in Feishu for me adds the web app, the redirect URL and the permissions, and submits a release.</source>
        <translation>下一步：“帮我在飞书中设置”会添加网页应用、重定向 URL 和权限，并提交发布版本。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feishu does not let the wizard configure this app&lt;/b&gt;: %1 Do steps 3 to 6 in the developer console (web app, redirect URL, permissions, release); each page links to the place and checks it with Feishu.</source>
        <translation>&lt;b&gt;飞书不允许向导配置此应用&lt;/b&gt;：%1 请在开发者后台完成第 3 到 6 步（网页应用、重定向 URL、权限、发布版本）；每一页都提供对应位置的链接，并向飞书检查结果。</translation>
    </message>
    <message>
        <source>&amp;Continue with the steps in the console</source>
        <translation>继续在开发者后台完成各步(&amp;C)</translation>
    </message>
    <message>
        <source>Asking Feishu whether the wizard may configure it, with a change that changes nothing: %1</source>
        <translation>正在用一个不做任何修改的变更询问飞书是否允许向导配置该应用：%1</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>可选，例如：%1</translation>
    </message>
</context>
<context>
    <name>fss::ApplyCommand</name>
    <message>
        <source>Version %1 waits for an administrator&apos;s approval; Feishu takes no change until then. An administrator approves it in the admin console (Workplace → App Review).</source>
        <translation>版本 %1 正在等待管理员审核；在此之前飞书不接受任何更改。管理员可在管理后台（工作台 → 应用审核）中审核。</translation>
    </message>
    <message>
        <source>Version %1 was submitted and waits for an administrator&apos;s approval (admin console → Workplace → App Review).</source>
        <translation>版本 %1 已提交，正在等待管理员审核（管理后台 → 工作台 → 应用审核）。</translation>
    </message>
    <message>
        <source>Waiting for the approval of version %1; next look at %2.</source>
        <translation>正在等待版本 %1 的审核；下次查看时间 %2。</translation>
    </message>
    <message>
        <source>Version %1 was approved and is online.</source>
        <translation>版本 %1 已审核通过并上线。</translation>
    </message>
    <message>
        <source>Version %1 was rejected by an administrator. Ask why, then run apply again.</source>
        <translation>版本 %1 被管理员驳回。请询问原因，然后再次运行 apply。</translation>
    </message>
    <message numerus="yes">
        <source>Still waiting after %n minute(s); run apply --wait again later.</source>
        <translation>
            <numerusform>已等待 %n 分钟仍未审核；请稍后再次运行 apply --wait。</numerusform>
        </translation>
    </message>
    <message>
        <source>apply --only genauth needs the user pool secret: set FSS_USERPOOL_SECRET, or store it in the wizard (Step 2).</source>
        <translation>apply --only genauth 需要用户池密钥：请设置 FSS_USERPOOL_SECRET，或在向导中保存（第 2 步）。</translation>
    </message>
    <message>
        <source>GenAuth was not changed: no user pool secret (FSS_USERPOOL_SECRET, or the wizard&apos;s Step 2).</source>
        <translation>未修改 GenAuth：没有用户池密钥（FSS_USERPOOL_SECRET，或向导第 2 步）。</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>演练：没有发送任何请求。</translation>
    </message>
    <message>
        <source>Feishu does not let the wizard configure this app (%1): do steps 3 to 6 in the developer console; feishu-sso-setup check verifies each.</source>
        <translation>飞书不允许向导配置此应用（%1）：请在开发者后台完成第 3 到 6 步；feishu-sso-setup check 会逐项验证。</translation>
    </message>
</context>
<context>
    <name>fss::AuthorizationAttempt</name>
    <message>
        <source>Refused: the login came back with a state this test did not send, so it may be forged (CSRF). Nothing was exchanged. Start the test again.</source>
        <translation>已拒绝：登录返回的 state 不是本次测试发出的，可能是伪造的（CSRF）。没有换取任何令牌。请重新开始测试。</translation>
    </message>
    <message>
        <source>The login came back without a code.</source>
        <translation>登录返回时没有授权码。</translation>
    </message>
</context>
<context>
    <name>fss::CertificateFile</name>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
</context>
<context>
    <name>fss::CheckCommand</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>SKIP</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Fix it here: %1</source>
        <translation>在此修正：%1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 skipped.</source>
        <translation>%1 项通过，%2 项未通过，%3 项跳过。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>fss::CheckResultsView</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Results of the live checks</source>
        <translation>实时检查的结果</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>fss::CommandSession</name>
    <message>
        <source>There is no profile called “%1”. Create it in the wizard, or give --app-id.</source>
        <translation>没有名为“%1”的配置档案。请在向导中创建，或使用 --app-id。</translation>
    </message>
    <message>
        <source>--ca-cert: %1: %2</source>
        <translation>--ca-cert：%1：%2</translation>
    </message>
    <message>
        <source>App ID: %1</source>
        <translation>App ID：%1</translation>
    </message>
    <message>
        <source>No App Secret: set FSS_APP_SECRET, or use --profile with a secret stored by the wizard.</source>
        <translation>没有 App Secret：请设置 FSS_APP_SECRET，或使用 --profile 指定已由向导保存密钥的配置档案。</translation>
    </message>
    <message>
        <source>The keychain holds no App Secret for profile “%1”. Enter it in the wizard (Step 2), or set FSS_APP_SECRET.</source>
        <translation>钥匙串中没有配置档案“%1”的 App Secret。请在向导中填写（第 2 步），或设置 FSS_APP_SECRET。</translation>
    </message>
    <message>
        <source>Cannot read the App Secret from the keychain: %1</source>
        <translation>无法从钥匙串读取 App Secret：%1</translation>
    </message>
    <message>
        <source>Cannot read the user pool secret from the keychain: %1</source>
        <translation>无法从钥匙串读取用户池密钥：%1</translation>
    </message>
</context>
<context>
    <name>fss::CreateAppCommand</name>
    <message>
        <source>Scan this code with the Feishu app, or open the link below, and confirm:</source>
        <translation>请用飞书 App 扫描此二维码，或打开下面的链接，然后确认：</translation>
    </message>
    <message>
        <source>The link works until %1 (code %2). Waiting…</source>
        <translation>链接有效期至 %1（代码 %2）。正在等待…</translation>
    </message>
    <message>
        <source>The app %1 was created, but its App Secret could not be stored in the keychain: %2. Copy the App Secret from the app&apos;s Credentials page in the developer console into the wizard (Step 2).</source>
        <translation>应用 %1 已创建，但其 App Secret 无法存入钥匙串：%2。请从开发者后台该应用的“凭证与基础信息”页面复制 App Secret 到向导（第 2 步）。</translation>
    </message>
    <message>
        <source>The App Secret is in the keychain, but the profile could not be saved: %1</source>
        <translation>App Secret 已存入钥匙串，但无法保存配置档案：%1</translation>
    </message>
    <message>
        <source>Which permissions arrived could not be read: %1</source>
        <translation>无法读取哪些权限已到位：%1</translation>
    </message>
    <message>
        <source>Created app %1; its App Secret is in the keychain and its App ID in profile “%2”.</source>
        <translation>已创建应用 %1；其 App Secret 已存入钥匙串，App ID 已存入配置档案“%2”。</translation>
    </message>
    <message>
        <source>Permissions it holds: %1</source>
        <translation>已拥有的权限：%1</translation>
    </message>
    <message>
        <source>Asked for, waiting for an administrator: %1</source>
        <translation>已申请、等待管理员审核：%1</translation>
    </message>
    <message>
        <source>Not there (Feishu did not take them from the link): %1</source>
        <translation>未到位（飞书未采纳链接中的权限）：%1</translation>
    </message>
    <message>
        <source>Next: feishu-sso-setup apply --profile %1 (or Set it up in Feishu for me in the wizard).</source>
        <translation>下一步：feishu-sso-setup apply --profile %1（或在向导中使用“帮我在飞书中设置”）。</translation>
    </message>
    <message>
        <source>The app is made from Feishu&apos;s agent template (it has the bot ability), and its credentials come with no copying. Feishu may not let the wizard configure an app made this way: then the web app, the redirect URL, the permissions and the release are done in the developer console, with the wizard&apos;s links and checks. An app created by hand in the console is the one the wizard can configure itself (apply).</source>
        <translation>该应用基于飞书智能体模板创建（带机器人能力），其凭证无需复制即可获得。飞书可能不允许向导配置以这种方式创建的应用：那时网页应用、重定向 URL、权限和发布版本需在开发者后台完成，向导提供链接和检查。在开发者后台手动创建的应用，向导才能自行配置（apply）。</translation>
    </message>
    <message>
        <source>Feishu does not let the wizard configure this app: %1 Do steps 3 to 6 in the developer console (web app, redirect URL, permissions, release); feishu-sso-setup check --profile %2 verifies each, or the wizard&apos;s pages link to each one.</source>
        <translation>飞书不允许向导配置此应用：%1 请在开发者后台完成第 3 到 6 步（网页应用、重定向 URL、权限、发布版本）；feishu-sso-setup check --profile %2 会逐项验证，向导的各页也提供对应链接。</translation>
    </message>
    <message>
        <source>Asking Feishu whether the wizard may configure the app, with a change that changes nothing: %1</source>
        <translation>正在用一个不做任何修改的变更询问飞书是否允许向导配置该应用：%1</translation>
    </message>
</context>
<context>
    <name>fss::CreateAppPage</name>
    <message>
        <source>Open the developer console</source>
        <translation>打开开发者后台</translation>
    </message>
    <message>
        <source>I created an enterprise self-built app (not a store app)</source>
        <translation>我创建的是企业自建应用（不是商店应用）</translation>
    </message>
    <message>
        <source>I can open the app&apos;s page in the developer console</source>
        <translation>我能在开发者后台打开该应用的页面</translation>
    </message>
    <message>
        <source>Create it by one &amp;scan…</source>
        <translation>扫一次码创建(&amp;S)…</translation>
    </message>
    <message>
        <source>Feishu creates the app when you scan a code with the Feishu app and confirm; its App ID and App Secret come straight to the wizard.</source>
        <translation>用飞书 App 扫描二维码并确认后，飞书即创建应用；其 App ID 和 App Secret 直接交给向导。</translation>
    </message>
</context>
<context>
    <name>fss::CredentialsPage</name>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App Secret</translation>
    </message>
    <message>
        <source>GenAuth user pool ID</source>
        <translation>GenAuth 用户池 ID</translation>
    </message>
    <message>
        <source>Connection identifier</source>
        <translation>连接唯一标识</translation>
    </message>
    <message>
        <source>GenAuth user pool secret</source>
        <translation>GenAuth 用户池密钥</translation>
    </message>
    <message>
        <source>GenAuth application ID</source>
        <translation>GenAuth 应用 ID</translation>
    </message>
    <message>
        <source>&amp;Verify with Feishu</source>
        <translation>向飞书验证(&amp;V)</translation>
    </message>
    <message>
        <source>Create it for &amp;me…</source>
        <translation>替我创建(&amp;M)…</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>optional: the application to enable it on</source>
        <translation>可选：要在其上启用的应用</translation>
    </message>
    <message>
        <source>Open Credentials &amp;&amp; Basic Info in Feishu</source>
        <translation>在飞书中打开“凭证与基础信息”</translation>
    </message>
    <message>
        <source>Open the GenAuth console</source>
        <translation>打开 GenAuth 控制台</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>App ID(&amp;A)：</translation>
    </message>
    <message>
        <source>App &amp;Secret:</source>
        <translation>App Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>User &amp;pool ID:</source>
        <translation>用户池 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Connection &amp;identifier:</source>
        <translation>连接唯一标识(&amp;I)：</translation>
    </message>
    <message>
        <source>User pool s&amp;ecret:</source>
        <translation>用户池密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>GenAuth a&amp;pplication ID:</source>
        <translation>GenAuth 应用 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Stores the secrets in the keychain, then asks Feishu for a tenant access token with them.</source>
        <translation>先把密钥保存到钥匙串，然后用它们向飞书申请 tenant_access_token。</translation>
    </message>
    <message>
        <source>Result of the credentials check</source>
        <translation>凭证检查的结果</translation>
    </message>
    <message>
        <source>Stores the secrets in the keychain, shows the requests, then creates or updates the identity source in GenAuth and enables it on the application.</source>
        <translation>先把密钥保存到钥匙串并列出请求，然后在 GenAuth 中创建或更新身份源，并在应用上启用它。</translation>
    </message>
    <message>
        <source>Result of Create it for me</source>
        <translation>“替我创建”的结果</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>钥匙串状态</translation>
    </message>
    <message>
        <source>GenAuth&apos;s Feishu identity source holds this App ID, App Secret and identifier</source>
        <translation>GenAuth 的飞书身份源保存了这个 App ID、App Secret 和唯一标识</translation>
    </message>
    <message>
        <source>Saving the secrets in the keychain…</source>
        <translation>正在把密钥保存到钥匙串…</translation>
    </message>
    <message>
        <source>Enter an App ID and App Secret first.</source>
        <translation>请先填写 App ID 和 App Secret。</translation>
    </message>
    <message>
        <source>Storing the secrets, then asking Feishu…</source>
        <translation>正在保存密钥，然后询问飞书…</translation>
    </message>
    <message>
        <source>Not verified: the secrets could not be stored in the keychain (see below).</source>
        <translation>未验证：密钥无法保存到钥匙串（见下方）。</translation>
    </message>
    <message>
        <source>Enter the App ID, App Secret, user pool ID and connection identifier first.</source>
        <translation>请先填写 App ID、App Secret、用户池 ID 和连接唯一标识。</translation>
    </message>
    <message>
        <source>Enter the user pool secret first (GenAuth console: Settings → Basic Settings → Key Management).</source>
        <translation>请先填写用户池密钥（GenAuth 控制台：设置 → 基础设置 → 密钥管理）。</translation>
    </message>
    <message>
        <source>Storing the secrets…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>Nothing was sent: the secrets could not be stored in the keychain (see below).</source>
        <translation>没有发送任何请求：密钥无法保存到钥匙串（见下方）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keychain unavailable.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;钥匙串不可用。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>GenAuth&apos;s connection holds App ID %1. If it is changed to %2, everyone who signed in through it arrives in GenAuth as a new user: Feishu&apos;s open_id, by which GenAuth knows them, differs per app. Use a new connection identifier for a new app, or keep %1.</source>
        <translation>GenAuth 的身份源保存的 App ID 是 %1。如果改为 %2，所有通过它登录过的人都会作为新用户进入 GenAuth：GenAuth 用来识别他们的飞书 open_id 每个应用都不同。新应用请使用新的连接唯一标识，或保留 %1。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Lists the user pool&apos;s applications with the connection&apos;s state in each, to put it on in several.</source>
        <translation>列出用户池的应用及连接在每个应用中的状态，以便在多个应用中启用。</translation>
    </message>
    <message>
        <source>Enter the user pool ID and secret first: the list of applications comes from GenAuth.</source>
        <translation>请先输入用户池 ID 和密钥：应用列表来自 GenAuth。</translation>
    </message>
    <message>
        <source>The applications were not listed: the secrets could not be stored in the keychain (see below).</source>
        <translation>未列出应用：密钥无法存入钥匙串（见下方）。</translation>
    </message>
    <message>
        <source>Also on the applications %1.</source>
        <translation>同时在以下应用中启用：%1。</translation>
    </message>
</context>
<context>
    <name>fss::FeishuAppSetup</name>
    <message>
        <source>Add the GenAuth redirect URL</source>
        <translation>添加 GenAuth 重定向 URL</translation>
    </message>
    <message>
        <source>Already registered.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Only if missing: it is not registered yet; it takes effect at once.</source>
        <translation>仅在缺少时：尚未登记；立即生效。</translation>
    </message>
    <message>
        <source>Only if missing: the app cannot read itself, so it is added (adding it twice changes nothing).</source>
        <translation>仅在缺少时：应用无法读取自身，因此直接添加（重复添加不会改变任何东西）。</translation>
    </message>
    <message>
        <source>Ask for the seven user-info permissions</source>
        <translation>申请七项用户信息权限</translation>
    </message>
    <message>
        <source>All seven are granted.</source>
        <translation>七项权限均已开通。</translation>
    </message>
    <message>
        <source>Asked for already; waiting for an approved version: %1.</source>
        <translation>已经申请；等待审核通过的版本：%1。</translation>
    </message>
    <message>
        <source>Only if missing: %1. Permissions without review take effect at once, the others with the approved version.</source>
        <translation>仅在缺少时：%1。免审权限立即生效，其余权限随审核通过的版本生效。</translation>
    </message>
    <message>
        <source>Turn on the web app ability</source>
        <translation>开启网页应用能力</translation>
    </message>
    <message>
        <source>The released version has it.</source>
        <translation>已发布的版本已具备。</translation>
    </message>
    <message>
        <source>Only if missing: it takes effect with the approved version.</source>
        <translation>仅在缺少时：随审核通过的版本生效。</translation>
    </message>
    <message>
        <source>Sign-in through GenAuth: redirect URL, user-info permissions and web app.</source>
        <translation>通过 GenAuth 登录：重定向 URL、用户信息权限和网页应用。</translation>
    </message>
    <message>
        <source>Released by Feishu SSO Setup so that members can sign in to GenAuth with Feishu.</source>
        <translation>由飞书单点登录配置发布，以便成员用飞书登录 GenAuth。</translation>
    </message>
    <message>
        <source>Submit version %1 for release</source>
        <translation>提交版本 %1 发布</translation>
    </message>
    <message>
        <source>Only if something waits for a release; an administrator then approves it.</source>
        <translation>仅在有更改需要发布时；之后由管理员审核。</translation>
    </message>
    <message>
        <source>The released version has everything.</source>
        <translation>已发布的版本已具备全部内容。</translation>
    </message>
    <message>
        <source>The app may not change itself yet. Grant it application:application:patch (to make the changes) and application:application:self_manage (to read them back) on Feishu&apos;s page for this app; nothing was sent. If either needs review, release a version once and have it approved, then run this again.</source>
        <translation>该应用还不能修改自身。请在飞书中该应用的页面上为它开通 application:application:patch（用于修改）和 application:application:self_manage（用于回读）；没有发送任何请求。如果其中任何一项需要审核，请先发布一个版本并等待审核通过，然后再运行一次。</translation>
    </message>
    <message>
        <source>Not sent: an earlier change failed.</source>
        <translation>未发送：之前的更改失败了。</translation>
    </message>
    <message>
        <source>Submitted: version %1 waits for an administrator&apos;s approval.</source>
        <translation>已提交：版本 %1 正在等待管理员审核。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Not needed: every change took effect at once.</source>
        <translation>无需发布：所有更改都已立即生效。</translation>
    </message>
    <message>
        <source>Reading the app back…</source>
        <translation>正在回读应用…</translation>
    </message>
    <message>
        <source>Feishu accepted the redirect URL but does not list it: %1. Add it by hand in Security Settings.</source>
        <translation>飞书接受了重定向 URL，但并未列出它：%1。请在“安全设置”中手动添加。</translation>
    </message>
    <message>
        <source>Reading the app…</source>
        <translation>正在读取应用…</translation>
    </message>
    <message>
        <source>Make the app available to %1</source>
        <translation>让应用对%1可用</translation>
    </message>
    <message>
        <source>The released version is available to %1.</source>
        <translation>已发布版本对%1可用。</translation>
    </message>
    <message>
        <source>Only if missing: the released version is available only to %1; it takes effect with the approved version.</source>
        <translation>仅在缺少时发送：已发布版本仅对%1可用；审核通过的版本发布后生效。</translation>
    </message>
    <message>
        <source>Only if missing: the availability range is not known yet; it takes effect with the approved version.</source>
        <translation>仅在缺少时发送：尚不知道可用范围；审核通过的版本发布后生效。</translation>
    </message>
    <message>
        <source>Feishu refused %1 (%2): %3 [%4].</source>
        <translation>飞书拒绝了 %1（%2）：%3 [%4]。</translation>
    </message>
    <message>
        <source>Feishu refused %1 (%2): %3 [%4]. No official page names this scope, and user_info returns the field without it: the login test shows whether it arrives.</source>
        <translation>飞书拒绝了 %1（%2）：%3 [%4]。没有任何官方页面列出此权限，而 user_info 不需要它也会返回该字段：登录测试会显示它是否送达。</translation>
    </message>
    <message>
        <source>None was taken.</source>
        <translation>一个也未被接受。</translation>
    </message>
    <message>
        <source>Taken: %1.</source>
        <translation>已接受：%1。</translation>
    </message>
</context>
<context>
    <name>fss::FeishuClient</name>
    <message>
        <source>Feishu answered without a token. Try again later.</source>
        <translation>飞书的回复中没有令牌。请稍后重试。</translation>
    </message>
    <message>
        <source>Feishu is limiting requests (rate limit, 99991400), and was still limiting them after the wizard waited %1 s and tried once more. Wait a minute, then check again.</source>
        <translation>飞书正在限制请求频率（频控，99991400），向导等待 %1 秒并重试一次后仍被限制。请等一分钟后再检查。</translation>
    </message>
    <message>
        <source>Feishu is limiting requests (rate limit, 99991400); this change is not repeated on its own. Wait %1 s, then try again.</source>
        <translation>飞书正在限制请求频率（频控，99991400）；此更改不会自动重发。请等待 %1 秒后重试。</translation>
    </message>
    <message>
        <source>This App ID belongs to Lark, not Feishu: Feishu does not know it, Lark does. Switch the platform to Lark on the Welcome page.</source>
        <translation>这个 App ID 属于 Lark，而不是飞书：飞书不认识它，Lark 认识。请在欢迎页把平台切换为 Lark。</translation>
    </message>
    <message>
        <source>This App ID belongs to Feishu, not Lark: Lark does not know it, Feishu does. Switch the platform to Feishu on the Welcome page.</source>
        <translation>这个 App ID 属于飞书，而不是 Lark：Lark 不认识它，飞书认识。请在欢迎页把平台切换为飞书。</translation>
    </message>
    <message>
        <source>Lark does not know it either.</source>
        <translation>Lark 也不认识它。</translation>
    </message>
    <message>
        <source>Feishu does not know it either.</source>
        <translation>飞书也不认识它。</translation>
    </message>
</context>
<context>
    <name>fss::FeishuSetupDialog</name>
    <message>
        <source>&amp;Grant the two permissions in Feishu…</source>
        <translation>在飞书中开通这两项权限(&amp;G)…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send to Feishu</source>
        <translation>发送到飞书(&amp;S)</translation>
    </message>
    <message>
        <source>Set it up in Feishu</source>
        <translation>在飞书中完成配置</translation>
    </message>
    <message>
        <source>The wizard changes app %1 itself through Feishu&apos;s configuration API: it adds the GenAuth redirect URL, asks for the seven user-info permissions, turns on the web app and submits a release for an administrator to approve. It reads the app first and sends only what is missing, so running this again sends nothing.</source>
        <translation>向导通过飞书的配置 API 修改应用 %1 本身：添加 GenAuth 重定向 URL，申请七项用户信息权限，开启网页应用，并提交一个版本供管理员审核。它会先读取应用，只发送缺少的部分，因此再次运行不会发送任何请求。</translation>
    </message>
    <message>
        <source>Version to release</source>
        <translation>要发布的版本</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Release &amp;version:</source>
        <translation>发布版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;The app may not change itself yet.&lt;/b&gt; It needs application:application:patch to make the changes and application:application:self_manage to read them back. Grant both on Feishu&apos;s page for this app; if Feishu says they need review, release a version once and have it approved. The wizard looks again when you come back to this window.</source>
        <translation>&lt;b&gt;该应用还不能修改自身。&lt;/b&gt;它需要 application:application:patch 来进行修改，需要 application:application:self_manage 来回读结果。请在飞书中该应用的页面上开通这两项；如果飞书提示需要审核，请先发布一个版本并等待审核通过。回到此窗口时向导会重新检查。</translation>
    </message>
    <message>
        <source>The app holds application:application:patch but not application:application:self_manage, so the wizard cannot read the result back; every change is then sent (sending one twice changes nothing).</source>
        <translation>该应用有 application:application:patch，但没有 application:application:self_manage，因此向导无法回读结果；所有更改都会发送（重复发送不会改变任何东西）。</translation>
    </message>
    <message>
        <source>Version %1 waits for an administrator&apos;s approval; Feishu accepts no change until then.</source>
        <translation>版本 %1 正在等待管理员审核；在此之前飞书不接受任何更改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; Feishu already holds all of it.</source>
        <translation>&lt;b&gt;无需操作：&lt;/b&gt;飞书中已全部具备。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Everything is in place.</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;一切均已就绪。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; Version %1 waits for an administrator&apos;s approval (admin console → Workplace → App Review); the checks of step 6 pass once it is online.</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;版本 %1 正在等待管理员审核（管理后台 → 工作台 → 应用审核）；上线后第 6 步的检查即可通过。</translation>
    </message>
    <message>
        <source>Ask the &amp;administrators</source>
        <translation>询问管理员(&amp;A)</translation>
    </message>
    <message>
        <source>Asks the organisation&apos;s administrators, through Feishu, to grant the permissions that need their review (at most ten times a version).</source>
        <translation>通过飞书请企业管理员开通需要其审核的权限（每个版本最多十次）。</translation>
    </message>
    <message>
        <source>Feishu has asked the administrators to grant the permissions that wait for review.</source>
        <translation>飞书已请管理员开通等待审核的权限。</translation>
    </message>
    <message>
        <source>Everyone in the organisation</source>
        <translation>组织内所有人</translation>
    </message>
    <message>
        <source>Only the members of these departments</source>
        <translation>仅以下部门的成员</translation>
    </message>
    <message>
        <source>Who may sign in</source>
        <translation>谁可以登录</translation>
    </message>
    <message>
        <source>Department IDs</source>
        <translation>部门 ID</translation>
    </message>
    <message>
        <source>open department IDs, separated by commas (od-…)</source>
        <translation>开放部门 ID，用逗号分隔（od-…）</translation>
    </message>
    <message>
        <source>A&amp;vailable to:</source>
        <translation>可用范围(&amp;V)：</translation>
    </message>
    <message>
        <source>Enter at least one department ID; until then the app is planned for everyone.</source>
        <translation>请至少输入一个部门 ID；在此之前，按所有人可用来计划。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feishu does not let the wizard configure this app&lt;/b&gt; (%1): %2 Steps 3 to 6 are done in the developer console; each page links to the place and checks it with Feishu.</source>
        <translation>&lt;b&gt;飞书不允许向导配置此应用&lt;/b&gt;（%1）：%2 第 3 到 6 步需在开发者后台完成；每一页都提供对应位置的链接，并向飞书检查结果。</translation>
    </message>
</context>
<context>
    <name>fss::FieldEdit</name>
    <message>
        <source>%1: message</source>
        <translation>%1：消息</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>显示或隐藏密钥</translation>
    </message>
</context>
<context>
    <name>fss::GenAuthApplyDialog</name>
    <message>
        <source>&amp;Send to GenAuth</source>
        <translation>发送到 GenAuth(&amp;S)</translation>
    </message>
    <message>
        <source>Create the identity source in GenAuth</source>
        <translation>在 GenAuth 中创建身份源</translation>
    </message>
    <message>
        <source>The wizard will add the Feishu enterprise self-built app as an identity source of user pool %1, with the identifier “%2”, and enable it on the application %3. These are the requests; the ones marked “only if” are sent only when GenAuth does not hold that already, so running this again changes nothing. Secrets are masked here and never written anywhere.</source>
        <translation>向导将把飞书企业自建应用添加为用户池 %1 的身份源，唯一标识为“%2”，并在应用 %3 上启用。以下是将要发送的请求；标为“仅当”的请求只有在 GenAuth 中尚不具备相应内容时才会发送，因此再次运行不会做任何改动。密钥在此处已被遮盖，且绝不会写入任何地方。</translation>
    </message>
    <message>
        <source>(none: enter the GenAuth application ID in Step 2)</source>
        <translation>（无：请在第 2 步填写 GenAuth 应用 ID）</translation>
    </message>
    <message>
        <source>Display name on GenAuth&apos;s login page</source>
        <translation>在 GenAuth 登录页上的显示名称</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Name of the App ID field</source>
        <translation>App ID 字段名</translation>
    </message>
    <message>
        <source>Name of the App Secret field</source>
        <translation>App Secret 字段名</translation>
    </message>
    <message>
        <source>App &amp;ID field:</source>
        <translation>App ID 字段(&amp;I)：</translation>
    </message>
    <message>
        <source>App S&amp;ecret field:</source>
        <translation>App Secret 字段(&amp;E)：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Done.&lt;/b&gt; Changes made in GenAuth: %n.</source>
        <translation>
            <numerusform>&lt;b&gt;完成。&lt;/b&gt;已在 GenAuth 中做了 %n 处修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; GenAuth already holds all of it.</source>
        <translation>&lt;b&gt;无需操作：&lt;/b&gt;GenAuth 中已经全部就绪。</translation>
    </message>
    <message>
        <source>Field names in GenAuth (which ones GenAuth reads is not settled, so both spellings are written; keep one only if you know GenAuth reads it)</source>
        <translation>GenAuth 中的字段名（GenAuth 读取哪一种尚无定论，因此两种写法都会写入；只有确知 GenAuth 读取哪一种时才只保留它）</translation>
    </message>
    <message>
        <source>Enter a display name, and field names for the App ID and the App Secret (separated by commas) that the two do not share.</source>
        <translation>请填写显示名称，以及 App ID 和 App Secret 的字段名（用逗号分隔），两者不能共用同一个字段名。</translation>
    </message>
</context>
<context>
    <name>fss::GenAuthAppsDialog</name>
    <message>
        <source>Asking GenAuth for the user pool&apos;s applications…</source>
        <translation>正在向 GenAuth 获取用户池的应用…</translation>
    </message>
    <message>
        <source>GenAuth applications</source>
        <translation>GenAuth 应用</translation>
    </message>
    <message>
        <source>GenAuth turns an identity source on per application. Tick every application whose users sign in with Feishu; the first ticked one is where the end-to-end login test signs in.</source>
        <translation>GenAuth 按应用启用身份源。请勾选所有其用户需用飞书登录的应用；勾选的第一个应用用于端到端登录测试。</translation>
    </message>
    <message>
        <source>Applications of the user pool</source>
        <translation>用户池的应用</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Feishu connection “%1”</source>
        <translation>飞书连接“%1”</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>off</source>
        <translation>未启用</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) in the user pool; the connection is on in %1.</source>
        <translation>
            <numerusform>用户池中有 %n 个应用；连接已在其中 %1 个启用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fss::GenAuthClient</name>
    <message>
        <source>GenAuth answered without a management token. Try again later.</source>
        <translation>GenAuth 的回复中没有管理令牌。请稍后重试。</translation>
    </message>
</context>
<context>
    <name>fss::GenAuthIdentitySource</name>
    <message>
        <source>&lt;Feishu identity source ID&gt;</source>
        <translation>&lt;飞书身份源 ID&gt;</translation>
    </message>
    <message>
        <source>&lt;connection ID&gt;</source>
        <translation>&lt;连接 ID&gt;</translation>
    </message>
    <message>
        <source>always: a management token from the user pool ID and secret</source>
        <translation>始终发送：用用户池 ID 和密钥申请管理令牌</translation>
    </message>
    <message>
        <source>always: looks for the user pool&apos;s Feishu identity source</source>
        <translation>始终发送：查找用户池的飞书身份源</translation>
    </message>
    <message>
        <source>only if the user pool has no Feishu identity source yet</source>
        <translation>仅当用户池还没有飞书身份源时</translation>
    </message>
    <message>
        <source>always: looks for a connection with the identifier “%1”</source>
        <translation>始终发送：查找唯一标识为“%1”的连接</translation>
    </message>
    <message>
        <source>only if no connection has that identifier</source>
        <translation>仅当没有连接使用该唯一标识时</translation>
    </message>
    <message>
        <source>only if the connection holds another App ID, App Secret or name</source>
        <translation>仅当连接保存的 App ID、App Secret 或名称不同时</translation>
    </message>
    <message>
        <source>always: whether the connection is enabled on the application</source>
        <translation>始终发送：确认连接是否已在应用上启用</translation>
    </message>
    <message>
        <source>only if it is not enabled on the application yet</source>
        <translation>仅当它尚未在应用上启用时</translation>
    </message>
    <message>
        <source>&lt;the Login Callback URLs it has&gt;</source>
        <translation>&lt;应用现有的登录回调 URL&gt;</translation>
    </message>
    <message>
        <source>only if %1 is not among the application&apos;s Login Callback URLs (for the end-to-end login test)</source>
        <translation>仅当 %1 不在应用的登录回调 URL 中时（供端到端登录测试使用）</translation>
    </message>
    <message>
        <source>Looking for the Feishu identity source…</source>
        <translation>正在查找飞书身份源…</translation>
    </message>
    <message>
        <source>The identifier “%1” belongs to a connection of type “%2”, not a Feishu enterprise self-built app.</source>
        <translation>唯一标识“%1”属于类型为“%2”的连接，而不是飞书企业自建应用。</translation>
    </message>
    <message>
        <source>It was left as it is. Choose another identifier in Step 2, or change that connection in the GenAuth console.</source>
        <translation>已保持原样。请在第 2 步选择其他唯一标识，或在 GenAuth 控制台中修改那个连接。</translation>
    </message>
    <message>
        <source>The connection “%1” already holds this App ID and App Secret: unchanged.</source>
        <translation>连接“%1”已保存这个 App ID 和 App Secret：未作修改。</translation>
    </message>
    <message>
        <source>Updating the connection “%1”…</source>
        <translation>正在更新连接“%1”…</translation>
    </message>
    <message>
        <source>Updated the connection “%1” with this App ID and App Secret.</source>
        <translation>已用这个 App ID 和 App Secret 更新连接“%1”。</translation>
    </message>
    <message>
        <source>Creating the connection “%1”…</source>
        <translation>正在创建连接“%1”…</translation>
    </message>
    <message>
        <source>Created the connection “%1” (Feishu enterprise self-built app).</source>
        <translation>已创建连接“%1”（飞书企业自建应用）。</translation>
    </message>
    <message>
        <source>Found the Feishu identity source “%1”.</source>
        <translation>找到了飞书身份源“%1”。</translation>
    </message>
    <message>
        <source>Creating the Feishu identity source…</source>
        <translation>正在创建飞书身份源…</translation>
    </message>
    <message>
        <source>Created the Feishu identity source “%1”.</source>
        <translation>已创建飞书身份源“%1”。</translation>
    </message>
    <message>
        <source>Not enabled on any application: no GenAuth application ID was given.</source>
        <translation>未在任何应用上启用：没有提供 GenAuth 应用 ID。</translation>
    </message>
    <message>
        <source>Already enabled on the application %1.</source>
        <translation>已在应用 %1 上启用。</translation>
    </message>
    <message>
        <source>Enabled it on the application %1.</source>
        <translation>已在应用 %1 上启用。</translation>
    </message>
    <message>
        <source>%1 is already a Login Callback URL of the application.</source>
        <translation>%1 已经是该应用的登录回调 URL。</translation>
    </message>
    <message>
        <source>Adding the login test&apos;s callback to the application…</source>
        <translation>正在把登录测试的回调地址添加到应用…</translation>
    </message>
    <message>
        <source>Added %1 to the application&apos;s Login Callback URLs, for the end-to-end login test.</source>
        <translation>已将 %1 添加到应用的登录回调 URL，供端到端登录测试使用。</translation>
    </message>
    <message>
        <source>Nothing to remove: no GenAuth application ID or login callback was given.</source>
        <translation>无需移除：未提供 GenAuth 应用 ID 或登录回调 URL。</translation>
    </message>
    <message>
        <source>Reading the application&apos;s Login Callback URLs…</source>
        <translation>正在读取应用的登录回调 URL…</translation>
    </message>
    <message>
        <source>%1 is not a Login Callback URL of the application: nothing to remove.</source>
        <translation>%1 不是该应用的登录回调 URL，无需移除。</translation>
    </message>
    <message>
        <source>Removing the login test&apos;s callback from the application…</source>
        <translation>正在从应用中移除登录测试的回调 URL…</translation>
    </message>
    <message>
        <source>Removed %1 from the application&apos;s Login Callback URLs.</source>
        <translation>已从应用的登录回调 URL 中移除 %1。</translation>
    </message>
    <message>
        <source>The identifier “%1” belongs to the connection of another Feishu app (App ID %2). It is not changed: everyone who signed in through it would arrive in GenAuth as a new user, because Feishu&apos;s open_id, by which GenAuth knows them, differs per app.</source>
        <translation>唯一标识“%1”属于另一个飞书应用（App ID %2）的身份源。不会修改它：否则所有通过它登录过的人都会作为新用户进入 GenAuth，因为 GenAuth 用来识别他们的飞书 open_id 每个应用都不同。</translation>
    </message>
    <message>
        <source>The connection “%1” exists, but GenAuth does not show its fields, so which App ID it holds cannot be read; it was left unchanged. The end-to-end login test proves it.</source>
        <translation>连接“%1”已存在，但 GenAuth 不显示它的字段，因此无法读出它保存的 App ID；它保持不变。端到端登录测试可以证明它是否正确。</translation>
    </message>
    <message>
        <source>GenAuth accepted the Login Callback URL %1 but does not list it. Add it on the application&apos;s page in the GenAuth console.</source>
        <translation>GenAuth 接受了登录回调 URL %1，但没有列出它。请在 GenAuth 控制台的应用页面中添加。</translation>
    </message>
    <message>
        <source>Enabling it on the application %1…</source>
        <translation>正在应用 %1 中启用…</translation>
    </message>
</context>
<context>
    <name>fss::LiveLogin</name>
    <message>
        <source>Without the embedded browser the login callback must be http://127.0.0.1:PORT/… so that this computer can listen for it.</source>
        <translation>没有内嵌浏览器时，登录回调必须是 http://127.0.0.1:端口/…，以便本机监听。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the login callback.</source>
        <translation>无法在 127.0.0.1 上监听登录回调。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 for the login callback; is another program using that port?</source>
        <translation>无法在 127.0.0.1:%1 上监听登录回调；是否有其他程序占用了该端口？</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到的值</translation>
    </message>
    <message>
        <source>Permission it needs</source>
        <translation>所需权限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not received although the permission looks granted: release a version with it (Step 5, 6)</source>
        <translation>权限看似已开通却未收到：请发布包含它的版本（第 5、6 步）</translation>
    </message>
    <message>
        <source>missing: permission not granted</source>
        <translation>缺少：权限未开通</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>another organisation than the app&apos;s (%1)</source>
        <translation>与应用不同的企业（%1）</translation>
    </message>
    <message>
        <source>Now sign in as someone else (Sign in as someone else): the app&apos;s availability range may hold only its creator, so your own login can pass while your colleagues are told “The app is not available”.</source>
        <translation>现在请换一个人登录（“以其他人身份登录”）：应用的可用范围可能只包含创建者本人，于是你自己能登录成功，同事却会看到“应用未开通”。</translation>
    </message>
    <message numerus="yes">
        <source>%n different people have passed this test, so the availability range lets in more than the app&apos;s creator.</source>
        <translation>
            <numerusform>已有 %n 个不同的人通过了此测试，可见可用范围不只包含应用的创建者。</numerusform>
        </translation>
    </message>
    <message>
        <source>Feishu sent no email although the permission is granted: this person has none in Feishu, or only an enterprise mailbox (which needs Feishu Mail and contact:user.employee:readonly).</source>
        <translation>权限已开通，飞书却没有发送邮箱：此人在飞书中没有邮箱，或只有企业邮箱（需要飞书邮箱和 contact:user.employee:readonly）。</translation>
    </message>
    <message>
        <source>Feishu sent no email although the permission is granted: this person has only an enterprise mailbox (%1), which Feishu sends as enterprise_email.</source>
        <translation>权限已开通，飞书却没有发送邮箱：此人只有企业邮箱（%1），飞书以 enterprise_email 发送它。</translation>
    </message>
    <message>
        <source>Feishu&apos;s emails are typed in by administrators and never verified: if GenAuth links accounts by email, a wrong or reused address joins someone else&apos;s GenAuth account, and a login without one cannot be linked at all. Link by Feishu&apos;s ID instead.</source>
        <translation>飞书的邮箱由管理员录入，从不经过验证：如果 GenAuth 按邮箱关联账号，填错或重复使用的地址会接入别人的 GenAuth 账号，而没有邮箱的登录根本无法关联。请改为按飞书的 ID 关联。</translation>
    </message>
    <message>
        <source>GenAuth records this person by Feishu&apos;s open_id %1 (its user identity: provider lark, type open_id). An open_id belongs to one app: if the connection&apos;s App ID is ever replaced, every user arrives in GenAuth as a new user. The union_id %2 stays the same across your apps.</source>
        <translation>GenAuth 按飞书的 open_id %1 记录此人（其用户身份：provider lark，type open_id）。open_id 只属于一个应用：一旦身份源的 App ID 被替换，每个用户都会作为新用户进入 GenAuth。union_id %2 在你的各个应用之间保持不变。</translation>
    </message>
    <message>
        <source>(not received)</source>
        <translation>（未收到）</translation>
    </message>
    <message>
        <source>Signed in from the app&apos;s own organisation (%1).</source>
        <translation>从应用所属的企业登录（%1）。</translation>
    </message>
    <message>
        <source>This person signed in from another organisation (tenant %1) than the app&apos;s (%2). A self-built app is for its own organisation: sign in with an account of %2.</source>
        <translation>此人从另一个企业（tenant %1）登录，而不是应用所属的企业（%2）。企业自建应用只供本企业使用：请用 %2 的账号登录。</translation>
    </message>
    <message>
        <source>Signed in from tenant %1. The app&apos;s own organisation could not be read to compare (%2); it needs the optional permission tenant:tenant:readonly.</source>
        <translation>从 tenant %1 登录。无法读取应用所属的企业来比较（%2）；这需要可选权限 tenant:tenant:readonly。</translation>
    </message>
    <message>
        <source>GenAuth&apos;s user for this login is %1. Run the test again as the same person (keep the browser signed in): the second run says whether GenAuth returns the same user.</source>
        <translation>这次登录对应的 GenAuth 用户是 %1。请以同一个人再测试一次（保持浏览器登录）：第二次会说明 GenAuth 是否返回同一个用户。</translation>
    </message>
    <message>
        <source>GenAuth returned the same user as the last run (%1): this person maps to one GenAuth user.</source>
        <translation>GenAuth 返回的用户与上次相同（%1）：此人对应唯一的 GenAuth 用户。</translation>
    </message>
    <message>
        <source>GenAuth returned another user (%1) than the last run (%2). If the same person signed in both times, GenAuth made a second user for them: check how the connection links accounts (Step 2, GenAuth console → the identity source → account binding).</source>
        <translation>GenAuth 返回的用户（%1）与上次（%2）不同。如果两次是同一个人登录，说明 GenAuth 为其创建了第二个用户：请检查身份源如何关联账号（第 2 步，GenAuth 控制台 → 身份源 → 账号绑定）。</translation>
    </message>
</context>
<context>
    <name>fss::LiveLoginPage</name>
    <message>
        <source>&amp;Feishu only (nothing reaches GenAuth)</source>
        <translation>仅飞书(&amp;F)（不会访问 GenAuth）</translation>
    </message>
    <message>
        <source>Through &amp;GenAuth, end to end</source>
        <translation>经由 GenAuth(&amp;G)，端到端</translation>
    </message>
    <message>
        <source>GenAuth application</source>
        <translation>GenAuth 应用</translation>
    </message>
    <message>
        <source>Authentication address</source>
        <translation>认证地址</translation>
    </message>
    <message>
        <source>Login callback URL</source>
        <translation>登录回调 URL</translation>
    </message>
    <message>
        <source>&amp;Start the login test</source>
        <translation>开始登录测试(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in as someone &amp;else</source>
        <translation>以其他身份登录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in between tests</source>
        <translation>在多次测试之间保持登录(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Au&amp;thentication address:</source>
        <translation>认证地址(&amp;T)：</translation>
    </message>
    <message>
        <source>Login call&amp;back URL:</source>
        <translation>登录回调 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Login test result</source>
        <translation>登录测试结果</translation>
    </message>
    <message>
        <source>Forgets the session of the test browser, then starts again.</source>
        <translation>清除测试浏览器的登录会话，然后重新开始。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for the login</source>
        <translation>等待登录的最长时间</translation>
    </message>
    <message>
        <source>User fields received</source>
        <translation>收到的用户字段</translation>
    </message>
    <message>
        <source>&amp;Wait up to:</source>
        <translation>最长等待(&amp;W)：</translation>
    </message>
    <message>
        <source>GenAuth application ID: none yet; enter it in Step 2.</source>
        <translation>GenAuth 应用 ID：尚未填写；请在第 2 步填写。</translation>
    </message>
    <message>
        <source>GenAuth application ID (Step 2): %1</source>
        <translation>GenAuth 应用 ID（第 2 步）：%1</translation>
    </message>
    <message>
        <source>The login starts at the GenAuth application, which sends you to Feishu and back, then to %1. Register that URL in the application&apos;s Login Callback URLs (GenAuth console → Applications → your application → Authentication Configuration); %2</source>
        <translation>登录从 GenAuth 应用开始，它会把你带到飞书再返回，然后跳转到 %1。请在该应用的登录回调 URL 中登记此地址（GenAuth 控制台 → 应用 → 你的应用 → 认证配置）；%2</translation>
    </message>
    <message>
        <source>the embedded browser catches it, so nothing needs to listen there.</source>
        <translation>内嵌浏览器会拦截它，所以不需要在那里监听。</translation>
    </message>
    <message>
        <source>this computer listens there for it.</source>
        <translation>本机会在那里监听。</translation>
    </message>
    <message>
        <source>The login goes to the redirect URL registered in Step 4:
%1
Nothing is sent to GenAuth, so this test needs no other redirect URL.</source>
        <translation>登录将跳转到第 4 步登记的重定向 URL：
%1
不会向 GenAuth 发送任何请求，因此本测试不需要其他重定向 URL。</translation>
    </message>
    <message>
        <source>This build has no embedded browser: the login opens in your browser and comes back to this computer. Click Start to see the extra redirect URL to register in Security Settings for this test; GenAuth&apos;s redirect URL (%1) stays as it is.</source>
        <translation>此版本没有内嵌浏览器：登录会在你的浏览器中打开，然后返回本机。点击“开始”查看为本测试需要在“安全设置”中额外登记的重定向 URL；GenAuth 的重定向 URL（%1）保持不变。</translation>
    </message>
    <message>
        <source>Asking GenAuth for its OpenID Connect endpoints…</source>
        <translation>正在向 GenAuth 查询其 OpenID Connect 端点…</translation>
    </message>
    <message>
        <source>Sign in on the GenAuth page below, then with Feishu…</source>
        <translation>请在下方的 GenAuth 页面登录，然后用飞书登录…</translation>
    </message>
    <message>
        <source>Sign in on the Feishu page below…</source>
        <translation>请在下方的飞书页面登录…</translation>
    </message>
    <message>
        <source>Sign in in your browser (it has just opened); the login comes back to %1.&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Open the login page again&lt;/a&gt;</source>
        <translation>请在浏览器中登录（浏览器刚刚已打开）；登录会返回到 %1。&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;再次打开登录页&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Register this extra redirect URL in Security Settings → Redirect URLs, then sign in in your browser (it has just opened):&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Open the login page again&lt;/a&gt;</source>
        <translation>请在“安全设置 → 重定向 URL”中登记这个额外的重定向 URL，然后在浏览器中登录（浏览器刚刚已打开）：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;再次打开登录页&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The embedded browser could not be loaded (%1).</source>
        <translation>无法加载内嵌浏览器（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The login works&lt;/b&gt;, but %n of the fields did not arrive although their permission looks granted.</source>
        <translation>
            <numerusform>&lt;b&gt;登录成功&lt;/b&gt;，但有 %n 个字段虽然权限看似已开通却没有收到。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The login works.&lt;/b&gt; These are the fields GenAuth will receive from Feishu.</source>
        <translation>&lt;b&gt;登录成功。&lt;/b&gt;以下是 GenAuth 将从飞书收到的字段。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The whole chain works:&lt;/b&gt; GenAuth signed you in with Feishu and issued a valid ID token (issuer %1, RS256 signature checked). These are its claims.</source>
        <translation>&lt;b&gt;整条链路正常：&lt;/b&gt;GenAuth 通过飞书为你完成登录，并签发了有效的 ID 令牌（签发者 %1，已校验 RS256 签名）。以下是其中的声明。</translation>
    </message>
    <message>
        <source>What the result means</source>
        <translation>结果说明</translation>
    </message>
    <message>
        <source>Sign in with Feishu as your users will.</source>
        <translation>像你的用户那样用飞书登录。</translation>
    </message>
    <message>
        <source>Feishu only: the wizard catches the redirect to GenAuth before it leaves this computer and shows the fields GenAuth will receive. Through GenAuth: the whole chain, up to your GenAuth application.</source>
        <translation>仅飞书：向导会在跳转到 GenAuth 的请求离开本机之前将其拦截，并显示 GenAuth 将收到的字段。经由 GenAuth：测试整条链路，直到你的 GenAuth 应用。</translation>
    </message>
</context>
<context>
    <name>fss::LoginProbe</name>
    <message>
        <source>No login came back within %1 seconds. If the Feishu page said the app is not available, enable the web page capability (Step 3), then publish the version with the signing-in user in its availability and have it approved (Step 6).</source>
        <translation>%1 秒内没有收到登录回调。如果飞书页面提示应用不可用，请开启网页应用能力（第 3 步），然后发布版本，使登录用户在可用范围内，并等待审核通过（第 6 步）。</translation>
    </message>
    <message>
        <source>The login was cancelled or declined on the Feishu page (access_denied). Start the test again and sign in.</source>
        <translation>登录在飞书页面被取消或拒绝（access_denied）。请重新开始测试并登录。</translation>
    </message>
    <message>
        <source>Feishu returned the error “%1”.</source>
        <translation>飞书返回了错误“%1”。</translation>
    </message>
    <message>
        <source>This test used %1.</source>
        <translation>本测试使用的是 %1。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Open ID</source>
        <translation>Open ID</translation>
    </message>
    <message>
        <source>Union ID</source>
        <translation>Union ID</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Enterprise email</source>
        <translation>企业邮箱</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Feishu login test: %1</source>
        <translation>飞书登录测试：%1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1 [%2] — fix it in %3</source>
        <translation>%1 [%2] — 请在%3中修正</translation>
    </message>
    <message>
        <source>not received, although %1 looks granted</source>
        <translation>未收到，尽管 %1 看似已开通</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>not received (%1 not granted)</source>
        <translation>未收到（%1 未开通）</translation>
    </message>
    <message>
        <source>Token scope: %1</source>
        <translation>令牌 scope：%1</translation>
    </message>
    <message>
        <source>Feishu&apos;s answer had no tenant_key</source>
        <translation>飞书的回复中没有 tenant_key</translation>
    </message>
</context>
<context>
    <name>fss::LoginShortcut</name>
    <message>
        <source>Go to the &amp;login test</source>
        <translation>前往登录测试(&amp;L)</translation>
    </message>
    <message>
        <source>Every step up to the login test is done or waits only for an administrator&apos;s approval.</source>
        <translation>登录测试之前的每一步都已完成，或只等管理员审核通过。</translation>
    </message>
</context>
<context>
    <name>fss::LoopbackReceiver</name>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>This address only receives the Feishu SSO Setup login test.</source>
        <translation>此地址只接收飞书单点登录配置的登录测试。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>This login does not belong to the test the wizard started. Nothing was used.</source>
        <translation>此次登录不属于向导发起的测试。没有使用任何内容。</translation>
    </message>
    <message>
        <source>Login received</source>
        <translation>已收到登录</translation>
    </message>
    <message>
        <source>You can close this window and return to Feishu SSO Setup.</source>
        <translation>你可以关闭此窗口，返回飞书单点登录配置。</translation>
    </message>
</context>
<context>
    <name>fss::NetworkPlugin</name>
    <message>
        <source>The network part of Feishu SSO Setup (fss_network) is not installed: install the program again.</source>
        <translation>Feishu SSO Setup 的网络部分（fss_network）未安装：请重新安装本程序。</translation>
    </message>
</context>
<context>
    <name>fss::OidcLogin</name>
    <message>
        <source>No login came back within %1 seconds. Check that the Feishu identity source is enabled on this GenAuth application (Step 2, Create it for me), that its Login Callback URLs hold %2, and that the Feishu app is released with the web page capability (Steps 3 and 6).</source>
        <translation>%1 秒内没有收到登录回调。请确认飞书身份源已在该 GenAuth 应用上启用（第 2 步，替我创建），其登录回调 URL 包含 %2，并且飞书应用已带网页应用能力发布（第 3 步和第 6 步）。</translation>
    </message>
    <message>
        <source>Enter the GenAuth application&apos;s Authentication address, its App ID (Step 2) and the login callback URL registered in it.</source>
        <translation>请填写 GenAuth 应用的认证地址、它的 App ID（第 2 步）以及在其中登记的登录回调 URL。</translation>
    </message>
    <message>
        <source>(The Authentication address is set on this page.)</source>
        <translation>（认证地址在本页设置。）</translation>
    </message>
    <message>
        <source>The discovery document at %1 names the issuer “%2”, which is not that address. Check the Authentication address.</source>
        <translation>%1 处的发现文档声明的签发者是“%2”，与该地址不符。请检查认证地址。</translation>
    </message>
    <message>
        <source>The provider names an endpoint that is not https: %1.</source>
        <translation>签发方声明了非 https 的端点：%1。</translation>
    </message>
    <message>
        <source>Refused: the login came back from “%1”, not from “%2”. Nothing was exchanged.</source>
        <translation>已拒绝：登录从“%1”返回，而不是“%2”。没有换取任何令牌。</translation>
    </message>
    <message>
        <source>The login was cancelled or declined (access_denied). Start the test again and sign in.</source>
        <translation>登录被取消或拒绝（access_denied）。请重新开始测试并登录。</translation>
    </message>
    <message>
        <source>GenAuth could not complete the Feishu login: %1. Check the App ID and App Secret the identity source holds in GenAuth (Step 2, Create it for me).</source>
        <translation>GenAuth 无法完成飞书登录：%1。请检查 GenAuth 中该身份源保存的 App ID 和 App Secret（第 2 步，替我创建）。</translation>
    </message>
    <message>
        <source>GenAuth refused the login request (%1): %2. Check the application&apos;s settings in GenAuth: OIDC authorization code with PKCE, and the scopes openid, profile, email and phone.</source>
        <translation>GenAuth 拒绝了登录请求（%1）：%2。请检查该应用在 GenAuth 中的设置：使用 PKCE 的 OIDC 授权码模式，以及 openid、profile、email 和 phone 这些 scope。</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>没有说明</translation>
    </message>
    <message>
        <source>GenAuth does not let this test use the application as a public client (%1). In the GenAuth console set the application&apos;s token endpoint authentication method to none, with PKCE.</source>
        <translation>GenAuth 不允许本测试以公开客户端方式使用该应用（%1）。请在 GenAuth 控制台将应用的换取令牌身份验证方式设为 none，并使用 PKCE。</translation>
    </message>
    <message>
        <source>GenAuth refused the code exchange (%1: %2). A code works once and for ten minutes: start the test again.</source>
        <translation>GenAuth 拒绝了授权码换取令牌（%1：%2）。授权码只能使用一次，有效期十分钟：请重新开始测试。</translation>
    </message>
    <message>
        <source>The provider&apos;s key set (JWKS) is unusable: %1.</source>
        <translation>签发方的密钥集（JWKS）不可用：%1。</translation>
    </message>
    <message>
        <source>GenAuth does not know %1 as a Login Callback URL of this application. Add it in the GenAuth console (Applications → your application → Authentication Configuration), or change it here.</source>
        <translation>GenAuth 不认为 %1 是该应用的登录回调 URL。请在 GenAuth 控制台（应用 → 你的应用 → 认证配置）中添加，或在此修改。</translation>
    </message>
    <message>
        <source>GenAuth has no application with the ID %1 at this Authentication address. Check both.</source>
        <translation>在此认证地址下，GenAuth 没有 ID 为 %1 的应用。请检查两者。</translation>
    </message>
    <message>
        <source>End-to-end login through GenAuth: %1</source>
        <translation>经由 GenAuth 的端到端登录：%1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>%1 [%2] — fix it in %3</source>
        <translation>%1 [%2] — 请在%3中修正</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>签发者：%1</translation>
    </message>
</context>
<context>
    <name>fss::PermissionsPage</name>
    <message>
        <source>Version number</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>&amp;Check the permissions with Feishu</source>
        <translation>向飞书检查权限(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add the missing ones in Feishu</source>
        <translation>在飞书中添加缺少的权限(&amp;A)</translation>
    </message>
    <message>
        <source>Open Permissions &amp;&amp; Scopes in Feishu</source>
        <translation>在飞书中打开“权限管理”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>&amp;Version you created:</source>
        <translation>你创建的版本号(&amp;V)：</translation>
    </message>
    <message>
        <source>Result of the permission check</source>
        <translation>权限检查的结果</translation>
    </message>
    <message>
        <source>Asking Feishu…</source>
        <translation>正在询问飞书…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>All seven permissions are granted.</source>
        <translation>七项权限均已开通。</translation>
    </message>
    <message>
        <source>Missing: %1. Add them in Feishu, then create and release a new version.</source>
        <translation>缺少：%1。请在飞书中添加，然后创建并发布新版本。</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未完成</translation>
    </message>
</context>
<context>
    <name>fss::PlanView</name>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>When</source>
        <translation>何时发送</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requests that will be sent</source>
        <translation>将要发送的请求</translation>
    </message>
    <message>
        <source>Body of the selected request</source>
        <translation>所选请求的请求体</translation>
    </message>
    <message>
        <source>Select a request to see what it sends.</source>
        <translation>选择一个请求，查看它发送的内容。</translation>
    </message>
    <message>
        <source>to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>（无请求体）</translation>
    </message>
</context>
<context>
    <name>fss::PublishPage</name>
    <message>
        <source>Open the app in Feishu</source>
        <translation>在飞书中打开应用</translation>
    </message>
    <message>
        <source>The availability includes the people who will sign in</source>
        <translation>可用范围包含所有将要登录的人员</translation>
    </message>
    <message>
        <source>An administrator approved it and the version is online</source>
        <translation>管理员已审核通过，版本已上线</translation>
    </message>
    <message>
        <source>I submitted version %1 for release</source>
        <translation>我已提交版本 %1 申请发布</translation>
    </message>
    <message>
        <source>Approval of the release</source>
        <translation>版本的审核</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve version %1. An administrator of your Feishu organisation approves it in the Feishu Admin Console under Workplace → App Review; the version&apos;s state also shows on &lt;a href=&quot;%2&quot;&gt;the app&apos;s page&lt;/a&gt;. Next check at %3.</source>
        <translation>正在等待管理员审核版本 %1。由飞书企业的管理员在飞书管理后台的“工作台 → 应用审核”中审核；版本状态也会显示在&lt;a href=&quot;%2&quot;&gt;应用页面&lt;/a&gt;上。下次检查时间 %3。</translation>
    </message>
    <message>
        <source>Version %1 was approved and is online.</source>
        <translation>版本 %1 已审核通过并上线。</translation>
    </message>
    <message>
        <source>Version %1 was rejected by an administrator. Ask them why, change what they ask for, and submit again (Set it up in Feishu for me).</source>
        <translation>版本 %1 被管理员驳回。请询问原因，按要求修改后重新提交（替我在飞书中配置）。</translation>
    </message>
    <message>
        <source>Version %1 is still waiting for approval; come back to this step later.</source>
        <translation>版本 %1 仍在等待审核；请稍后回到这一步。</translation>
    </message>
    <message>
        <source>Looking whether version %1 is approved…</source>
        <translation>正在查看版本 %1 是否已审核通过…</translation>
    </message>
    <message>
        <source>I submitted the version for release</source>
        <translation>我已提交版本发布</translation>
    </message>
</context>
<context>
    <name>fss::RedirectUrlPage</name>
    <message>
        <source>Open Security Settings in Feishu</source>
        <translation>在飞书中打开“安全设置”</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>重定向 URL</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the redirect URL</source>
        <translation>复制重定向 URL</translation>
    </message>
    <message>
        <source>I added exactly this URL under Redirect URLs and saved</source>
        <translation>我已在重定向 URL 中添加了与此完全一致的地址并保存</translation>
    </message>
</context>
<context>
    <name>fss::RemoveCommand</name>
    <message>
        <source>There is no profile “%1”: nothing of it is left to take down here.</source>
        <translation>没有名为“%1”的配置档案：这里没有需要撤除的内容。</translation>
    </message>
    <message>
        <source>Nothing of this setup is left in GenAuth or in the Feishu app&apos;s redirect URLs.</source>
        <translation>GenAuth 和飞书应用的重定向 URL 中都已没有此配置的任何内容。</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent, and the profile and its keychain entries stay.</source>
        <translation>试运行：未发送任何请求，配置档案及其钥匙串条目保留。</translation>
    </message>
    <message>
        <source>The profile “%1” and its keychain entries were deleted.</source>
        <translation>配置档案“%1”及其钥匙串条目已删除。</translation>
    </message>
    <message>
        <source>The profile and its keychain entries were kept, so that remove can run again once the failure is fixed (or forget them now with --forget-anyway).</source>
        <translation>配置档案及其钥匙串条目已保留，修复失败原因后可再次运行 remove（或用 --forget-anyway 立即删除）。</translation>
    </message>
</context>
<context>
    <name>fss::RemoveDialog</name>
    <message>
        <source>&amp;Take it down</source>
        <translation>撤除(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Forget it here anyway</source>
        <translation>仍在本机删除(&amp;F)</translation>
    </message>
    <message>
        <source>Take the setup down</source>
        <translation>撤除配置</translation>
    </message>
    <message>
        <source>Profile “%1”: the wizard reads what the setup left in GenAuth and Feishu and lists every request first. The profile and its secrets in the keychain are forgotten last, once all of it is gone.</source>
        <translation>配置档案“%1”：向导会读取此配置在 GenAuth 和飞书中留下的内容，并先列出每个请求。全部撤除后，最后删除配置档案及其在钥匙串中的密钥。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reading what the setup left…</source>
        <translation>正在读取配置留下的内容…</translation>
    </message>
    <message>
        <source>Nothing of this setup is left in GenAuth or in the Feishu app&apos;s redirect URLs.</source>
        <translation>GenAuth 和飞书应用的重定向 URL 中都已没有此配置的任何内容。</translation>
    </message>
    <message>
        <source>&amp;Forget the profile</source>
        <translation>删除配置档案(&amp;F)</translation>
    </message>
    <message>
        <source>The profile and its keychain entries were kept, so that this can run again once the failure is fixed.</source>
        <translation>配置档案及其钥匙串条目已保留，修复失败原因后可再次运行。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt; The profile “%1” and its keychain entries were deleted.</source>
        <translation>&lt;b&gt;完成。&lt;/b&gt;配置档案“%1”及其钥匙串条目已删除。</translation>
    </message>
</context>
<context>
    <name>fss::RotateSecretCommand</name>
    <message>
        <source>rotate-secret needs the user pool secret, to give GenAuth the new App Secret: set FSS_USERPOOL_SECRET, or store it in the wizard (Step 2).</source>
        <translation>rotate-secret 需要用户池密钥才能把新的 App Secret 交给 GenAuth：请设置 FSS_USERPOOL_SECRET，或在向导（第 2 步）中保存。</translation>
    </message>
    <message>
        <source>GenAuth refused the user pool secret: it may have been rotated in GenAuth. Store the new one in the wizard (Step 2) or set FSS_USERPOOL_SECRET, then run rotate-secret again. Nothing was changed.</source>
        <translation>GenAuth 拒绝了用户池密钥：它可能已在 GenAuth 中轮换。请在向导（第 2 步）中保存新的用户池密钥或设置 FSS_USERPOOL_SECRET，然后重新运行 rotate-secret。未做任何更改。</translation>
    </message>
    <message>
        <source>The plan, prepared while the old App Secret still works:</source>
        <translation>计划（在旧 App Secret 仍可用时准备好）：</translation>
    </message>
    <message>
        <source>Now reset the App Secret in Feishu&apos;s developer console: %1 → Credentials &amp; Basic Info → App Secret → Reset. Logins through GenAuth fail from then until GenAuth holds the new one, so paste it here at once (it is not shown), then press Enter:</source>
        <translation>现在请在飞书开发者后台重置 App Secret：%1 → 凭证与基础信息 → App Secret → 重置。从重置起到 GenAuth 拿到新密钥为止，经 GenAuth 的登录都会失败，所以请立即把新密钥粘贴到这里（不会显示），然后按回车：</translation>
    </message>
    <message>
        <source>No new App Secret was given (standard input or FSS_NEW_APP_SECRET). Nothing was changed.</source>
        <translation>没有提供新的 App Secret（标准输入或 FSS_NEW_APP_SECRET）。未做任何更改。</translation>
    </message>
    <message>
        <source>This App Secret was already in use in Feishu, GenAuth and the keychain: nothing was sent. To rotate it, reset it in Credentials &amp; Basic Info first.</source>
        <translation>飞书、GenAuth 和钥匙串已在使用这个 App Secret：未发送任何请求。如要轮换，请先在“凭证与基础信息”中重置。</translation>
    </message>
    <message>
        <source>GenAuth had the new App Secret %1 s after you pasted it.</source>
        <translation>粘贴后 %1 秒，GenAuth 已拿到新的 App Secret。</translation>
    </message>
    <message>
        <source>Run rotate-secret again with the same new App Secret: it goes on from where it stopped and sends only what is missing.</source>
        <translation>用同一个新 App Secret 再次运行 rotate-secret：它会从中断处继续，只发送缺少的部分。</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Every check passes with the new App Secret (%n passed). Prove a login end to end with the wizard&apos;s login test.</source>
        <translation>
            <numerusform>使用新的 App Secret，所有检查均通过（%n 项通过）。请用向导的登录测试端到端验证一次登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fss::RotateSecretDialog</name>
    <message>
        <source>&amp;Open Credentials &amp;&amp; Basic Info in Feishu</source>
        <translation>在飞书中打开“凭证与基础信息”(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>轮换(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>重试(&amp;E)</translation>
    </message>
    <message>
        <source>Rotate the App Secret</source>
        <translation>轮换 App Secret</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;The wizard prepares everything while the old App Secret still works (below).&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Credentials &amp;amp; Basic Info&lt;/b&gt; in Feishu, click &lt;b&gt;Reset&lt;/b&gt; next to the App Secret and copy the new one. From then on, logins through GenAuth fail until GenAuth holds it.&lt;/li&gt;&lt;li&gt;Paste it here at once and click &lt;b&gt;Rotate&lt;/b&gt;: Feishu must take it first; then GenAuth gets it, and the keychain keeps it last.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;向导会在旧 App Secret 仍可用时做好一切准备（见下方）。&lt;/li&gt;&lt;li&gt;在飞书中打开&lt;b&gt;凭证与基础信息&lt;/b&gt;，点击 App Secret 旁的&lt;b&gt;重置&lt;/b&gt;并复制新密钥。从此刻起，经 GenAuth 的登录都会失败，直到 GenAuth 拿到新密钥。&lt;/li&gt;&lt;li&gt;立即粘贴到这里并点击&lt;b&gt;轮换&lt;/b&gt;：先由飞书验证；然后交给 GenAuth，最后存入钥匙串。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New App Secret</source>
        <translation>新的 App Secret</translation>
    </message>
    <message>
        <source>Paste the new App Secret</source>
        <translation>粘贴新的 App Secret</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>GenAuth refused the user pool secret (rotated in GenAuth?). Enter the new one in Step 2, then rotate again. Nothing was changed.</source>
        <translation>GenAuth 拒绝了用户池密钥（已在 GenAuth 中轮换？）。请在第 2 步中输入新的用户池密钥，然后重新轮换。未做任何更改。</translation>
    </message>
    <message>
        <source>Ready: GenAuth&apos;s connection was found; the new secret goes under its field %1. Reset the secret in Feishu now and paste the new one.</source>
        <translation>已就绪：已找到 GenAuth 的连接，新密钥将写入其字段 %1。现在请在飞书中重置密钥并粘贴新密钥。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to do:&lt;/b&gt; this App Secret is already in use everywhere. Reset it in Feishu first to rotate it.</source>
        <translation>&lt;b&gt;无需操作：&lt;/b&gt;各处都已在使用这个 App Secret。如要轮换，请先在飞书中重置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotated.&lt;/b&gt; GenAuth had the new App Secret %1 s after you pasted it. Every check runs again with it; prove a login with the end-to-end login test.</source>
        <translation>&lt;b&gt;已轮换。&lt;/b&gt;粘贴后 %1 秒，GenAuth 已拿到新的 App Secret。所有检查会用它重新运行；请用端到端登录测试验证一次登录。</translation>
    </message>
</context>
<context>
    <name>fss::SandboxBanner</name>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt;&lt;br&gt;Nothing leaves this computer: Feishu is imitated at %1.</source>
        <translation>&lt;b&gt;沙箱&lt;/b&gt;&lt;br&gt;所有数据都不会离开本机：飞书由 %1 模拟。</translation>
    </message>
    <message>
        <source>GenAuth is imitated at %1, as a private host.</source>
        <translation>GenAuth 由 %1 模拟，作为私有化部署主机。</translation>
    </message>
    <message>
        <source>Step 2 is filled in with the test app (App ID %1); every live check runs against the imitation.</source>
        <translation>第 2 步已填入测试应用（App ID %1）；所有实时检查都针对模拟服务运行。</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>沙箱模式</translation>
    </message>
</context>
<context>
    <name>fss::SandboxServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>无法在 127.0.0.1:%1 上监听（端口是否已被占用？）</translation>
    </message>
</context>
<context>
    <name>fss::SecretRotation</name>
    <message>
        <source>Feishu takes the new App Secret.</source>
        <translation>飞书接受新的 App Secret。</translation>
    </message>
    <message>
        <source>Feishu has not taken a new App Secret from the wizard.</source>
        <translation>飞书尚未接受向导提供的新 App Secret。</translation>
    </message>
    <message>
        <source>GenAuth&apos;s connection holds the new App Secret (read back).</source>
        <translation>GenAuth 的连接已保存新的 App Secret（已读回确认）。</translation>
    </message>
    <message>
        <source>GenAuth accepted the new App Secret (it does not show secrets, so the login test is the proof).</source>
        <translation>GenAuth 接受了新的 App Secret（它不显示密钥，因此以登录测试为证）。</translation>
    </message>
    <message>
        <source>Whether GenAuth&apos;s connection holds the new App Secret is not known: its update failed and reading it back did not tell. Retry.</source>
        <translation>无法确定 GenAuth 的连接是否已保存新的 App Secret：更新失败，读回也无法判断。请重试。</translation>
    </message>
    <message>
        <source>GenAuth&apos;s connection still holds the old App Secret: once it is reset in Feishu, every login through GenAuth fails until GenAuth holds the new one.</source>
        <translation>GenAuth 的连接仍保存着旧的 App Secret：一旦在飞书中重置，经 GenAuth 的登录都会失败，直到 GenAuth 拿到新密钥。</translation>
    </message>
    <message>
        <source>The keychain holds the new App Secret.</source>
        <translation>钥匙串已保存新的 App Secret。</translation>
    </message>
    <message>
        <source>The keychain still holds the old App Secret.</source>
        <translation>钥匙串仍保存着旧的 App Secret。</translation>
    </message>
    <message>
        <source>first: a tenant token with the pasted secret; nothing else is sent unless Feishu takes it</source>
        <translation>第一步：用粘贴的密钥获取 tenant token；飞书不接受就不发送其他任何请求</translation>
    </message>
    <message>
        <source>then: only the secret fields of the connection “%1” (%2)</source>
        <translation>然后：只更新连接“%1”的密钥字段（%2）</translation>
    </message>
    <message>
        <source>then: reads the connection back; the keychain keeps the new secret only after this</source>
        <translation>然后：读回连接；之后钥匙串才保存新密钥</translation>
    </message>
    <message>
        <source>Rotate the App Secret</source>
        <translation>轮换 App Secret</translation>
    </message>
    <message>
        <source>Asking GenAuth for a management token…</source>
        <translation>正在向 GenAuth 获取管理令牌…</translation>
    </message>
    <message>
        <source>GenAuth has no connection with the identifier “%1”: there is no App Secret to rotate there. Set it up first (Step 2, Create it for me).</source>
        <translation>GenAuth 中没有唯一标识为“%1”的连接：那里没有可轮换的 App Secret。请先完成配置（第 2 步，替我创建）。</translation>
    </message>
    <message>
        <source>Looking for the connection “%1”…</source>
        <translation>正在查找连接“%1”…</translation>
    </message>
    <message>
        <source>The rotation is not prepared: GenAuth&apos;s connection has not been found yet.</source>
        <translation>轮换尚未准备好：还没有找到 GenAuth 的连接。</translation>
    </message>
    <message>
        <source>Asking Feishu whether it takes the new App Secret…</source>
        <translation>正在询问飞书是否接受新的 App Secret…</translation>
    </message>
    <message>
        <source>Feishu does not take the pasted App Secret: %1 Nothing was changed; GenAuth and the keychain still hold the old one.</source>
        <translation>飞书不接受粘贴的 App Secret：%1 未做任何更改；GenAuth 和钥匙串仍保存着旧密钥。</translation>
    </message>
    <message>
        <source>The connection already holds this App Secret.</source>
        <translation>连接已保存这个 App Secret。</translation>
    </message>
    <message>
        <source>Giving GenAuth&apos;s connection the new App Secret…</source>
        <translation>正在把新的 App Secret 交给 GenAuth 的连接…</translation>
    </message>
    <message>
        <source>GenAuth answered the update.</source>
        <translation>GenAuth 已响应更新。</translation>
    </message>
    <message>
        <source>GenAuth answered the update, but its connection still holds another App Secret.</source>
        <translation>GenAuth 响应了更新，但其连接仍保存着另一个 App Secret。</translation>
    </message>
    <message>
        <source>GenAuth answered the update, but the connection “%1” is no longer there.</source>
        <translation>GenAuth 响应了更新，但连接“%1”已不存在。</translation>
    </message>
    <message>
        <source>GenAuth did not take the new App Secret: %1</source>
        <translation>GenAuth 没有接受新的 App Secret：%1</translation>
    </message>
    <message>
        <source>GenAuth&apos;s answer to the update failed (%1), but the connection holds the new App Secret.</source>
        <translation>GenAuth 对更新的响应失败（%1），但连接已保存新的 App Secret。</translation>
    </message>
    <message>
        <source>The connection holds the new App Secret.</source>
        <translation>连接已保存新的 App Secret。</translation>
    </message>
    <message>
        <source>GenAuth does not show secrets: the login test is the proof.</source>
        <translation>GenAuth 不显示密钥：以登录测试为证。</translation>
    </message>
    <message>
        <source>Putting the new App Secret in the keychain…</source>
        <translation>正在把新的 App Secret 存入钥匙串…</translation>
    </message>
    <message>
        <source>The keychain did not take the new App Secret: %1</source>
        <translation>钥匙串没有保存新的 App Secret：%1</translation>
    </message>
</context>
<context>
    <name>fss::SetupChecks</name>
    <message>
        <source>App ID and App Secret accepted by Feishu</source>
        <translation>飞书接受了 App ID 和 App Secret</translation>
    </message>
    <message>
        <source>Web page capability in the released version</source>
        <translation>发布的版本具备网页应用能力</translation>
    </message>
    <message>
        <source>GenAuth redirect URL registered</source>
        <translation>已登记 GenAuth 重定向 URL</translation>
    </message>
    <message>
        <source>Permission: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>A version is released and approved</source>
        <translation>已有版本发布并审核通过</translation>
    </message>
    <message>
        <source>GenAuth&apos;s Feishu identity source holds this App ID and App Secret</source>
        <translation>GenAuth 的飞书身份源保存了这个 App ID 和 App Secret</translation>
    </message>
    <message>
        <source>The identity source is enabled on the GenAuth application</source>
        <translation>身份源已在 GenAuth 应用上启用</translation>
    </message>
    <message>
        <source>Feishu accepted the App ID and App Secret and issued a tenant access token.</source>
        <translation>飞书接受了 App ID 和 App Secret，并签发了 tenant_access_token。</translation>
    </message>
    <message>
        <source>Not checked: this needs a tenant access token, and getting one failed (see the credentials check).</source>
        <translation>未检查：这需要 tenant_access_token，而获取失败（见凭证检查）。</translation>
    </message>
    <message>
        <source>Granted: Feishu answered a request that needs it. (The scope list could not be read: %1)</source>
        <translation>已开通：飞书响应了需要该权限的请求。（无法读取权限列表：%1）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Not verified: the app may read its own record only with the optional permission %1. Enable it to let the wizard check this step, or check it in the console.</source>
        <translation>未验证：应用只有开通可选权限 %1 才能读取自身信息。开通它以便向导检查这一步，或在后台自行检查。</translation>
    </message>
    <message>
        <source>Not checked: enter the connection identifier and user pool ID first (Step 2).</source>
        <translation>未检查：请先填写连接唯一标识和用户池 ID（第 2 步）。</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>已登记：%1</translation>
    </message>
    <message>
        <source>No redirect URL is registered. Add exactly %1 in Security Settings → Redirect URLs.</source>
        <translation>尚未登记任何重定向 URL。请在“安全设置 → 重定向 URL”中添加与 %1 完全一致的地址。</translation>
    </message>
    <message>
        <source>%1 is not registered (it must match exactly). Registered now: %2.</source>
        <translation>%1 尚未登记（必须完全一致）。目前已登记：%2。</translation>
    </message>
    <message>
        <source>The app is disabled in your organisation. An administrator must enable it.</source>
        <translation>该应用在你的企业中已被停用。需要管理员启用。</translation>
    </message>
    <message>
        <source>No version has been released. Create a version (Step 5), then publish it and have it approved.</source>
        <translation>还没有发布任何版本。请创建版本（第 5 步），然后发布并等待审核通过。</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval; nothing is released yet. Ask an administrator to approve it.</source>
        <translation>版本 %1 正在等待审核；尚未发布任何版本。请联系管理员审核。</translation>
    </message>
    <message>
        <source>Version %1 is waiting for approval; the released version is still %2. Ask an administrator to approve it.</source>
        <translation>版本 %1 正在等待审核；已发布的版本仍是 %2。请联系管理员审核。</translation>
    </message>
    <message>
        <source>Version %1 is released.</source>
        <translation>版本 %1 已发布。</translation>
    </message>
    <message>
        <source>Enabled in the released version %1.</source>
        <translation>已在发布的版本 %1 中开启。</translation>
    </message>
    <message>
        <source>Enabled in version %1, which is not released yet. Publish it and have it approved.</source>
        <translation>已在版本 %1 中开启，但该版本尚未发布。请发布并等待审核通过。</translation>
    </message>
    <message>
        <source>No version exists yet. Enable Web page under Features, then create and release a version.</source>
        <translation>还没有任何版本。请在“应用能力”中开启网页应用，然后创建并发布版本。</translation>
    </message>
    <message>
        <source>No version has the web page capability. Enable Web page under Features, then create and release a version.</source>
        <translation>没有任何版本带有网页应用能力。请在“应用能力”中开启网页应用，然后创建并发布版本。</translation>
    </message>
    <message>
        <source>Not checked: reading GenAuth needs the user pool secret (Step 2; FSS_USERPOOL_SECRET for the check command).</source>
        <translation>未检查：读取 GenAuth 需要用户池密钥（第 2 步；check 命令可用 FSS_USERPOOL_SECRET）。</translation>
    </message>
    <message>
        <source>GenAuth has no identity source connection with the identifier “%1”. Use Create it for me in Step 2, or add the Feishu enterprise self-built app in the GenAuth console.</source>
        <translation>GenAuth 中没有唯一标识为“%1”的身份源连接。请在第 2 步使用“替我创建”，或在 GenAuth 控制台中添加飞书企业自建应用。</translation>
    </message>
    <message>
        <source>Not checked: there is no connection to enable yet.</source>
        <translation>未检查：还没有可以启用的连接。</translation>
    </message>
    <message>
        <source>Choose another identifier in Step 2.</source>
        <translation>请在第 2 步选择其他唯一标识。</translation>
    </message>
    <message>
        <source>Not checked: the identifier belongs to another connection.</source>
        <translation>未检查：该唯一标识属于另一个连接。</translation>
    </message>
    <message>
        <source>The connection “%1” holds another App Secret than Step 2. Run Create it for me to update it, or correct it in the GenAuth console.</source>
        <translation>连接“%1”保存的 App Secret 与第 2 步不同。请运行“替我创建”进行更新，或在 GenAuth 控制台中修改。</translation>
    </message>
    <message>
        <source>“%1” (%2) holds App ID %3 and the same App Secret.</source>
        <translation>“%1”（%2）保存了 App ID %3 和相同的 App Secret。</translation>
    </message>
    <message>
        <source>“%1” (%2) holds App ID %3; GenAuth does not show its App Secret, so that was not compared.</source>
        <translation>“%1”（%2）保存了 App ID %3；GenAuth 不显示其 App Secret，因此未比较。</translation>
    </message>
    <message>
        <source>Not checked: enter the GenAuth application ID in Step 2.</source>
        <translation>未检查：请在第 2 步填写 GenAuth 应用 ID。</translation>
    </message>
    <message>
        <source>Enabled on the application %1.</source>
        <translation>已在应用 %1 上启用。</translation>
    </message>
    <message>
        <source>Not enabled on the application %1, so its users cannot sign in with Feishu. Use Create it for me in Step 2, or enable the application on the connection&apos;s page in the GenAuth console.</source>
        <translation>未在应用 %1 上启用，因此其用户无法用飞书登录。请在第 2 步使用“替我创建”，或在 GenAuth 控制台的连接页面中为该应用启用。</translation>
    </message>
    <message>
        <source>The availability range includes the people who will sign in</source>
        <translation>可用范围包含将要登录的人</translation>
    </message>
    <message>
        <source>the user identity (user_access_token)</source>
        <translation>用户身份（user_access_token）</translation>
    </message>
    <message>
        <source>the app identity (tenant_access_token)</source>
        <translation>应用身份（tenant_access_token）</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Feishu: the app&apos;s scope list (application/v6/scopes)</source>
        <translation>飞书：应用的权限列表（application/v6/scopes）</translation>
    </message>
    <message>
        <source>Feishu: an answer of contact/v3/users/batch_get_id</source>
        <translation>飞书：contact/v3/users/batch_get_id 的应答</translation>
    </message>
    <message>
        <source>Feishu: an answer of contact/v3/scopes</source>
        <translation>飞书：contact/v3/scopes 的应答</translation>
    </message>
    <message>
        <source>Feishu: the answer to a request that needs it</source>
        <translation>飞书：需要该权限的请求的应答</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Granted (%1) for %2, and Feishu answered a request that needs it.</source>
        <translation>已开通（%1），适用于%2，且飞书已应答需要该权限的请求。</translation>
    </message>
    <message>
        <source>Granted (%1) for %2.</source>
        <translation>已开通（%1），适用于%2。</translation>
    </message>
    <message>
        <source>Granted for %1 only.</source>
        <translation>仅对%1开通。</translation>
    </message>
    <message>
        <source>Requested but not granted yet for %1: %2. It takes effect when a version that includes it is released and approved.</source>
        <translation>已申请但尚未对%1开通：%2。包含它的版本发布并审核通过后生效。</translation>
    </message>
    <message>
        <source>Not enabled for %1: add %2 in Permissions &amp; Scopes (or use Set it up in Feishu for me), then release a version.</source>
        <translation>尚未对%1开通：请在“权限管理”中添加 %2（或使用“帮我在飞书中设置”），然后发布版本。</translation>
    </message>
    <message>
        <source>Feishu: the app&apos;s record (application/v6/applications/me, redirect_urls)</source>
        <translation>飞书：应用信息（application/v6/applications/me，redirect_urls）</translation>
    </message>
    <message>
        <source>Feishu: the app&apos;s record (online_version_id, unaudit_version_id)</source>
        <translation>飞书：应用信息（online_version_id、unaudit_version_id）</translation>
    </message>
    <message>
        <source>Feishu: the app&apos;s versions (application/v6/…/app_versions, ability.web_app)</source>
        <translation>飞书：应用的版本（application/v6/…/app_versions，ability.web_app）</translation>
    </message>
    <message>
        <source>Feishu: the released version&apos;s availability range (app_versions, remark.visibility)</source>
        <translation>飞书：已发布版本的可用范围（app_versions，remark.visibility）</translation>
    </message>
    <message>
        <source>Not verified: the app may read its own versions only with the optional permission %1.</source>
        <translation>未验证：应用只有具备可选权限 %1 才能读取自己的版本。</translation>
    </message>
    <message>
        <source>Not checked: no version is released yet, and the range comes with the released version.</source>
        <translation>未检查：尚未发布任何版本，可用范围随已发布版本生效。</translation>
    </message>
    <message>
        <source>Not checked: Feishu&apos;s answer for version %1 carries no availability range; check it on the app&apos;s page in the console.</source>
        <translation>未检查：飞书对版本 %1 的应答中没有可用范围；请在开发者后台的应用页面上查看。</translation>
    </message>
    <message>
        <source>; visibility/check_white_black_list for %1</source>
        <translation>；已为 %1 查询 visibility/check_white_black_list</translation>
    </message>
    <message>
        <source>Not everyone meant can sign in: version %1 is available to %2, and you meant %3. Set it up in Feishu for me changes the range with a new version an administrator approves (or change Availability in the console).</source>
        <translation>并非所有预期的人都能登录：版本 %1 对%2可用，而您希望对%3可用。“帮我在飞书中设置”会通过一个需管理员审核的新版本修改可用范围（也可在开发者后台修改可用范围）。</translation>
    </message>
    <message>
        <source>Version %1 is available to %2.</source>
        <translation>版本 %1 对%2可用。</translation>
    </message>
    <message>
        <source>%1, who signed in in the login test, is on the app&apos;s deny list and cannot use it. An administrator removes them from it in the Feishu Admin Console (Workplace → App Management → Availability).</source>
        <translation>在登录测试中登录的 %1 在应用的禁用名单中，无法使用该应用。管理员可在飞书管理后台（工作台 → 应用管理 → 可用范围）将其移除。</translation>
    </message>
    <message>
        <source>%1, who signed in in the login test, is not in the availability range of version %2.</source>
        <translation>在登录测试中登录的 %1 不在版本 %2 的可用范围内。</translation>
    </message>
    <message>
        <source>%1, who signed in in the login test, may use it.</source>
        <translation>在登录测试中登录的 %1 可以使用该应用。</translation>
    </message>
    <message>
        <source>Whether %1 (from the login test) may use it could not be asked: %2</source>
        <translation>无法查询 %1（来自登录测试）是否可以使用该应用：%2</translation>
    </message>
    <message>
        <source>Feishu: the app&apos;s record (application.get, scopes[].token_types) and its scope list (application/v6/scopes)</source>
        <translation>飞书：应用信息（application.get，scopes[].token_types）和应用的权限列表（application/v6/scopes）</translation>
    </message>
    <message>
        <source>Feishu: user_info in the last login test</source>
        <translation>飞书：上次登录测试中的 user_info</translation>
    </message>
    <message>
        <source>Received: Feishu&apos;s user_info carried union_id (%1) in the last login test, so GenAuth receives it.</source>
        <translation>已收到：上次登录测试中飞书的 user_info 带有 union_id（%1），因此 GenAuth 能收到它。</translation>
    </message>
    <message>
        <source>Not received: Feishu&apos;s user_info carried no union_id in the last login test. Add %1 in Permissions &amp; Scopes if the console offers it, release a version, and run the login test again.</source>
        <translation>未收到：上次登录测试中飞书的 user_info 没有 union_id。如果开发者后台提供 %1，请在“权限管理”中添加它，发布版本，然后重新运行登录测试。</translation>
    </message>
    <message>
        <source>Not verified yet: Feishu&apos;s user_info returns union_id without a permission, and no official page names a scope for it (%1 is asked for, and Feishu may refuse it). The login test shows whether it arrives.</source>
        <translation>尚未验证：飞书的 user_info 无需权限即返回 union_id，也没有任何官方页面为它列出权限（向导会申请 %1，飞书可能拒绝）。登录测试会显示它是否送达。</translation>
    </message>
    <message>
        <source>Not verified: GenAuth&apos;s answer for the connection “%1” carries none of its fields, so the App ID it holds cannot be seen. The end-to-end login test through GenAuth is the proof.</source>
        <translation>未验证：GenAuth 对连接“%1”的应答不含任何字段，因此看不到它保存的 App ID。通过 GenAuth 的端到端登录测试才是证明。</translation>
    </message>
    <message>
        <source>The connection “%1” holds no App ID under the field names %2. If GenAuth names it differently, set the field names in Create it for me; otherwise run it to fill them in.</source>
        <translation>连接“%1”在字段名 %2 下没有保存 App ID。如果 GenAuth 使用其他名称，请在“替我创建”中设置字段名；否则运行它来填写。</translation>
    </message>
    <message>
        <source>Failing since %1; it last passed %2, when it said: “%3”</source>
        <translation>自 %1 起未通过；上次通过是在 %2，当时的结论是：“%3”</translation>
    </message>
    <message>
        <source>It last passed %1, when it said: “%2”</source>
        <translation>上次通过是在 %1，当时的结论是：“%2”</translation>
    </message>
    <message>
        <source>Failing since %1.</source>
        <translation>自 %1 起未通过。</translation>
    </message>
    <message>
        <source>Enabled on each of the applications %1.</source>
        <translation>已在以下每个应用中启用：%1。</translation>
    </message>
    <message>
        <source>Not enabled on the applications %1 (it is on %2), so their users cannot sign in with Feishu. Use Create it for me in Step 2, or enable them on the connection&apos;s page in the GenAuth console.</source>
        <translation>未在应用 %1 中启用（已在 %2 中启用），这些应用的用户无法用飞书登录。请使用第 2 步的“替我创建”，或在 GenAuth 控制台的连接页面中启用。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Feishu: a tenant access token for the App ID and App Secret (auth/v3/tenant_access_token/internal)</source>
        <translation>飞书：用该 App ID 和 App Secret 获取的 tenant access token（auth/v3/tenant_access_token/internal）</translation>
    </message>
    <message>
        <source>GenAuth: the user pool&apos;s identity sources and their connections</source>
        <translation>GenAuth：用户池的身份源及其连接</translation>
    </message>
</context>
<context>
    <name>fss::SetupRemoval</name>
    <message>
        <source>Take the setup down</source>
        <translation>撤除配置</translation>
    </message>
    <message>
        <source>Looking for the connection “%1” in GenAuth…</source>
        <translation>正在 GenAuth 中查找连接“%1”…</translation>
    </message>
    <message>
        <source>The connection “%1” in GenAuth is not this app&apos;s (%2): it was left as it is.</source>
        <translation>GenAuth 中的连接“%1”不属于此应用（%2）：保持不变。</translation>
    </message>
    <message>
        <source>GenAuth has no connection “%1” of this app: nothing to take down there.</source>
        <translation>GenAuth 中没有此应用的连接“%1”：那里无需撤除。</translation>
    </message>
    <message>
        <source>takes the login test&apos;s callback %1 off the application %2</source>
        <translation>从应用 %2 中移除登录测试的回调 %1</translation>
    </message>
    <message>
        <source>switches the connection off on the application %1 (%2)</source>
        <translation>在应用 %1（%2）中关闭连接</translation>
    </message>
    <message>
        <source>then deletes the connection “%1”; it is read back gone</source>
        <translation>然后删除连接“%1”，并读回确认已删除</translation>
    </message>
    <message>
        <source>Reading the Feishu app&apos;s redirect URLs…</source>
        <translation>正在读取飞书应用的重定向 URL…</translation>
    </message>
    <message>
        <source>The Feishu app&apos;s redirect URLs could not be read (%1). If %2 is still under Security Settings → Redirect URLs, remove it there: %3</source>
        <translation>无法读取飞书应用的重定向 URL（%1）。如果 %2 仍在“安全设置 → 重定向 URL”中，请在那里移除：%3</translation>
    </message>
    <message>
        <source>The Feishu app does not hold application:application:patch, so the wizard cannot change it: remove %1 under Security Settings → Redirect URLs yourself: %2</source>
        <translation>飞书应用没有 application:application:patch 权限，向导无法修改它：请自行在“安全设置 → 重定向 URL”中移除 %1：%2</translation>
    </message>
    <message>
        <source>takes GenAuth&apos;s redirect URL off the Feishu app (at once, no release needed)</source>
        <translation>从飞书应用中移除 GenAuth 的重定向 URL（立即生效，无需发布）</translation>
    </message>
    <message>
        <source>Feishu does not let the wizard change this app (%1): remove %2 under Security Settings → Redirect URLs yourself: %3</source>
        <translation>飞书不允许向导修改此应用（%1）：请自行在“安全设置 → 重定向 URL”中移除 %2：%3</translation>
    </message>
    <message>
        <source>refused by Feishu: remove it in the console (see below)</source>
        <translation>被飞书拒绝：请在开发者后台移除（见下方）</translation>
    </message>
    <message>
        <source>The Feishu app itself stays: no Feishu API deletes an app. Delete it in the developer console if nothing else uses it: %1</source>
        <translation>飞书应用本身保留：飞书没有删除应用的 API。如果没有其他用途，请在开发者后台删除：%1</translation>
    </message>
    <message>
        <source>Feishu accepted the change, but the app still lists %1 as a redirect URL.</source>
        <translation>飞书接受了修改，但应用的重定向 URL 中仍有 %1。</translation>
    </message>
    <message>
        <source>GenAuth accepted the deletion, but the connection “%1” is still there.</source>
        <translation>GenAuth 接受了删除，但连接“%1”仍然存在。</translation>
    </message>
    <message>
        <source>Taking the setup down needs the user pool secret, to switch GenAuth&apos;s connection off and delete it: set FSS_USERPOOL_SECRET or store it in Step 2 (or forget the profile here anyway).</source>
        <translation>撤除配置需要用户池密钥，才能在 GenAuth 中关闭并删除连接：请设置 FSS_USERPOOL_SECRET 或在第 2 步中保存（或仍在本机删除配置档案）。</translation>
    </message>
</context>
<context>
    <name>fss::SetupSession</name>
    <message>
        <source>The profile “%1” is in use by %2. It is open read-only here: nothing changed here is saved, so that the two never overwrite each other. Close the other one, then open the profile again.</source>
        <translation>配置文件“%1”正被 %2 使用。此处以只读方式打开：在此所做的更改都不会保存，以免两者互相覆盖。请先关闭另一个，再重新打开此配置文件。</translation>
    </message>
</context>
<context>
    <name>fss::SetupWizard</name>
    <message>
        <source>Feishu SSO Setup</source>
        <translation>飞书单点登录配置</translation>
    </message>
    <message>
        <source>Progress not saved</source>
        <translation>进度未保存</translation>
    </message>
    <message>
        <source>Feishu SSO Setup — sandbox</source>
        <translation>飞书单点登录配置 — 沙箱</translation>
    </message>
</context>
<context>
    <name>fss::StepInstructions</name>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the Feishu developer console and sign in with an account of your company.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create Custom App&lt;/b&gt; (enterprise self-built app), give it a name your users will recognise on the login consent page, a description and an icon.&lt;/li&gt;&lt;li&gt;Open the new app. You will copy its credentials in the next step.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;An app created in the console is one the wizard can set up for you (steps 3 to 6). &lt;b&gt;Create it by one scan&lt;/b&gt; brings the credentials into the keychain with no copying, but Feishu may not let the wizard configure an app made that way, and then steps 3 to 6 are yours, with the wizard&apos;s links and checks.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;打开飞书开发者后台，用企业账号登录。&lt;/li&gt;&lt;li&gt;点击&lt;b&gt;创建企业自建应用&lt;/b&gt;，填写用户在登录授权页能认出的名称、描述并上传图标。&lt;/li&gt;&lt;li&gt;打开新应用。下一步将复制它的凭证。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;在开发者后台创建的应用，向导可以替您完成设置（第 3 到 6 步）。&lt;b&gt;扫一次码创建&lt;/b&gt;无需复制即可把凭证存入钥匙串，但飞书可能不允许向导配置以这种方式创建的应用，那时第 3 到 6 步需要您自己完成，向导提供链接和检查。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the Feishu developer console open your app&apos;s &lt;b&gt;Credentials &amp;amp; Basic Info&lt;/b&gt; and copy the &lt;b&gt;App ID&lt;/b&gt; and the &lt;b&gt;App Secret&lt;/b&gt; below.&lt;/li&gt;&lt;li&gt;In the GenAuth console add the identity source &lt;b&gt;Feishu enterprise self-built application&lt;/b&gt; (Connect Identity Source → Social / Enterprise identity source). Give it the identifier below and paste the same App ID and App Secret.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;user pool ID&lt;/b&gt; from GenAuth&apos;s Settings → Basic information. The user pool secret (Settings → Basic Settings → Key Management) is only needed if the wizard is to talk to GenAuth for you: with it, &lt;b&gt;Create it for me&lt;/b&gt; does item 2 and enables the identity source on your GenAuth application.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;The secrets are stored in your system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在飞书开发者后台打开应用的&lt;b&gt;凭证与基础信息&lt;/b&gt;，把 &lt;b&gt;App ID&lt;/b&gt; 和 &lt;b&gt;App Secret&lt;/b&gt; 复制到下方。&lt;/li&gt;&lt;li&gt;在 GenAuth 控制台添加身份源&lt;b&gt;飞书企业自建应用&lt;/b&gt;（连接身份源 → 社会化 / 企业身份源），填写下方的唯一标识，并粘贴同样的 App ID 和 App Secret。&lt;/li&gt;&lt;li&gt;从 GenAuth 的“设置 → 基本信息”复制&lt;b&gt;用户池 ID&lt;/b&gt;。只有需要向导替你操作 GenAuth 时才需要用户池密钥（设置 → 基础设置 → 密钥管理）：有了它，&lt;b&gt;替我创建&lt;/b&gt;会完成第 2 项，并在你的 GenAuth 应用上启用该身份源。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;密钥保存在系统钥匙串中，绝不会写入文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your app, open &lt;b&gt;Features&lt;/b&gt; (Add Features / 应用能力).&lt;/li&gt;&lt;li&gt;Add &lt;b&gt;Web App&lt;/b&gt; (网页). If the console asks for a homepage address, any https page of yours will do; GenAuth does not use it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;GenAuth&apos;s Feishu login needs this capability; without it the login page may say the app is not available.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在应用中打开&lt;b&gt;应用能力&lt;/b&gt;（添加应用能力）。&lt;/li&gt;&lt;li&gt;添加&lt;b&gt;网页应用&lt;/b&gt;。如果后台要求填写主页地址，填写你的任意 https 页面即可；GenAuth 不会使用它。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;GenAuth 的飞书登录需要这项能力；没有它，登录页可能提示应用不可用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In your app open &lt;b&gt;Security Settings&lt;/b&gt; (安全设置).&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Redirect URLs&lt;/b&gt; click Add, paste the address below exactly as it is, and save.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Feishu compares the whole address: one wrong character, a different identifier or user pool, or http instead of https, and the login page shows error 20029.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在应用中打开&lt;b&gt;安全设置&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;在&lt;b&gt;重定向 URL&lt;/b&gt; 下点击添加，原样粘贴下方地址并保存。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;飞书会比较整个地址：错一个字符、标识或用户池不同，或把 https 写成 http，登录页都会显示错误 20029。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;Permissions &amp;amp; Scopes&lt;/b&gt;; the button below filters it to the seven permissions GenAuth needs. Enable each one.&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;Version Management &amp;amp; Release&lt;/b&gt;, click &lt;b&gt;Create a version&lt;/b&gt;, enter a version number and save. Permissions take effect only with a released version.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;打开&lt;b&gt;权限管理&lt;/b&gt;；下方按钮会筛选出 GenAuth 需要的七项权限，逐一开通。&lt;/li&gt;&lt;li&gt;打开&lt;b&gt;版本管理与发布&lt;/b&gt;，点击&lt;b&gt;创建版本&lt;/b&gt;，填写版本号并保存。权限只有在版本发布后才会生效。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In &lt;b&gt;Version Management &amp;amp; Release&lt;/b&gt;, open the version you created and click &lt;b&gt;Submit for release&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Set the &lt;b&gt;availability&lt;/b&gt; so that everyone who will sign in through GenAuth is included.&lt;/li&gt;&lt;li&gt;An administrator of your Feishu organisation approves the version in the Feishu Admin Console. Until it is approved and online, nobody can sign in with the app, and changes to permissions or redirect URLs do not take effect.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在&lt;b&gt;版本管理与发布&lt;/b&gt;中打开你创建的版本，点击&lt;b&gt;申请线上发布&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;设置&lt;b&gt;可用范围&lt;/b&gt;，使所有将通过 GenAuth 登录的人员都包含在内。&lt;/li&gt;&lt;li&gt;由飞书企业的管理员在飞书管理后台审核通过该版本。审核通过并上线之前，任何人都无法用该应用登录，对权限或重定向 URL 的修改也不会生效。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>fss::StepList</name>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>等待审核</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Click to go back to this step.</source>
        <translation>点击返回此步骤。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>step number, step name</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>ticked by you, not checked</source>
        <translation>由你勾选，未经检查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (the current step)</source>
        <translation>%1（当前步骤）</translation>
    </message>
</context>
<context>
    <name>fss::StepPage</name>
    <message>
        <source>Step %1 of 6 — %2</source>
        <translation>第 %1 步，共 6 步 — %2</translation>
    </message>
    <message>
        <source>Instructions for step %1</source>
        <translation>第 %1 步说明</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Set it up in Feishu for &amp;me…</source>
        <translation>替我在飞书中配置(&amp;M)…</translation>
    </message>
    <message>
        <source>Adds the redirect URL, asks for the permissions, turns on the web app and submits a release, through Feishu&apos;s configuration API; shows every request first.</source>
        <translation>通过飞书的配置 API 添加重定向 URL、申请权限、开启网页应用并提交发布；先列出每一个请求。</translation>
    </message>
    <message>
        <source>Check &amp;with Feishu</source>
        <translation>向飞书检查(&amp;W)</translation>
    </message>
    <message>
        <source>Reads the app from Feishu and ticks what is in place.</source>
        <translation>从飞书读取应用信息，并勾选已完成的项目。</translation>
    </message>
    <message>
        <source>Result of the check with Feishu</source>
        <translation>向飞书检查的结果</translation>
    </message>
    <message>
        <source>Asking Feishu…</source>
        <translation>正在询问飞书…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>waiting for step %1</source>
        <translation>等待第 %1 步</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>fss::SummaryPage</name>
    <message>
        <source>Your Feishu app is set up as a GenAuth identity source. Keep this profile to check it again later.</source>
        <translation>你的飞书应用已配置为 GenAuth 身份源。请保留此配置档案，以便日后再次检查。</translation>
    </message>
    <message>
        <source>&amp;Run the checks again</source>
        <translation>重新运行检查(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the settings, every check&apos;s result with its time and the login tests&apos; results as Markdown or HTML, for hand-over and audit. No secret is in it.</source>
        <translation>把各项设置、每项检查的结果和时间以及登录测试的结果保存为 Markdown 或 HTML，用于交接和审计。其中不含任何机密。</translation>
    </message>
    <message>
        <source>Summary of the setup</source>
        <translation>配置总结</translation>
    </message>
    <message>
        <source>Export the setup report</source>
        <translation>导出配置报告</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Checking every step with Feishu and GenAuth…</source>
        <translation>正在向飞书和 GenAuth 检查每一步…</translation>
    </message>
    <message>
        <source>%1 of the checks failed. Each row names the step that fixes it; double-click it to open that page.</source>
        <translation>%1 项检查未通过。每一行都写明了修正它的步骤；双击即可打开对应页面。</translation>
    </message>
    <message>
        <source>Everything checked passed; %1 of the checks could not be run (see the rows).</source>
        <translation>已检查的项目全部通过；有 %1 项检查无法运行（见各行）。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>Remove the &amp;test callback</source>
        <translation>移除测试回调(&amp;T)</translation>
    </message>
    <message>
        <source>Takes %1 off the GenAuth application&apos;s Login Callback URLs, where Create it for me put it for the end-to-end login test. The application&apos;s other URLs stay.</source>
        <translation>从 GenAuth 应用的登录回调 URL 中移除 %1（“替我创建”为端到端登录测试添加了它）。应用的其他 URL 保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>The trace of what Feishu and GenAuth answered (%n exchanges, secrets redacted) is in %1.</source>
        <translation>
            <numerusform>飞书和 GenAuth 的应答记录（%n 次往来，密钥已隐去）保存在 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate the App &amp;Secret…</source>
        <translation>轮换 App Secret(&amp;S)…</translation>
    </message>
    <message>
        <source>After a leak or by policy: prepares while the old App Secret works, then gives GenAuth the new one as soon as you paste it, so that logins through GenAuth fail for as short a time as possible.</source>
        <translation>泄露后或按策略定期轮换：在旧 App Secret 仍可用时做好准备，粘贴新密钥后立即交给 GenAuth，让经 GenAuth 的登录失败时间尽可能短。</translation>
    </message>
</context>
<context>
    <name>fss::WebAppPage</name>
    <message>
        <source>Open the app in Feishu</source>
        <translation>在飞书中打开应用</translation>
    </message>
    <message>
        <source>The app has the Web App (网页) capability</source>
        <translation>应用已具备网页应用能力</translation>
    </message>
</context>
<context>
    <name>fss::WebEngineLoginBrowser</name>
    <message>
        <source>Feishu login page</source>
        <translation>飞书登录页</translation>
    </message>
    <message>
        <source>Address of the login page</source>
        <translation>登录页的地址</translation>
    </message>
    <message>
        <source>%1 — certificate refused, the page was not loaded: %2</source>
        <translation>%1 — 证书被拒绝，页面未加载：%2</translation>
    </message>
    <message>
        <source>%1 — verified TLS (HTTPS, certificate checked)</source>
        <translation>%1 — 已验证的 TLS（HTTPS，证书已校验）</translation>
    </message>
    <message>
        <source>%1 — not encrypted, but on this computer only (the sandbox)</source>
        <translation>%1 — 未加密，但仅在这台电脑上（沙盒）</translation>
    </message>
    <message>
        <source>%1 — NOT encrypted: do not type a password on this page</source>
        <translation>%1 — 未加密：不要在此页面输入密码</translation>
    </message>
</context>
<context>
    <name>fss::WelcomePage</name>
    <message>
        <source>&amp;Feishu (open.feishu.cn)</source>
        <translation>飞书(&amp;F)（open.feishu.cn）</translation>
    </message>
    <message>
        <source>&amp;Lark (open.larksuite.com)</source>
        <translation>Lark(&amp;L)（open.larksuite.com）</translation>
    </message>
    <message>
        <source>GenAuth host</source>
        <translation>GenAuth 主机</translation>
    </message>
    <message>
        <source>Feishu Open API address</source>
        <translation>飞书开放平台 API 地址</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>删除配置档案(&amp;D)…</translation>
    </message>
    <message>
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <source>Lark</source>
        <translation>Lark</translation>
    </message>
    <message>
        <source>GenAuth — genauth.ai</source>
        <translation>GenAuth — genauth.ai</translation>
    </message>
    <message>
        <source>Authing — authing.cn</source>
        <translation>Authing — authing.cn</translation>
    </message>
    <message>
        <source>Private deployment (your own host)</source>
        <translation>私有化部署（你自己的主机）</translation>
    </message>
    <message>
        <source>GenAuth cloud</source>
        <translation>GenAuth 云</translation>
    </message>
    <message>
        <source>optional: only for a private Feishu deployment</source>
        <translation>可选：仅用于私有化部署的飞书</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置档案名称</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置档案</translation>
    </message>
    <message>
        <source>Profile status</source>
        <translation>配置档案状态</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>GenAuth &amp;cloud:</source>
        <translation>GenAuth 云(&amp;C)：</translation>
    </message>
    <message>
        <source>Feishu &amp;API address:</source>
        <translation>飞书 API 地址(&amp;A)：</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>配置档案(&amp;R)：</translation>
    </message>
    <message>
        <source>A new profile “%1” will be created.</source>
        <translation>将创建新的配置档案“%1”。</translation>
    </message>
    <message>
        <source>Saved profile “%1”: Next continues at %2.</source>
        <translation>已保存的配置档案“%1”：点“下一步”将从%2继续。</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>已保存的配置档案“%1”。</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate authority…</source>
        <translation>信任证书颁发机构(&amp;T)…</translation>
    </message>
    <message>
        <source>For a private deployment whose certificates come from your organisation&apos;s own authority. Certificates are always checked; this adds one authority for this profile.</source>
        <translation>用于证书由你所在组织自有颁发机构签发的私有化部署。证书始终会被校验；这里只是为此配置档案额外信任一个颁发机构。</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>全部移除</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities are trusted.</source>
        <translation>只信任系统的证书颁发机构。</translation>
    </message>
    <message>
        <source>Also trusted: %1</source>
        <translation>另外信任：%1</translation>
    </message>
    <message>
        <source>Certificate authority to trust</source>
        <translation>要信任的证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not a certificate</source>
        <translation>不是证书</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Trust this certificate authority?</source>
        <translation>信任此证书颁发机构吗？</translation>
    </message>
    <message>
        <source>Trust “%1” for this profile&apos;s hosts?

SHA-256 fingerprint:
%2

Compare it with the one your administrator gives you before you say yes.</source>
        <translation>为此配置档案的主机信任“%1”吗？

SHA-256 指纹：
%2

同意之前，请将它与管理员提供的指纹核对。</translation>
    </message>
    <message>
        <source>Opening profile “%1”…</source>
        <translation>正在打开配置档案“%1”…</translation>
    </message>
    <message>
        <source>Delete profile “%1” and its secrets in the keychain? The apps in Feishu and GenAuth are not changed.</source>
        <translation>删除配置档案“%1”以及它在钥匙串中的密钥吗？飞书和 GenAuth 中的应用不会被改动。</translation>
    </message>
    <message>
        <source>Profile “%1” and its secrets were deleted.</source>
        <translation>配置档案“%1”及其密钥已删除。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show the wizard in another language.</source>
        <translation>以另一种语言显示向导。</translation>
    </message>
    <message>
        <source> — read-only</source>
        <translation> — 只读</translation>
    </message>
    <message>
        <source>Profile open read-only</source>
        <translation>配置文件以只读方式打开</translation>
    </message>
    <message>
        <source>Rotate its App &amp;Secret…</source>
        <translation>轮换其 App Secret(&amp;S)…</translation>
    </message>
    <message>
        <source>Rotate the profile&apos;s App Secret</source>
        <translation>轮换配置档案的 App Secret</translation>
    </message>
    <message>
        <source>Rotating needs profile “%1”&apos;s user pool secret, to give GenAuth the new App Secret: enter it in Step 2 first.</source>
        <translation>轮换需要配置档案“%1”的用户池密钥，才能把新的 App Secret 交给 GenAuth：请先在第 2 步中输入。</translation>
    </message>
    <message>
        <source>&amp;Take it down…</source>
        <translation>撤除(&amp;T)…</translation>
    </message>
    <message>
        <source>Switches the connection off and deletes it in GenAuth, takes the redirect URL off the Feishu app, then forgets this profile and its secrets. The plan comes first.</source>
        <translation>在 GenAuth 中关闭并删除连接，从飞书应用中移除重定向 URL，然后删除此配置档案及其密钥。会先列出计划。</translation>
    </message>
    <message>
        <source>Profile “%1” was taken down and forgotten.</source>
        <translation>配置档案“%1”已撤除并删除。</translation>
    </message>
    <message>
        <source>Running every check with the new App Secret…</source>
        <translation>正在用新的 App Secret 运行所有检查…</translation>
    </message>
    <message>
        <source>Every check passes with the new App Secret. Prove a login with the end-to-end login test.</source>
        <translation>使用新的 App Secret，所有检查均通过。请用端到端登录测试验证一次登录。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) fail with the new App Secret: Next goes through the steps, and the Summary lists them.</source>
        <translation>
            <numerusform>使用新的 App Secret，有 %n 项检查未通过：点击“下一步”逐步查看，摘要页会列出它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Feishu to GenAuth: six checked steps make your Feishu self-built app a GenAuth login source. Secrets stay in your system keychain.</source>
        <translation>将飞书连接到 GenAuth：经过六个可检查的步骤，你的飞书企业自建应用就成为 GenAuth 的登录身份源。密钥保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Feishu SSO Setup</source>
        <translation>飞书单点登录配置</translation>
    </message>
</context>
</TS>
