#include "ConnectPage.h"

#include "FieldEditor.h"
#include "MessageBanner.h"
#include "TroubleshootDialog.h"

#include "setup/FieldRules.h"
#include "setup/SessionStorage.h"
#include "setup/SetupSession.h"
#include "store/SecretStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Which secret each secret field holds on its own. The two fields of the app configuration token
// are kept together as one entry (SecretKey::slackConfigToken); other fields go to QSettings.
const QMap<ConnectPage::Field, QString> &secretKeys()
{
    static const QMap<ConnectPage::Field, QString> keys {
        {ConnectPage::Field::ClientSecret, SecretKey::slackClientSecret},
        {ConnectPage::Field::SigningSecret, SecretKey::slackSigningSecret},
        {ConnectPage::Field::VerificationToken, SecretKey::slackVerificationToken},
        {ConnectPage::Field::Password, SecretKey::bitbucketPassword},
    };
    return keys;
}

// What the secret store keeps for a pair; nothing at all (which removes the entry) for no token.
QString storedForm(const ConfigToken &token)
{
    return token.isNull() ? QString() : token.toStored();
}

bool isSecret(ConnectPage::Field field)
{
    return secretKeys().contains(field) || field == ConnectPage::Field::ConfigAccessToken
        || field == ConnectPage::Field::ConfigRefreshToken;
}

QLabel *createHint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

} // namespace

ConnectPage::ConnectPage(
    SetupSession *session, QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_storage(new SessionStorage(settings, secrets, this))
    , m_storeDescription(secrets->description())
    , m_keychainBanner(new MessageBanner(this))
{
    setTitle(tr("Connect the Slack app and Bitbucket"));
    setSubTitle(tr("Enter the Slack app's credentials and a Bitbucket administrator account. "
                   "Each field is checked as you type."));

    m_form = new QWidget;
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(createSlackGroup());
    formLayout->addWidget(createBitbucketGroup());
    formLayout->addStretch(1);
    alignCaptions();

    // The form scrolls rather than squeezing its messages on small screens.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    // Made after the form, so that Tab reaches the banner's button after the fields.
    m_status = new QLabel(this);
    m_saveBanner = new MessageBanner(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_saveBanner);

    connect(m_storage, &SessionStorage::secretsLoaded, this, &ConnectPage::onSecretsLoaded);
    connect(m_storage, &SessionStorage::secretsSaved, this, &ConnectPage::onSecretsSaved);
    connect(
        m_saveBanner, &MessageBanner::actionTriggered, this, &ConnectPage::continueWithoutSaving);
    connect(m_saveBanner, &MessageBanner::troubleshootRequested, this, [this](const QString &text) {
        TroubleshootDialog::openWith(m_session->diagnosisContext(), text, this);
    });

    // What later pages read from the wizard; secrets are read from the session instead, so they
    // never pass through QWizard's field map.
    registerField(QStringLiteral("slackAppId"), editor(Field::AppId)->lineEdit());
    registerField(QStringLiteral("slackClientId"), editor(Field::ClientId)->lineEdit());
    registerField(QStringLiteral("bitbucketBaseUrl"), editor(Field::BaseUrl)->lineEdit());
    registerField(QStringLiteral("bitbucketUsername"), editor(Field::Username)->lineEdit());
    registerField(QStringLiteral("caBundlePath"), editor(Field::CaBundle)->lineEdit());
}

ConnectPage::~ConnectPage() = default;

QGroupBox *ConnectPage::createSlackGroup()
{
    auto *group = new QGroupBox(tr("Slack app"));
    auto *form = new QFormLayout(group);
    form->addRow(createHint(tr("From the app's Basic Information page at api.slack.com/apps, "
                               "under App Credentials."),
        group));
    addField(form, Field::AppId, tr("App &ID:"), tr("App ID"));
    addField(form, Field::ClientId, tr("C&lient ID:"), tr("Client ID"));
    addField(form, Field::ClientSecret, tr("Client &Secret:"), tr("Client Secret"));
    addField(form, Field::SigningSecret, tr("Si&gning Secret:"), tr("Signing Secret"));
    addField(form, Field::VerificationToken, tr("&Verification Token:"), tr("Verification Token"));
    addField(form, Field::ConfigAccessToken, tr("App configuration &token:"),
        tr("App configuration token"));
    editor(Field::ConfigAccessToken)->lineEdit()->setPlaceholderText(tr("xoxe.xoxp-…"));
    addField(form, Field::ConfigRefreshToken, tr("R&efresh token:"),
        tr("App configuration refresh token"));
    editor(Field::ConfigRefreshToken)->lineEdit()->setPlaceholderText(tr("xoxe-…"));
    form->addRow(QString(),
        createHint(tr("Optional, both. Generate them at api.slack.com/apps under Your App "
                      "Configuration Tokens. With them Workspace Connector reads and fixes the "
                      "app's manifest itself and renews the token before it expires; without "
                      "them you load the manifest from a file."),
            group));
    return group;
}

QGroupBox *ConnectPage::createBitbucketGroup()
{
    auto *group = new QGroupBox(tr("Bitbucket"));
    auto *form = new QFormLayout(group);
    addField(form, Field::BaseUrl, tr("Base &URL:"), tr("Bitbucket base URL"));
    editor(Field::BaseUrl)
        ->lineEdit()
        ->setPlaceholderText(tr("https://bitbucket.example.com/bitbucket"));
    addField(form, Field::Username, tr("Ad&ministrator user name:"), tr("Administrator user name"));
    addField(form, Field::Password, tr("&Password:"), tr("Administrator password"));
    FieldEditor *caBundle = addField(form, Field::CaBundle,
        tr("E&xtra certificate authorities (PEM, optional):"), tr("Extra certificate authorities"));
    caBundle->addTrailingWidget(createBrowseButton());
    form->addRow(QString(),
        createHint(tr("Only needed when Bitbucket's certificate comes from "
                      "your organisation's own certificate authority."),
            group));
    return group;
}

FieldEditor *ConnectPage::addField(
    QFormLayout *form, Field field, const QString &label, const QString &name)
{
    static const QMap<Field, FieldEditor::Rule> rules {
        {Field::AppId, &FieldRules::slackAppId},
        {Field::ClientId, &FieldRules::slackClientId},
        {Field::ClientSecret, &FieldRules::slackClientSecret},
        {Field::SigningSecret, &FieldRules::slackSigningSecret},
        {Field::VerificationToken, &FieldRules::slackVerificationToken},
        {Field::ConfigAccessToken, &FieldRules::slackConfigAccessToken},
        {Field::ConfigRefreshToken, &FieldRules::slackConfigRefreshToken},
        {Field::BaseUrl, &FieldRules::bitbucketBaseUrl},
        {Field::Username, &FieldRules::bitbucketUsername},
        {Field::Password, &FieldRules::bitbucketPassword},
        {Field::CaBundle, &FieldRules::caBundlePath},
    };
    const auto echo = isSecret(field) ? FieldEditor::Echo::Secret : FieldEditor::Echo::Plain;
    auto *editor = new FieldEditor(rules.value(field), echo);
    editor->setFieldName(name);
    auto *caption = new QLabel(label);
    caption->setBuddy(editor->lineEdit());
    m_captions.append(caption);
    form->addRow(caption, editor);
    m_editors.insert(field, editor);
    connect(editor, &FieldEditor::verdictChanged, this, &ConnectPage::completeChanged);
    return editor;
}

void ConnectPage::alignCaptions()
{
    // The two groups have separate forms; equal caption widths line their fields up.
    int width = 0;
    for (const QLabel *caption : std::as_const(m_captions)) {
        width = std::max(width, caption->sizeHint().width());
    }
    for (QLabel *caption : std::as_const(m_captions)) {
        caption->setMinimumWidth(width);
    }
}

QPushButton *ConnectPage::createBrowseButton()
{
    auto *browse = new QPushButton(tr("B&rowse…"));
    browse->setAccessibleName(tr("Browse for a certificate authority file"));
    connect(browse, &QPushButton::clicked, this, &ConnectPage::browseForCaBundle);
    return browse;
}

void ConnectPage::browseForCaBundle()
{
    // open() rather than exec(): the dialog must not spin an event loop of its own.
    auto *dialog = new QFileDialog(this, tr("Choose the Certificate Authority File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    const QString current = valueOf(Field::CaBundle);
    if (!current.isEmpty()) {
        dialog->setDirectory(QFileInfo(current).absolutePath());
    }
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString &path) { editor(Field::CaBundle)->setText(path); });
    dialog->open();
}

void ConnectPage::initializePage()
{
    m_saveState = SaveState::Idle;
    m_saveBanner->clear();
    m_loaded = m_session->isLoaded() ? m_session->connection() : m_storage->loadSettings();
    fillFrom(m_loaded);
    if (m_session->isLoaded()) {
        QHash<QString, QString> secrets;
        for (const QString &key : SetupSession::secretKeys()) {
            secrets.insert(key, m_session->secret(key));
        }
        fillSecretsFrom(secrets);
    }
    m_status->setText(tr("Looking for saved secrets in %1…").arg(m_storeDescription));
    m_storage->loadSecrets(SetupSession::secretKeys());
}

void ConnectPage::fillFrom(const ConnectionSettings &connection)
{
    editor(Field::AppId)->setText(connection.slackAppId);
    editor(Field::ClientId)->setText(connection.slackClientId);
    editor(Field::BaseUrl)->setText(connection.bitbucketBaseUrl.toString());
    editor(Field::Username)->setText(connection.bitbucketUsername);
    editor(Field::CaBundle)->setText(connection.caBundlePath);
}

void ConnectPage::fillSecretsFrom(const QHash<QString, QString> &secrets)
{
    // Only empty fields are filled: what the admin typed meanwhile wins over what was stored.
    for (auto it = secretKeys().cbegin(); it != secretKeys().cend(); ++it) {
        FieldEditor *field = editor(it.key());
        const QString value = secrets.value(it.value());
        if (field->text().isEmpty() && !value.isEmpty()) {
            field->setText(value);
        }
    }
    const QString kept = secrets.value(SecretKey::slackConfigToken);
    FieldEditor *access = editor(Field::ConfigAccessToken);
    FieldEditor *refresh = editor(Field::ConfigRefreshToken);
    if (kept.isEmpty() || !access->text().isEmpty() || !refresh->text().isEmpty()) {
        return;
    }
    const ConfigToken token = ConfigToken::fromStored(kept);
    access->setText(token.accessToken);
    refresh->setText(token.refreshToken);
    m_keptConfigToken = kept;
    m_shownConfigToken = token;
}

void ConnectPage::focusConfigToken()
{
    QLineEdit *edit = editor(Field::ConfigAccessToken)->lineEdit();
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

void ConnectPage::onSecretsLoaded(const SecretBatch &batch)
{
    m_keychainAvailable = batch.keychainAvailable();
    if (!m_keychainAvailable) {
        m_status->clear();
        showKeychainUnavailable(batch.unavailableReason);
        Q_EMIT secretsLoaded();
        return;
    }
    fillSecretsFrom(batch.values);
    m_status->setText(tr("Secrets are saved in %1 when you click Next.").arg(m_storeDescription));
    if (batch.failures.isEmpty()) {
        m_keychainBanner->clear();
    } else {
        QStringList names;
        for (auto it = batch.failures.cbegin(); it != batch.failures.cend(); ++it) {
            names << tr("%1 (%2)").arg(SetupSession::secretTitle(it.key()), it.value().message);
        }
        names.sort();
        m_keychainBanner->showMessage(MessageBanner::Kind::Warning,
            tr("These secrets could not be read from %1: %2. Enter them again.")
                .arg(m_storeDescription, names.join(QStringLiteral("; "))));
    }
    Q_EMIT secretsLoaded();
}

void ConnectPage::showKeychainUnavailable(const QString &reason)
{
    // The reason comes from the store and starts by saying that the keychain is not available.
    m_keychainBanner->showMessage(MessageBanner::Kind::Warning,
        tr("%1 Secrets you enter are kept for this session only and "
           "will not be saved.")
            .arg(reason));
}

bool ConnectPage::isComplete() const
{
    if (m_saveState == SaveState::Saving) {
        return false;
    }
    for (const FieldEditor *field : m_editors) {
        if (!field->isAcceptable()) {
            return false;
        }
    }
    return true;
}

bool ConnectPage::validatePage()
{
    if (m_saveState == SaveState::Done) {
        m_saveState = SaveState::Idle;
        return true;
    }
    if (m_saveState == SaveState::Saving || !isComplete()) {
        return false;
    }
    m_saveBanner->clear();
    storeInSession();
    QString error;
    if (!m_storage->saveSettings(m_session->connection(), &error)) {
        showSaveFailure(error);
        return false;
    }
    if (!m_keychainAvailable) {
        // The banner already says so: the secrets live in the session only.
        m_session->setSecretsSaved(false);
        adoptEnteredConfigToken();
        return true;
    }
    // Keychain writes answer later; the page moves on by itself once they did.
    m_saveState = SaveState::Saving;
    m_form->setEnabled(false);
    m_status->setText(tr("Saving to %1…").arg(m_storeDescription));
    Q_EMIT completeChanged();
    m_storage->saveSecrets(enteredSecrets());
    return false;
}

void ConnectPage::onSecretsSaved(const SecretBatch &batch)
{
    m_saveState = SaveState::Idle;
    m_form->setEnabled(true);
    m_status->clear();
    Q_EMIT completeChanged();
    if (batch.ok()) {
        m_session->setSecretsSaved(true);
        finishAndGoOn();
    } else if (!batch.keychainAvailable()) {
        m_keychainAvailable = false;
        showKeychainUnavailable(batch.unavailableReason);
        showSaveFailure(batch.unavailableReason);
    } else {
        QStringList problems;
        for (auto it = batch.failures.cbegin(); it != batch.failures.cend(); ++it) {
            problems << tr("%1: %2").arg(SetupSession::secretTitle(it.key()), it.value().message);
        }
        problems.sort();
        showSaveFailure(problems.join(QLatin1Char(' ')));
    }
    Q_EMIT saveFinished();
}

void ConnectPage::showSaveFailure(const QString &what)
{
    m_session->setSecretsSaved(false);
    m_saveBanner->showMessage(MessageBanner::Kind::Error,
        tr("Saving failed. %1 Everything you typed is still here: click "
           "Next to try again, or go on with the secrets kept for this "
           "session only.")
            .arg(what));
    m_saveBanner->setActionText(tr("Go On &Without Saving"));
}

void ConnectPage::continueWithoutSaving()
{
    m_session->setSecretsSaved(false);
    m_saveBanner->clear();
    finishAndGoOn();
}

void ConnectPage::adoptEnteredConfigToken()
{
    // From now on the pair handed over is the kept one; going back and on again without a
    // change must not hand it over a second time.
    m_keptConfigToken = m_session->secret(SecretKey::slackConfigToken);
    m_shownConfigToken = enteredConfigToken();
}

void ConnectPage::finishAndGoOn()
{
    adoptEnteredConfigToken();
    m_saveState = SaveState::Done;
    if (wizard()) {
        wizard()->next();
    }
}

void ConnectPage::storeInSession()
{
    ConnectionSettings connection = m_loaded;
    connection.slackAppId = valueOf(Field::AppId);
    connection.slackClientId = valueOf(Field::ClientId);
    connection.bitbucketBaseUrl = QUrl(valueOf(Field::BaseUrl), QUrl::StrictMode);
    connection.bitbucketUsername = valueOf(Field::Username);
    connection.caBundlePath = valueOf(Field::CaBundle);
    m_session->setConnection(connection);
    const QHash<QString, QString> secrets = enteredSecrets();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        m_session->setSecret(it.key(), it.value());
    }
    if (configTokenChanged()) {
        const ConfigToken entered = enteredConfigToken();
        m_session->setSecret(SecretKey::slackConfigToken, storedForm(entered));
        m_session->setConfigTokenReplaced(!entered.isNull());
    } else {
        m_session->setSecret(SecretKey::slackConfigToken, m_keptConfigToken);
    }
    m_session->setLoaded(true);
}

// The secrets to write: the configuration token pair only when the admin changed it.
QHash<QString, QString> ConnectPage::enteredSecrets() const
{
    QHash<QString, QString> secrets;
    for (auto it = secretKeys().cbegin(); it != secretKeys().cend(); ++it) {
        secrets.insert(it.value(), valueOf(it.key()));
    }
    if (configTokenChanged()) {
        secrets.insert(SecretKey::slackConfigToken, storedForm(enteredConfigToken()));
    }
    return secrets;
}

ConfigToken ConnectPage::enteredConfigToken() const
{
    return ConfigToken::fromPasted(
        valueOf(Field::ConfigAccessToken), valueOf(Field::ConfigRefreshToken));
}

bool ConnectPage::configTokenChanged() const
{
    // A pair kept in the older plain form is written again as JSON.
    if (!m_keptConfigToken.isEmpty() && !m_keptConfigToken.trimmed().startsWith(u'{')) {
        return true;
    }
    const ConfigToken entered = enteredConfigToken();
    return entered.accessToken != m_shownConfigToken.accessToken
        || entered.refreshToken != m_shownConfigToken.refreshToken;
}

QString ConnectPage::valueOf(Field field) const
{
    // Pasted values often carry a stray space or line break; a password is taken as typed.
    const QString text = editor(field)->text();
    return field == Field::Password ? text : text.trimmed();
}
