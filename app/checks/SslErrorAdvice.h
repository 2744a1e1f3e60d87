#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

// What each certificate error means for the admin and what fixes it. Every error the handshake
// reported is explained; none is ever ignored.
class SslErrorAdvice
{
    Q_DECLARE_TR_FUNCTIONS(SslErrorAdvice)

public:
    enum class Kind {
        UntrustedIssuer,
        SelfSigned,
        HostNameMismatch,
        Expired,
        NotYetValid,
        Revoked,
        NoCertificate,
        Other,
    };

    static Kind kind(const QSslError &error);
    // A few words: "untrusted issuer", "host name mismatch", ...
    static QString label(Kind kind);
    // One sentence about this error, naming the certificate concerned.
    static QString explain(const QSslError &error, const QString &host);
    static QString fix(Kind kind, const QString &host);

    // "The certificate is not accepted: expired, host name mismatch."
    static QString summary(const QList<QSslError> &errors);
    // One explanation per error, one per line.
    static QString explainAll(const QList<QSslError> &errors, const QString &host);
    // One fix per kind of error, one per line, without repeats.
    static QString fixAll(const QList<QSslError> &errors, const QString &host);
    static QList<Kind> kinds(const QList<QSslError> &errors); // without repeats, in order
};
