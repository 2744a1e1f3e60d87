#pragma once

#include "setup/SecretBatch.h"
#include "slackapi/ConfigToken.h"
#include "store/ConnectionSettings.h"

#include <QList>
#include <QMap>
#include <QWizardPage>

class FieldEditor;
class MessageBanner;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSettings;
class SecretStore;
class SessionStorage;
class SetupSession;

// The first wizard page: the Slack app's credentials, the Bitbucket base URL and administrator
// account, and an optional extra CA bundle. Every field is validated as it is typed. Non-secret
// values go to QSettings, secrets to the SecretStore; when the keychain cannot be used the page
// says so and the secrets are kept in the session only.
class ConnectPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Field {
        AppId,
        ClientId,
        ClientSecret,
        SigningSecret,
        VerificationToken,
        ConfigAccessToken,
        ConfigRefreshToken,
        BaseUrl,
        Username,
        Password,
        CaBundle,
    };

    ConnectPage(SetupSession *session, QSettings *settings, SecretStore *secrets,
        QWidget *parent = nullptr);
    ~ConnectPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    FieldEditor *editor(Field field) const { return m_editors.value(field); }
    MessageBanner *keychainBanner() const { return m_keychainBanner; }
    MessageBanner *saveBanner() const { return m_saveBanner; }
    QLabel *statusLabel() const { return m_status; }
    bool isSaving() const { return m_saveState == SaveState::Saving; }
    // Puts the cursor in the app configuration token field, for entering a new token.
    void focusConfigToken();

Q_SIGNALS:
    // The keychain answered the load started when the page was entered.
    void secretsLoaded();
    // A save finished, well or not; the page either moved on or shows why not.
    void saveFinished();

private:
    enum class SaveState { Idle, Saving, Done };

    QGroupBox *createSlackGroup();
    QGroupBox *createBitbucketGroup();
    FieldEditor *addField(
        QFormLayout *form, Field field, const QString &label, const QString &name);
    void alignCaptions();
    QPushButton *createBrowseButton();
    void browseForCaBundle();

    void fillFrom(const ConnectionSettings &connection);
    void fillSecretsFrom(const QHash<QString, QString> &secrets);
    void storeInSession();
    QHash<QString, QString> enteredSecrets() const;
    QString valueOf(Field field) const;
    ConfigToken enteredConfigToken() const;
    bool configTokenChanged() const;
    void adoptEnteredConfigToken();

    void onSecretsLoaded(const SecretBatch &batch);
    void onSecretsSaved(const SecretBatch &batch);
    void showKeychainUnavailable(const QString &reason);
    void showSaveFailure(const QString &what);
    void continueWithoutSaving();
    void finishAndGoOn();

    SetupSession *m_session;
    SessionStorage *m_storage;
    QString m_storeDescription;
    // The values last loaded, so settings this page does not show (the plain HTTP port) survive.
    ConnectionSettings m_loaded;
    // The configuration token pair as kept (the stored value) and as it was put in the fields.
    // An unchanged pair is never written back: the token session may have rotated the kept one
    // since, and the old refresh token must not return.
    QString m_keptConfigToken;
    ConfigToken m_shownConfigToken;
    bool m_keychainAvailable = true;
    SaveState m_saveState = SaveState::Idle;

    QMap<Field, FieldEditor *> m_editors;
    QList<QLabel *> m_captions;
    QWidget *m_form = nullptr;
    MessageBanner *m_keychainBanner;
    MessageBanner *m_saveBanner = nullptr;
    QLabel *m_status = nullptr;
};
