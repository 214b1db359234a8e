#include "StepInstructions.h"

namespace fss {

QString StepInstructions::of(Step step)
{
    switch (step) {
    case Step::CreateApp:
        return tr("<ol><li>Open the Feishu developer console and sign in with an account of your company.</li>"
                  "<li>Click <b>Create Custom App</b> (enterprise self-built app), give it a name your users will "
                  "recognise on the login consent page, a description and an icon.</li>"
                  "<li>Open the new app. You will copy its credentials in the next step.</li></ol>"
                  "<p>An app created in the console is one the wizard can set up for you (steps 3 to 6). <b>Create it by one "
                  "scan</b> brings the credentials into the keychain with no copying, but Feishu may not let the wizard configure "
                  "an app made that way, and then steps 3 to 6 are yours, with the wizard's links and checks.</p>");
    case Step::Credentials:
        return tr("<ol><li>In the Feishu developer console open your app's <b>Credentials &amp; Basic Info</b> and copy "
                  "the <b>App ID</b> and the <b>App Secret</b> below.</li>"
                  "<li>In the GenAuth console add the identity source <b>Feishu enterprise self-built application</b> "
                  "(Connect Identity Source → Social / Enterprise identity source). Give it the identifier below and "
                  "paste the same App ID and App Secret.</li>"
                  "<li>Copy the <b>user pool ID</b> from GenAuth's Settings → Basic information. The user pool secret "
                  "(Settings → Basic Settings → Key Management) is only needed if the wizard is to talk to GenAuth for "
                  "you: with it, <b>Create it for me</b> does item 2 and enables the identity source on your GenAuth "
                  "application.</li></ol>"
                  "<p>The secrets are stored in your system keychain, never in a file.</p>");
    case Step::WebPage:
        return tr("<ol><li>In your app, open <b>Features</b> (Add Features / 应用能力).</li>"
                  "<li>Add <b>Web App</b> (网页). If the console asks for a homepage address, any https page of yours "
                  "will do; GenAuth does not use it.</li></ol>"
                  "<p>GenAuth's Feishu login needs this capability; without it the login page may say the app is not "
                  "available.</p>");
    case Step::RedirectUrl:
        return tr("<ol><li>In your app open <b>Security Settings</b> (安全设置).</li>"
                  "<li>Under <b>Redirect URLs</b> click Add, paste the address below exactly as it is, and save.</li></ol>"
                  "<p>Feishu compares the whole address: one wrong character, a different identifier or user pool, or "
                  "http instead of https, and the login page shows error 20029.</p>");
    case Step::Permissions:
        return tr("<ol><li>Open <b>Permissions &amp; Scopes</b>; the button below filters it to the seven permissions "
                  "GenAuth needs. Enable each one.</li>"
                  "<li>Open <b>Version Management &amp; Release</b>, click <b>Create a version</b>, enter a version "
                  "number and save. Permissions take effect only with a released version.</li></ol>");
    case Step::Publish:
        return tr("<ol><li>In <b>Version Management &amp; Release</b>, open the version you created and click "
                  "<b>Submit for release</b>.</li>"
                  "<li>Set the <b>availability</b> so that everyone who will sign in through GenAuth is included.</li>"
                  "<li>An administrator of your Feishu organisation approves the version in the Feishu Admin Console. "
                  "Until it is approved and online, nobody can sign in with the app, and changes to permissions or "
                  "redirect URLs do not take effect.</li></ol>");
    case Step::Welcome:
    case Step::TestLogin:
    case Step::Summary:
        break;
    }
    return {};
}

} // namespace fss
